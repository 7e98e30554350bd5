import { describe, expect, it } from 'vitest';
import { compileEntities } from '../../src/match/compile-entities';
import { buildDocument } from '../../src/match/document';
import { entityHits, matchEntitySpans } from '../../src/match/match-entities';
import { entitySchema, type EntityConfig } from '../../src/config/schema';
import { miniEntities } from '../support/mini-config';

const compiled = compileEntities(miniEntities, 8);
const found = (title: string, text = ''): Record<string, number> =>
  Object.fromEntries(entityHits(compiled, matchEntitySpans(compiled, buildDocument(title, text))).map((hit) => [hit.id, hit.mentions]));

describe('matchEntitySpans', () => {
  it('finds an ambiguous surname next to a context word', () => {
    expect(found('El presidente Maduro habló en Caracas')).toEqual({ 'nicolas-maduro': 1 });
  });

  it('ignores the common word in lower case and the capitalised word without evidence', () => {
    expect(found('Plátanos maduros a buen precio', 'Maduro o verde, el plátano se vende bien.')).toEqual({});
    expect(found('Maduro es el mejor plátano para freír')).toEqual({});
  });

  it('lets a negative word veto an ambiguous mention even with a context word nearby', () => {
    expect(found('El gobierno promueve el plátano Maduro')).toEqual({});
  });

  it('reads a negative word right before even an unambiguous name, as its title, as someone else’s', () => {
    expect(found('', 'Stores stock the ripe Maduro Moros brand of plantain chips.')).toEqual({});
    // Farther away, it weighs only against ambiguous aliases.
    expect(found('', 'Maduro Moros said the moment was ripe.')).toEqual({ 'nicolas-maduro': 1 });
  });

  it('accepts a bare surname once the full name appears anywhere in the story', () => {
    expect(found('Nicolas Maduro travels to Moscow', 'Maduro met officials on Tuesday.')).toEqual({ 'nicolas-maduro': 2 });
  });

  it('reads a first name before a person’s full name as someone else’s longer name', () => {
    expect(found('', 'Su madrina de confirmación, Ana Cilia Flores, le ayuda con los regalos.')).toEqual({});
    // Guards: a title, a function word after a time mark, or the figure's own name before it.
    expect(found('', 'La diputada Cilia Flores habló ayer.')).toEqual({ 'cilia-flores': 1 });
    expect(found('', '10:02 — La Cilia Flores de siempre no asistió.')).toEqual({ 'cilia-flores': 1 });
    expect(found('', 'Primera Dama Cilia Flores visitó el hospital.')).toEqual({ 'cilia-flores': 1 });
    expect(found('', 'Watched Cilia Flores arrive, the guards stood still.')).toEqual({ 'cilia-flores': 1 });
  });

  it('takes the longest alias at a position: Cilia Flores de Maduro is not Maduro', () => {
    expect(found('Cilia Flores de Maduro visits a hospital')).toEqual({ 'cilia-flores': 1 });
  });

  it('gives a shared surname to the sibling the context points at', () => {
    expect(found('Delcy Rodríguez y Jorge Rodríguez', 'La vicepresidenta Rodríguez habló. Su hermano, Rodríguez, presidente de la Asamblea Nacional, también.')).toEqual({
      'delcy-rodriguez': 2,
      'jorge-rodriguez': 2,
    });
  });

  it('drops a shared surname with no evidence for either sibling', () => {
    expect(found('Rodríguez wins the match', 'The striker Rodríguez scored twice.')).toEqual({});
  });

  it('matches acronyms as whole words with their case rule', () => {
    expect(found('ELN and Eln fighters', 'the eln, delnorte and TELNET do not count')).toEqual({ eln: 2 });
    expect(found('TdA members arrested', 'Un niño con TDA y un tda en minúsculas.')).toEqual({ 'tren-de-aragua': 1 });
  });

  it('accepts an ambiguous alias in an all-caps headline when context backs it', () => {
    expect(found('LOS SOLES CARTEL UNDER PRESSURE')).toEqual({ 'cartel-de-los-soles': 1 });
    expect(found('LOS SOLES DE PERU SUBEN')).toEqual({});
  });

  it('takes a bare surname right after another capitalised first name for someone else', () => {
    expect(found('', 'El presidente habló ayer con Pedro Maduro en Caracas.')).toEqual({});
    expect(found('', 'El presidente Maduro habló ayer con Pedro en Caracas.')).toEqual({ 'nicolas-maduro': 1 });
    // Unless that word is the figure's own context, or a title said of anyone.
    expect(found('', 'Ayer la Diputada Flores habló.')).toEqual({ 'cilia-flores': 1 });
    expect(found('', 'Ayer el Presidente Maduro habló con el gobierno.')).toEqual({ 'nicolas-maduro': 1 });
    // A headline capitalises every word: there the word before says nothing.
    expect(found('Venezuela Government Accuses Maduro Rivals')).toEqual({ 'nicolas-maduro': 1 });
  });

  it('keeps a surname the story gave to someone else theirs later on, unless the figure is named in full', () => {
    expect(found('', 'El sargento Pedro Maduro detuvo a seis hombres. Maduro dijo que el gobierno no tuvo nada que ver.')).toEqual({});
    // Guards: the figure named in full takes it back; a bare surname before the namesake still counts.
    expect(found('', 'El sargento Pedro Maduro detuvo a seis hombres. Maduro Moros habló. Maduro dijo que el gobierno no tuvo nada que ver.')).toEqual({ 'nicolas-maduro': 2 });
    expect(found('', 'El presidente Maduro habló. Luego el sargento Pedro Maduro detuvo a seis hombres.')).toEqual({ 'nicolas-maduro': 1 });
  });

  it('in an all-caps headline, takes only context near the alias, not anywhere in the sentence', () => {
    expect(found('MADURO PERFECTO PARA FREÍR EN CASA SEGÚN LOS COCINEROS DEL GOBIERNO')).toEqual({});
    expect(found('Maduro perfecto para freír en casa según los cocineros del gobierno')).toEqual({ 'nicolas-maduro': 1 });
    expect(found('EL GOBIERNO DE MADURO RESPONDE')).toEqual({ 'nicolas-maduro': 1 });
  });

  it('handles possessives and missing accents', () => {
    expect(found("Nicolas Maduro's allies", "Maduro's government responded.")).toEqual({ 'nicolas-maduro': 2 });
  });
});

describe('matchEntitySpans with lookalikes and full names that need context', () => {
  const entities = [
    ...miniEntities,
    {
      id: 'diosdado-cabello',
      name: 'Diosdado Cabello',
      kind: 'person' as const,
      aliases: [{ text: 'Cabello', ambiguous: true, case: undefined }],
      context: ['ministro', 'minister'],
      negative: [],
      lookalikes: ['Puerto Cabello'],
      profile: { rewards: [], charges: [], sanctions: [], notes: [] },
    },
  ];
  const withLookalikes = compileEntities(
    entities.map((entity) =>
      entity.id === 'jorge-rodriguez'
        ? { ...entity, aliases: [...entity.aliases, { text: 'Jorge Rodríguez', ambiguous: true }], negative: ['striker'] }
        : entity,
    ),
    8,
  );
  const ids = (title: string, text: string): Record<string, number> =>
    Object.fromEntries(entityHits(withLookalikes, matchEntitySpans(withLookalikes, buildDocument(title, text))).map((hit) => [hit.id, hit.mentions]));

  it('lets a lookalike take its words so the alias inside it does not count', () => {
    expect(ids('Refinery fire near Puerto Cabello', 'The minister said the port of Puerto Cabello reopened.')).toEqual({});
    expect(ids('El ministro Cabello visita Puerto Cabello', '')).toEqual({ 'diosdado-cabello': 1 });
  });

  it('accepts a context word anywhere in the same sentence, beyond the window', () => {
    expect(ids('', 'La vicepresidenta, en un acto largo y muy concurrido celebrado ayer por la tarde en el centro, escuchó a Rodríguez.')).toEqual({
      'delcy-rodriguez': 1,
    });
  });

  it('lets an ambiguous full name accepted on its context vouch for the bare surname after it', () => {
    expect(ids('', 'El presidente de la Asamblea Nacional, Jorge Rodríguez, convocó una sesión. Luego Rodríguez habló con la vicepresidenta.')).toEqual({
      'jorge-rodriguez': 2,
    });
  });

  it('drops an ambiguous full name with no context, or with a negative word near it', () => {
    expect(ids('Jorge Rodríguez renews his contract', 'The striker Jorge Rodríguez signed until 2028.')).toEqual({});
  });
});

describe('matchEntitySpans with a full name others carry too', () => {
  const chavez: EntityConfig = entitySchema.parse({
    id: 'hugo-chavez',
    name: 'Hugo Chávez',
    kind: 'person',
    aliases: [{ text: 'Hugo Chávez', shared: true }, { text: 'Chávez', ambiguous: true }, { text: 'El Comandante', ambiguous: true }],
    context: ['Venezuela', 'late president', 'Hugo'],
    negative: ['coach*', 'innings', 'scoreless', 'football', 'high school'],
  });
  const compiledShared = compileEntities([...miniEntities, chavez], 8);
  const ids = (title: string, text: string): Record<string, number> =>
    Object.fromEntries(entityHits(compiledShared, matchEntitySpans(compiledShared, buildDocument(title, text))).map((hit) => [hit.id, hit.mentions]));

  it('gives a shared full name beside a negative word, with no context word, to someone else in a story of the namesake’s trade', () => {
    expect(ids('', 'Hugo Chávez struck out nine over seven scoreless innings on Thursday.')).toEqual({});
    expect(ids('', 'Hugo Chavez, who coached at a high school for 31 years, retired.')).toEqual({});
  });

  it('keeps the figure where the story holds one negative word only, or as many context words', () => {
    expect(ids('', 'Hugo Chavez often spoke of football, his first love.')).toEqual({ 'hugo-chavez': 1 });
    expect(ids('', 'Hugo Chávez watched seven scoreless innings from the stands. The late president never missed a game in Venezuela.')).toEqual({
      'hugo-chavez': 1,
    });
  });

  it('keeps the figure where a context word stands near too, or no negative word does', () => {
    expect(ids('', 'Venezuela’s late president Hugo Chávez watched the innings from the stands.')).toEqual({ 'hugo-chavez': 1 });
    expect(ids('', 'Hugo Chávez died in March.')).toEqual({ 'hugo-chavez': 1 });
    // Far from the name, the negative word says nothing of it.
    expect(ids('', 'Hugo Chávez died in March. Years later, a school named its gym after a beloved basketball coach.')).toEqual({ 'hugo-chavez': 1 });
  });

  it('keeps the surname and the figure’s other ambiguous names the namesake’s from there on', () => {
    const story = 'Hugo Chavez, the school’s football coach, retired on Monday after thirty-one seasons in the job. Chavez said Venezuela was his parents’ home. Fans called him El Comandante.';
    expect(ids('', story)).toEqual({});
    // Without the rule, "Venezuela" beside the bare surname and "Hugo" beside the nickname named the figure.
    expect(ids('', story.replace('football coach', 'history teacher'))).toEqual({ 'hugo-chavez': 3 });
    // The figure named in full takes them back.
    expect(ids('', `${story} Years before, Hugo Chávez had sent him a letter.`)).toEqual({ 'hugo-chavez': 3 });
  });

  it('reads an ambiguous full name beside a negative word as someone else’s, and its surname later too', () => {
    const rodriguez = compileEntities(
      miniEntities.map((entity) =>
        entity.id === 'jorge-rodriguez' ? { ...entity, aliases: [...entity.aliases, { text: 'Jorge Rodríguez', ambiguous: true }], negative: ['inspector'] } : entity,
      ),
      8,
    );
    const found = (text: string) => entityHits(rodriguez, matchEntitySpans(rodriguez, buildDocument('', text))).map((hit) => hit.id);
    expect(found('Habló el inspector Jorge Rodríguez. Ante la Asamblea Nacional, Rodríguez negó todo.')).toEqual([]);
    expect(found('Habló Jorge Rodríguez. Ante la Asamblea Nacional, Rodríguez negó todo.')).toEqual(['jorge-rodriguez']);
  });
});

describe('matchEntitySpans with a bare first name', () => {
  const entities = [
    ...miniEntities.map((entity) => (entity.id === 'delcy-rodriguez' ? { ...entity, aliases: [...entity.aliases, { text: 'Delcy', ambiguous: false }] } : entity)),
    {
      id: 'diosdado-cabello',
      name: 'Diosdado Cabello',
      kind: 'person' as const,
      aliases: [{ text: 'Diosdado', ambiguous: false }, { text: 'Cabello', ambiguous: true }, 'Cabello Rondón'],
      context: ['ministro', 'minister'],
      negative: [],
      lookalikes: [],
      profile: { rewards: [], charges: [], sanctions: [], notes: [] },
    },
  ];
  const compiledNames = compileEntities(entities, 8);
  const ids = (title: string, text: string): Record<string, number> =>
    Object.fromEntries(entityHits(compiledNames, matchEntitySpans(compiledNames, buildDocument(title, text))).map((hit) => [hit.id, hit.mentions]));

  it('counts the first name alone, and before the figure’s own surname or middle name', () => {
    expect(ids('', 'Ayer Diosdado dijo que la oposición conspira.')).toEqual({ 'diosdado-cabello': 1 });
    expect(ids('', 'Ayer habló Diosdado Cabello Rondón en el Congreso.')).toEqual({ 'diosdado-cabello': 1 });
    expect(ids('', 'The minister was named as Delcy Eloína Rodríguez in the decree.')).toEqual({ 'delcy-rodriguez': 1 });
    expect(ids('', 'The statement was read by Delcy on Tuesday.')).toEqual({ 'delcy-rodriguez': 1 });
  });

  it('reads a first name before another capitalised surname as someone else', () => {
    expect(ids('Manila troupe stages a tax comedy', 'Director Diosdado Ramos staged the play in Manila.')).toEqual({});
    expect(ids('', 'La cantante Delcy Gómez Pérez llenó el teatro.')).toEqual({});
  });

  it('lets someone else’s first name vouch for nothing', () => {
    // Without the rule, "Diosdado Ramos" named Cabello in full and the bare surname counted.
    expect(ids('', 'El actor Diosdado Ramos llegó con el cabello teñido. Luego Cabello saludó.')).toEqual({});
  });

  it('says nothing in a Title Case headline or after a date word', () => {
    expect(ids('Diosdado Says Opposition Plots Against Caracas', '')).toEqual({ 'diosdado-cabello': 1 });
    expect(ids('', 'The speech was given by Diosdado Monday night.')).toEqual({ 'diosdado-cabello': 1 });
  });
});
