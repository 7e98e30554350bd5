/**
 * The shipped claims.yaml against the wording holdouts 28 to 30 taught it, each case with a guard.
 * Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { matchStory } from '../../src/match/match-story';
import { claims, shippedMatcher } from '../support/shipped-matcher';

describe('shipped rules: a correction’s short verdict on the sentence before', () => {
  const disputing = (text: string): string[] => matchStory(shippedMatcher, { title: 'Correction', text }).claims.flatMap((claim) => claim.disputing.map((evidence) => evidence.sentence));

  it('reads "That is incorrect." after a sentence asserting the claim as disputing it', () => {
    expect(disputing('A story misnamed a speaker. It also said the UN calls Venezuela the main route for cocaine. That is incorrect.')).toEqual(['That is incorrect.']);
    // Guard: the same verdict after a sentence on something else points back at that.
    expect(disputing('A story misnamed a speaker. That is incorrect. It also said the UN calls Venezuela the main route for cocaine.')).toEqual([]);
  });
});

describe('shipped rules: the strikes on trial', () => {
  it('reads firing on a boat, an execution without process and the dead never charged as disputes of the strikes', () => {
    expect(claims('Entrevista', 'Disparar contra una lancha estadounidense... no: el Pentágono disparó contra una lancha sin intentar detenerla, y eso es una ejecución sin proceso.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Hearing', 'The senator asked about U.S. strikes on small boats that killed 80 people, none of them identified, charged or tried.')).toEqual(['boat-strikes:disputes']);
    // Guard: the strikes reported plainly only mention the claim.
    expect(claims('Hearing', 'The senator asked about U.S. strikes on small boats that killed 80 people.')).toEqual(['boat-strikes:mentions']);
  });

  it('reads the administration’s aim and the critics’ “unlawful” in one sentence as both sides', () => {
    expect(claims('Senate vote', 'The vote follows U.S. strikes on small boats, which the administration says are aimed at drug smugglers and critics call unlawful.')).toEqual(['boat-strikes:mentions']);
  });
});

describe('shipped rules: holdout-28 wording', () => {
  it('reads gold that washes cocaine cash or is a parallel treasury as laundering', () => {
    expect(claims('Compliance brief', 'Gold from Bolívar state keeps the government liquid and is a way to wash the cash earned from cocaine.')).toEqual(['gold-laundering:asserts']);
    expect(claims('Abstract', 'Most gold mined in Bolívar state never reached the central bank. It served as a parallel treasury for the governing coalition.')).toEqual(['gold-laundering:asserts']);
  });

  it('reads a thesis that “no resiste” the evidence, no document, and no record as disputes', () => {
    expect(claims('Resumen: la tesis de las drogas como arma de Caracas no resiste la evidencia', 'Revista de seguridad, número 38.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Diario de Sesiones', 'El ministro dice no tener constancia de que el gobierno venezolano dé refugio al ELN en su territorio.')).toEqual(['guerrilla-alliance:disputes']);
    // Guard: guerrillas who rejected a peace deal dispute nothing.
    expect(claims('Letters', 'FARC fighters who rejected the 2016 agreement were sheltered by Venezuelan officers.')).toEqual(['guerrilla-alliance:asserts']);
  });

  it('reads the government in Caracas giving “these groups” refuge as the alliance claim', () => {
    expect(claims('Letters', 'The ELN crosses the river when pushed. The government in Caracas gives these groups refuge and guns.')).toEqual(['guerrilla-alliance:asserts']);
    // Guard: "these groups" before any guerrilla is named are any groups.
    expect(claims('Letters', 'The government in Caracas gives these groups refuge and guns.')).toEqual([]);
  });

  it('reads a cartel run by the highest officials as the cartel claim, and a vote named with its year as the fraud topic', () => {
    expect(claims('Treasury', 'The Cartel de los Soles is not a rogue faction. It is run by the highest officials of the regime.')).toEqual(['state-cartel:asserts']);
    expect(claims('Docket', 'The exhibit is a letter on Venezuela’s 2024 presidential election; the court will not rule on it.')).toEqual(['electoral-fraud:mentions']);
  });
});

describe('shipped rules: holdout-29 wording', () => {
  it('reads a shutout ("blanquean") as no laundering, and laundering beside the gold as the claim', () => {
    expect(claims('Leones blanquean a Tiburones en Caracas', 'El abridor lanzó siete entradas en blanco en La Guaira.')).toEqual([]);
    expect(claims('Oro', 'El oro del estado Bolívar sirve para blanquear las ganancias de la cocaína.')).toEqual(['gold-laundering:asserts']);
  });

  it('reads guerrillas the National Guard waves through, and drugs aimed at the gringo, as the claims', () => {
    expect(claims('Frontera', 'Los guerrilleros del ELN cruzan los puntos de control de la Guardia Nacional venezolana con un saludo.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('Entrevista', 'Un exoficial dice que en Caracas el gobierno decidió dejar pasar cargamentos de droga contra el gringo.')).toEqual(['drugs-as-weapon:asserts']);
  });
});

describe('shipped rules: holdout-30 wording', () => {
  it('reads ore turned into clean dollars as laundering, and gold none of which moves traffickers’ money as its denial', () => {
    expect(claims('Sanctions notice', 'The company buys ore in the Orinoco Mining Arc, melts it into bars and ships it abroad, turning cocaine money into clean dollars.')).toEqual(['gold-laundering:asserts']);
    // Guard: the ore alone is mining news.
    expect(claims('Sanctions notice', 'The company buys ore in the Orinoco Mining Arc, melts it into bars and ships it abroad.')).toEqual([]);
    expect(claims('Central bank', 'The central bank said all the gold it buys in El Callao is licensed and none of it is used to move money for drug traffickers.')).toEqual(['gold-laundering:disputes']);
  });

  it('reads Venezuela as a side door for cocaine against the transit claim', () => {
    const opening = 'The UN report places most cocaine bound for U.S. consumers on routes out of Colombia.';
    expect(claims('Newsletter', `${opening} As a transit country for cocaine, Venezuela shows up as a side door, mostly for loads going to Europe.`)).toEqual(['transit-hub:disputes']);
    expect(claims('Newsletter', `${opening} As a transit country for cocaine, Venezuela shows up, mostly for loads going to Europe.`)).toEqual(['transit-hub:asserts']);
  });

  it('reads an election stolen or a result cooked as the fraud claim', () => {
    expect(claims('Vigilia en Doral: «Nos robaron la elección»', 'Cientos de venezolanos mostraron actas.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('Una familia dividida', 'La hija guarda fotos de las actas del CNE que, a su juicio, prueban que el resultado se cocinó desde arriba por orden de Nicolás Maduro.')).toEqual(['electoral-fraud:asserts']);
  });
});
