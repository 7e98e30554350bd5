/**
 * The shipped claims.yaml on wording that holds a claim at arm's length, from the rounds after
 * holdout-19. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../support/shipped-matcher';

describe('shipped rules: the writer’s own "alleged"', () => {
  it('reads "the alleged" and "la supuesta" before a claim’s words as a mention', () => {
    expect(claims('Senate to hear experts on the alleged spy network Caracas runs inside the United States', 'The hearing is set for December 9.')).toEqual(['spies-in-us:mentions']);
    expect(claims('El Senado citará a expertos sobre la supuesta red de espías venezolanos en Estados Unidos', 'La audiencia será el 9 de diciembre.')).toEqual(['spies-in-us:mentions']);
  });

  it('leaves the verb, and "por supuesto", to take their side', () => {
    // Guard: a letter that alleges reports a side; it is no hedge.
    expect(claims('Carvajal letter', 'The letter alleges that Venezuelan spies operate inside the United States posing as opposition figures.')).toEqual(['spies-in-us:asserts']);
    // Guard: "por supuesto" (of course) hedges nothing.
    expect(claims('Carta de Carvajal', 'Por supuesto, el gobierno venezolano tiene espías dentro de Estados Unidos, escribe Carvajal.')).toEqual(['spies-in-us:asserts']);
  });
});
