import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/match/document';
import { isNegated } from '../../src/match/negation';

/** Whether the first occurrence of `word` in `text` is negated, with no wording set aside. */
function negatedAt(text: string, word: string, setPhrase: (token: number) => boolean = () => false): boolean {
  const doc = buildDocument('', text);
  const start = doc.words.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not a word of "${text}"`);
  return isNegated(doc, start, setPhrase);
}

describe('isNegated', () => {
  it('finds a negation right before the wording, or one word before it', () => {
    expect(negatedAt('The army did not protect traffickers.', 'protect')).toBe(true);
    expect(negatedAt('The army never protected traffickers.', 'protected')).toBe(true);
    expect(negatedAt('La Fuerza Armada no protege a ningún narcotraficante.', 'protege')).toBe(true);
    expect(negatedAt('La Fuerza Armada no los protegía.', 'protegia')).toBe(true);
    expect(negatedAt('Los generales jamás cobraron nada.', 'cobraron')).toBe(true);
    expect(negatedAt('Aquí no hay generales narcos.', 'generales')).toBe(true);
    expect(negatedAt('Aquí hay generales narcos.', 'generales')).toBe(false);
  });

  it('reads the tail of a contraction as a negation, and only after one', () => {
    expect(negatedAt('The generals didn’t protect anyone.', 'protect')).toBe(true);
    expect(negatedAt("The generals won't protect anyone.", 'protect')).toBe(true);
    expect(negatedAt('Model T protect kits were sold.', 'protect')).toBe(false);
  });

  it('skips one word between only when it belongs to the negated verb', () => {
    expect(negatedAt('The generals did not ever run the trade.', 'run')).toBe(true);
    expect(negatedAt('It was done to harm them, not with cocaine alone.', 'cocaine')).toBe(false);
    expect(negatedAt('No one was charged, but the generals protected traffickers.', 'protected')).toBe(false);
    expect(negatedAt('There is no doubt generals protected traffickers.', 'generals')).toBe(false);
    expect(negatedAt('The generals protected traffickers.', 'protected')).toBe(false);
  });

  it('reaches over an article, and over an article after a word of the same verb', () => {
    expect(negatedAt('Venezuela no es la autopista de la cocaína.', 'autopista')).toBe(true);
    expect(negatedAt('Venezuela is not a corridor for cocaine.', 'corridor')).toBe(true);
    expect(negatedAt('Venezuela was never the main route.', 'main')).toBe(true);
    // Guards: an article alone negates nothing, and two other words between stop it.
    expect(negatedAt('Venezuela es la autopista de la cocaína.', 'autopista')).toBe(false);
    expect(negatedAt('Not far from the coast, the corridor is busy.', 'corridor')).toBe(false);
  });

  it('reaches over a verb that only gives the wording, with its pronoun', () => {
    expect(negatedAt('La Fuerza Armada combate al ELN, no le da refugio.', 'refugio')).toBe(true);
    expect(negatedAt('El gobierno no ofrece santuario a la guerrilla.', 'santuario')).toBe(true);
    expect(negatedAt('The army did not give them shelter.', 'shelter')).toBe(true);
    // Guard: another verb between, or a giving verb not negated.
    expect(negatedAt('No dicen que les da refugio.', 'refugio')).toBe(false);
    expect(negatedAt('El gobierno le da refugio.', 'refugio')).toBe(false);
  });

  it('does not take a negation from the sentence before', () => {
    expect(negatedAt('It was not. Protecting traffickers was the job.', 'protecting')).toBe(false);
  });

  it('reads "not only" and "no solo" as adding to the claim, not denying it', () => {
    expect(negatedAt('The generals not only protected traffickers, they ran the trade.', 'protected')).toBe(false);
    expect(negatedAt('Los generales no solo protegían a los narcotraficantes.', 'protegian')).toBe(false);
  });

  it('lets a negative determiner reach over the noun it negates', () => {
    expect(negatedAt('Ni un gramo de ese oro sirve para lavar dinero.', 'oro')).toBe(true);
    expect(negatedAt('Not a single general protected the smugglers.', 'protected')).toBe(true);
    expect(negatedAt('Ningún alto mando cobraba a los narcos.', 'cobraba')).toBe(true);
    expect(negatedAt('Not one officer took a cut of the trade.', 'cut')).toBe(true);
  });

  it('stops a determiner at a clause break or beyond a few words', () => {
    expect(negatedAt('Ningún fiscal lo probó, pero los generales protegían a los narcos.', 'protegian')).toBe(false);
    expect(negatedAt('Not one charge stuck; the generals protected traffickers.', 'protected')).toBe(false);
    expect(negatedAt('Ninguno de los informes publicados este año en Caracas dice que los generales cobraban.', 'cobraban')).toBe(false);
    expect(negatedAt('A single general protected the smugglers.', 'protected')).toBe(false);
  });

  it('skips a negation inside wording that only looks negative', () => {
    const text = 'The generals did not protect traffickers.';
    const not = buildDocument('', text).words.indexOf('not');
    expect(negatedAt(text, 'protect', (token) => token === not)).toBe(false);
  });
});
