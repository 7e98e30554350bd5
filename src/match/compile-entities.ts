/**
 * Turns entities.yaml into the structures the matcher walks: one trie over every alias of every
 * figure, and one over every context and negative word. Built once per config change, not per story.
 */
import type { AliasConfig, EntityConfig } from '../config/schema';
import type { Lexicon } from './lexicon';
import { PhraseIndex } from './phrase-index';
import { PhraseStarts } from './phrase-starts';
import type { Lifespan } from './stated-age';
import { phraseWords } from './tokenize';

export type AliasCaseRule = 'any' | 'capitalized' | 'exact';

export interface AliasRef {
  entityId: string;
  ambiguous: boolean;
  caseRule: AliasCaseRule;
  /** The alias as written in config, split into words: what `exact` compares against. */
  exactWords: string[];
  /** A full name others carry too: its figure's negative words near it, with no context word, make it theirs. */
  shared?: boolean;
  /** A lookalike: takes its words so no alias inside it counts, and names nobody. */
  lookalike?: boolean;
  /**
   * The figure's first name on its own ("Diosdado"): followed by a capitalised word that is none of
   * the figure's name words ("Diosdado Ramos"), it is someone else's.
   */
  givenName?: boolean;
}

export interface CompiledEntities {
  aliases: PhraseIndex<AliasRef>;
  context: PhraseIndex<string>;
  negative: PhraseIndex<string>;
  byId: Map<string, EntityConfig>;
  contextWindow: number;
  /**
   * Context words that are also a figure's name when capitalised ("Maduro", "Cilia"), as folded words
   * joined by spaces: they vouch only where written as that name, not as "plátano maduro".
   */
  namedContext: Set<string>;
  /** Each figure's folded name words, from its name and aliases: what may follow its bare first name. */
  nameWords: Map<string, Set<string>>;
  /** The years of the figures whose birth year is known (entities.yaml `born`, `died`). */
  lifespans: Map<string, Lifespan>;
  /** Where any of the three indexes above may start a phrase, in one pass over a story. */
  starts: PhraseStarts<EntityIndexName>;
}

export type EntityIndexName = 'aliases' | 'context' | 'negative';

function aliasRef(entity: EntityConfig, alias: AliasConfig): { text: string; ref: AliasRef } {
  const text = typeof alias === 'string' ? alias : alias.text;
  const ambiguous = typeof alias === 'string' ? false : alias.ambiguous;
  const declared = typeof alias === 'string' ? undefined : alias.case;
  const caseRule: AliasCaseRule = declared ?? (ambiguous ? 'capitalized' : 'any');
  const exactWords = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const ref: AliasRef = { entityId: entity.id, ambiguous, caseRule, exactWords };
  if (typeof alias !== 'string' && alias.shared === true) ref.shared = true;
  return { text, ref };
}

/** Stories are read with `lexicon` (the matcher's), whose word ids the start marks are kept by. */
export function compileEntities(entities: readonly EntityConfig[], contextWindow: number, lexicon?: Lexicon): CompiledEntities {
  const aliases = new PhraseIndex<AliasRef>();
  const context = new PhraseIndex<string>();
  const negative = new PhraseIndex<string>();
  const byId = new Map<string, EntityConfig>();
  const casedNames = new Set<string>();
  const nameWords = new Map<string, Set<string>>();
  const lifespans = new Map<string, Lifespan>();
  // Compared word by word, as matching reads them: "Tren-de-Aragua" spells "Tren de Aragua".
  const wordsOf = (text: string): string => phraseWords(text).join(' ');
  for (const entity of entities) {
    byId.set(entity.id, entity);
    // The canonical name is an alias too, unless an alias entry spells it with its own rules ("ELN").
    const declared = new Set(entity.aliases.map((alias) => wordsOf(typeof alias === 'string' ? alias : alias.text)));
    const names = declared.has(wordsOf(entity.name)) ? entity.aliases : [entity.name, ...entity.aliases];
    const fullName = phraseWords(entity.name);
    const words = new Set<string>();
    for (const alias of names) {
      const { text, ref } = aliasRef(entity, alias);
      const aliasWords = phraseWords(text);
      for (const word of aliasWords) words.add(word);
      if (fullName.length > 1 && aliasWords.length === 1 && aliasWords[0] === fullName[0]) ref.givenName = true;
      aliases.add(text, ref);
      if (ref.caseRule !== 'any') casedNames.add(wordsOf(text));
    }
    for (const name of entity.lookalikes) {
      aliases.add(name, { entityId: entity.id, ambiguous: false, caseRule: 'any', exactWords: [], lookalike: true });
    }
    nameWords.set(entity.id, words);
    if (entity.born !== undefined) lifespans.set(entity.id, entity.died === undefined ? { born: entity.born } : { born: entity.born, died: entity.died });
    for (const word of entity.context) context.add(word, entity.id);
    for (const word of entity.negative) negative.add(word, entity.id);
  }
  const namedContext = new Set(entities.flatMap((entity) => entity.context.map(wordsOf)).filter((words) => casedNames.has(words)));
  return { aliases, context, negative, byId, contextWindow, namedContext, nameWords, lifespans, starts: new PhraseStarts<EntityIndexName>({ aliases, context, negative }, lexicon) };
}
