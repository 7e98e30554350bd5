/** A small rule set written for the matcher's unit tests, independent of the shipped config. */
import type { MatchRules } from '../../src/pipeline/analyze-feed';
import { entitySchema, type EntityConfig } from '../../src/config/schema';
import { claimsFileSchema, type ClaimsFile } from '../../src/config/claims-schema';
import { createMatcher, type Matcher } from '../../src/match/match-story';

export const miniEntities: EntityConfig[] = [
  {
    id: 'nicolas-maduro',
    name: 'Nicolás Maduro',
    kind: 'person',
    aliases: ['Maduro Moros', { text: 'Maduro', ambiguous: true }],
    context: ['presidente', 'president', 'régimen', 'regime', 'gobierno', 'government', 'chavis*'],
    negative: ['plátano*', 'fruta', 'ripe', 'banana*'],
  },
  {
    id: 'cilia-flores',
    name: 'Cilia Flores',
    kind: 'person',
    aliases: ['Cilia Flores de Maduro', { text: 'Flores', ambiguous: true }],
    context: ['primera dama', 'first lady', 'diputada'],
    negative: ['ramo', 'jardín', 'garden'],
  },
  {
    id: 'delcy-rodriguez',
    name: 'Delcy Rodríguez',
    kind: 'person',
    aliases: [{ text: 'Rodríguez', ambiguous: true }],
    context: ['vicepresidenta', 'vice president'],
  },
  {
    id: 'jorge-rodriguez',
    name: 'Jorge Rodríguez',
    kind: 'person',
    aliases: [{ text: 'Rodríguez', ambiguous: true }],
    context: ['asamblea nacional', 'national assembly'],
  },
  { id: 'eln', name: 'ELN', kind: 'organization', aliases: [{ text: 'ELN', case: 'capitalized' }] },
  { id: 'tren-de-aragua', name: 'Tren de Aragua', kind: 'organization', aliases: [{ text: 'TdA', case: 'exact' }] },
  {
    id: 'cartel-de-los-soles',
    name: 'Cartel de los Soles',
    kind: 'organization',
    aliases: ['Cartel of the Suns', { text: 'Los Soles', ambiguous: true }],
    context: ['cartel', 'cártel', 'narco*'],
    negative: ['peru*', 'moneda', 'currency'],
  },
].map((entity) => entitySchema.parse(entity));

export const miniClaims: ClaimsFile = claimsFileSchema.parse({
  disputeCues: { en: ['denies', 'denied', 'no evidence'], es: ['niega', 'negó', 'sin pruebas'] },
  assertCues: { en: ['alleges', 'alleged'], es: ['acusa'] },
  claims: [
    {
      id: 'state-cartel',
      statement: "Venezuela's leadership runs the Cartel de los Soles",
      topic: { entities: ['cartel-de-los-soles'], en: [], es: [] },
      asserts: { en: ['criminal enterprise', 'top leaders operate'], es: ['empresa criminal'] },
      disputes: { en: ['does not exist'], es: ['no existe'] },
    },
    {
      id: 'drugs-as-weapon',
      statement: 'The regime uses drugs as a weapon against the U.S.',
      topic: { en: ['drugs', 'cocaine'], es: ['drogas', 'cocaína'] },
      asserts: { en: ['weaponiz* drugs', 'deliberate policy'], es: ['drogas como arma'] },
      disputes: { en: ['no evidence of a deliberate policy'], es: [] },
    },
  ],
});

/** The test rules as the parse workers take them. */
export const miniRules: MatchRules = { entities: miniEntities, claims: miniClaims, contextWindow: 8 };

export function miniMatcher(contextWindow = miniRules.contextWindow): Matcher {
  return createMatcher(miniEntities, miniClaims, contextWindow);
}
