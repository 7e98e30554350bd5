/**
 * The shipped claims.yaml against the wording holdout-39 taught it, each case with a guard. Stories
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../support/shipped-matcher';

describe('shipped rules: holdout-39 wording', () => {
  it('reads evidence nobody produced, in either language, as a dispute', () => {
    const strike = 'A U.S. strike destroyed the boat off Paria.';
    expect(claims('Strike note', `${strike} No U.S. agency has produced any evidence that drugs were aboard.`)).toEqual(['boat-strikes:disputes']);
    const lancha = 'Estados Unidos atacó una lancha frente a Paria,';
    expect(claims('Nota', `${lancha} sin que Washington haya presentado prueba alguna de que transportara drogas.`)).toEqual(['boat-strikes:disputes']);
    // Guards: evidence produced.
    expect(claims('Strike note', `${strike} The U.S. agency has produced evidence that drugs were aboard.`)).toEqual(['boat-strikes:mentions']);
    expect(claims('Nota', `${lancha} después de que Washington haya presentado una prueba de que transportaba drogas.`)).toEqual(['boat-strikes:asserts']);
  });

  it('holds what "we are told" at arm’s length', () => {
    const strikes = 'The United States has blown up twenty boats in the Caribbean.';
    expect(claims('Opinion', `${strikes} We are told they were all narcoterrorists.`)).toEqual(['boat-strikes:mentions']);
    // Guard: the Pentagon's own word asserts.
    expect(claims('Opinion', `${strikes} The Pentagon says they were all narcoterrorists.`)).toEqual(['boat-strikes:asserts']);
  });

  it('reads killing without arrest as a dispute of the strikes', () => {
    const strikes = 'The United States has blown up twenty boats in the Caribbean, killing suspects';
    expect(claims('Opinion', `${strikes} without arrest, charge or trial.`)).toEqual(['boat-strikes:disputes']);
    // Guard: the same killing told plainly.
    expect(claims('Opinion', `${strikes} after a chase.`)).toEqual(['boat-strikes:mentions']);
  });

  it('takes the writer’s own "we would call" late in an op-ed as the story’s side, not a relay in the background', () => {
    const opening = 'Since September the United States has blown up twenty small boats in the Caribbean. Nobody has explained how the targets were chosen. The families still wait for answers. In any other setting';
    expect(claims('Opinion: justice at sea', `${opening} we would call killing suspects without arrest an execution.`)).toEqual(['boat-strikes:disputes']);
    // Guard: the critics' word, relayed late, stays background.
    expect(claims('Opinion: justice at sea', `${opening} critics would call killing suspects without arrest an execution.`)).toEqual(['boat-strikes:mentions']);
  });

  it('keeps an agenda’s numbered items in their places, so the second item is still the story’s core', () => {
    const agenda =
      'Convoca: el presidente de la Cámara. 1. Acuerdo de condena a los ataques extrajudiciales de Estados Unidos contra lanchas en el Caribe. 2. Acuerdo de rechazo a las declaraciones del general retirado Clíver Alcalá, quien afirma sin sustento que hubo manipulación de los resultados electorales.';
    expect(claims('Asamblea Nacional — Orden del día', agenda)).toEqual(['electoral-fraud:disputes', 'boat-strikes:disputes']);
    // Guard: with a first item that takes no side, the second stands in the background.
    const quiet = agenda.replace('Acuerdo de condena a los ataques extrajudiciales de Estados Unidos contra lanchas en el Caribe', 'Ley de costas');
    expect(claims('Asamblea Nacional — Orden del día', quiet)).toEqual(['electoral-fraud:mentions']);
  });

  it('takes no "running tally" for boats running drugs', () => {
    const week = 'Three things we watched this week. 1. The administration’s argument that Caracas uses drug trafficking as a weapon came up again in testimony. 2. More boat strikes in the Caribbean;';
    expect(claims('The week', `${week} our running tally is in the sidebar.`)).toEqual(['drugs-as-weapon:mentions', 'boat-strikes:mentions']);
    // Guard: boats running cocaine.
    expect(claims('The week', `${week} those boats are running cocaine.`)).toEqual(['drugs-as-weapon:mentions', 'boat-strikes:asserts']);
  });

  it('reads a cartel "dirigida por el propio Estado" as the state running it', () => {
    const cartel = 'El Cartel de los Soles no es un invento, sino una estructura dirigida por';
    expect(claims('Carta', `${cartel} el propio Estado venezolano.`)).toEqual(['state-cartel:asserts']);
    // Guard: a structure someone else directs.
    expect(claims('Carta', `${cartel} una familia de Apure.`)).toEqual(['state-cartel:mentions']);
  });

  it('reads the Pacific as where most of the cocaine goes instead of Venezuela', () => {
    const officials = 'Venezuela is a transit route, officials say. The UN says most of the cocaine that reaches the United States leaves';
    expect(claims('UN report', `${officials} Colombia and Ecuador by the Pacific.`)).toEqual(['transit-hub:disputes']);
    expect(claims('La ONU sitúa en el Pacífico, y no en Venezuela, la principal ruta de la cocaína hacia EE.UU.', 'El informe se publicó en Viena.')).toEqual(['transit-hub:disputes']);
    // Guards: the cocaine leaving through Venezuela.
    expect(claims('UN report', `${officials} through Venezuela.`)).toEqual(['transit-hub:asserts']);
    expect(claims('La ONU sitúa en Venezuela la principal ruta de la cocaína hacia EE.UU.', 'El informe se publicó en Viena.')).toEqual(['transit-hub:asserts']);
  });

  it('takes laundering for the gold claim only beside the gold', () => {
    const network = 'The Treasury sanctioned a network in Venezuela that it said laundered proceeds';
    expect(claims('Treasury sanctions network', `${network} for Hezbollah through electronics stores.`)).toEqual([]);
    // Guard: the same laundering through the Mining Arc's gold.
    expect(claims('Treasury sanctions network', `${network} through gold from the Mining Arc.`)).toEqual(['gold-laundering:asserts']);
  });

  it('counts Venezuelan officials who knew of a Hezbollah network as Venezuela’s part', () => {
    const network = 'Treasury said the Hezbollah network operated on Margarita Island. It had worked for years with the knowledge of';
    expect(claims('Sanctions', `${network} Venezuelan officials, who issued identity documents to its members.`)).toEqual(['guerrilla-alliance:asserts']);
    // Guard: another country's officials.
    expect(claims('Sanctions', `${network} Brazilian officials, who issued identity documents to its members.`)).toEqual([]);
  });

  it('reads a claim called a delusion as disputed', () => {
    const body = 'Habló en rueda de prensa.';
    expect(claims('Delcy Rodríguez tacha de «delirio» la denuncia de espías venezolanos en EE.UU.', body)).toEqual(['spies-in-us:disputes']);
    // Guard: the same headline with a word that takes no side.
    expect(claims('Delcy Rodríguez tacha de «urgente» la denuncia de espías venezolanos en EE.UU.', body)).toEqual(['spies-in-us:asserts']);
  });
});
