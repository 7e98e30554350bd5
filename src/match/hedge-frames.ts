/**
 * A claim named as the content of a noun, with words between ("la acusación de Hugo Carvajal según la
 * cual…", "the claim by a former spy chief that…"): the story refers to the claim, it does not argue
 * it, so the sentence is hedged as the listed hedges of claims.yaml are ("accusation that"). Those
 * cover the noun right before its link; this finds the frame across a short gap, and never across a
 * clause break (clauseBreakBetween, as negation reads it). Grammar, not beat wording, so it lives
 * here.
 */
import { clauseBreakBetween, textBetween, type MatchDocument } from './document';
import { WordMemo, type Lexicon } from './lexicon';

/** Folded nouns that name a statement. */
const FRAME_NOUNS = new Set(
  (
    'claim claims charge allegation allegations accusation accusations assertion assertions contention argument arguments premise theory idea notion thesis suggestion narrative ' +
    'acusacion acusaciones denuncia denuncias senalamiento senalamientos version tesis afirmacion afirmaciones teoria narrativa argumento argumentos premisa alegato'
  ).split(' '),
);
/**
 * What must stand before the noun, so that "claims" is a noun ("his claims that") and not a verb
 * ("Carvajal claims that", which asserts). "s" is the tail of a possessive ("Carvajal's claim");
 * "following" and "siguiente" announce the content ("la siguiente afirmación: …").
 */
const DETERMINERS = new Set('the a an his her their its this these those such s following la las el los su sus esa esas ese esta estas este una siguiente'.split(' '));
/** Words that may stand between the noun and its link: the accuser, a date, an adjective. */
const MAX_GAP = 7;
/** Words an aside may hold before it closes: "made in the 2020 U.S. indictment of Nicolás Maduro". */
const ASIDE_GAP = 12;
/** Before one of these, "that" is a determiner ("in that letter"), not the link. */
const PREPOSITIONS = new Set('in of from at on by with for to about'.split(' '));
const CUAL = new Set(['cual', 'cuales']);
/**
 * Participles and prepositions that open an aside between the noun and its content ("the charge,
 * made in the indictment, that…", "la afirmación, atribuida a un alto cargo: «…»", "la siguiente
 * afirmación, con argumentos a favor y en contra: «…»"): the frame reads on past it. Not any word:
 * "the claims, adding: «…»" quotes the speaker, not the claims.
 */
const ASIDE_OPENERS = new Set(
  (
    'attributed made voiced repeated levelled leveled aired with in from by atribuida atribuido atribuidas atribuidos hecha hecho formulada formulado ' +
    'repetida repetido lanzada lanzado con en desde por'
  ).split(' '),
);
const ARTICLES = new Set(['la', 'el', 'las', 'los']);

/** What a word can be in a frame, remembered by word id so a story costs one array read a word. */
const enum Role {
  Other = 0,
  Noun = 1,
  Determiner = 2,
  LinkStart = 3,
}

function roleOf(word: string): Role {
  if (FRAME_NOUNS.has(word)) return Role.Noun;
  if (DETERMINERS.has(word)) return Role.Determiner;
  return word === 'that' || word === 'de' || word === 'segun' ? Role.LinkStart : Role.Other;
}

/** Finds framed claims in stories read with one lexicon (the matcher's). */
export class FrameFinder {
  private readonly roles: WordMemo;

  constructor(private readonly lexicon: Lexicon) {
    this.roles = new WordMemo(lexicon);
  }

  /**
   * Sentences (document indexes) holding a frame noun whose content clause follows within the gap.
   * `ids`: the story's words as written, by this finder's lexicon.
   */
  sentences(doc: MatchDocument, ids: Int32Array): Set<number> {
    this.roles.sync();
    const found = new Set<number>();
    const { words, tokenSentence } = doc;
    for (let token = 1; token < ids.length; token++) {
      if (this.role(ids[token]!) !== Role.Noun || this.role(ids[token - 1]!) !== Role.Determiner) continue;
      const sentence = tokenSentence[token]!;
      let aside = false;
      let last = token + 1 + MAX_GAP;
      for (let next = token + 1; next <= last && tokenSentence[next] === sentence; next++) {
        if (clauseBreakBetween(doc, next - 1, next)) {
          // A colon may introduce the content itself ("two of the claims made most often: that…"), a
          // comma close an aside before it; an aside's own comma opens one.
          if (introducesContent(doc, next, aside)) found.add(sentence);
          else if (!aside && ASIDE_OPENERS.has(words[next]!) && textBetween(doc, next - 1, next).trim() === ',') {
            aside = true;
            last = next + ASIDE_GAP;
            continue;
          }
          break;
        }
        if (this.role(ids[next]!) === Role.LinkStart && isLink(words, next)) {
          found.add(sentence);
          break;
        }
      }
    }
    return found;
  }

  private role(id: number): Role {
    let role = this.roles.get(id);
    if (role < 0) {
      role = roleOf(this.lexicon.word(id));
      this.roles.set(id, role);
    }
    return role;
  }
}

/** Opening quotation marks, straight or typographic, in the languages the feeds use. */
const OPENING_QUOTE = /^:\s*["“«„'‘]$/u;

/**
 * The content of the noun before a clause break: a colon, then "that", "que" or an opening quote ("la
 * siguiente afirmación, atribuida a un alto cargo: «…»"); or, closing an aside, a comma then "that"
 * or "que" ("the charge, made in the indictment, that…").
 */
function introducesContent(doc: MatchDocument, token: number, closesAside: boolean): boolean {
  const word = doc.words[token];
  const between = textBetween(doc, token - 1, token).trim();
  const link = word === 'that' || word === 'que';
  return (link && (between === ':' || (closesAside && between === ','))) || OPENING_QUOTE.test(between);
}

/** "that", "de que", "según la cual": where the noun's content begins. */
function isLink(words: readonly string[], token: number): boolean {
  switch (words[token]) {
    case 'that':
      return !PREPOSITIONS.has(words[token - 1]!);
    case 'de':
      return words[token + 1] === 'que';
    case 'segun':
      return ARTICLES.has(words[token + 1]!) && CUAL.has(words[token + 2]!);
    default:
      return false;
  }
}
