import { describe, expect, it } from 'vitest';
import { findSource } from '../../src/match/attribution';

describe('findSource', () => {
  it('reads "according to" and "según"', () => {
    expect(findSource('According to the Justice Department, the network moved 250 tons.')).toBe('the Justice Department');
    expect(findSource('Según la fiscalía, la red movió 250 toneladas.')).toBe('la fiscalía');
  });

  it('reads a speaker before or after the speech verb', () => {
    expect(findSource('Cabello said the cartel was an invention.')).toBe('Cabello');
    expect(findSource('"The cartel is an invention," said the interior minister.')).toBe('the interior minister');
    expect(findSource('The cartel is run from the top, prosecutors allege.')).toBe('prosecutors');
    expect(findSource('El Gobierno venezolano negó las acusaciones.')).toBe('El Gobierno venezolano');
  });

  it('returns null when nobody is named', () => {
    expect(findSource('Boats were destroyed in the Caribbean.')).toBeNull();
  });
});
