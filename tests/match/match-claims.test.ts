import { describe, expect, it } from 'vitest';
import { createMatcher, matchStory } from '../../src/match/match-story';
import { miniClaims, miniEntities, miniMatcher } from '../support/mini-config';

const matcher = miniMatcher();
const claimsOf = (title: string, text: string) => matchStory(matcher, { title, text }).claims;

describe('matchClaims', () => {
  it('asserts a claim with the sentence that carries the assertion', () => {
    const [claim] = claimsOf('Indictment targets Cartel of the Suns', 'Prosecutors say top leaders operate the Cartel of the Suns as a criminal enterprise.');
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
    expect(claim!.evidence).toBe('Prosecutors say top leaders operate the Cartel of the Suns as a criminal enterprise.');
  });

  it('disputes a claim on a denial, and names who denies it', () => {
    const [claim] = claimsOf('Caracas responde', 'El gobierno negó que el Cartel de los Soles sea una empresa criminal.');
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'disputes' });
    expect(claim!.disputing[0]).toEqual({ sentence: 'El gobierno negó que el Cartel de los Soles sea una empresa criminal.', source: 'El gobierno' });
  });

  it('keeps both sides and lets the headline and lead outweigh a later objection', () => {
    const [claim] = claimsOf(
      'Letter alleges leaders run the Cartel of the Suns as a criminal enterprise',
      'The letter says top leaders operate the network. An analyst said there is no evidence the Cartel of the Suns is run from the top.',
    );
    expect(claim!.stance).toBe('asserts');
    expect(claim!.asserting.length).toBeGreaterThan(0);
    expect(claim!.disputing).toHaveLength(1);
  });

  it('lets a dispute in the headline win over one asserting sentence further down', () => {
    const [claim] = claimsOf('Cartel of the Suns does not exist, Caracas says', 'Critics call it a criminal enterprise run by the Cartel of the Suns.');
    expect(claim!.stance).toBe('disputes');
  });

  it('reports a claim as mentioned when the story takes no side', () => {
    const [claim] = claimsOf('Cartel of the Suns on the agenda', 'Lawmakers will discuss the Cartel of the Suns next week.');
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'mentions' });
    expect(claim!.evidence).toContain('Cartel of the Suns');
  });

  it('prefers a claim-specific dispute phrase that contains an asserting phrase', () => {
    const [claim] = claimsOf('Analysts on drugs policy', 'Analysts found no evidence of a deliberate policy to push drugs north.');
    expect(claim).toMatchObject({ id: 'drugs-as-weapon', stance: 'disputes' });
  });

  it('reports no claim on an off-topic story that uses a claim phrase', () => {
    expect(claimsOf('Mob trial opens in New York', 'Prosecutors describe the family as a criminal enterprise.')).toEqual([]);
  });

  it('with anchors set, counts a claim’s own wording only in a story anchored to the beat', () => {
    const anchored = createMatcher(
      [...miniEntities, { ...miniEntities.find((entity) => entity.id === 'eln')!, id: 'hezbollah', name: 'Hezbollah', aliases: [] }],
      { ...miniClaims, anchors: { entities: ['nicolas-maduro'], en: ['Venezuela*'], es: [] } },
      8,
    );
    const claims = (title: string, text: string) => matchStory(anchored, { title, text }).claims.map((claim) => claim.id);
    expect(claims('Hezbollah and the criminal enterprise label', 'Lebanese officials rejected calling Hezbollah a criminal enterprise.')).toEqual([]);
    expect(claims('Venezuelan officials named', 'Prosecutors called the network around Venezuela a criminal enterprise.')).toEqual(['state-cartel']);
  });
});
