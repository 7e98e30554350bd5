import { describe, expect, it } from 'vitest';
import { claimLabelAt, verdictAt } from '../../src/match/fact-check';
import { matchStory } from '../../src/match/match-story';
import { miniMatcher } from '../support/mini-config';

const matcher = miniMatcher();
const claims = (title: string, text: string): string[] => matchStory(matcher, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);

describe('verdictAt', () => {
  it('reads a verdict against the claim under a label or after "we rate", in English and Spanish', () => {
    expect(verdictAt('VERDICT: Mostly false.', 0)).toBe('disputes');
    expect(verdictAt('We rate the claim Mostly false.', 0)).toBe('disputes');
    expect(verdictAt('Calificación: engañoso.', 0)).toBe('disputes');
    expect(verdictAt('Veredicto — falso', 0)).toBe('disputes');
    expect(verdictAt('Calificamos esta afirmación como falsa.', 0)).toBe('disputes');
    // Every opening is tried whatever its first letter, in either case.
    expect(verdictAt('Lo calificamos como engañoso.', 0)).toBe('disputes');
    expect(verdictAt('our ruling: inaccurate', 0)).toBe('disputes');
    expect(verdictAt('Nuestra calificación: falso', 0)).toBe('disputes');
    expect(verdictAt('WE FIND THIS CLAIM FALSE.', 0)).toBe('disputes');
  });

  it('reads a verdict for the claim', () => {
    expect(verdictAt('Verdict: True.', 0)).toBe('asserts');
    expect(verdictAt('Veredicto: verdadero', 0)).toBe('asserts');
  });

  it('reads only where it is told to start, and not a rating cut out of a longer word or a mixed one', () => {
    const text = 'Intro. Verdict: False.';
    expect(verdictAt(text, 0)).toBeNull();
    expect(verdictAt(text, text.indexOf('Verdict'))).toBe('disputes');
    expect(verdictAt('Verdict: Falsely accused men walk free', 0)).toBeNull();
    expect(verdictAt('Verdict: half true', 0)).toBeNull();
    expect(verdictAt('The verdict was false hope for the families.', 0)).toBeNull();
  });
});

describe('claimLabelAt', () => {
  it('finds the label a fact-check puts over the claim it checks', () => {
    expect(claimLabelAt('CLAIM: A congressman said so.', 0)).toBe(true);
    expect(claimLabelAt('Lo que se dijo: un asesor afirmó que…', 0)).toBe(true);
    expect(claimLabelAt('La afirmación: Caracas usa la droga como arma.', 0)).toBe(true);
    expect(claimLabelAt('Qué se dijo: que el oro paga al gobierno.', 0)).toBe(true);
    expect(claimLabelAt('El dicho: «el cartel es del Estado».', 0)).toBe(true);
    expect(claimLabelAt('Claims of fraud grew.', 0)).toBe(false);
    expect(claimLabelAt('The claim was repeated on Monday.', 0)).toBe(false);
  });
});

describe('a fact-check through the matcher', () => {
  const checked = (verdict: string) =>
    claims(
      'Fact-check: does Caracas weaponize drugs against the U.S.?',
      `CLAIM: An adviser said Caracas weaponizes drugs as a deliberate policy. The indictments describe profit, not intent. ${verdict}`,
    );

  it('quotes the claim under its label as a mention and takes the verdict’s side', () => {
    expect(checked('VERDICT: False.')).toEqual(['drugs-as-weapon:disputes']);
    expect(checked('VERDICT: True.')).toEqual(['drugs-as-weapon:asserts']);
  });

  it('lets the verdict decide over the sentences that relay the claim without a label', () => {
    const relayed = (verdict: string) =>
      claims(
        'Fact check: does Caracas use drugs as a weapon?',
        `A widely shared post says Caracas weaponizes drugs against the United States. Another post says the regime weaponizes drugs as a deliberate policy. ${verdict} The indictments describe profit.`,
      );
    expect(relayed('Verdict: Misleading.')).toEqual(['drugs-as-weapon:disputes']);
    // Guard: without the verdict, the two relays assert.
    expect(relayed('We looked at the indictments.')).toEqual(['drugs-as-weapon:asserts']);
  });

  it('gives no side to a claim the story only touches, when the verdict rates something else', () => {
    const seizure = (verdict: string) =>
      claims('Fact-check: did the coast guard seize 40 tons of cocaine?', `CLAIM: A post said the coast guard seized 40 tons of cocaine in one week. ${verdict} The logs show 12 tons.`);
    expect(seizure('VERDICT: False.')).toEqual(['drugs-as-weapon:mentions']);
    // Guard: once a sentence states the claim, the verdict is its side again.
    expect(seizure('VERDICT: False. An adviser added that Caracas weaponizes drugs.')).toEqual(['drugs-as-weapon:disputes']);
  });

  it('without a verdict or label, the quoted claim is read as stated', () => {
    expect(claims('Adviser speaks on drugs', 'An adviser said Caracas weaponizes drugs as a deliberate policy.')).toEqual(['drugs-as-weapon:asserts']);
  });
});
