/**
 * The shipped claims.yaml against the wording the rounds after holdout-19 taught it (the earlier
 * rounds are in shipped-claims-rounds), each case with a guard. Stories written here.
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

describe('shipped rules: the gang helped out of the country', () => {
  it('reads the government helping or encouraging the gang’s members to leave as the export claim', () => {
    expect(claims('Agencies split on the Tren de Aragua', 'The FBI assessment says Venezuelan officials cooperated with the Tren de Aragua and helped its members leave the country.')).toEqual(['tda-export:asserts']);
    expect(claims('Informe sobre el Tren de Aragua', 'Según el informe, el gobierno venezolano alentó la salida de la banda del Tren de Aragua hacia Chile.')).toEqual(['tda-export:asserts']);
    // Guard: a family helping its members leave names no government and no gang.
    expect(claims('Migración', 'A Venezuelan family in Maracay helped its members leave the country in 2019.')).toEqual([]);
  });
});

describe('shipped rules: cases looked for and not found', () => {
  it('reads claims that lack a single case, or were never tested in court, as disputed', () => {
    expect(claims("Ex-FBI official: Venezuelan 'spy network' claims lack a single court case", 'She retired from the bureau in 2021.')).toEqual(['spies-in-us:disputes']);
    expect(claims('Exiles ask for names', 'The claims that Venezuelan spies operate inside the United States have never been tested in any court.')).toEqual(['spies-in-us:disputes']);
    expect(claims('Exiliados piden nombres', 'Sobre los espías venezolanos dentro de Estados Unidos, no hay un solo nombre, dijo la directora.')).toEqual(['spies-in-us:disputes']);
    // Guard: the same story without the missing case asserts.
    expect(claims('Exiles ask for names', 'The letter says Venezuelan spies operate inside the United States.')).toEqual(['spies-in-us:asserts']);
  });
});

describe('shipped rules: attacks on small vessels, a gang sent on purpose', () => {
  it('reads attacks on small vessels or boats as the strike campaign', () => {
    expect(claims('Caracas condemns killings at sea', 'The ministry denounces the attacks on small vessels in the Caribbean as extrajudicial executions.')).toEqual(['boat-strikes:disputes']);
    // Guard: "extrajudicial" alone names no campaign.
    expect(claims('Caracas condemns killings', 'The ministry denounces the deaths in Apure as extrajudicial executions.')).toEqual([]);
  });

  it('reads a gang "sent on purpose" as the export claim, and whether Caracas "planned it" as a mention', () => {
    expect(claims('Una panadería en Kennedy', 'Llegó en plena discusión sobre si el Tren de Aragua fue enviado a propósito desde Venezuela.')).toEqual(['tda-export:mentions']);
    expect(claims('Weekend reads', 'A long look at how the Tren de Aragua spread to Santiago, and at the debate over whether anyone in Caracas planned it.')).toEqual(['tda-export:mentions']);
    // Guard: Caracas planning a trip names no export.
    expect(claims('Weekend reads', 'The Tren de Aragua trial opened in Santiago; a Caracas museum planned its reopening.')).toEqual([]);
  });
});

describe('shipped rules: paraphrases from letters, captions and fact-checks', () => {
  it('reads cocaine that "leaves from Venezuela", and most of it, as the route claim', () => {
    expect(claims('Fact check', 'A post says almost all the cocaine reaching America leaves from Venezuela.')).toEqual(['transit-hub:asserts']);
    // Guard: a flight that leaves from Venezuela carries no claim.
    expect(claims('Travel', 'The weekly flight leaves from Venezuela on Fridays.')).toEqual([]);
  });

  it('reads gold turned into clean dollars, or mixed with drug money, as laundering', () => {
    expect(claims('Cartas de los lectores', 'El oro sale del Arco Minero del Orinoco y regresa convertido en dólares limpios, mezclado con plata de la droga.')).toEqual(['gold-laundering:asserts']);
    // Guard: clean dollars with no gold are no claim.
    expect(claims('Economía', 'El Arco Minero del Orinoco emplea a miles; los bancos piden dólares limpios.')).toEqual([]);
  });

  it('reads a speedboat "running cocaine" in the campaign against drug boats as the strikes’ side', () => {
    expect(claims('In pictures: the Caribbean campaign against drug boats', 'Officials say the speedboat was running cocaine for a trafficking cell.')).toEqual(['boat-strikes:asserts']);
    // Guard: outside the campaign, a boat running cocaine is a seizure story.
    expect(claims('Coast guard seizure', 'Officers say the speedboat was running cocaine.')).toEqual([]);
  });

  it('reads Maduro sending the gang abroad, and flooding American cities, as the claims they are', () => {
    expect(claims('Verificamos', 'Circula un video en el que Maduro reconoce haber mandado a miembros del Tren de Aragua al exterior.')).toEqual(['tda-export:asserts']);
    expect(claims('Interview', 'For people around Maduro in Caracas, flooding American cities was a policy choice.')).toEqual(['drugs-as-weapon:asserts']);
  });

  it('reads "never true" as a dispute', () => {
    expect(claims('Opinion', 'That the Cartel of the Suns is run by Venezuela’s top leaders was never true.')).toEqual(['state-cartel:disputes']);
  });
});

describe('shipped rules: proof asked for, and a trial owed', () => {
  it('reads "where is the evidence" and "a label is not proof" as disputes', () => {
    expect(claims('Cartas: ¿Dónde están las pruebas de esa «política deliberada»?', 'Señor director: leo que el gobierno de Nicolás Maduro tiene esa política.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Strikes in the Caribbean', 'Calling the dead narcoterrorists is not proof of anything, the scholar said.')).toEqual(['boat-strikes:disputes']);
    // Guard: the label alone asserts.
    expect(claims('Strikes in the Caribbean', 'The Pentagon calls the crews narcoterrorists.')).toEqual(['boat-strikes:asserts']);
  });

  it('reads suspects owed a trial, and killings without legal process, as disputing the strikes', () => {
    expect(claims('A scholar on the Caribbean strikes', 'Smuggling is a crime, not an armed attack, and suspects are entitled to a trial.')).toEqual(['boat-strikes:disputes']);
    expect(claims('Los ataques en el Caribe', 'Para la jurista, son muertes sin proceso legal.')).toEqual(['boat-strikes:disputes']);
    // Guard: outside the strikes, a trial owed is no claim.
    expect(claims('Court news', 'The judge said the suspects are entitled to a trial.')).toEqual([]);
  });
});

describe('shipped rules: proof still missing, and the strikes by what they do to the boats', () => {
  it('reads evidence not yet seen, and an idea the data do not back, as disputes', () => {
    expect(claims('Letters', 'I have yet to see a shred of evidence that Maduro’s government sets out to harm Americans with narcotics as a matter of state policy.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Preguntas frecuentes', 'Las incautaciones tampoco respaldan la idea de una ruta principal de la cocaína a través de Venezuela.')).toEqual(['transit-hub:disputes']);
    // Guard: the same sentence with no cue asserts.
    expect(claims('Letters', 'Maduro’s government sets out to harm Americans with narcotics as a matter of state policy.')).toEqual(['drugs-as-weapon:asserts']);
  });

  it('reads agents planted in the United States and passing as exiles as the spying claim', () => {
    expect(claims('The letter', 'He writes that Venezuelan officers have planted agents in Florida, some passing as exiled activists.')).toEqual(['spies-in-us:asserts']);
  });

  it('reads cocaine as an instrument of foreign policy as the weapon claim', () => {
    expect(claims('Letters', 'Maduro’s government has treated cocaine as an instrument of foreign policy for years.')).toEqual(['drugs-as-weapon:asserts']);
  });

  it('puts boats sunk or blown up by the U.S. on the strikes’ topic, and a sentence on the boats that carry drugs on their side', () => {
    expect(claims('Letters', 'If the Navy is sinking the boats that carry cocaine, good.')).toEqual(['boat-strikes:asserts']);
    expect(claims('Cartas', 'Pienso en las lanchas que Estados Unidos ha hecho volar en el Caribe: matar gente sin juicio es una ejecución sin debido proceso.')).toEqual(['boat-strikes:disputes']);
    // Guard: a boat sunk in a storm is no strike.
    expect(claims('Weather', 'The storm sank two fishing boats near Margarita.')).toEqual([]);
  });
});

describe('shipped rules: "the cartel", back to the Cartel of the Suns', () => {
  it('reads a cue beside "the cartel" as a side once the cartel was named', () => {
    const named = 'Lawmakers will discuss the Cartel of the Suns next week.';
    const denial = 'Caracas, for its part, says the cartel is an invention.';
    expect(claims('Caracas answers', `${named} ${denial}`)).toEqual(['state-cartel:disputes']);
    expect(claims('Caracas responde', 'Los diputados debatirán sobre el Cartel de los Soles. Caracas, por su parte, dice que el cartel es un invento.')).toEqual(['state-cartel:disputes']);
    // Guard: said before the name, "the cartel" is any cartel, and the claim is only mentioned.
    expect(claims('Caracas answers', `${denial} ${named}`)).toEqual(['state-cartel:mentions']);
  });
});

describe('shipped rules: a charge called fiction, questioned or thinly backed', () => {
  it('reads an accusation called a fiction or a script as disputed', () => {
    expect(claims("Electoral council calls 'altered totals' charge a fiction", 'Officials spoke in Caracas on Tuesday.')).toEqual(['electoral-fraud:disputes']);
    expect(claims("Caracas calls Venezuelan spy-ring claims a 'Hollywood script'", 'The ministry spoke on Saturday.')).toEqual(['spies-in-us:disputes']);
    expect(claims('El CNE responde', 'El CNE de Venezuela dijo que la denuncia de actas alteradas en la elección presidencial es una ficción.')).toEqual(['electoral-fraud:disputes']);
    // Guard: the same headlines without the word that dismisses the charge.
    expect(claims("Electoral council hears 'altered totals' charge", 'Officials spoke in Caracas on Tuesday.')).toEqual(['electoral-fraud:asserts']);
  });

  it('reads a paper that questions the claim, and a record too thin for it, as disputing', () => {
    expect(claims("Think tank paper questions the 'main route' view of Venezuelan cocaine", 'The authors cite UNODC figures.')).toEqual(['transit-hub:disputes']);
    expect(claims('Analysts urge caution on Hezbollah claims', 'The claims that Hezbollah operates in Venezuela with the blessing of Caracas rest on a thin record, a panel heard.')).toEqual(['guerrilla-alliance:disputes']);
    // Guard: the paper that backs the view asserts it.
    expect(claims("Think tank paper backs the 'main route' view of Venezuelan cocaine", 'The authors cite DEA figures.')).toEqual(['transit-hub:asserts']);
  });

  it('reads "nada prueba" beside the claim as a dispute', () => {
    expect(claims('Juicio por oro en Bogotá', 'La defensa sostuvo que nada prueba que el oro venezolano de contrabando saliera de minas ilegales para lavar dinero.')).toEqual(['gold-laundering:disputes']);
    // Guard: without it the same sentence relays the charge.
    expect(claims('Juicio por oro en Bogotá', 'La fiscalía sostuvo que el oro venezolano de contrabando salió de minas ilegales para lavar dinero.')).toEqual(['gold-laundering:asserts']);
  });

  it('reads Venezuelan officers giving a guerrilla safe passage or rifles as the alliance claim', () => {
    expect(claims('Alcalá letter', 'His letters detail how senior Venezuelan officers supplied rifles and safe passage to the FARC.')).toEqual(['guerrilla-alliance:asserts']);
    // Guard: Colombian officers are not Venezuela's part.
    expect(claims('Bogotá trial', 'Prosecutors say two Colombian officers supplied rifles and safe passage to the FARC.')).toEqual([]);
  });
});

describe('shipped rules: the strikes by who, the act and the boat', () => {
  it('puts a sentence naming the U.S. military, a strike and a boat on the strikes’ topic, however worded', () => {
    expect(claims('Aruba bookings hold steady', 'Fishermen have followed the news since the American military began hitting small boats off the Venezuelan coast.')).toEqual(['boat-strikes:mentions']);
    expect(claims('Radio Gulf call-in', 'The host read a Southern Command statement on the vessel destroyed on Sunday. A caller said it was a press release, not proof, and that the two men killed in the strike were pirogue crew.')).toEqual(['boat-strikes:disputes']);
    // Guard: U.S. forces striking boats in the Red Sea are another campaign.
    expect(claims('Red Sea', 'U.S. forces destroyed Houthi drone boats in the Red Sea on Sunday.')).toEqual([]);
  });
});

describe('shipped rules: holdout-26 wording', () => {
  it('reads a thing named and denied, a belief "as if it were obvious", and a witness who never saw it as disputes', () => {
    expect(claims('The cocaine highway through Venezuela that isn’t', 'A podcast on the UNODC report.')).toEqual(['transit-hub:disputes']);
    expect(claims('Cartas', 'Se repite, como si fuera obvio, que por Venezuela pasa la mayor parte de la cocaína que llega a Estados Unidos.')).toEqual(['transit-hub:disputes']);
    expect(claims('Entrevista', '—Nunca vi una orden del gobierno venezolano de usar la cocaína como arma contra Estados Unidos.')).toEqual(['drugs-as-weapon:disputes']);
    // Guard: the belief stated plainly asserts.
    expect(claims('Cartas', 'Por Venezuela pasa la mayor parte de la cocaína que llega a Estados Unidos.')).toEqual(['transit-hub:asserts']);
  });

  it('reads a fabricated count, totals that were changed and the primary passage as the claims', () => {
    expect(claims('Cartas', 'Maduro y Cabello dieron la orden de fabricar un resultado distinto al de las actas.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('Alcalá letter', 'Alcalá writes that Nicolás Maduro and Diosdado Cabello ordered the 2024 count rigged.')).toEqual(['electoral-fraud:asserts']);
    expect(claims('Curaçao air station', 'The consulate called it the primary passage for cocaine toward the United States, through Venezuelan territory.')).toEqual(['transit-hub:asserts']);
    // Guard: a count of an indictment is no vote count.
    expect(claims('Maduro case', 'Prosecutors in New York added a count against Nicolás Maduro.')).toEqual([]);
  });

  it('reads a criminal syndicate run out of Miraflores as the cartel claim, and the group named back as Hezbollah', () => {
    expect(claims('Hearing minutes', 'The chair said the Cartel de los Soles is a criminal syndicate run out of Miraflores.')).toEqual(['state-cartel:asserts']);
    expect(claims('Episodio 58', 'Se repite que Hezbolá opera en Margarita. El invitado explica que no existe un solo expediente que pruebe refugio del grupo en territorio venezolano.')).toEqual(['guerrilla-alliance:disputes']);
    // Guard: "the group" before any guerrilla is named is any group.
    expect(claims('Episodio 58', 'El invitado explica que no existe un solo expediente que pruebe refugio del grupo en territorio venezolano.')).toEqual([]);
  });

  it('reads a panel that will discuss whether the claim holds as a mention', () => {
    expect(claims('Foro en Curazao', 'Las mesas discutirán si hubo una decisión del gobierno venezolano de empujar a la banda del Tren de Aragua fuera del país.')).toEqual(['tda-export:mentions']);
  });
});

describe('shipped rules: holdout-27 wording', () => {
  it('reads leaders who sit atop the trade, or a cartel steered from inside the government, as the cartel claim', () => {
    expect(claims('Exile letter', 'The general writes that two ministers sit atop the network that moved cocaine through the Venezuelan armed forces.')).toEqual(['state-cartel:asserts']);
    expect(claims('Carta', 'El exjefe describe el Cartel de los Soles como una red dirigida desde el propio gobierno.')).toEqual(['state-cartel:asserts']);
    expect(claims('Carta', 'La carta ubica a dos ministros en el núcleo de mando del Cartel de los Soles.')).toEqual(['state-cartel:asserts']);
    // Guard: officers at the top of a mountain pass name no trade.
    expect(claims('Andes', 'Two officers sit atop the pass above Mérida, watching the weather.')).toEqual([]);
  });

  it('reads drugs sent as an instrument of hostility, gold as a source of foreign currency, and the count tampered with', () => {
    expect(claims('Statement', 'Caracas has treated the cocaine flow north as an instrument of hostility against the American people.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Bolívar gold', 'Gold from the pits of Bolívar state is the elite’s surest source of foreign currency.')).toEqual(['gold-laundering:asserts']);
    expect(claims('Letter', 'The general says the two men ordered the tampering with the tallies of the Venezuelan election.')).toEqual(['electoral-fraud:asserts']);
    // Guard: gold as any country's currency source is no Venezuelan claim.
    expect(claims('Ghana', 'Gold is the surest source of foreign currency for Ghana’s central bank.')).toEqual([]);
  });

  it('reads the secret services’ agents in the United States as the spies claim, and the dare to name one spy as its dispute', () => {
    expect(claims('Carta desde la cárcel', 'Según la carta, los servicios secretos venezolanos introdujeron agentes en Estados Unidos.')).toEqual(['spies-in-us:asserts']);
    expect(claims('Cabello reta a Washington a nombrar un solo espía venezolano en Estados Unidos', 'Habló en su programa.')).toEqual(['spies-in-us:disputes']);
  });

  it('reads a gang no government sent, and “not a foreign plot”, as disputing the export claim', () => {
    expect(claims('Denver police: Tren de Aragua crew is local crime, not a foreign plot', 'Detectives found nothing to suggest any government had sent the Tren de Aragua members.')).toEqual(['tda-export:disputes']);
  });

  it('reads how much cocaine leaves Venezuela as the route question, a mention; the question left outside a mandate is no lie', () => {
    expect(claims('Report', 'The report does not estimate how much cocaine leaves Venezuelan shores, saying that question lies outside its mandate.')).toEqual(['transit-hub:mentions']);
    expect(claims('Reseña', 'Otro capítulo discute cuánta cocaína pasa por territorio venezolano camino al norte.')).toEqual(['transit-hub:mentions']);
    // Guard: cocaine that passed through Venezuela, with no question of how much, is a seizure detail.
    expect(claims('Seizure', 'The cocaine seized in Aruba passed through Venezuela, police said.')).toEqual([]);
  });

  it('reads data that complicate Washington’s portrait of the route as a dispute', () => {
    expect(claims('UN figures complicate Washington’s portrait of Venezuela as the main route for cocaine', 'The agency traces most cocaine along the Pacific.')).toEqual(['transit-hub:disputes']);
    // Guard: the portrait reported without the data against it asserts.
    expect(claims('UN figures on Washington’s portrait of Venezuela as the main route for cocaine', 'The agency traces most cocaine along the Pacific.')).toEqual(['transit-hub:asserts']);
  });
});

describe('shipped rules: a headline that asks, then adds a few words', () => {
  it('reads the claim it asks about as a mention', () => {
    expect(claims('Did Caracas weaponize drugs? Analysts weigh the evidence', 'A radio show debated it on Monday.')).toEqual(['drugs-as-weapon:mentions']);
    // Guard: the same words stated assert.
    expect(claims('Caracas weaponized drugs, analysts say', 'A radio show debated it on Monday.')).toEqual(['drugs-as-weapon:asserts']);
  });
});
