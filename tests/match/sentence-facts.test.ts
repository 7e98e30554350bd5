/**
 * What sentences hold for the claims, read through the whole matcher: topic word groups, and a back
 * reference to a topic figure. Rules written here, not the shipped ones.
 */
import { describe, expect, it } from 'vitest';
import { claimsFileSchema } from '../../src/config/claims-schema';
import { createMatcher, matchStory } from '../../src/match/match-story';
import { miniClaims, miniEntities } from '../support/mini-config';

const strikes = claimsFileSchema.parse({
  ...miniClaims,
  anchors: { entities: [], en: ['Venezuela*'], es: ['venezolan*'] },
  claims: [
    {
      id: 'boat-strikes',
      statement: 'U.S. strikes on boats target drug traffickers.',
      topic: {
        en: ['boat strikes'],
        together: [
          { en: ['U.S. military', 'Southern Command'], es: ['Comando Sur'] },
          { en: ['hitting', 'destroyed', 'strike'], es: ['destruyó'] },
          { en: ['boats', 'vessel', 'pirogue'], es: ['lancha'] },
        ],
      },
      offTopic: { en: ['Red Sea', 'boat strikes memorial'], es: [] },
      asserts: { en: ['drug-running boat'], es: [] },
    },
  ],
});
const matcher = createMatcher(miniEntities, strikes, 8);
const claims = (title: string, text: string) => matchStory(matcher, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);

describe('topic word groups', () => {
  it('put a story on the topic when one sentence holds a word of every group, however it is worded', () => {
    expect(claims('Tourism holds steady', 'Fishermen say the U.S. military began hitting boats in September.')).toEqual(['boat-strikes:mentions']);
    expect(claims('Pesca', 'El Comando Sur destruyó otra lancha el domingo.')).toEqual(['boat-strikes:mentions']);
  });

  it('leave a story off the topic when the groups are spread over sentences or one is missing', () => {
    expect(claims('Tourism holds steady', 'The U.S. military held drills. Storms were hitting boats in the harbour.')).toEqual([]);
    expect(claims('Harbour news', 'Storms were hitting boats in the harbour.')).toEqual([]);
  });

  it('let a body sentence borrow one missing group from the sentence before, in a story anchored to the beat', () => {
    const text = 'Everything off the coast of Venezuela is a drug boat now. The U.S. military has destroyed more than twenty of them.';
    expect(claims('Column', text)).toEqual(['boat-strikes:mentions']);
    // Guards: unanchored, two sentences are too loose; and a headline lends nothing to the lead.
    expect(claims('Column', text.replace('Venezuela', 'Florida'))).toEqual([]);
    expect(claims('A drug boat off Venezuela', 'The U.S. military has destroyed more than twenty of them.')).toEqual([]);
  });

  it('read off-topic wording around a topic phrase as neither on the topic nor off it', () => {
    expect(claims('Key West', 'A boat strikes memorial opened on Sunday.')).toEqual([]);
    const groups = 'The U.S. military destroyed another vessel on Sunday.';
    expect(claims('Key West', `A boat strikes memorial opened. ${groups}`)).toEqual(['boat-strikes:mentions']);
    // Guard: off-topic wording on its own still keeps the word groups off the topic.
    expect(claims('Key West', `Ships left the Red Sea. ${groups}`)).toEqual([]);
  });

  it('make a sentence with two of the groups topical once the story is on the topic, so a cue takes a side', () => {
    const opening = 'Southern Command said it destroyed another vessel on Sunday.';
    expect(claims('Call-in show', `${opening} A caller said two men killed in the strike were pirogue crew, and there is no evidence otherwise.`)).toEqual(['boat-strikes:disputes']);
    // Guard: off the topic, the same sentence carries no claim.
    expect(claims('Call-in show', 'A caller said two men killed in the strike were pirogue crew, and there is no evidence otherwise.')).toEqual([]);
  });
});

describe('topic word groups in the config', () => {
  it('refuses a single topic group, which would put any sentence with one word on the topic', () => {
    const single = { ...miniClaims, claims: [{ id: 'one-group', statement: 'One group.', topic: { together: [{ en: ['boats'], es: [] }] } }] };
    expect(() => claimsFileSchema.parse(single)).toThrow(/single topic group/);
  });

  it('expands a concept named in a topic group', () => {
    const withConcept = claimsFileSchema.parse({
      ...miniClaims,
      concepts: { boats: { en: ['skiff'], es: ['peñero'] } },
      claims: [{ id: 'strikes', statement: 'Strikes.', topic: { together: [{ en: ['Navy'], es: [] }, { en: ['@boats'], es: [] }] } }],
    });
    expect(withConcept.claims[0]!.topic.together[1]).toEqual({ en: ['skiff'], es: ['peñero'] });
  });
});
