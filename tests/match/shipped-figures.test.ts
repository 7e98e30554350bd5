/**
 * The shipped entities.yaml against the hard cases of the beat: Spanish common words that are also
 * surnames, namesakes, acronyms inside words, and the figures themselves. Stories written here.
 */
import { describe, expect, it } from 'vitest';
import { matchStory } from '../../src/match/match-story';
import { figures, shippedMatcher as matcher } from '../support/shipped-matcher';

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

  it('finds the counterintelligence directorate by its description, hyphenated or without "General", in Venezuela only', () => {
    expect(figures('Detenido', 'Venezuela’s military counter-intelligence directorate detained him.')).toEqual(['dgcim']);
    expect(figures('Detenido', 'Funcionarios de la Dirección de Contrainteligencia Militar lo arrestaron.')).toEqual(['dgcim']);
    // Guard: every army has military counterintelligence.
    expect(figures('Inquiry', 'Britain’s military counter-intelligence unit opened an inquiry.')).toEqual([]);
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
    // A pollster's firm named after its founder is no figure, even beside the Venezuelan government.
    expect(figures('Encuesta', 'El 47 % cree que el gobierno venezolano da refugio al ELN, según la firma Rodríguez & Asociados.')).toEqual(['eln']);
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

describe('shipped rules: a ballplayer called Carlos Quintero', () => {
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

describe('shipped rules: namesakes from a police blotter, a sports brief and a radio transcript', () => {
  it('reads a suspect "alias El Pollo" as no figure, and the spy chief named in full as himself', () => {
    expect(figures('Parte policial: capturan a alias "El Pollo" en Saravena', 'Fue capturado Yesid Pinto, alias "El Pollo", señalado de hurto de motocicletas.')).toEqual([]);
    expect(figures('Carvajal, alias El Pollo, declara', 'Hugo Carvajal, alias El Pollo, exjefe de la inteligencia militar, declaró en Nueva York.')).toEqual(['hugo-carvajal']);
  });

  it('reads a quoted nickname between another first name and the surname as someone else, and the figure’s own first name as his', () => {
    expect(figures('Caracas', 'La diputada Ana «la Tigresa» Rodríguez habló ante la prensa sobre la vicepresidenta.')).toEqual([]);
    expect(figures('Maracay', 'El exgeneral Luis «el Flaco» Carvajal fue detenido por robo de ganado.')).toEqual([]);
    // Guard: the figures' own first names before a nickname keep them.
    expect(figures('Caracas', 'Ayer Delcy «la Tigresa» Rodríguez habló ante la prensa.')).toEqual(['delcy-rodriguez']);
    expect(figures('Nueva York', 'Ayer Hugo «el Flaco» Carvajal declaró ante el tribunal.')).toEqual(['hugo-carvajal']);
  });

  it('reads a boxer written Luis «el Pollo» Carvajal as someone else, in the body and the Title Case headline', () => {
    expect(figures('Boxeo: Luis «el Pollo» Carvajal retiene su título', 'El panameño Luis «el Pollo» Carvajal retuvo su cinturón de peso mosca.')).toEqual([]);
    // Guards: the spy chief's own first name, or a title, before his quoted nickname keeps him.
    expect(figures('Hugo «El Pollo» Carvajal Testifies', 'Ayer Hugo «el Pollo» Carvajal declaró ante el tribunal.')).toEqual(['hugo-carvajal']);
    expect(figures('Witness Says «El Pollo» Carvajal Lied', 'El exjefe «el Pollo» Carvajal declaró ante el tribunal.')).toEqual(['hugo-carvajal']);
  });

  it('gives a surname away to the person who opens a sentence with it, even beside the figure’s context later', () => {
    const profile = 'Marisol Chávez runs a unit that handles Tren de Aragua cases in Miami. Asked whether Caracas sent the gang north, Chávez is blunt.';
    expect(figures('The prosecutor', profile)).toEqual(['tren-de-aragua']);
    // Guard: a word that opens sentences is no first name, so the bare surname is still read on its context.
    expect(figures('The speech', 'Yesterday Chávez’s heirs in Caracas marked his birthday.')).toEqual(['hugo-chavez']);
  });

  it('reads a father called Hugo Chavez Sr. as a namesake', () => {
    expect(figures('Hialeah names new football coach', 'Ray Ortiz takes over the team. His father, Hugo Chavez Sr., drove the school bus for thirty years.')).toEqual([]);
  });

  it('gives a farmer called Hugo Chávez Epiayú his name through the transcript, and the president his', () => {
    const transcript = 'PRESENTADOR: Hablamos con un agricultor de la alta Guajira. HUGO CHÁVEZ EPIAYÚ: Buenas. PRESENTADOR: Don Hugo, ¿cuánto sacaron? HUGO CHÁVEZ EPIAYÚ: Cuarenta bultos. PRESENTADOR: Gracias, don Hugo Chávez.';
    expect(figures('En la radio: así salvó su cosecha el agricultor Hugo Chávez Epiayú', transcript)).toEqual([]);
    expect(figures('En la radio: así salvó su cosecha el agricultor Hugo Chávez Epiayú', `${transcript} Su padre le puso el nombre por el expresidente Hugo Chávez.`)).toEqual(['hugo-chavez']);
  });
});

describe('shipped rules: holdout-27’s namesakes and a brother named by first name', () => {
  const figuresIn = (title: string, text: string) =>
    matchStory(matcher, { title, text, year: 2026 })
      .entities.map((entity) => entity.id)
      .sort();

  it('reads a man called Hugo Chavez, given an age in a story of today, as living, so a namesake', () => {
    expect(figuresIn('Yuma man sentenced in smuggling case', 'A judge sentenced Hugo Chavez, 41, of San Luis, Arizona, to eight years.')).toEqual([]);
    // Guard: beside a year of his life, the age is the president's.
    expect(figuresIn('Looking back', 'In 1992, Hugo Chavez, 37, led a failed coup in Caracas.')).toEqual(['hugo-chavez']);
  });

  it('reads a cyclist called Carlos Quintero, and a race’s general classification, as a namesake', () => {
    expect(figuresIn('Quintero wins in Tunja', 'Carlos Quintero took the leader’s jersey on the climb to Tunja. The general classification is open, Quintero said.')).toEqual([]);
  });

  it('reads Delcy Rodríguez’s “hermano Jorge” as Jorge Rodríguez', () => {
    expect(figuresIn('Carta', 'La carta menciona a Delcy Rodríguez y a su hermano Jorge.')).toEqual(['delcy-rodriguez', 'jorge-rodriguez']);
    // Guard: another woman's brother Jorge is nobody tracked.
    expect(figuresIn('Feria', 'Ana Pérez vende arepas con su hermano Jorge.')).toEqual([]);
  });
});

describe('shipped rules: "The" after a bracket or a colon', () => {
  it('reads "The Maduro regime" in a quote after a speaker cue as Maduro, and "El Padrino" in quotes as the film', () => {
    expect(figures('TV script', '[SOT: a prosecutor] "The Maduro regime used this gang as a tool."')).toEqual(['nicolas-maduro']);
    // Guard: Spanish "El" before a surname still names a film or a restaurant.
    expect(figures('Cine', 'La Cinemateca de Caracas exhibirá "El Padrino" el viernes.')).toEqual([]);
  });

  it('takes a pianist called Tomás Cabello as no evidence for a song called “Los Soles de Enero”', () => {
    const programme = (performer: string): string[] => figures('Winter Concert Programme', `Conductor: Rebeca Chávez. ${performer}. I. "Los Soles de Enero", a folk song.`);
    expect(programme('Piano: Tomás Cabello')).toEqual([]);
    // Guards: the figure himself, by his full name or his title, still vouches.
    expect(programme('Guest: Diosdado Cabello')).toEqual(['cartel-de-los-soles', 'diosdado-cabello']);
    expect(programme('Guest: minister Cabello')).toEqual(['cartel-de-los-soles', 'diosdado-cabello']);
  });

  it('takes a name repeated, headline and body, as no evidence of whose it is', () => {
    const body = (line: string): string[] => figures('Prospect report: Carlos Quintero, RHP', `Carlos Quintero, RHP, Barquisimeto. ${line}`);
    expect(body('Signed in January for $450,000.')).toEqual([]);
    // Guard: a context word of the figure's own still vouches.
    expect(body('He signed the CNE results as rector in January.')).toEqual(['carlos-quintero']);
  });

  it('lets context a sentence away vouch for Maduro and El Callao, names rarely anyone else’s here', () => {
    const hearing = (name: string, about = 'the Venezuelan government'): string[] =>
      figures('TV script', `Senators pressed ${about} for hours about the gang and its leaders abroad. "${name} opened the prison gates," one said.`);
    expect(hearing('Maduro')).toEqual(['nicolas-maduro']);
    expect(figures('Crónica', 'La ruta sale del Arco Minero hacia el norte. En El Callao, los molinos no paran.')).toEqual(['el-callao', 'orinoco-mining-arc']);
    // Guards: no context a sentence away, and a common surname, which needs its context nearer.
    expect(hearing('Maduro', 'the committee')).toEqual([]);
    expect(figures('Crónica', 'La ruta sale del puerto hacia el norte. En El Callao, los molinos no paran.')).toEqual([]);
    expect(hearing('Cabello')).toEqual([]);
  });

  it('reads a badge list’s delegates, each with a first name, as other people, and the figures in a list as themselves', () => {
    const speakers = 'Speakers: Hugo Carvajal Méndez, Coffee Institute, Colombia; Daniel Maduro Sosa, Nestlé; Patricia Cabello, Rainforest Alliance.';
    expect(figures('Coffee Forum: Badge Pickup List', speakers)).toEqual([]);
    // Guard: a list of the figures, by their titles and their own names.
    const sanctioned = 'Named in the order: President Maduro, Cuba Desk; Diosdado Cabello, Interior Ministry; Hugo Carvajal Barrios, former DGCIM.';
    expect(figures('Sanctions Order: Names Listed', sanctioned)).toEqual(['dgcim', 'diosdado-cabello', 'hugo-carvajal', 'nicolas-maduro']);
  });
});
