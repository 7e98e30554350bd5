import { describe, expect, it } from 'vitest';
import { createMatcher, matchStory } from '../../src/match/match-story';
import { claimsFileSchema } from '../../src/config/claims-schema';
import { miniClaims, miniEntities, miniMatcher } from '../support/mini-config';

const matcher = miniMatcher();
const claimsOf = (title: string, text: string) => matchStory(matcher, { title, text }).claims;

describe('matchClaims', () => {
  it('asserts a claim with the sentence that carries the assertion', () => {
    const [claim] = claimsOf('Indictment targets Cartel of the Suns', 'Prosecutors say top leaders operate the Cartel of the Suns as a criminal enterprise.');
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
    expect(claim!.evidence).toBe('Prosecutors say top leaders operate the Cartel of the Suns as a criminal enterprise.');
  });

  it('disputes a claim on a denial, and names who denies it', () => {
    const [claim] = claimsOf('Caracas responde', 'El gobierno negó que el Cartel de los Soles sea una empresa criminal.');
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'disputes' });
    expect(claim!.disputing[0]).toEqual({ sentence: 'El gobierno negó que el Cartel de los Soles sea una empresa criminal.', source: 'El gobierno' });
  });

  it('keeps both sides and lets the headline and lead outweigh a later objection', () => {
    const [claim] = claimsOf(
      'Letter alleges leaders run the Cartel of the Suns as a criminal enterprise',
      'The letter says top leaders operate the network. An analyst said there is no evidence the Cartel of the Suns is run from the top.',
    );
    expect(claim!.stance).toBe('asserts');
    expect(claim!.asserting.length).toBeGreaterThan(0);
    expect(claim!.disputing).toHaveLength(1);
  });

  it('lets a dispute in the headline win over one asserting sentence further down', () => {
    const [claim] = claimsOf('Cartel of the Suns does not exist, Caracas says', 'Critics call it a criminal enterprise run by the Cartel of the Suns.');
    expect(claim!.stance).toBe('disputes');
  });

  it('reports a claim as mentioned when the story takes no side', () => {
    const [claim] = claimsOf('Cartel of the Suns on the agenda', 'Lawmakers will discuss the Cartel of the Suns next week.');
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'mentions' });
    expect(claim!.evidence).toContain('Cartel of the Suns');
  });

  it('prefers a claim-specific dispute phrase that contains an asserting phrase', () => {
    const [claim] = claimsOf('Analysts on drugs policy', 'Analysts found no evidence of a deliberate policy to push drugs north.');
    expect(claim).toMatchObject({ id: 'drugs-as-weapon', stance: 'disputes' });
  });

  it('reports no claim on an off-topic story that uses a claim phrase', () => {
    expect(claimsOf('Mob trial opens in New York', 'Prosecutors describe the family as a criminal enterprise.')).toEqual([]);
  });

  it('with anchors set, counts a claim’s own wording only in a story anchored to the beat', () => {
    const anchored = createMatcher(
      [...miniEntities, { ...miniEntities.find((entity) => entity.id === 'eln')!, id: 'hezbollah', name: 'Hezbollah', aliases: [] }],
      { ...miniClaims, anchors: { entities: ['nicolas-maduro'], en: ['Venezuela*'], es: [] } },
      8,
    );
    const claims = (title: string, text: string) => matchStory(anchored, { title, text }).claims.map((claim) => claim.id);
    expect(claims('Hezbollah and the criminal enterprise label', 'Lebanese officials rejected calling Hezbollah a criminal enterprise.')).toEqual([]);
    expect(claims('Venezuelan officials named', 'Prosecutors called the network around Venezuela a criminal enterprise.')).toEqual(['state-cartel']);
  });

  it('keeps a claim’s own wording off its topic in a story holding its off-topic wording, unless a topic word or figure is there', () => {
    const withOffTopic = createMatcher(
      miniEntities,
      {
        ...miniClaims,
        anchors: { entities: [], en: ['Venezuela*'], es: [] },
        claims: miniClaims.claims.map((claim) => (claim.id === 'state-cartel' ? { ...claim, offTopic: { en: ['mob trial*'], es: [] } } : claim)),
      },
      8,
    );
    const claims = (title: string, text: string) => matchStory(withOffTopic, { title, text }).claims.map((claim) => claim.id);
    expect(claims('Mob trial in Venezuela', 'Prosecutors called the crime family a criminal enterprise.')).toEqual([]);
    expect(claims('Venezuela news', 'Prosecutors called the crime family a criminal enterprise.')).toEqual(['state-cartel']);
    expect(claims('Mob trials and the Cartel of the Suns', 'Prosecutors called the Cartel of the Suns a criminal enterprise.')).toEqual(['state-cartel']);
  });
});

describe('matchClaims: word groups, hedges and stemming', () => {
  const groupClaims = claimsFileSchema.parse({
    ...miniClaims,
    hedgeCues: { en: ['whether'], es: ['sobre si'] },
    anchors: { entities: [], en: ['Venezuela*', 'Caracas'], es: ['venezolan*'] },
    claims: [
      {
        id: 'drugs-as-weapon',
        statement: 'The regime uses drugs as a weapon against the U.S.',
        asserts: { en: ['drugs as a weapon'], es: ['=drogas como arma'] },
        together: [
          { en: ['government', 'Caracas'], es: ['gobierno'] },
          { en: ['cocaine'], es: ['cocaína'] },
          { en: ['on purpose', 'to harm'], es: ['para dañar'] },
        ],
      },
      {
        id: 'state-cartel',
        statement: "Venezuela's leadership runs the Cartel de los Soles",
        asserts: { en: ['run the cartel'], es: ['lidera el cartel'] },
      },
    ],
  });
  const groups = createMatcher(miniEntities, groupClaims, 8);
  const claims = (title: string, text: string) => matchStory(groups, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);

  it('counts a sentence holding a word of every group as asserting wording', () => {
    expect(claims('Senator speaks', 'A senator said Venezuela’s government sends cocaine north on purpose.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Analysts speak', 'Analysts found no evidence that Caracas ships cocaine north to harm Americans.')).toEqual(['drugs-as-weapon:disputes']);
  });

  it('reads a sentence whose group words are negated as denying the claim', () => {
    expect(claims('Senator speaks', 'A senator said Venezuela’s government lets cocaine go north, but not on purpose.')).toEqual(['drugs-as-weapon:disputes']);
    expect(claims('Caracas responde', 'El gobierno venezolano admite que sale cocaína al norte, pero no para dañar a nadie.')).toEqual(['drugs-as-weapon:disputes']);
  });

  it('does not count groups spread over a story, and lets a sentence borrow only one group from the one before', () => {
    expect(claims('Venezuela news', 'The government met on Monday. Police seized cocaine. A fire was set on purpose.')).toEqual([]);
    // The second sentence would need two groups from the first: words that merely sit near each other.
    expect(claims('Venezuela news', 'Caracas shipped cocaine north, the letter says. It was done to harm Americans.')).toEqual([]);
    expect(claims('Venezuela news', 'The government met on Monday. Cocaine went north to harm Americans.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Venezuela news', 'The government met on Monday. It was done to harm Americans, not with cocaine alone.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Venezuela news', 'The government met on Monday in Caracas. Nothing else happened. It was done on purpose; cocaine was found.')).toEqual([]);
  });

  it('makes a hedged sentence a mention, unless it also disputes', () => {
    expect(claims('Hearing on Venezuela', 'Congress will ask whether Venezuela uses drugs as a weapon.')).toEqual(['drugs-as-weapon:mentions']);
    expect(claims('Hearing on Venezuela', 'Experts denied that Venezuela uses drugs as a weapon, whatever the hearing asks.')).toEqual(['drugs-as-weapon:disputes']);
  });

  it('stems wording in the language detected for the story, so other forms of a listed phrase match', () => {
    expect(claims('Venezuela', 'Prosecutors say one general runs the cartels of the region.')).toEqual(['state-cartel:asserts']);
    expect(claims('Venezuela', 'Prosecutors say that the generals running the cartel are close to the president.')).toEqual(['state-cartel:asserts']);
    expect(claims('Fiscales venezolanos', 'Según la fiscalía, los generales lideraban el cartel desde el ministerio.')).toEqual(['state-cartel:asserts']);
  });

  it('matches a phrase written with "=" only in its own form', () => {
    expect(claims('Venezuela', 'El gobierno venezolano usa las drogas como arma, dijo el senador.')).toEqual(['drugs-as-weapon:asserts']);
    expect(claims('Venezuela', 'El gobierno venezolano usa la droga como arma, dijo el senador.')).toEqual([]);
  });

  it('counts a group’s laterAs words only once a word of the group itself was named earlier in the story', () => {
    const referring = claimsFileSchema.parse({
      ...groupClaims,
      claims: [
        {
          id: 'tda-export',
          statement: "Venezuela's government exported the Tren de Aragua.",
          together: [
            { en: ['government'], es: ['gobierno'] },
            { en: ['Tren de Aragua'], es: ['Tren de Aragua'], laterAs: { en: ['the gang'], es: ['la banda', 'el grupo', 'al grupo'] } },
            { en: ['deliberately'], es: ['deliberadamente'] },
          ],
        },
      ],
    });
    const matcher = createMatcher(miniEntities, referring, 8);
    const claims = (title: string, text: string) => matchStory(matcher, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);
    // The word groups sit in the second body sentence: never borrowed from the lead, never background.
    const sent = 'Witnesses were heard on Monday. The Venezuelan government deliberately sent the gang abroad, a senator said.';
    expect(claims('Tren de Aragua trial opens in Santiago', sent)).toEqual(['tda-export:asserts']);
    expect(claims('Gang trial opens in Santiago', sent)).toEqual([]);
    // Said before the gang is named, "the gang" is any gang.
    expect(claims('Trial opens in Santiago', `${sent} Police later named the Tren de Aragua.`)).toEqual([]);
    const enviado = (grupo: string) => `Hubo testigos el lunes. El gobierno venezolano envió deliberadamente ${grupo} al exterior.`;
    expect(claims('Juicio al Tren de Aragua en Santiago', enviado('a la banda'))).toEqual(['tda-export:asserts']);
    expect(claims('Juicio al Tren de Aragua en Santiago', enviado('al grupo'))).toEqual(['tda-export:asserts']);
    // Followed by a name of its own, it is another group.
    expect(claims('Juicio al Tren de Aragua en Santiago', enviado('al grupo de Los Gallegos'))).toEqual([]);
  });

  it('asserts with assertsBeside wording only when its sentence also holds a beside word, never borrowed', () => {
    const beside = claimsFileSchema.parse({
      ...groupClaims,
      claims: [
        {
          id: 'state-cartel',
          statement: "Venezuela's leadership runs the Cartel de los Soles",
          assertsBeside: [{ words: { en: ['criminal enterprise'], es: ['empresa criminal'] }, beside: { en: ["Maduro's government", 'regime'], es: ['del Estado'] } }],
        },
      ],
    });
    const matcher = createMatcher(miniEntities, beside, 8);
    const claims = (title: string, text: string) => matchStory(matcher, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);
    expect(claims('Bounty raised', "Officials in Venezuela said Maduro's government operates as a criminal enterprise.")).toEqual(['state-cartel:asserts']);
    expect(claims('Carta desde prisión', 'El general venezolano dice que Maduro encabeza la empresa criminal del Estado.')).toEqual(['state-cartel:asserts']);
    expect(claims('Minister on TV', 'A Venezuelan minister called a newsroom a criminal enterprise disguised as journalism.')).toEqual([]);
    // The state in the sentence before does not lend itself: the minister of a regime speaks of a newsroom.
    expect(claims('Minister on TV', 'The regime’s minister spoke in Caracas on Tuesday. He called a newsroom a criminal enterprise.')).toEqual([]);
    expect(claims('Bounty raised', "Venezuelan officials deny that Maduro's government operates as a criminal enterprise.")).toEqual(['state-cartel:disputes']);
  });

  it('reads words as written in a story in neither language', () => {
    expect(claims('Venezuela', 'Le gouvernement de Caracas et les généraux: ils running the cartel, dit le procureur dans la presse.')).toEqual([]);
  });
});

describe('matchClaims: wording too general to name a claim, and cues that deny nothing', () => {
  const generalClaims = claimsFileSchema.parse({
    ...miniClaims,
    disputeCues: { en: [...miniClaims.disputeCues.en, 'doubt', 'false', 'disputed', 'rule out'], es: [...miniClaims.disputeCues.es, 'descart*'] },
    hedgeCues: { en: ['whether', 'does not rule out'], es: ['no descarta'] },
    notDisputeCues: { en: ['no doubt', 'false passport*', 'disputed election', 'does not rule out'], es: ['no descarta'] },
    anchors: { entities: [], en: ['Venezuela*', 'Caracas'], es: ['venezolan*'] },
    claims: [
      {
        id: 'boat-strikes',
        statement: 'U.S. strikes on boats in the Caribbean target drug traffickers.',
        topic: { en: ['boat strikes'], es: ['ataques a lanchas'] },
        asserts: { en: ['carrying drugs'], es: ['cargada de droga'] },
        disputes: { en: ['victims were fishermen'], es: ['eran pescadores'] },
        disputesOnTopic: { en: ['due process'], es: ['debido proceso'] },
      },
      {
        id: 'state-cartel',
        statement: "Venezuela's leadership runs the Cartel de los Soles",
        asserts: { en: ['run the cartel'], es: ['lidera el cartel'] },
        disputes: { en: ['cartel does not exist'], es: ['el cartel no existe'] },
      },
    ],
  });
  const general = createMatcher(miniEntities, generalClaims, 8);
  const claims = (title: string, text: string) => matchStory(general, { title, text }).claims.map((claim) => `${claim.id}:${claim.stance}`);

  it('does not put an anchored story on a claim for wording listed under disputesOnTopic', () => {
    expect(claims('Presos en Caracas', 'Los presos venezolanos denuncian que siguen detenidos sin debido proceso.')).toEqual([]);
    expect(claims('Venezuela rights report', 'Activists in Caracas were held without due process, the report says.')).toEqual([]);
  });

  it('counts that wording as a dispute once the story is on the topic', () => {
    expect(claims('Boat strikes questioned', 'Lawyers in Caracas said the boat strikes ignore due process.')).toEqual(['boat-strikes:disputes']);
  });

  it('still lets a claim’s own disputes wording put an anchored story on the topic', () => {
    expect(claims('Caracas responds', 'The Venezuelan government says the cartel does not exist.')).toEqual(['state-cartel:disputes']);
  });

  it('ignores a dispute cue inside wording that denies nothing', () => {
    expect(claims('Venezuela', 'There is no doubt that the generals run the cartel, the prosecutor said.')).toEqual(['state-cartel:asserts']);
    expect(claims('Venezuela', 'Officers with false passports run the cartel, the indictment says.')).toEqual(['state-cartel:asserts']);
    expect(claims('Venezuela', 'After a disputed election, prosecutors say the generals run the cartel.')).toEqual(['state-cartel:asserts']);
    // The cue still counts on its own.
    expect(claims('Venezuela', 'Analysts doubt that the generals run the cartel.')).toEqual(['state-cartel:disputes']);
  });

  it('reads a claim’s asserting wording under a negation as a denial, in either language', () => {
    expect(claims('Venezuela', 'The defense minister said the generals did not run the cartel.')).toEqual(['state-cartel:disputes']);
    expect(claims('Fiscalía venezolana', 'El ministro dijo que el general no lidera el cartel.')).toEqual(['state-cartel:disputes']);
    expect(claims('Venezuela', 'Prosecutors say the generals not only run the cartel but profit from it.')).toEqual(['state-cartel:asserts']);
    expect(claims('Venezuela', 'There is no doubt that the generals run the cartel, the prosecutor said.')).toEqual(['state-cartel:asserts']);
  });

  it('reads a headline asking whether something is really so as disputing the claim whose words it holds', () => {
    const text = 'Prosecutors say top leaders operate the Cartel of the Suns. Analysts doubt the scale.';
    expect(claimsOf('Do top leaders really operate the Cartel of the Suns?', text)[0]).toMatchObject({ id: 'state-cartel', stance: 'disputes' });
    // Guard: a plain question takes no side, so the lead's assertion wins.
    expect(claimsOf('Who runs the Cartel of the Suns?', text)[0]).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
  });

  it('reads "does not rule out" as a question, not a denial', () => {
    expect(claims('Venezuela', 'The prosecutor does not rule out that the generals run the cartel.')).toEqual(['state-cartel:mentions']);
    expect(claims('Fiscalía venezolana', 'La fiscalía no descarta que el general lidera el cartel.')).toEqual(['state-cartel:mentions']);
  });
});

describe('matchClaims: a claim in the background of a story about something else', () => {
  const aside = 'Prosecutors say top leaders operate the Cartel of the Suns as a criminal enterprise.';
  const oilStory = (...middle: string[]): string =>
    ['Venezuela pumped more crude last month, the oil ministry said.', 'Exports to Asia grew by a tenth.', ...middle, 'The ministry gave no forecast for next year.'].join(' ');

  it('only mentions a claim asserted late in a story whose headline and lead touch no claim, and still shows the sentence', () => {
    const [claim] = claimsOf('Oil output rises in October', oilStory(aside));
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'mentions', evidence: aside });
    expect(claim!.asserting).toHaveLength(1);
  });

  it('keeps the side when the claim is in the sentence right after the lead', () => {
    const text = ['Venezuela pumped more crude last month, the oil ministry said.', aside, 'The ministry gave no forecast.'].join(' ');
    expect(claimsOf('Oil output rises in October', text)[0]).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
  });

  it('keeps the side when the headline or lead takes one on any claim, or the claim takes sides three times', () => {
    expect(claimsOf('Prosecutor alleges oil money laundering', oilStory(aside))[0]).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
    expect(claimsOf('Oil output rises', `The ministry denies that sanctions hurt output. ${oilStory(aside)}`)[0]).toMatchObject({ stance: 'asserts' });
    const three = oilStory(aside, 'A witness said top leaders operate the Cartel of the Suns.', 'The filing calls it a criminal enterprise run by the Cartel of the Suns.');
    expect(claimsOf('Oil output rises in October', three)[0]).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
  });

  it('keeps the side of a late item in a headline’s digest: a newsletter’s items are stories of their own', () => {
    expect(claimsOf('The Morning Brief: oil, rain and a letter', oilStory(aside))[0]).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
    expect(claimsOf('Boletín informativo de las 14.00', oilStory(aside))[0]).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
  });

  it('keeps the side of a late claim stated in the story’s own voice, not relayed from someone', () => {
    const own = 'Top leaders operate the Cartel of the Suns as a criminal enterprise.';
    expect(claimsOf('Oil output rises in October', oilStory(own))[0]).toMatchObject({ id: 'state-cartel', stance: 'asserts' });
  });

  it('keeps the side of a later claim when the story’s core takes a side on another one', () => {
    const report = (second: string): string =>
      ['A new report on the region came out on Monday.', second, 'Its authors interviewed forty officers.', aside, 'The ministry did not comment.'].join(' ');
    const asserted = claimsOf('A report on the region', report('The authors say the regime chose to weaponize drugs against its neighbours.'));
    expect(asserted.map((claim) => `${claim.id}:${claim.stance}`).sort()).toEqual(['drugs-as-weapon:asserts', 'state-cartel:asserts']);
    // Guard: with the core quiet, the same late relay is background.
    const quiet = claimsOf('A report on the region', report('It runs to ninety pages.'));
    expect(quiet.map((claim) => `${claim.id}:${claim.stance}`)).toEqual(['state-cartel:mentions']);
  });

  it('only mentions a late claim given one sentence each way', () => {
    const denial = 'The government denied that the Cartel of the Suns is a criminal enterprise.';
    const [claim] = claimsOf('Oil output rises in October', oilStory(aside, denial));
    expect(claim).toMatchObject({ stance: 'mentions' });
    expect([claim!.asserting.length, claim!.disputing.length]).toEqual([1, 1]);
  });
});

describe('matchClaims: a sentence that gives each side a clause', () => {
  const balanced = 'Prosecutors say top leaders operate the Cartel of the Suns; Caracas denies it.';

  it('weighs on both sides and is shown for both, so balanced copy alone is a mention', () => {
    const [claim] = claimsOf('Two views from Washington and Caracas', balanced);
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'mentions', evidence: balanced });
    expect(claim!.asserting.map((found) => found.sentence)).toEqual([balanced]);
    expect(claim!.disputing.map((found) => found.sentence)).toEqual([balanced]);
  });

  it('leaves the side to the rest of the story', () => {
    expect(claimsOf('Two views of the Cartel of the Suns', `${balanced} A former general said top leaders operate the network.`)[0]!.stance).toBe('asserts');
    // Guard: the denial in the assertion's own clause still disputes.
    expect(claimsOf('Two views of the Cartel of the Suns', 'Caracas denies that top leaders operate the Cartel of the Suns.')[0]!.stance).toBe('disputes');
  });
});

describe('matchClaims: a writer who takes no side', () => {
  it('only mentions the claims it relays, and still lists the sides found', () => {
    const [claim] = claimsOf('Opinion: what an indictment buys', 'Prosecutors say top leaders operate the Cartel of the Suns. This column takes no view on whether that will hold up.');
    expect(claim).toMatchObject({ id: 'state-cartel', stance: 'mentions' });
    expect(claim!.asserting).toHaveLength(1);
    // Guard: without the declaration, the same relay asserts.
    expect(claimsOf('Opinion: what an indictment buys', 'Prosecutors say top leaders operate the Cartel of the Suns.')[0]!.stance).toBe('asserts');
  });
});
