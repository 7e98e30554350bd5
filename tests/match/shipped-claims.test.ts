/**
 * The shipped claims.yaml: each claim's sides in its own words and in others', the background rule,
 * and wording that only looks like a claim. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { matchStory } from '../../src/match/match-story';
import { claims, shippedMatcher as matcher } from '../support/shipped-matcher';

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

describe('shipped rules: a boat run by a "designated narcoterrorist organization"', () => {
  it('reads it as the strikes’ target, not as the state running the cartel', () => {
    const live = 'The Pentagon says U.S. forces destroyed a vessel off the Venezuelan coast, describing it as a narco-boat operated by a "designated narcoterrorist organization."';
    expect(claims('LIVE: U.S. forces strike another boat', live)).toEqual(['boat-strikes:asserts']);
    // Guard: said of the regime, it is still the cartel claim.
    expect(claims('Senator on Venezuela', 'The senator said the regime in Caracas is a narcoterrorist organization that ships cocaine north.')).toEqual(['state-cartel:asserts']);
  });
});
