import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/match/document';
import { headlineContested } from '../../src/match/contested-headline';
import { matchStory } from '../../src/match/match-story';
import { miniMatcher } from '../support/mini-config';

describe('headlineContested', () => {
  it('finds a headline that says a matter divides people or is debated, in English and Spanish', () => {
    expect(headlineContested(buildDocument('Poll: Americans Split Over Caribbean Boat Strikes', 'Text.'))).toBe(true);
    expect(headlineContested(buildDocument('Encuesta: la diáspora, dividida ante las acusaciones', 'Texto.'))).toBe(true);
    expect(headlineContested(buildDocument('Foro en Bogotá debate el peso de Venezuela', 'Texto.'))).toBe(true);
  });

  it('reads the headline only', () => {
    expect(headlineContested(buildDocument('Cartel case goes to court', 'Experts are divided.'))).toBe(false);
    expect(headlineContested(buildDocument('', 'Experts are divided.'))).toBe(false);
  });
});

describe('a contested headline through the matcher', () => {
  const matcher = miniMatcher();
  const stance = (title: string) =>
    matchStory(matcher, {
      title,
      text: 'Prosecutors say top leaders operate the Cartel of the Suns. A former judge said top leaders operate it too. Caracas denies that the Cartel of the Suns exists.',
    }).claims[0]?.stance;

  it('makes a claim given both sides a mention', () => {
    expect(stance('Experts divided over the Cartel of the Suns')).toBe('mentions');
  });

  it('leaves the heavier side to win under any other headline, and a claim given one side only', () => {
    // Guard: the same story under a plain headline asserts.
    expect(stance('Experts on the Cartel of the Suns')).toBe('asserts');
    const oneSide = matchStory(matcher, { title: 'Experts divided over the Cartel of the Suns', text: 'Prosecutors say top leaders operate the Cartel of the Suns.' });
    expect(oneSide.claims[0]?.stance).toBe('asserts');
  });
});
