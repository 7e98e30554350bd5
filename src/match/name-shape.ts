/**
 * What a word's capital letter says about it. In prose, "Cabello" mid-sentence is written as a name;
 * in a Title Case or ALL CAPS headline every word is, so the capital says nothing. And a capitalised
 * word right before a bare surname is usually a first name ("Carlos Flores", "Endy Chávez"): someone
 * other than the tracked figure, unless it is a title ("Presidente Maduro", "Mr. Cabello"). Likewise
 * capitalised words right after a bare first name ("Diosdado Ramos", 'Diosdado "Dado" Reyes') make
 * someone else's full name.
 */
import { inOneSentence, sentenceTokens, textBetween, type MatchDocument } from './document';
import { isFunctionWord } from './language';
import { LOWER, TITLE, UPPER } from './tokenize';

/** Words of at least this many letters decide a sentence's shape: short ones stay lower in Title Case. */
const SHAPE_WORD = 4;
/** Share of those words written with capitals that makes a sentence a headline's Title Case or ALL CAPS. */
const HEADLINE_SHARE = 0.7;
const HEADLINE_MIN_WORDS = 3;

/**
 * Titles and words that stand before a name without being one, folded. Titles a figure's context
 * list names ("presidente", "ministro") need not be here; these are the ones said of anyone.
 */
const NOT_FIRST_NAMES = new Set(
  (
    'mr mrs ms miss dr sr sra srta don dona senor senora doctor doctora general gen president presidente presidenta ' +
    'minister ministro ministra senator senador senadora governor gobernador gobernadora mayor alcalde alcaldesa ' +
    'judge juez jueza prosecutor fiscal commander comandante colonel coronel captain capitan lady first ex former ' +
    'diputado diputada deputy congressman congresswoman congresista representative rep sen gov lawmaker legislator ' +
    'legislador legisladora ambassador embajador embajadora vice vicepresident vicepresidente vicepresidenta ' +
    'chancellor canciller secretary secretario secretaria magistrate magistrado magistrada admiral almirante ' +
    'lieutenant teniente sergeant sargento chief jefe jefa director directora comisario commissioner ' +
    'bishop obispo cardinal cardenal dama combatiente ' +
    // English "The" opens a line after a bracket or a colon ('[SOT] "The Maduro regime…'); Spanish "El"
    // stays, as it names films and restaurants ("El Padrino"), no figure.
    'the ' +
    // A question opens with its verb or its question word ("Did Maduro really ship the gang abroad?").
    'did does do is was were has have had will would can could should why how what when where who which ' +
    'dictator dictador dictadora chavista leader lider opposition oposicion regime regimen ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december'
  ).split(' '),
);

/**
 * True when capitals carry no information in the sentence: most of its longer words have them. Not
 * so in a list in the body ("Delegates: Ana Lucía Flores, ICO; Daniel Maduro Sosa, Nestlé"), whose
 * items are names written as names: a semicolon or two commas, and capitals that are not shouting.
 */
export function isHeadlineCase(doc: MatchDocument, sentence: number): boolean {
  const { starts, ends, shapes } = doc.tokens;
  let words = 0;
  let capitalised = 0;
  let shouted = 0;
  const { start, end } = sentenceTokens(doc, sentence);
  for (let token = start; token < end; token++) {
    if (ends[token]! - starts[token]! < SHAPE_WORD || isDigit(doc.source.charCodeAt(starts[token]!))) continue;
    words++;
    if (shapes[token] !== LOWER) capitalised++;
    if (shapes[token] === UPPER) shouted++;
  }
  if (words < HEADLINE_MIN_WORDS || capitalised < HEADLINE_SHARE * words) return false;
  return sentence < doc.titleSentences || 2 * shouted > capitalised || !isList(doc, start, end);
}

/** Whether the tokens from `start` to `end` are separated as a list's items are: a semicolon, or two commas. */
function isList(doc: MatchDocument, start: number, end: number): boolean {
  let commas = 0;
  for (let token = start + 1; token < end; token++) {
    const gap = textBetween(doc, token - 1, token);
    if (gap.includes(';')) return true;
    if (gap.includes(',') && ++commas >= 2) return true;
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether `word` stands in a name beside `neighbour`, the token just before or after it: a name word
 * (isNameWord), in the same sentence, one space away.
 */
function isNameWordBeside(doc: MatchDocument, word: number, neighbour: number): boolean {
  const { starts, ends } = doc.tokens;
  const [left, right] = word < neighbour ? [word, neighbour] : [neighbour, word];
  if (!inOneSentence(doc, left, right) || !isNameWord(doc, word)) return false;
  return starts[right]! - ends[left]! === 1 && doc.source.charCodeAt(ends[left]!) === 32;
}

/** Written "Carlos" (not "CARLOS"), and not a title or a date word. */
function isNameWord(doc: MatchDocument, word: number): boolean {
  return doc.tokens.shapes[word] === TITLE && !NOT_FIRST_NAMES.has(doc.words[word]!);
}

/**
 * The token just before `token`, or before a quoted nickname just before it, when it reads as
 * somebody's first name (isNameWord) where a first name may stand (mayBeFirstName). -1 otherwise.
 * Call it for prose sentences only.
 */
export function firstNameBefore(doc: MatchDocument, token: number): number {
  // In 'Luis «el Flaco» Carvajal' the nickname says nothing of whose name it is; the first name does.
  const nickname = nicknameBefore(doc, token);
  const before = nickname >= 0 ? nickname - 1 : token - 1;
  if (!mayBeFirstName(doc, before, token)) return -1;
  // The opening quote's own test asks for the space before it.
  if (nickname >= 0) return isNameWord(doc, before) ? before : -1;
  return isNameWordBeside(doc, before, token) ? before : -1;
}

/**
 * The first name right before an opening quote at `token`: "Luis" in 'Luis «el Pollo» Carvajal', where
 * the quoted words are a whole alias. -1 otherwise. Call it for prose sentences only.
 */
export function firstNameBeforeQuote(doc: MatchDocument, token: number): number {
  const before = token - 1;
  if (!mayBeFirstName(doc, before, token) || !OPENING_QUOTE.test(textBetween(doc, before, token))) return -1;
  return isNameWord(doc, before) ? before : -1;
}

/**
 * Whether the token `word`, before `token` in its sentence, stands where a first name may: a sentence's
 * first word has its capital anyway, so there only a word that does not open sentences ("Marisol").
 */
function mayBeFirstName(doc: MatchDocument, word: number, token: number): boolean {
  if (!inOneSentence(doc, word, token)) return false;
  return inOneSentence(doc, word - 1, token) || !opensSentences(doc.words[word]!);
}

/** Words that open sentences before a bare surname without being a first name, beyond function words and titles. */
const OPENERS = new Set(
  (
    'ayer hoy anoche manana luego entonces ademas incluso asimismo despues antes ahora tambien solo aun ' +
    'today yesterday tonight then now later earlier meanwhile still even only instead finally first last here ' +
    'venezuelan venezolano venezolana colombian colombiano colombiana cuban cubano cubana american estadounidense ' +
    'mexican mexicano mexicana brazilian brasileno brasilena panamanian panameno panamena'
  ).split(' '),
);

function opensSentences(word: string): boolean {
  return isFunctionWord(word) || NOT_FIRST_NAMES.has(word) || OPENERS.has(word);
}

/** A nickname's words, at most this many: "el Pollo", "the Big Boss". */
const NICKNAME_WORDS = 3;

/** The first token of a quoted nickname right before `token` ('«el Flaco» Carvajal'); -1 when none. */
function nicknameBefore(doc: MatchDocument, token: number): number {
  return quotedNickname(doc, token, -1);
}

/**
 * The far token of a quoted nickname of up to NICKNAME_WORDS words, one space apart and ending on a
 * capital, that stands right after `token` (step 1: its last word) or right before it (step -1: its
 * first word); -1 when none.
 */
function quotedNickname(doc: MatchDocument, token: number, step: 1 | -1): number {
  // The text between two neighbouring tokens, taken in the story's order whichever way we walk.
  const gap = (from: number): string => (step === 1 ? textBetween(doc, from, from + 1) : textBetween(doc, from - 1, from));
  const [inner, outer] = step === 1 ? [OPENING_QUOTE, CLOSING_QUOTE] : [CLOSING_QUOTE, OPENING_QUOTE];
  if (!inOneSentence(doc, token, token + step) || !inner.test(gap(token))) return -1;
  for (let word = token + step; Math.abs(word - token) <= NICKNAME_WORDS; word += step) {
    if (!inOneSentence(doc, word + step, token)) return -1;
    const last = step === 1 ? word : token - 1;
    if (outer.test(gap(word))) return doc.tokens.shapes[last] === LOWER ? -1 : word;
    if (gap(word) !== ' ') return -1;
  }
  return -1;
}

/** At most this many capitalised words after a first name are read as the rest of the name. */
const NAME_RUN = 3;

/**
 * The capitalised words right after `token` that read as the rest of a name ("Ramos" after
 * "Diosdado"), each a name word beside the one before (isNameWordBeside): "said Delcy Tuesday" has
 * none. Call it for prose sentences only.
 */
export function nameWordsAfter(doc: MatchDocument, token: number): number[] {
  const run: number[] = [];
  let next = token + 1;
  // A quoted nickname says nothing of whose name it is; the surname after it does.
  const surname = surnameAfterNickname(doc, token);
  if (surname >= 0) {
    run.push(surname);
    next = surname + 1;
  }
  for (; run.length < NAME_RUN && next < doc.words.length && isNameWordBeside(doc, next, next - 1); next++) run.push(next);
  return run;
}

const OPENING_QUOTE = /^ ["“'‘«]$/;
const CLOSING_QUOTE = /^["”'’»] $/;

/** In 'Diosdado "Dado" Reyes' or 'Diosdado «el Tigre» Reyes', the token of "Reyes" when `token` is "Diosdado"; -1 otherwise. */
function surnameAfterNickname(doc: MatchDocument, token: number): number {
  const last = quotedNickname(doc, token, 1);
  const surname = last + 1;
  return last >= 0 && isNameWord(doc, surname) ? surname : -1;
}

/** Written after a name, these make it a father's or a son's: folded, as the tokenizer gives them. */
const GENERATIONS = new Set(['sr', 'jr', 'senior', 'junior', 'ii', 'iii', 'iv']);
/** "Hugo Chavez Sr." and "Hugo Chavez, Jr.": a space, or a comma and a space, before the suffix. */
const BEFORE_GENERATION = /^,? $/;

/** Whether a generational suffix ("Sr.", "Jr.", "III") follows the name ending at `token`, in its sentence. */
export function generationAfter(doc: MatchDocument, token: number): boolean {
  const next = token + 1;
  if (!inOneSentence(doc, next, token) || doc.tokens.shapes[next] === LOWER) return false;
  return GENERATIONS.has(doc.words[next]!) && BEFORE_GENERATION.test(textBetween(doc, token, next));
}

/** Words that make the surname before them a firm's: "Rodríguez & Asociados", "Flores and Partners", "Rodriguez & Hijos". */
const FIRM_WORDS = new Set('asociados asociadas associates partners abogados consultores cia co company compania sons hijos hermanos hnos'.split(' '));
const AMPERSAND = /^ ?& ?$/;
/**
 * A company's legal form, as the tokenizer splits and folds it: "S.A.", "C.A.", "S.A.S.", "Inc.", "LLC".
 * Written with capitals: a possessive's "s" and an article ("Flores's a name") are no "S.A.".
 */
const COMPANY_FORMS = ['s a', 's a s', 'c a', 's l', 's r l', 's de r l', 'inc', 'llc', 'ltd', 'ltda', 'corp', 'gmbh'].map((form) => form.split(' '));
/** Capitalised words that may stand between the surname and the legal form: "Flores Agroindustrial S.A.". */
const WORDS_BEFORE_FORM = 2;

function companyFormAt(doc: MatchDocument, token: number, name: number): boolean {
  const written = (at: number): boolean => doc.tokens.shapes[at] !== LOWER && inOneSentence(doc, at, name);
  return COMPANY_FORMS.some((form) => form.every((word, i) => doc.words[token + i] === word && written(token + i)));
}

/**
 * Whether the name ending at `token` is a firm's, in its sentence: a firm's word after "&", "y" or
 * "and", or a legal form after at most two more capitalised words ("Flores Agroindustrial S.A.").
 */
export function firmAfter(doc: MatchDocument, token: number): boolean {
  const { words } = doc;
  let firm = token + 1;
  if (!inOneSentence(doc, firm, token)) return false;
  for (let next = firm; next <= token + 1 + WORDS_BEFORE_FORM; next++) {
    if (companyFormAt(doc, next, token)) return true;
    if (!inOneSentence(doc, next, token) || doc.tokens.shapes[next] === LOWER) break;
  }
  if (words[firm] === 'y' || words[firm] === 'and') firm++;
  else if (!AMPERSAND.test(textBetween(doc, token, firm))) return false;
  return inOneSentence(doc, firm, token) && FIRM_WORDS.has(words[firm]!);
}
