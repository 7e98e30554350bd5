/**
 * The shipped entities.yaml and claims.yaml against the hard cases of the beat: Spanish common words
 * that are also surnames, acronyms inside words, and their true counterparts. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { createMatcherFor } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/load-config';
import { matchStory } from '../../src/match/match-story';
import { SHIPPED_CONFIG } from '../support/config-dir';

const matcher = createMatcherFor(loadConfig(SHIPPED_CONFIG, {}));
const figures = (title: string, text: string): string[] => matchStory(matcher, { title, text }).entities.map((entity) => entity.id).sort();
const claims = (title: string, text: string): string[] => matchStory(matcher, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);

describe('shipped rules: words that are not the figures', () => {
  it.each([
    ['ripe plantains', 'El precio del plátano maduro se dispara', 'Maduro o verde, el plátano es la base del almuerzo en Zulia. Los vendedores dicen que el maduro se vende primero.'],
    ['hair care', 'Cinco consejos para cuidar el cabello en verano', 'El sol reseca el cabello. Cabello largo o corto, un champú suave ayuda, dicen los peluqueros.'],
    ['Peruvian soles', 'El dólar cierra a 3,75 soles en Lima', 'La moneda peruana ganó terreno. Los soles se apreciaron frente al dólar por tercera semana.'],
    ['El Padrino the film', 'El Padrino vuelve a los cines por su aniversario', 'La película de Coppola sobre la familia Corleone se proyectará en 4K. Padrino de generaciones de cineastas, dijo el crítico.'],
    ['farce', 'Critics call the election a farce', 'Observers said the vote was a farce. Farcical scenes were reported at several polling stations.'],
    ['roast chicken', 'Receta: pollo asado con papas', 'El pollo se hornea una hora. El Pollo Loco, la cadena, no tiene nada que ver.'],
    ['flowers', 'Feria de flores en Mérida', 'Las flores de los Andes llenan la plaza. Flores y plantas se venden a buen precio.'],
    ['a basketball team', 'Baloncesto en la frontera', 'El venezolano Luis Pérez anotó 30 puntos con Los Soles de Mexicali el sábado.'],
    ['attention deficit', 'Salud escolar', 'Según pediatras venezolanos, el TDA se diagnostica tarde en las escuelas.'],
    ['a namesake', 'Béisbol caribeño', 'El jardinero venezolano Endy Chávez entró al salón de la fama del béisbol del Caribe.'],
    ['ripe fruit beside a grower called Flores', 'Mercado de Barquisimeto', 'El cambur maduro se vende a mitad de precio, explicó Flores, que cultiva en Lara desde hace veinte años.'],
    ['an all-caps wedding headline', 'CABELLO PERFECTO PARA LA BODA: LO QUE PIDEN LAS NOVIAS EN VENEZUELA', 'Las novias gastan más cada año.'],
  ])('%s', (_case, title, text) => {
    expect(figures(title, text)).toEqual([]);
  });
});

describe('shipped rules: the figures themselves', () => {
  it('finds Maduro as president, Cabello as minister, and Carvajal as "El Pollo"', () => {
    expect(figures('El presidente Maduro responde a Washington', 'Maduro habló desde Miraflores.')).toEqual(['nicolas-maduro']);
    expect(figures('Interior minister Cabello dismisses the reward', 'Cabello called it a show.')).toEqual(['diosdado-cabello']);
    expect(figures('"El Pollo" Carvajal pleads guilty', 'Hugo Carvajal, the former spy chief, admitted the charges.')).toEqual(['hugo-carvajal']);
  });

  it('finds the cartel under its shorter English names', () => {
    expect(figures('DEA report', 'The report calls the Cartel of Suns a web of corrupt officers.')).toEqual(['cartel-de-los-soles']);
    expect(figures('Generals accused', 'The so-called Suns cartel is a network of Venezuelan generals.')).toEqual(['cartel-de-los-soles']);
  });

  it('matches names without accents and acronyms as whole words only', () => {
    expect(figures('Cliver Alcala sentenced', 'Clíver Alcalá was sentenced in New York.')).toEqual(['cliver-alcala']);
    expect(figures('ELN and FARC dissidents clash near the border', 'The fighting spread along the river.')).toEqual(['eln', 'farc']);
  });

  it('takes Maduro, written as his name, as context for a bare Flores', () => {
    expect(figures('Acto en Caracas', 'Nicolás Maduro llegó al acto con su gabinete. Flores y Maduro saludaron desde la tarima.')).toEqual(['cilia-flores', 'nicolas-maduro']);
  });

  it('keeps Cilia Flores de Maduro as one figure', () => {
    expect(figures('Cilia Flores de Maduro en un acto', 'La primera dama saludó a simpatizantes.')).toEqual(['cilia-flores']);
  });
});

describe('shipped rules: claims and their sides', () => {

  it('raises no claim for legal wording that is not about the claim', () => {
    expect(claims('', 'Presos políticos en el SEBIN denuncian que llevan meses detenidos sin debido proceso.')).toEqual([]);
    expect(claims('', 'Venezuelan rights groups say the detention of opposition activists in Caracas was extrajudicial.')).toEqual([]);
    expect(claims('', 'Police in Chile arrested ten members of Tren de Aragua, a designated terrorist organization, in Santiago.')).toEqual([]);
  });

  it('reads a cue that denies nothing as no dispute', () => {
    expect(claims('', 'There is no doubt that the Cartel of the Suns is run by Venezuela’s leaders, the prosecutor told the jury.')).toEqual(['state-cartel:asserts']);
    expect(claims('', 'Maduro, who began a disputed third term in January, is accused by Washington of leading the Cartel of the Suns.')).toEqual(['state-cartel:asserts']);
    expect(claims('', 'La fiscalía no descarta que el Cartel de los Soles haya financiado la campaña oficialista.')).toEqual(['state-cartel:mentions']);
  });

  it('reads an assertion denied its proof as a dispute', () => {
    expect(claims('', 'No court has ever proven that Maduro leads the Cartel of the Suns.')).toEqual(['state-cartel:disputes']);
    expect(claims('', 'El Pentágono no presentó pruebas de que la lancha atacada frente a Venezuela transportaba drogas.')).toEqual(['boat-strikes:disputes']);
    expect(claims('', 'Families said the two men killed in the U.S. strike on a boat off Venezuela had been fishing and carried no drugs.')).toEqual(['boat-strikes:disputes']);
  });

  it('reads the claim told in other words: a share of the trade, a gang as the state’s arm', () => {
    expect(claims('Report on border posts', 'Venezuelan National Guard officers took bribes to wave cocaine shipments through, the report says.')).toEqual(['state-cartel:asserts']);
    expect(claims('Filing on gang', 'A Justice Department filing calls the Tren de Aragua an arm of the Venezuelan government.')).toEqual(['tda-export:asserts']);
  });

  it('reads an official’s denial in the claim’s own words, and the Spanish formulas for a smear, as disputes', () => {
    expect(claims('Ministro de Defensa', 'El ministro aseguró que los generales venezolanos nunca protegieron a narcotraficantes.')).toEqual(['state-cartel:disputes']);
    expect(claims('Caracas responde a Washington', 'El gobierno venezolano calificó de campaña de desprestigio la acusación sobre el Cartel de los Soles.')).toEqual(['state-cartel:disputes']);
    expect(claims('Cabello sues newspaper', 'Diosdado Cabello sued the paper for defamation over a report tying him to the Cartel of the Suns.')).toEqual(['state-cartel:disputes']);
  });

  it('reads more of the claims’ substance in other words', () => {
    expect(claims('Informe sobre el oro del sur', 'Según el informe, el oro del Arco Minero se convirtió en la caja chica del régimen venezolano.')).toEqual(['gold-laundering:asserts']);
    expect(claims('Colombian report', 'ELN commanders live openly in the Venezuelan state of Apure, the report says.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('Letter from prison', 'The general writes that Venezuela’s electoral council reversed the outcome of the presidential vote.')).toEqual(['electoral-fraud:asserts']);
  });

  it('reads the absence of proof said of the accusers as a dispute, and an inquiry into a claim as a mention', () => {
    expect(claims('Analysts weigh Venezuela drug claims', 'Analysts said they found nothing to suggest that Venezuela’s government ships cocaine north to harm Americans.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Relatores de la ONU', 'Los relatores dijeron que nadie ha acreditado que las lanchas atacadas frente a Venezuela transportaban droga.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Comisión del Congreso', 'La comisión investigará si el gobierno venezolano usa la cocaína como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:mentions']);
  });

  it('reads a claim named as the object of a noun as a mention, unless a denial governs it', () => {
    expect(claims('Debate in Caracas', 'State television returned once more to the U.S. accusation that Maduro heads the Cartel of the Suns.')).toEqual(['state-cartel:mentions']);
    expect(claims('Tertulia en Caracas', 'El programa dedicó una hora a las acusaciones de que el gobierno venezolano envió al Tren de Aragua al exterior.')).toEqual(['tda-export:mentions']);
    expect(claims('Caracas answers', 'The foreign minister rejected the accusation that Maduro heads the Cartel of the Suns.')).toEqual(['state-cartel:disputes']);
  });

  it('reads policy, changed numbers and bombing raids on launches as the claims they state', () => {
    expect(claims('Letter from prison', 'He writes that the Maduro government pushed cocaine north as a matter of policy.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Carta desde prisión', 'Según la carta, Maduro y Cabello ordenaron cambiar los números en el sistema de totalización del CNE.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('Duelo en Güiria', 'Los bombardeos estadounidenses contra lanchas en el Caribe ya dejan más de 80 muertos.')).toEqual(['boat-strikes:mentions']);
  });

  it('reads fishermen as a dispute only in a story about the strikes', () => {
    expect(claims('Reforma a la ley de pesca', 'El presidente de la Asamblea Nacional de Venezuela, Jorge Rodríguez, dijo que la reforma ampara a los pescadores artesanales de Sucre.')).toEqual([]);
    expect(claims('Ataques contra lanchas en el Caribe', 'Los familiares aseguran que los muertos eran pescadores artesanales de Sucre.')).toEqual(['boat-strikes:disputes']);
  });

  it('reads proof never shown, and a claim under a negative determiner, as disputes', () => {
    expect(claims('Rights groups respond', 'The groups said Washington has never shown that the boats it struck off Venezuela carried drugs.')).toEqual(['boat-strikes:disputes']);
    expect(claims('El ministro defiende la minería', '"Ni un gramo de ese oro del Arco Minero sirve para lavar dinero", dijo el ministro venezolano.')).toEqual(['gold-laundering:disputes']);
  });

  it('reads the claims in the shared concepts’ words: officials and officers, drugs, running and harbouring', () => {
    expect(claims('Court filing', 'The filing says Venezuela’s ruling elite oversaw cocaine shipments out of Apure for years.')).toEqual(['state-cartel:asserts']);
    expect(claims('Escrito judicial', 'Según el escrito, la dirigencia chavista cobraba una cuota por los cargamentos de cocaína que salían de Apure.')).toEqual(['state-cartel:asserts']);
    expect(claims('Border report', 'ELN units cross into Zulia escorted by Venezuelan soldiers, the report says.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('Informe de frontera', 'Los guerrilleros del ELN cruzan a Apure con la anuencia de oficiales venezolanos.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('Fiscal peruano', 'El fiscal afirmó que el gobierno venezolano facilitó la salida de presos del Tren de Aragua hacia Perú.')).toEqual(['tda-export:asserts']);
    expect(claims('Audiencia en el Senado', 'El senador dijo que el gobierno venezolano despacha cocaína al norte para causar daño a los jóvenes estadounidenses.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Sworn statement', 'The former official swore that Cabello ordered the manipulation of the presidential vote count in Venezuela.')).toEqual(['electoral-fraud:asserts']);
  });

  it('reads proof looked for and not found, and "no hay" before the claim’s words, as disputes', () => {
    expect(claims('Audit of the gang claims', 'The audit turned up nothing to show that the Venezuelan government sent Tren de Aragua members abroad.')).toEqual(['tda-export:disputes']);
    expect(claims('El ministro responde', '«En Venezuela no hay generales que protejan el narcotráfico», dijo el ministro sobre el Cartel de los Soles.')).toEqual(['state-cartel:disputes']);
  });

  it('keeps anti-drug reports, migrants and other countries’ governments out of the claims', () => {
    expect(claims('Operativo en Caracas', 'Venezuelan police officers seized cocaine and arrested traffickers who ran a ring in Caracas.')).toEqual([]);
    const seizures = matchStory(matcher, {
      title: 'Balance anual',
      text: 'Padrino rejected charges that commanders protected cocaine shipments. He said Venezuela’s armed forces seized more drugs this year than in any year before.',
    }).claims;
    // The seizures sentence borrows "protected" from the one before, but bare "drugs" is no trade.
    expect(seizures.map((claim) => [claim.id, claim.stance, claim.asserting.length])).toEqual([['state-cartel', 'disputes', 0]]);
    expect(claims('Redada migratoria', 'Agentes de ICE detuvieron a 30 venezolanos en Doral, informó la agencia.')).toEqual([]);
    expect(claims('Seguridad en Chile', 'El gobierno chileno dijo que el Tren de Aragua controla varias cárceles del norte, lejos de Venezuela.')).toEqual([]);
  });

  it('does not read a claim’s own denial word inside wording that denies nothing', () => {
    expect(claims('The case', 'The prosecutor said the Cartel of the Suns is no myth: generals protected cocaine shipments for years.')).toEqual(['state-cartel:asserts']);
    expect(claims('El caso', 'El Cartel de los Soles no es un mito, dijo el fiscal: los generales protegían los cargamentos de cocaína.')).toEqual(['state-cartel:asserts']);
  });

  it('reads "lies" as a denial, but not where something lies in or with something', () => {
    expect(claims('Padrino responds', 'The minister called the charges that generals protected cocaine shipments for the Cartel of the Suns colonial lies.')).toEqual(['state-cartel:disputes']);
    expect(claims('Analysis', 'The strength of the Cartel of the Suns case lies in the testimony of former generals who protected cocaine shipments.')).toEqual(['state-cartel:asserts']);
  });
});

describe('shipped rules: routes, hard currency, altered tallies and open questions', () => {

  it('reads a wildcard cue in every ending, whatever the stem of its cut word', () => {
    expect(claims('El ministro responde', 'El ministro dijo que la acusación contra el Cartel de los Soles es infundada.')).toEqual(['state-cartel:disputes']);
    expect(claims('El ministro responde', 'El ministro dijo que el vínculo de los generales con el Cartel de los Soles no ha sido demostrado.')).toEqual(['state-cartel:disputes']);
  });

  it('reads support looked for and not found as a dispute', () => {
    expect(claims('Review of the gang claims', 'Analysts found little to back the charge that the Venezuelan government sent Tren de Aragua members abroad.')).toEqual(['tda-export:disputes']);
    expect(claims('Informe', 'Los investigadores no hallaron nada que respalde que el gobierno venezolano envió al Tren de Aragua al exterior.')).toEqual(['tda-export:disputes']);
  });

  it('reads the other words for a way out as the transit claim, and the Pacific and Ecuador’s ports against it', () => {
    expect(claims('Hearing on the deployment', 'A DEA official called Venezuela the main highway for cocaine heading to the Caribbean.')).toEqual(['transit-hub:asserts']);
    const forum = matchStory(matcher, {
      title: 'Forum on cocaine routes',
      text: 'A former agent said Venezuela is the main route for cocaine bound for the United States. A researcher answered that most of it leaves from Colombia’s Pacific coast and Ecuadorian ports.',
    }).claims;
    expect(forum.map((claim) => [claim.id, claim.asserting.length, claim.disputing.length])).toEqual([['transit-hub', 1, 1]]);
    // A guard: another country named beside the claim is not an answer to it.
    expect(claims('DEA report', 'The DEA said Venezuela remains a key transit country for cocaine, while more of it now moves through Ecuador.')).toEqual(['transit-hub:asserts']);
  });

  it('reads gold as a source of hard currency, and a tally sheet altered or not', () => {
    expect(claims('Gold study', 'Gold from El Callao has become one of the Venezuelan government’s most dependable sources of hard currency, the study found.')).toEqual(['gold-laundering:asserts']);
    expect(claims('Rodríguez responde', '«Ni una sola acta fue modificada», dijo Jorge Rodríguez sobre las elecciones en Venezuela.')).toEqual(['electoral-fraud:disputes']);
  });

  // Guards, written to break the words above: each is read the same as before they were added.
  it('keeps a central bank’s gold sales, a changed date and a gang’s crimes out of these words', () => {
    expect(claims('Reserves', 'Venezuela’s central bank sold gold to raise hard currency as oil revenue fell.')).toEqual([]);
    expect(claims('Calendario electoral', 'El CNE venezolano modificó el horario de las mesas para las elecciones en Venezuela.')).toEqual(['electoral-fraud:mentions']);
    expect(claims('Market fire', 'Caracas police said the gang deliberately set fire to a market stall in Petare.')).toEqual([]);
  });

  it('reads an open question, and an accusation with its accuser named, as a mention', () => {
    expect(claims('Carrier arrives', 'How much of the cocaine reaching the United States goes through Venezuela, the main route according to the DEA, remains an open question.')).toEqual(['transit-hub:mentions']);
    expect(claims('Juicio en Santiago', 'En el juicio contra el Tren de Aragua, la defensa recordó que en Estados Unidos se discute si la banda fue enviada al exterior por el gobierno venezolano.')).toEqual(['tda-export:mentions']);
    expect(claims('Reservas del BCV', 'El oro sale del Arco Minero, región sobre la que pesa la acusación de Washington de que ese metal financia al gobierno venezolano y sirve para lavar dinero.')).toEqual(['gold-laundering:mentions']);
  });

  it('reads a claim called a fairy tale, a man never linked to the trade, and no document showing it, as disputes', () => {
    expect(claims('Caracas responds', 'Venezuela’s foreign ministry called the claims that SEBIN agents spy on exiles in Florida a fairy tale for Miami radio.')).toEqual(['spies-in-us:disputes']);
    expect(claims('Cancillería', 'La cancillería venezolana calificó de cuento de hadas que agentes del SEBIN espíen a exiliados en Florida.')).toEqual(['spies-in-us:disputes']);
    expect(claims('Familia en Trinidad', 'Los familiares del pescador muerto en el ataque contra una lancha frente a Venezuela dijeron que nunca estuvo vinculado con el tráfico de drogas.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Former military lawyers', 'Former military lawyers said the strikes on boats in the Caribbean treat smuggling drugs, a crime to be prosecuted, as if it were not an act of armed conflict.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Senado', 'Un exdiplomático dijo que ningún documento conocido demuestra que el régimen de Maduro envía droga al norte a propósito para hacer daño a los estadounidenses.')).toEqual(['drugs-as-weapon:disputes']);
  });

  // Guards, read the same as before the words above were added.
  it('keeps the laws of war as the Pentagon cites them, a migrant with no papers, and "no fantasy" out of the denials', () => {
    expect(claims('Boat strikes', 'The Pentagon said the strike on a boat off Venezuela was lawful under the laws of war because the crew was smuggling drugs for a terrorist group.')).toEqual(['boat-strikes:asserts']);
    expect(claims('Migración', 'El fiscal chileno dijo que el gobierno venezolano facilitó la salida de presos del Tren de Aragua, que entraron a Chile sin ningún documento.')).toEqual(['tda-export:asserts']);
    expect(claims('Spies', 'The FBI said the ring of Cuban intelligence agents spying on exiles in Miami was no fantasy: two were charged.')).toEqual(['spies-in-us:asserts']);
  });

  it('reads crews called no traffickers, and a letter called a farce, as disputes; an election called a farce is not', () => {
    expect(claims('Familias en Güiria', '«Eran pescadores, no narcotraficantes», dijo la hermana de un tripulante de la lancha atacada frente a Venezuela.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Respuesta del ministro', 'El ministro calificó de farsa que los generales protejan el narcotráfico del Cartel de los Soles.')).toEqual(['state-cartel:disputes']);
    // A guard: "farsa electoral" is set aside in notDisputeCues.
    expect(claims('Oposición', 'La oposición dijo que las elecciones en Venezuela fueron una farsa electoral porque el CNE alteró los resultados.')).toEqual(['electoral-fraud:asserts']);
  });
});

describe('shipped rules: a claim in the background of a story about something else', () => {
  const busStory =
    'La alcaldía de Caracas puso en marcha este lunes cuatro rutas de metrobús hacia los barrios del oeste. Los pasajes costarán lo mismo que en el metro. La inauguración coincidió con la visita de una delegación rusa. Mientras tanto, fiscales de Estados Unidos acusan a Maduro de dirigir el Cartel de los Soles. Las rutas funcionarán de cinco de la mañana a diez de la noche.';
  const baseballStory =
    'The Venezuelan winter league opened on Tuesday with more than 20,000 fans in Valencia. Two former major leaguers hit home runs in the first game. The league\'s president thanked sponsors for returning after two lean seasons. The opening came a week after Washington again accused the Venezuelan government of laundering drug money through gold from the Orinoco Mining Arc. Ticket prices were unchanged from last year.';

  it('only mentions a claim raised late in a story on buses or baseball', () => {
    expect(claims('Caracas estrena cuatro rutas de metrobús', busStory)).toEqual(['state-cartel:mentions']);
    expect(claims("Venezuela's baseball league opens with record crowds", baseballStory)).toEqual(['gold-laundering:mentions']);
  });

  it('keeps the side when the headline states the claim (guard)', () => {
    expect(claims('Fiscales acusan a Maduro de dirigir el Cartel de los Soles', busStory)).toEqual(['state-cartel:asserts']);
    expect(claims('Gold from the Mining Arc launders drug money, Treasury says', baseballStory)).toEqual(['gold-laundering:asserts']);
  });

  it('reads "clean money" as laundering beside gold', () => {
    const text = 'Treasury designated two firms that buy gold from the Orinoco Mining Arc. The proceeds are used to clean money earned from cocaine, it said.';
    expect(claims('Treasury sanctions Venezuelan gold buyers', text)).toEqual(['gold-laundering:asserts']);
  });
});

describe('shipped rules: a Venezuelan place instead of the country, and the crews called narco-terrorists', () => {
  it('ties a story to the beat by a Venezuelan state, not by a Spanish port', () => {
    expect(claims('EE. UU. hunde una lancha frente a la costa oriental', 'Fuerzas estadounidenses destruyeron el martes una lancha rápida que llevaba cocaína desde el estado Sucre, informó el Pentágono. Dos tripulantes murieron.')).toEqual(['boat-strikes:asserts']);
    expect(claims('La Guardia Civil intercepta una lancha frente a Cádiz', 'Agentes interceptaron el martes una lancha rápida que llevaba cocaína desde Marruecos, informó la Guardia Civil. Dos tripulantes fueron detenidos.')).toEqual([]);
  });

  it('reads the crews as "narcoterroristas" without the state cartel, which needs the enterprise named', () => {
    expect(claims('EE. UU. hunde una lancha frente a la costa oriental', 'Fuerzas estadounidenses destruyeron el martes una lancha rápida que llevaba cocaína desde el estado Sucre. El Pentágono dijo que los tres muertos eran narcoterroristas.')).toEqual(['boat-strikes:asserts']);
    expect(claims('Fiscales: el Cartel de los Soles es una empresa narcoterrorista', 'La acusación sostiene que la cúpula venezolana dirige el Cartel de los Soles.')).toEqual(['state-cartel:asserts']);
  });
});

describe('shipped rules: a claim named as what a noun says, with words between', () => {
  it('only mentions "the claim by a former spy chief that…", and keeps what a witness said as asserted (guard)', () => {
    expect(claims('Hearing on foreign influence', 'A House panel heard testimony on Wednesday about foreign pressure on exiles. One witness raised the claim by a former Venezuelan spy chief that Caracas keeps intelligence agents in Miami. The panel meets again in March.')).toEqual(['spies-in-us:mentions']);
    expect(claims('Hearing on foreign influence', 'A House panel heard testimony on Wednesday about foreign pressure on exiles. One witness said a former Venezuelan spy chief had told him that Caracas keeps intelligence agents in Miami. The panel meets again in March.')).toEqual(['spies-in-us:asserts']);
  });
});

describe('shipped rules: more ways to shelter a guerrilla, and the cartel headed by Maduro in full', () => {
  it('reads rearming, arms received, looking the other way and freedom of movement on Venezuelan ground as shelter', () => {
    expect(claims('ELN fighters rearm in Venezuela as troops look the other way', 'Colombian officials said the rebels cross the border each month.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('Disidencias de las FARC reciben armas en Apure', 'Según el informe, los guerrilleros tienen libertad de movimiento en territorio venezolano.')).toEqual(['guerrilla-alliance:asserts']);
  });

  it('leaves the same words in Colombia and Lebanon alone (guard)', () => {
    expect(claims('Colombian soldiers looked the other way as ELN fighters crossed into Arauca, report says', 'The rebels rearm in Colombia\'s Cauca region, the ombudsman said.')).toEqual([]);
    expect(claims('Hezbollah received weapons through Syria, Israel says', 'The group rearmed after the ceasefire, officials said.')).toEqual([]);
  });

  it('reads the cartel "headed by" or "encabezado por" Nicolás Maduro named in full', () => {
    expect(claims("Defector's book: the Cartel of the Suns is headed by Nicolás Maduro", 'The book goes on sale in Miami next week.')).toEqual(['state-cartel:asserts']);
    expect(claims('Libro de un desertor: el Cartel de los Soles está encabezado por Nicolás Maduro', 'El libro sale a la venta en Miami la próxima semana.')).toEqual(['state-cartel:asserts']);
  });
});

describe('shipped rules: "criminal enterprise" said of the state, and of others', () => {
  it('reads the enterprise as the claim when the state or its government is in the sentence', () => {
    expect(claims('State Department raises Maduro bounty', "Officials said Maduro's government operates as a criminal enterprise that ships cocaine north. Venezuela rejected the move.")).toEqual(['state-cartel:asserts']);
    expect(claims('Nueva carta de un general preso', 'El exgeneral venezolano sostiene que Maduro y Cabello encabezan el aparato criminal del Estado.')).toEqual(['state-cartel:asserts']);
  });

  it('leaves a newsroom and a gang called criminal enterprises out of the state cartel (guard)', () => {
    expect(claims('Cabello names reporters on TV', 'Interior Minister Diosdado Cabello read out six names on his show. He called a Caracas media collective "a criminal enterprise disguised as journalism".')).toEqual([]);
    expect(claims('Analistas sobre el Tren de Aragua en Chile', 'En Caracas, un exfiscal venezolano dijo que la banda es una empresa criminal oportunista, no un brazo del gobierno.')).toEqual(['tda-export:disputes']);
  });
});

describe('shipped rules: a figure’s name given with another person’s age, and another ELN', () => {
  it('reads a fisherman of 38 called Hugo Carvajal as someone else, and Maduro at his own age as Maduro', () => {
    const fisherman = 'Familias de pescadores piden pruebas tras el ataque a una lancha';
    const quote = '"Mi hermano era pescador, no narcoterrorista", dijo Hugo Carvajal, de 38 años, que también vive de la pesca en Güiria.';
    expect(matchStory(matcher, { title: fisherman, text: quote, year: 2026 }).entities.map((entity) => entity.id)).toEqual([]);
    expect(matchStory(matcher, { title: 'Maduro speaks', text: 'Nicolás Maduro, 63, spoke in Caracas on Monday.', year: 2026 }).entities.map((entity) => entity.id)).toEqual(['nicolas-maduro']);
  });

  it('reads Che Guevara’s ELN of Bolivia as no figure, and the Colombian ELN on the border as the figure (guard)', () => {
    expect(figures('Vallegrande recuerda al Che', 'Visitantes recordaron a Ernesto Che Guevara, que dirigía el Ejército de Liberación Nacional de Bolivia (ELN) en 1967.')).toEqual([]);
    expect(figures('ELN attack in Arauca', 'The ELN attacked a Colombian army post in Arauca, near the Venezuelan border.')).toEqual(['eln']);
  });
});

describe('shipped rules: a round on holdout-16', () => {
  it('reads a headline question answered no, and agencies that never agreed, as disputes', () => {
    expect(claims('¿Es Venezuela la principal ruta de la cocaína hacia EE.UU.? Los datos dicen que no', 'Un portavoz repitió que Venezuela es la principal ruta de la cocaína. Revisamos los informes de la ONUDD.')).toEqual(['transit-hub:disputes']);
    expect(claims("'The agencies never agreed that Caracas sent the Tren de Aragua abroad'", 'Our reporter spoke with a former analyst. The administration says Venezuela deliberately exported the Tren de Aragua.')).toEqual(['tda-export:disputes']);
  });

  it('keeps a policy denied about the gang, and an operation run by Maduro, off the drug claims', () => {
    expect(claims('Q&A on the Tren de Aragua', 'The administration says Venezuela deliberately exported the Tren de Aragua. The analyst said the agencies disagreed. That is criminal opportunism, not state policy.')).toEqual(['tda-export:asserts']);
    expect(claims('La oposición presenta pruebas de fraude en Venezuela', 'Según el informe, la operación fue dirigida por Maduro y los totales fueron alterados en la sala de totalización.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('Un desertor declara en Nueva York', 'El testigo venezolano dijo que el Cartel de los Soles, dirigido por Maduro, movía cocaína por Apure.')).toEqual(['state-cartel:asserts']);
  });

  it('reads a U.S. attack on "una lancha" with words between, drug trafficking "as a deliberate weapon" and the cartel called the state', () => {
    expect(claims('Familias de pescadores de Sucre piden pruebas tras el ataque de EE.UU. a una lancha', 'Los familiares dicen que los muertos eran pescadores.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Senate hearing on Venezuela', 'Senators will examine whether the Maduro government has used drug trafficking as a deliberate weapon against this country.')).toEqual(['drugs-as-weapon:mentions']);
    expect(claims("Ex coronel venezolano: 'El Cartel de los Soles es la cúpula del Estado'", 'El coronel retirado vive en Madrid desde 2019.')).toEqual(['state-cartel:asserts']);
  });
});

describe('shipped rules: data that tell a different story', () => {
  it('reads "tell a different story" and "cuentan otra historia" as disputing, in either language', () => {
    expect(claims('Seizure data and the Venezuela route', 'Seizure records tell a different story about the main route for cocaine bound for the United States. Officials still call Venezuela the main route for cocaine bound for the United States.')).toEqual(['transit-hub:disputes']);
    expect(claims('Los decomisos y la ruta venezolana', 'Los registros de decomisos cuentan otra historia sobre la principal ruta de la cocaína hacia Estados Unidos. Funcionarios aún llaman a Venezuela la principal ruta de la cocaína hacia Estados Unidos.')).toEqual(['transit-hub:disputes']);
  });
});

describe('shipped rules: tally sheets altered in a student, union or club election', () => {
  it.each([
    ['Elección estudiantil en la UCV termina en denuncias', 'Estudiantes de la Universidad Central de Venezuela denunciaron actas alteradas en la elección del centro de estudiantes de Derecho. La comisión electoral revisará los resultados el lunes.'],
    ['Elección estudiantil en LUZ termina en denuncias', 'Estudiantes de la Universidad del Zulia denunciaron actas alteradas en la elección del centro de estudiantes de Derecho. La comisión electoral revisará los resultados el lunes.'],
    ['Club election in Maracaibo ends in recriminations', 'Members of a Maracaibo sailing club said the results of its board election were altered. The club\'s electoral committee will recount the ballots on Monday.'],
  ])('%s: no electoral-fraud claim', (title, text) => {
    expect(claims(title, text)).toEqual([]);
  });

  it('still reads altered tally sheets in the presidential vote (guard)', () => {
    expect(claims('Opositores denuncian actas alteradas', 'La oposición venezolana denunció actas alteradas en la elección presidencial.')).toEqual(['electoral-fraud:asserts']);
  });
});

describe('shipped rules: the gang and the cartel named again, Venezuelan places in word groups, and the round on holdouts 8 and 9', () => {
  it('follows "la banda" back to the Tren de Aragua named before it, and only then', () => {
    const testimony = (title: string) => claims(title, 'Un exagente de inteligencia declaró ante fiscales de Lima. Según su testimonio, el gobierno venezolano envió a la banda fuera del país para sembrar caos.');
    expect(testimony('Tren de Aragua: habla un exagente')).toEqual(['tda-export:asserts']);
    expect(testimony('Juicio en Lima: habla un exagente')).toEqual([]);
  });

  it('reads a Spanish subjunctive of directing the gang', () => {
    expect(claims('Informe de inteligencia sobre el Tren de Aragua', 'Un informe concluyó que no hay pruebas de que el gobierno venezolano dirija al Tren de Aragua en el extranjero.')).toEqual(['tda-export:disputes']);
  });

  it('follows "al cartel" back to the Cartel de los Soles, but not into another cartel’s name', () => {
    const report = (cartel: string) => claims('Fiscal colombiano habla del Cartel de los Soles', `El fiscal presentó su informe el martes ante el Congreso. Según el documento, generales venezolanos protegen ${cartel} desde hace años.`);
    expect(report('al cartel')).toEqual(['state-cartel:asserts']);
    expect(report('al cartel del Golfo')).toEqual(['state-cartel:mentions']);
  });

  it('lets a Venezuelan place stand for the country in a route’s word groups, and in a seizure story’s opening', () => {
    expect(claims('Hallan cocaína en un velero', 'La Guardia Costera de Trinidad halló 300 kilos de cocaína en un velero. Un fiscal dijo que la península de Paria es hoy la puerta de salida de la cocaína hacia el Caribe.')).toEqual(['transit-hub:asserts']);
    // A seizure whose opening names the drug and a Venezuelan port is about the route, not background to it.
    const seizure = (port: string) =>
      claims('Decomisan cocaína en un pesquero frente a Granada', `La guardia costera de Granada halló 600 kilos de cocaína en un pesquero salido de ${port}. La tripulación fue detenida. Un fiscal de la isla dijo que el oriente venezolano es hoy la autopista de la droga hacia Europa.`);
    expect(seizure('Güiria')).toEqual(['transit-hub:asserts']);
    expect(seizure('Guayaquil')).toEqual(['transit-hub:mentions']);
  });

  it('reads shelter given with the knowledge of Venezuelan officers, a rear guard and Venezuelan papers', () => {
    expect(claims('Colombian colonel on the ELN', 'ELN units rest in Apure with the knowledge of local commanders, a Colombian colonel said.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('Informe sobre las disidencias', 'Las disidencias de las FARC tienen su retaguardia en el estado Apure, según un informe de inteligencia colombiano.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('FARC commanders at the border', 'FARC commanders carry Venezuelan identity cards and receive weapons at the border, a defector said.')).toEqual(['guerrilla-alliance:asserts']);
    // Guard: talks held with a government's knowledge are no shelter.
    expect(claims('ELN delegates travel', 'ELN peace delegates flew to Caracas with the knowledge of Colombia’s government.')).toEqual([]);
  });

  it('reads a finding of nothing as a dispute, and a coast guard finding no survivors as none', () => {
    expect(claims('Analistas de EE. UU. no hallaron que el gobierno venezolano controle al Tren de Aragua', 'Los analistas revisaron dos años de reportes.')).toEqual(['tda-export:disputes']);
    const strike = (after: string) => claims('U.S. strike destroys boat off Venezuela', `The Pentagon said the boat carried drugs for a narco-terrorist network. ${after}`);
    expect(strike('The coast guard found no survivors.')).toEqual(['boat-strikes:asserts']);
  });

  it('reads gold used to wash cocaine profits as laundering, and miners washing gravel as nothing', () => {
    expect(claims('Report on Venezuelan gold', 'Investigators say gold bought in El Callao is used to wash cocaine profits before it is sold abroad.')).toEqual(['gold-laundering:asserts']);
    expect(claims('Miners of Bolívar state', 'Artisanal miners in Bolívar state wash the gravel for gold by hand and sell the metal for cash.')).toEqual([]);
  });

  it('reads drugs sent to strike at or weaken the United States as a weapon, and a vow to strike at drug gangs as none', () => {
    expect(claims('Defector speaks', 'A defector said Nicolás Maduro’s inner circle saw cocaine as a way to strike at the United States.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Former officer testifies', 'Cocaine flights were approved at the top to weaken the United States, a former Venezuelan officer testified.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Caracas vows crackdown', 'Venezuela’s government vowed to strike at drug gangs operating in Zulia.')).toEqual([]);
  });
});

describe('shipped rules: the round on holdout-10', () => {
  it('reads officers who sit at the top of the trade, and the cartel "directed by" anyone, as the state cartel', () => {
    expect(claims('Prosecutors file new charges', 'Prosecutors said two generals sat at the top of a network that moved cocaine through Apure airstrips.')).toEqual(['state-cartel:asserts']);
    expect(claims('White House fact sheet', 'The fact sheet says the Cartel de los Soles, directed by senior officials, moves hundreds of tons a year.')).toEqual(['state-cartel:asserts']);
    // Guards: a boat steered, a truck driven and a cartel of another country directed by its own.
    expect(claims('Seizure in Táchira', 'National Guard officers steered the seized truck, loaded with cocaine, into a depot in Táchira.')).toEqual([]);
    expect(claims('Soldados decomisan cocaína', 'Un soldado venezolano manejaba el camión cargado de cocaína que fue detenido en Táchira.')).toEqual([]);
    expect(claims('Colombian cartel', 'A Colombian cartel directed by former paramilitaries shipped cocaine through Venezuela’s Zulia state, police said.')).toEqual([]);
  });

  it('reads guerrillas let to operate under commanders’ cover in the Mining Arc as shelter, and the cover of the law as none', () => {
    expect(claims('Informe sobre el sur', 'Frentes del ELN explotan minas en el Arco Minero con el amparo de mandos locales, que los dejan operar a cambio de una parte.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('FANB contra el ELN', 'La FANB actuó contra el ELN en Apure con el amparo de la ley, dijo el ministro.')).toEqual([]);
  });

  it('reads laundering gold as washing money, not miners washing sand or their hands', () => {
    expect(claims('Mineros del sur', 'En el estado Bolívar, los compradores de oro lavan dinero de la cocaína, según la fiscalía.')).toEqual(['gold-laundering:asserts']);
    expect(claims('Mineros del sur', 'En el estado Bolívar, el minero lava la arena para sacar el oro, y se lava las manos en el río.')).toEqual([]);
  });

  it('reads analysts who find no proof, and groups that ask for it, as disputing', () => {
    expect(claims('¿Droga como arma? Analistas no encuentran pruebas de una política deliberada', 'Tres centros académicos revisaron los documentos del caso.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Piden pruebas sobre los espías venezolanos en Estados Unidos', 'Asociaciones de migrantes dijeron que hasta hoy no hay un solo nombre.')).toEqual(['spies-in-us:disputes']);
  });

  it('reads the administration’s "argument that" as a claim only named', () => {
    expect(claims('The week in Venezuela', 'The administration’s argument that Caracas uses drug trafficking as a weapon against the United States came up again in testimony.')).toEqual(['drugs-as-weapon:mentions']);
  });

  it('keeps officials’ complicity out of the gang’s export: a Chilean prison guard’s is not Venezuela’s', () => {
    expect(claims('Chile y el Tren de Aragua', 'Gendarmes de Arica facilitaron la salida de presos del Tren de Aragua con la complicidad de funcionarios chilenos, según la fiscalía.')).toEqual([]);
  });
});

describe('shipped rules: holdout-11’s namesakes', () => {
  it('reads a boxer with a nickname, a baseball coach and a lawyer as namesakes, not the figures', () => {
    expect(figures('Reyes keeps his belt in Cebu', 'The flyweight Diosdado "Dado" Reyes of General Santos stopped a Mexican challenger in the ninth round on Saturday night in Cebu.')).toEqual([]);
    expect(figures('Coach Hugo Chavez takes Valle Verde to the final', 'The Falcons won 5-3 on Friday.')).toEqual([]);
    expect(figures('Family sues over boat strike', '"The government never showed a single piece of evidence," said the lawyer, Jorge Rodriguez, a former public defender.')).toEqual([]);
  });

  it('still names the late president beside baseball, and Jorge Rodríguez beside the government', () => {
    expect(figures('Chávez and the ballpark', 'Hugo Chavez often spoke of baseball, his first love.')).toEqual(['hugo-chavez']);
    expect(figures('Talks resume', 'The government’s negotiator, Jorge Rodríguez, arrived in Doha on Monday.')).toEqual(['jorge-rodriguez']);
  });
});

describe('shipped rules: the round on holdout-11', () => {
  it('reads the cartel named, then who runs it, as the state cartel in either language', () => {
    expect(claims('DEA official testifies', 'The Cartel of the Suns, run by senior officers in Caracas, moves cocaine north every week, a DEA official told senators.')).toEqual(['state-cartel:asserts']);
    expect(claims('Fiscal habla del cartel', 'El Cartel de los Soles, dirigido por altos mandos militares, mueve la cocaína hacia el norte, dijo la fiscal venezolana en el exilio.')).toEqual(['state-cartel:asserts']);
    // Guards: a boat steered from a coast, a gang run from a prison, another country's cartel.
    expect(claims('Guard seizes cocaine boat', 'Venezuelan National Guard troops seized two tonnes of cocaine on a boat steered from the Colombian coast, officials in Caracas said.')).toEqual([]);
    expect(claims('Gang', 'The Tren de Aragua, controlled from a prison in Venezuela for years, expanded into Chile, police said.')).toEqual([]);
    expect(claims('Cartel del Golfo', 'El Cartel del Golfo, dirigido por un capo de Tamaulipas, mueve cocaína hacia Texas, según la DEA, que también vigila rutas desde Venezuela.')).toEqual([]);
  });

  it('reads cocaine going "not chiefly through Venezuela" as disputing the route, and "one of the main funnels" as asserting it', () => {
    expect(claims('Analysts question route', 'Former analysts say most cocaine bound for the United States goes up the Pacific, not chiefly through Venezuela.')).toEqual(['transit-hub:disputes']);
    expect(claims('Seizure in Puerto Cabello', 'Officers found cocaine in a container. A U.S. official said Venezuela remains one of the main funnels for cocaine bound for Miami.')).toEqual(['transit-hub:asserts']);
    expect(claims('Venezuela at a crossroads', 'Venezuela is at a crossroads as cocaine seizures rise and the economy stalls, analysts in Caracas said.')).toEqual([]);
  });

  it('reads Venezuelan identity cards and a safe harbor for rebels as shelter, and a Colombian ID on a dead rebel as none', () => {
    expect(claims('Rebels at home', 'Rebel commanders carry Venezuelan identity cards, and the ELN has found a safe harbor in Apure, residents said.')).toEqual(['guerrilla-alliance:asserts']);
    expect(claims('Colombian army kills rebels', 'ELN guerrillas killed near the border in Apure carried Colombian identity cards, the army said.')).toEqual([]);
  });

  it('reads strikes called cold-blooded crimes as disputing them, and a navy’s own boat operations as no strike', () => {
    expect(claims('Ministro venezolano', 'El ministro calificó de crímenes a sangre fría los ataques de Estados Unidos contra lanchas frente a Sucre.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Armada colombiana', 'La Armada de Colombia realizó operativos contra lanchas en el Caribe y decomisó cocaína cerca de La Guajira, frente a Venezuela.')).toEqual([]);
  });

  it('reads totals that do not match the tally sheets as fraud, and accounts that do not match or were audited as nothing', () => {
    expect(claims('Informe opositor', 'Según un informe de la oposición venezolana, los totales anunciados por el CNE no coinciden con las actas de los testigos.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('PDVSA accounts', 'PDVSA’s quarterly results do not match the figures Venezuela reported to OPEC, and the oil ministry said the results were audited.')).toEqual([]);
    expect(claims('Resultados de PDVSA', 'Los resultados de PDVSA no coinciden con las cifras que Venezuela entregó a la OPEP; el ministerio dijo que las cuentas fueron auditadas.')).toEqual([]);
  });

  it('reads a denial of SEBIN spies "en EEUU" as disputing, and ICE agents in Doral as immigration news', () => {
    expect(claims('CANCILLERIA NIEGA ESPIAS EN EEUU', 'La cancillería venezolana negó que el SEBIN tenga espías en EEUU y habló de propaganda.')).toEqual(['spies-in-us:disputes']);
    expect(claims('Deportaciones', 'El gobierno de Maduro denunció que agentes de ICE en Estados Unidos detuvieron a venezolanos en Doral.')).toEqual([]);
    expect(claims('Deportations', 'The Maduro government said ICE agents inside the United States detained Venezuelans in Doral.')).toEqual([]);
  });
});

describe('shipped rules: the round on holdout-12', () => {
  it('reads a denial called a media show, or accusations mocked, as disputing', () => {
    expect(claims('La primera dama responde', 'Cilia Flores llamó "show mediático" las acusaciones sobre el Cartel de los Soles.')).toEqual(['state-cartel:disputes']);
    expect(claims('Cabello en televisión', 'Cabello se burló de las versiones sobre el Cartel de los Soles en su programa.')).toEqual(['state-cartel:disputes']);
    expect(claims('Minister on TV', 'Cabello mocked the accusations that the Cartel of the Suns is run by generals.')).toEqual(['state-cartel:disputes']);
    // Guard: mocking someone else is no answer to the claim.
    expect(claims('Oposición critica', 'La oposición dijo que el régimen se burla de los venezolanos mientras el Cartel de los Soles sigue en los titulares.')).toEqual(['state-cartel:mentions']);
  });

  it('reads "not a single case" against the spies claim, and a drug corridor said of Venezuela as the route', () => {
    expect(claims('Cabello y los espías', 'Cabello negó que haya espías venezolanos haciéndose pasar por opositores en Miami. "No hay un solo caso", dijo.')).toEqual(['spies-in-us:disputes']);
    expect(claims('Padrino en Puerto Cabello', 'Padrino dijo que la incautación desmonta la mentira de que Venezuela es un corredor de la droga hacia Estados Unidos.')).toEqual(['transit-hub:disputes']);
    // Guard: a Colombian corridor toward Venezuela is not the claim.
    expect(claims('Colombia', 'El Catatumbo es un corredor de la droga hacia Venezuela, dijo el ejército colombiano.')).toEqual([]);
  });
});

describe('shipped rules: namesakes who carry a figure’s full name', () => {
  it('reads a pitcher, a football coach, a footballer nicknamed like the spy chief and a police inspector as namesakes', () => {
    expect(figures('Chávez blanks Mazatlán', 'Hugo Chávez threw six scoreless innings with eight strikeouts for Hermosillo on Sunday.')).toEqual([]);
    expect(figures('A coach says goodbye', 'Hugo Chavez, who coached football at Central High School for 25 years, will retire in June. Chavez said he would miss Friday nights.')).toEqual([]);
    expect(
      figures('Hugo Carvajal firma con el Deportivo Liberia', 'El mediocampista Hugo Carvajal, al que la afición llama «el Pollo», jugará dos temporadas más. Carvajal es futbolista desde los 17 años.'),
    ).toEqual([]);
    expect(
      figures('Cae una red de extorsión en Madrid', 'El inspector Jorge Rodríguez, de la Policía Nacional, explicó la operación. Preguntado por el gobierno venezolano, Rodríguez dijo que no hay relación.'),
    ).toEqual([]);
  });

  it('still names the figures beside a word of another trade in their own stories', () => {
    expect(figures('', 'Venezuelan pitcher Luis Mora dedicated the win to Hugo Chávez.')).toEqual(['hugo-chavez']);
    expect(figures('', 'Hugo Carvajal, el exjefe de la DGCIM, vio la final de fútbol desde la cárcel.')).toEqual(['dgcim', 'hugo-carvajal']);
    expect(figures('', 'El diputado Jorge Rodríguez habló ante la Asamblea Nacional.')).toEqual(['jorge-rodriguez']);
  });
});

describe('shipped rules: the round on holdouts 13 and 14', () => {
  const corridor = 'Officials describe Venezuela as a key transit corridor for cocaine. A UN report says most of it travels along Pacific routes.';

  it('reads a headline asking how much really moves through Venezuela as doubting the route', () => {
    expect(claims('How much cocaine really moves through Venezuela?', corridor)).toEqual(['transit-hub:disputes']);
    // Guard: the same question without "really" only asks.
    expect(claims('How much cocaine moves through Venezuela?', corridor)).toEqual(['transit-hub:asserts']);
  });

  it('reads "no es la autopista" as denying the route, over the article', () => {
    expect(claims('Entrevista con una investigadora', '«Venezuela no es la autopista de la cocaína hacia Estados Unidos», dijo.')).toEqual(['transit-hub:disputes']);
    expect(claims('Entrevista con una investigadora', '«Venezuela es la autopista de la cocaína hacia Estados Unidos», dijo.')).toEqual(['transit-hub:asserts']);
  });

  it('reads a claim introduced after a colon as the content of "las tesis", a mention', () => {
    const poll = 'El sondeo preguntó por dos de las tesis más repetidas en Washington: que Caracas usa la droga como arma contra Estados Unidos. Las respuestas se dividieron.';
    expect(claims('Encuesta entre migrantes venezolanos', poll)).toEqual(['drugs-as-weapon:mentions']);
  });

  it('keeps the side of a late quote or of the story’s own voice, and only mentions a late claim relayed from someone', () => {
    const arrests = (quote: string) =>
      claims('Detenidos cinco miembros del Tren de Aragua en Madrid', `La policía detuvo a cinco personas por extorsión. Los detenidos tienen entre 24 y 39 años. Sobre si el gobierno venezolano envió a la banda al exterior, el comisario fue claro: «${quote}».`);
    expect(arrests('No hemos encontrado nada que indique una dirección estatal')).toEqual(['tda-export:disputes']);
    expect(arrests('No hay indicios de una dirección estatal')).toEqual(['tda-export:disputes']);
    const border = (middle: string) =>
      claims('Opinion: the border nobody polices', `For years the border was treated as someone else's problem. It still is. ${middle} Nobody in Bogotá wants to say it.`);
    expect(border('The Venezuelan state has given the ELN and FARC dissidents a safe haven, documents and fuel.')).toEqual(['guerrilla-alliance:asserts']);
    expect(border('Washington says the Venezuelan state has given the ELN and FARC dissidents a safe haven.')).toEqual(['guerrilla-alliance:mentions']);
  });
});

describe('shipped rules: the round on holdout-17', () => {
  it('reads mockery of a claim as disputing it', () => {
    const spies = 'El canciller habló de los espías venezolanos dentro de Estados Unidos que se hacen pasar por opositores.';
    expect(claims('Caracas se burla de la «red de espías» en EE.UU.', spies)).toEqual(['spies-in-us:disputes']);
    // Guard: the same story reporting the network without mockery.
    expect(claims('Caracas tiene una «red de espías» en EE.UU.', spies)).toEqual(['spies-in-us:asserts']);
  });

  it('reads evidence not seen as a dispute, in English and Spanish', () => {
    expect(claims('Interview', 'I have not seen evidence of a deliberate strategy to use drugs as a weapon against the United States.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Entrevista', 'No he visto pruebas de que el gobierno venezolano use las drogas como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:disputes']);
  });

  it('reads a generic cue in a sentence holding two of the claim’s word groups, in a story on its topic', () => {
    const op = (middle: string) => claims('Opinión', `Los ataques de EE.UU. contra lanchas siguen. ${middle}`);
    expect(op('Washington destruyó más de 20 embarcaciones y no ha mostrado una sola prueba de lo que transportaban.')).toEqual(['boat-strikes:disputes']);
    // Guard: one group is not enough; the cue is about something else.
    expect(op('Washington no ha mostrado una sola prueba sobre el costo de las embarcaciones.')).toEqual(['boat-strikes:mentions']);
  });

  it('reads flows that "no pasan principalmente por Venezuela" against the route, and a port authority as no rebuttal', () => {
    expect(claims('Verificamos', 'Según la ONUDD, los flujos de cocaína hacia Norteamérica no pasan principalmente por Venezuela.')).toEqual(['transit-hub:disputes']);
    const disputing = (second: string) =>
      matchStory(matcher, { title: 'Morning brief', text: `Officials call Venezuela a key transit corridor for U.S.-bound cocaine. ${second}` }).claims[0]!.disputing.map((evidence) => evidence.sentence);
    expect(disputing("Ecuador's port authority has ordered scanners for every container.")).toEqual([]);
    // Guard: the ports themselves, said against Venezuela, still dispute.
    expect(disputing("Analysts say most of it leaves from Ecuador's ports.")).toEqual(["Analysts say most of it leaves from Ecuador's ports."]);
  });

  it('reads a radio host’s question as a mention and the guest’s answer as the side', () => {
    const transcript = 'LOCUTORA: ¿mandó el gobierno venezolano al Tren de Aragua fuera del país a propósito? INVITADO: Una evaluación de inteligencia concluyó que no había pruebas de que el Estado dirigiera a la banda.';
    expect(claims('Transcripción: «¿Exportó Caracas al Tren de Aragua?»', transcript)).toEqual(['tda-export:disputes']);
  });
});

describe('shipped rules: a boat run by a "designated narcoterrorist organization"', () => {
  it('reads it as the strikes’ target, not as the state running the cartel', () => {
    const live = 'The Pentagon says U.S. forces destroyed a vessel off the Venezuelan coast, describing it as a narco-boat operated by a "designated narcoterrorist organization."';
    expect(claims('LIVE: U.S. forces strike another boat', live)).toEqual(['boat-strikes:asserts']);
    // Guard: said of the regime, it is still the cartel claim.
    expect(claims('Senator on Venezuela', 'The senator said the regime in Caracas is a narcoterrorist organization that ships cocaine north.')).toEqual(['state-cartel:asserts']);
  });
});

describe('shipped rules: namesakes introduced with an age or a ballplayer’s position', () => {
  it('gives the headline’s full name to the person the body gives an age that is not the figure’s', () => {
    const race = (age: string) =>
      matchStory(matcher, { title: 'Vuelta al Táchira: Hugo Carvajal gana la etapa reina', text: `El colombiano Hugo Carvajal, ${age}, ganó la etapa reina.`, year: 2026 }).entities.map((entity) => entity.id);
    expect(race('de 23 años')).toEqual([]);
    // Guard: with the spy chief's age, the name is his, in the headline and the body.
    expect(race('de 66 años')).toEqual(['hugo-carvajal']);
  });

  it('reads a shortstop called Hugo Chávez as a namesake', () => {
    expect(figures('Sonoran shortstop Hugo Chávez signs first pro contract', 'Hugo Chávez, an 18-year-old shortstop, drew scouts from six clubs.')).toEqual([]);
  });
});

describe('shipped rules: the round on holdout-18', () => {
  it('reads Venezuelan officials protecting a gang’s departure as the export claim, not the cartel', () => {
    expect(claims('Fiscal chileno: el Tren de Aragua fue enviado con protección de funcionarios venezolanos', '')).toEqual(['tda-export:asserts']);
    // Guard: with cocaine in the sentence before, the officials' protection is the cartel claim again.
    expect(claims('Juicio en Nueva York', 'Los sobrinos intentaron enviar 800 kilos de cocaína. Los fiscales dijeron que contaban con la protección de altos funcionarios venezolanos.')).toEqual(['state-cartel:asserts']);
  });

  it('reads orders "desde territorio venezolano" as the guerrilla claim only beside a guerrilla', () => {
    expect(claims('Fiscal chileno', 'La estructura del Tren de Aragua en Chile seguía recibiendo órdenes desde territorio venezolano.')).toEqual([]);
    expect(claims('Informe', 'El ELN sigue atacando desde territorio venezolano, según el ejército colombiano.')).toEqual(['guerrilla-alliance:asserts']);
  });

  it('reads records with no case of spies as disputing the spies claim', () => {
    expect(claims('No names, no charges: records show no case of Venezuelan spies posing as exiles', '')).toEqual(['spies-in-us:disputes']);
  });

  it('reads a pitcher called Carlos Quintero, beside a general manager, as a namesake', () => {
    expect(figures('Quintero blanks Ensenada', 'Right-hander Carlos Quintero threw seven scoreless innings. The general manager said the club would keep Carlos Quintero.')).toEqual([]);
  });
});

describe('shipped rules: a full name that goes on with another surname', () => {
  it('gives the name, in the headline too, to a namesake with a second surname', () => {
    expect(figures('Fallece Hugo Carvajal, el profesor de Chiloé', 'Ancud despidió a Hugo Carvajal Oyarzún, maestro rural durante 38 años.')).toEqual([]);
    // Guard: the spy chief's own second surname keeps the name his.
    expect(figures('Hugo Carvajal declara en Nueva York', 'Hugo Carvajal Barrios, exjefe de la inteligencia militar, declaró ante el tribunal.')).toEqual(['hugo-carvajal']);
  });

  it('reads the Chilean commune of Quintero, and its official Carlos Quintero Fuenzalida, as no figure', () => {
    const story = 'La Contraloría abrió un sumario por un presunto fraude en la comuna de Quintero. Su jefe, Carlos Quintero Fuenzalida, fue suspendido.';
    expect(figures('Investigan fraude en subsidios de Quintero', story)).toEqual([]);
  });
});
