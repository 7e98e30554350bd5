/**
 * claims.yaml's schema on its own, given plain values: its defaults, and errors that name the field
 * and say what is wanted.
 */
import { describe, expect, it } from 'vitest';
import { claimSchema, claimsFileSchema } from '../../src/config/claims-schema';
import { problemsOf, SLUG_MESSAGE } from '../support/schema-problems';

describe('claimSchema', () => {
  it('fills the topic, both sides, the word groups and the assertsBeside pairs when left out', () => {
    expect(claimSchema.parse({ id: 'boat-strikes', statement: 'U.S. strikes on boats target traffickers' })).toEqual({
      id: 'boat-strikes',
      statement: 'U.S. strikes on boats target traffickers',
      topic: { entities: [], en: [], es: [], together: [] },
      asserts: { en: [], es: [] },
      disputes: { en: [], es: [] },
      disputesOnTopic: { en: [], es: [] },
      offTopic: { en: [], es: [] },
      together: [],
      assertsBeside: [],
    });
  });

  it('takes no word groups, or two or more', () => {
    const groups = [{ en: ['venezuela'] }, { en: ['cocaine'], es: ['cocaína'] }, { en: ['on purpose'] }];
    for (const together of [[], groups.slice(0, 2), groups]) {
      expect(problemsOf(claimSchema, { id: 'drugs-as-weapon', statement: 'x', together })).toEqual([]);
    }
  });

  it('checks the figure ids of the topic and refuses a language it does not know', () => {
    expect(problemsOf(claimSchema, { id: 'state-cartel', statement: 'x', topic: { entities: ['Cartel de los Soles'] } })).toEqual([
      `topic.entities[0]: ${SLUG_MESSAGE}`,
    ]);
    expect(problemsOf(claimSchema, { id: 'state-cartel', statement: 'x', asserts: { pt: ['cartel'] } })).toEqual(['asserts: Unrecognized key: "pt"']);
    expect(problemsOf(claimSchema, { id: 'state-cartel', statement: ' ' })).toEqual(['statement: must not be empty']);
  });
});

describe('claimsFileSchema', () => {
  it('fills every cue list, the anchors, the concepts and the claims when left out', () => {
    const empty = { en: [], es: [] };
    expect(claimsFileSchema.parse({})).toEqual({ disputeCues: empty, notDisputeCues: empty, hedgeCues: empty, assertCues: empty, rebuttalCues: empty, anchors: { entities: [], ...empty }, concepts: {}, claims: [] });
  });

  it('checks anchor figure ids and refuses unknown keys', () => {
    expect(problemsOf(claimsFileSchema, { anchors: { entities: ['Maduro'] } })).toEqual([`anchors.entities[0]: ${SLUG_MESSAGE}`]);
    expect(problemsOf(claimsFileSchema, { denyCues: { en: ['denies'] } })).toEqual(['Unrecognized key: "denyCues"']);
  });
});
