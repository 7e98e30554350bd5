import { describe, expect, it } from 'vitest';
import { findSource, isReportedSpeech } from '../../src/match/attribution';
import { buildDocument } from '../../src/match/document';

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

describe('isReportedSpeech', () => {
  const reported = (sentence: string): boolean => isReportedSpeech(buildDocument('', sentence).words);

  it('finds a sentence that relays what someone says, in English and Spanish', () => {
    expect(reported('Washington maintains that Venezuela is a corridor for cocaine.')).toBe(true);
    expect(reported('According to prosecutors, the generals protected the shipments.')).toBe(true);
    expect(reported('Officials point to the figures as proof.')).toBe(true);
    expect(reported('La Casa Blanca acusó al gobierno de enviar a la banda.')).toBe(true);
    expect(reported('Varias agencias discrepan de esa lectura.')).toBe(true);
  });

  it('finds a document that "refers to" or "se refiere a" what it holds', () => {
    expect(reported('The memo also refers to Cuban agents working in Florida.')).toBe(true);
    expect(reported('El informe se refiere a agentes cubanos en Miami.')).toBe(true);
    // Guard: "refers" needs its "to"; a referee refers nothing.
    expect(reported('The referee refers the case onward.')).toBe(false);
  });

  it('finds none in a sentence stated in its own voice', () => {
    expect(reported('The Venezuelan state has given the guerrillas a sanctuary.')).toBe(false);
    expect(reported('El oro del Arco Minero sirve para lavar dinero.')).toBe(false);
    // "point" without "to" reports nothing.
    expect(reported('At one point the boat turned back.')).toBe(false);
  });

  it('reads the writer’s own "we call" or "I would say" as the writer’s voice, not a relay', () => {
    expect(reported('In any other setting we would call the killing an execution.')).toBe(false);
    expect(reported('I say the strikes are executions.')).toBe(false);
    // Guards: someone else's call, and "we" told by someone.
    expect(reported('In any other setting critics would call the killing an execution.')).toBe(true);
    expect(reported('We were told by officials that the boats carried cocaine.')).toBe(true);
  });
});
