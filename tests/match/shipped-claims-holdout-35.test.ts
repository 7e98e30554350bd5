/**
 * The shipped claims.yaml against the wording holdout-35 taught it, each case with a guard. Stories
 * written here.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../support/shipped-matcher';

describe('shipped rules: holdout-35 wording', () => {
  it('reads evidence looked for and not found, and an account that has not held up, as disputing', () => {
    expect(claims('Gang inquiry', 'Two intelligence agencies could not find evidence that Caracas directs Tren de Aragua.')).toEqual(['tda-export:disputes']);
    expect(claims('Op-ed', 'Officials said Maduro emptied his prisons to send Tren de Aragua north, but that account has not held up.')).toEqual(['tda-export:disputes']);
    // Guards: found, and held up.
    expect(claims('Gang inquiry', 'Two intelligence agencies found that Caracas directs Tren de Aragua.')).toEqual(['tda-export:asserts']);
    expect(claims('Op-ed', 'Officials said Maduro emptied his prisons to send Tren de Aragua north, and that account has held up.')).toEqual(['tda-export:asserts']);
  });

  it('reads support denied in the subjunctive, and a charge never brought to any court, as disputing', () => {
    expect(claims('Columna', 'No hay un informe de inteligencia que sostenga esa tesis de que el gobierno de Maduro usa la cocaína como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Editorial', 'Hasta hoy nadie ha llevado ante ningún tribunal la acusación de que el gobierno venezolano da refugio al ELN en territorio venezolano.')).toEqual(['guerrilla-alliance:disputes']);
    // Guards: a report that holds the thesis, a court that heard the charge.
    expect(claims('Columna', 'Un informe de inteligencia sostiene la tesis de que el gobierno de Maduro usa la cocaína como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:mentions']);
    expect(claims('Editorial', 'Un tribunal de Bogotá escuchó la acusación de que el gobierno venezolano da refugio al ELN en territorio venezolano.')).toEqual(['guerrilla-alliance:mentions']);
  });

  it('reads a charge with neither names nor papers, right after it, as its rebuttal', () => {
    const charge = 'Un comentarista sostiene que agentes del SEBIN espían a exiliados venezolanos en Miami.';
    expect(claims('Rumor viral', `${charge} El mensaje no aporta nombres ni documentos.`)).toEqual(['spies-in-us:disputes']);
    expect(claims('Rumor viral', `${charge} El mensaje se compartió dos millones de veces.`)).toEqual(['spies-in-us:asserts']);
  });

  it('reads gang members called "no agentes de un Estado" as disputing the export claim', () => {
    const story = 'La policía detuvo a seis presuntos miembros del Tren de Aragua. Un senador dijo que Maduro envió la banda a Perú. El fiscal dijo que ningún expediente muestra que la banda reciba órdenes del gobierno venezolano.';
    expect(claims('Detenciones en Lima', `${story} «Son ladrones, no agentes de un Estado», añadió.`)).toEqual(['tda-export:disputes']);
    // Guard: one side each, the assertion first.
    expect(claims('Detenciones en Lima', `${story} «Son ladrones», añadió.`)).toEqual(['tda-export:asserts']);
  });

  it('reads totals changed at a tallying center as the fraud claim', () => {
    expect(claims('Witness', 'A witness said officials changed the totals at the tallying center in the Venezuelan election.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('Testigo', 'Un testigo describió totales modificados en el centro de totalización de las elecciones venezolanas.')).toEqual(['electoral-fraud:asserts']);
    // Guard: totals counted are on the vote, and no fraud.
    expect(claims('Witness', 'A witness said officials counted the totals at the tallying center in the Venezuelan election.')).toEqual(['electoral-fraud:mentions']);
  });

  it('reads cocaine as "an instrument of pressure against" the country as the weapon claim, and greed over strategy as disputing it', () => {
    expect(claims('Hearing', "The official said Maduro's government has turned cocaine into an instrument of pressure against the United States.")).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Hearing', 'The official said Maduro’s government has turned cocaine into a source of income.')).toEqual([]);
    const charge = "Officials say Maduro's government uses cocaine as a weapon against Americans.";
    expect(claims('Hearing', `The senator said the record on Venezuela's cocaine shows greed, not strategy. ${charge}`)).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Hearing', `The senator said the record on Venezuela's cocaine shows strategy and greed. ${charge}`)).toEqual(['drugs-as-weapon:asserts']);
  });

  it('reads the strikes’ targets called traffickers’ boats as asserting, and the strikes called contrary to international law as disputing', () => {
    expect(claims('Boletín', 'Fuerzas de EE.UU. han destruido 20 embarcaciones que el Pentágono llama lanchas de narcotraficantes.')).toEqual(['boat-strikes:asserts']);
    expect(claims('ONU', 'Varios gobiernos calificaron los ataques de Estados Unidos contra lanchas en el Caribe de contrarios al derecho internacional.')).toEqual(['boat-strikes:disputes']);
    // Guards: the strikes with neither.
    expect(claims('Boletín', 'Fuerzas de EE.UU. han destruido 20 embarcaciones en el Caribe.')).toEqual(['boat-strikes:mentions']);
    expect(claims('ONU', 'Varios gobiernos calificaron los ataques de Estados Unidos contra lanchas en el Caribe de necesarios.')).toEqual(['boat-strikes:mentions']);
  });

  it('reads the trade run "desde el propio Estado" as the cartel claim only beside the trade', () => {
    expect(claims('Seminario', 'El ponente afirmó que la cúpula militar venezolana administra el negocio de la cocaína desde el propio Estado.')).toEqual(['state-cartel:asserts']);
    expect(claims('Seminario', 'El ponente afirmó que la cúpula militar venezolana administra la política cambiaria desde el propio Estado.')).toEqual([]);
  });

  it('reads a terrorist designation as the cartel claim only beside the cartel', () => {
    expect(claims('Gang profile', "Washington designated Tren de Aragua a foreign terrorist organization in 2025, saying it acts under the direction of Maduro's government.")).toEqual(['tda-export:asserts']);
    expect(claims('Cartel', 'Washington designated the Cartel de los Soles a foreign terrorist organization in 2025.')).toEqual(['state-cartel:asserts']);
  });

  it('reads Venezuelan identity cards in guerrilla hands as the shelter claim (read after its round)', () => {
    expect(claims('Editorial', 'Los jefes de las disidencias de las FARC cruzan el río con cédulas venezolanas.')).toEqual(['guerrilla-alliance:asserts']);
    // Guard: Colombian cards.
    expect(claims('Editorial', 'Los jefes de las disidencias de las FARC cruzan el río con cédulas colombianas.')).toEqual([]);
  });
});
