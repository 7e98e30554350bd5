/** The words /search shows under a hit: around the terms, folded as the index folds them, marked. */
import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/store/fts-query';
import { MATCH_END as E, MATCH_START as S, SNIPPET_WORDS, searchSnippet } from '../../src/format/search-snippet';

const snippet = (text: string, query: string): string => searchSnippet(text, searchTerms(query));
const words = (count: number, word = 'palabra'): string => Array.from({ length: count }, (_, index) => `${word}${index}`).join(' ');

describe('searchSnippet', () => {
  it('marks a word whatever its case and accents, in the query or in the text', () => {
    expect(snippet('La fiscalía acusó a Diosdado Cabello.', 'FISCALIA')).toBe(`La ${S}fiscalía${E} acusó a Diosdado Cabello.`);
    expect(snippet('Narcotrafico en la frontera', 'narcotráfico')).toBe(`${S}Narcotrafico${E} en la frontera`);
  });

  it('marks a phrase as one, and a prefix on its last word', () => {
    expect(snippet('Según el Cartel de los Soles, nada.', '"cartel de los soles"')).toBe(`Según el ${S}Cartel de los Soles${E}, nada.`);
    expect(snippet('Los narcotraficantes y el narcoestado', 'narco*')).toBe(`Los ${S}narcotraficantes${E} y el ${S}narcoestado${E}`);
    // The phrase in the wrong order is not the phrase.
    expect(snippet('los soles de cartel', '"cartel de los soles"')).toBe('los soles de cartel');
  });

  it('shows at most SNIPPET_WORDS words, a few before the match, with … where text was left out', () => {
    const text = `${words(40)} Maduro ${words(40, 'resto')}`;
    const result = snippet(text, 'maduro');
    expect(result).toBe(`…palabra37 palabra38 palabra39 ${S}Maduro${E} ${words(12, 'resto')}…`);
    expect(result.replace(/…/g, '').split(' ')).toHaveLength(SNIPPET_WORDS);
  });

  it('keeps the window inside the text at either end', () => {
    expect(snippet(`Maduro ${words(30)}`, 'maduro')).toBe(`${S}Maduro${E} ${words(15)}…`);
    expect(snippet(`${words(30)} Maduro`, 'maduro')).toBe(`…${words(30).split(' ').slice(-15).join(' ')} ${S}Maduro${E}`);
  });

  it('prefers the window holding the most different terms', () => {
    const text = `Cabello habló. ${words(30)} Más tarde Cabello y Maduro hablaron.`;
    const result = snippet(text, 'cabello maduro');
    expect(result).toContain(`${S}Cabello${E} y ${S}Maduro${E} hablaron.`);
    expect(result.startsWith('…')).toBe(true);
  });

  it('opens the text when the terms matched only the title', () => {
    expect(snippet(`Sin el nombre buscado. ${words(30)}`, 'maduro')).toBe(`Sin el nombre buscado. ${words(12)}…`);
  });

  it('gives an empty snippet for a text without words', () => {
    expect(snippet('', 'maduro')).toBe('');
    expect(snippet(' — … ', 'maduro')).toBe('');
  });

  it('keeps the text as written, feed markup included, for the formatter to escape', () => {
    expect(snippet('**Alerta** @everyone: Maduro <@1234>', 'maduro')).toBe(`**Alerta** @everyone: ${S}Maduro${E} <@1234>`);
  });

  it('keeps what stands around the words at either end of the text, and only there', () => {
    expect(snippet('«Maduro lo niega».', 'maduro')).toBe(`«${S}Maduro${E} lo niega».`);
    expect(snippet(`«Maduro», ${words(30)}.`, 'maduro')).toBe(`«${S}Maduro${E}», ${words(15)}…`);
  });

  it('removes private-use characters from the text, so only its own markers are in the snippet', () => {
    expect(snippet(`\uE000Maduro\uE001 y el ca\uE001rtel\uF8FF`, 'cartel')).toBe(`Maduro y el ${S}cartel${E}`);
  });
});
