/**
 * The shipped claims.yaml and entities.yaml against the wording holdout-36 taught them, each case with a
 * guard. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { claims, figures } from '../support/shipped-matcher';

describe('shipped rules: holdout-36 wording', () => {
  it('reads boats named after the act that destroyed them as the strikes on drug boats', () => {
    expect(claims('Sheriffs back the Navy', 'The association supports the strikes that destroyed narco-boats off Venezuela.')).toEqual(['boat-strikes:asserts']);
    expect(claims('Apoyo a la Armada', 'La asociación respalda los ataques de Estados Unidos que destruyó narcolanchas frente a Venezuela.')).toEqual(['boat-strikes:asserts']);
    // Guard: the boats not called narco-boats.
    expect(claims('Sheriffs back the Navy', 'The association supports the strikes that destroyed boats off Venezuela.')).toEqual(['boat-strikes:mentions']);
  });

  it("reads gold as the regime's hard currency, or mixed with drug proceeds, as the laundering claim", () => {
    expect(claims('Mining study', "Venezuelan gold from these pits is the regime's hard currency, a geographer said.")).toEqual(['gold-laundering:asserts']);
    expect(claims('Ficha', 'El oro venezolano se vende afuera y se mezcla con ganancias del narcotráfico.')).toEqual(['gold-laundering:asserts']);
    // Guards: hard currency and proceeds with no gold in the sentence or the one before.
    expect(claims('Mining study', "Venezuelan gold fills these pits. Miners work at night. Oil is the regime's hard currency, a geographer said.")).toEqual(['gold-laundering:mentions']);
    expect(claims('Ficha', 'El oro venezolano se vende afuera. Los mineros trabajan de noche. La policía decomisó ganancias del narcotráfico.')).toEqual(['gold-laundering:mentions']);
  });

  it('reads the trade run "from the top of the state" as the cartel claim, beside the trade only', () => {
    const headline = 'Cartel de los Soles: a former captain speaks';
    expect(claims(headline, 'He said the cocaine business was run from the top of the state.')).toEqual(['state-cartel:asserts']);
    expect(claims('Declaración', 'Sobre el Cartel de los Soles, un excapitán declaró que el negocio de la droga se manejaba desde la cúpula del Estado.')).toEqual(['state-cartel:asserts']);
    // Guard: a policy run from the top of the state is no trade.
    expect(claims(headline, 'He said the housing plan was run from the top of the state.')).toEqual(['state-cartel:mentions']);
  });

  it('reads prison doors opened for the Tren de Aragua as the export claim, and only beside the gang', () => {
    expect(claims('Radio host held', 'A listener in Zulia wrote that the government opened the prison doors so the Tren de Aragua could work abroad.')).toEqual(['tda-export:asserts']);
    expect(claims('Locutor detenido', 'Un oyente de Zulia escribió que el gobierno abrió las puertas de las cárceles para que el Tren de Aragua operara afuera.')).toEqual(['tda-export:asserts']);
    // Guard: prison doors opened in a Venezuelan riot, no gang named.
    expect(claims('Riot in Zulia', 'Inmates in a Venezuelan jail said guards opened the prison doors during the riot.')).toEqual([]);
  });

  it('reads "ni uno solo con nombre y apellido" as a dispute, like "ni un solo nombre"', () => {
    expect(claims('Rueda de prensa', 'Dijo que hay agentes del SEBIN espiando a exiliados en Estados Unidos, pero ni uno solo con nombre y apellido.')).toEqual(['spies-in-us:disputes']);
    // Guard: the agents named.
    expect(claims('Rueda de prensa', 'Dijo que hay agentes del SEBIN espiando a exiliados en Estados Unidos, y dio uno con nombre y apellido.')).toEqual(['spies-in-us:asserts']);
  });

  it('reads a claim framed as someone\'s in one clause and a finding against it in another as both sides', () => {
    const framed = 'El proyecto estudia la afirmación del gobierno estadounidense de que Caracas exportó deliberadamente a la banda Tren de Aragua';
    expect(claims('Convocatoria', `${framed}, aunque una evaluación de inteligencia no halló pruebas de que el Estado venezolano la dirija.`)).toEqual(['tda-export:mentions']);
    expect(claims('Call', 'The project studies the U.S. claim that Caracas deliberately exported the Tren de Aragua gang, although an intelligence assessment found no evidence of it.')).toEqual(['tda-export:mentions']);
    // Guard: a framed claim rejected in its own clause is disputed.
    expect(claims('Convocatoria', 'Una evaluación de inteligencia rechazó la afirmación de que Caracas exportó deliberadamente a la banda Tren de Aragua.')).toEqual(['tda-export:disputes']);
  });

  it('reads an inquiry announced or under way as naming its subject, not finding it', () => {
    const body = 'The grant goes to reporters in Caracas.';
    expect(claims('Foundation funds team investigating Hezbollah and Venezuelan passports', body)).toEqual(['guerrilla-alliance:mentions']);
    expect(claims('Beca', 'La fundación financia un equipo que investigará si el gobierno venezolano da refugio al ELN en territorio venezolano.')).toEqual(['guerrilla-alliance:mentions']);
    // Guards: the same subject stated.
    expect(claims('Foundation funds team: Hezbollah got Venezuelan passports', body)).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('Beca', 'La fundación dice que el gobierno venezolano da refugio al ELN en territorio venezolano.')).toEqual(['guerrilla-alliance:asserts']);
  });

  it('reads boats that "eran de narcotraficantes" as the strikes\' claim, beside the boats only', () => {
    expect(claims('Podcast', 'Para mí esas lanchas que hunde Estados Unidos en el Caribe eran de narcotraficantes.')).toEqual(['boat-strikes:asserts']);
    // Guards: the boats someone else's, and planes that were traffickers' in a story on the strikes.
    expect(claims('Podcast', 'Para mí esas lanchas que hunde Estados Unidos en el Caribe eran de pescadores.')).toEqual(['boat-strikes:mentions']);
    expect(claims('Podcast', 'Los ataques de Estados Unidos contra lanchas siguen. Las avionetas incautadas en Apure eran de narcotraficantes.')).toEqual(['boat-strikes:mentions']);
  });

  it('reads gold that "paga las cuentas del poder" as the laundering claim', () => {
    expect(claims('Guía: El Callao, donde el oro del Arco Minero paga las cuentas del poder', 'El carnaval de febrero es famoso.')).toEqual(['gold-laundering:asserts']);
    // Guard: the bills of the miners' families.
    expect(claims('Guía: El Callao, donde el oro del Arco Minero paga las cuentas de las familias', 'El carnaval de febrero es famoso.')).toEqual([]);
  });

  it('reads a source that points to no case as disputing', () => {
    expect(claims('Editor', 'The Justice Department pointed to no recent prosecution involving Venezuelan agents in Miami.')).toEqual(['spies-in-us:disputes']);
    // Guard: a case pointed to.
    expect(claims('Editor', 'The Justice Department pointed to a recent prosecution involving Venezuelan agents in Miami.')).toEqual(['spies-in-us:asserts']);
  });

  it('keeps Jorge Rodríguez beside a "James" who is not the footballer James Rodríguez', () => {
    const lead = 'El presidente de la Asamblea Nacional, Jorge Rodríguez, habló este lunes en Caracas.';
    expect(figures('Jorge Rodríguez: «Ahora resulta que somos James Bond»', lead)).toEqual(['jorge-rodriguez']);
    // Guard: the footballer named beside a Rodríguez is still no figure.
    expect(figures('Visita', 'Rodríguez habló con la Asamblea Nacional de Venezuela.')).toEqual(['jorge-rodriguez']);
    expect(figures('Visita', 'James Rodríguez habló con la Asamblea Nacional de Venezuela.')).toEqual([]);
  });
});
