/**
 * The shipped claims.yaml against the wording holdout-40 taught it, each case with a guard. Stories
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../support/shipped-matcher';

describe('shipped rules: holdout-40 wording', () => {
  it('reads gold paid for with money that comes from cocaine as laundering', () => {
    const miller = 'Una molinera dice que el oro del Arco Minero lo compra un intermediario y que lo que paga viene de';
    expect(claims('Diario', `${miller} la coca.`)).toEqual(['gold-laundering:asserts']);
    expect(claims('Field notes', 'A miller says the gold from the Mining Arc is bought by a middleman whose cash comes from cocaine.')).toEqual(['gold-laundering:asserts']);
    // Guard: money from somewhere else.
    expect(claims('Diario', `${miller} la capital.`)).toEqual([]);
  });
});
