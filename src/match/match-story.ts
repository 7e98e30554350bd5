/**
 * The whole match stage for one story: figures, claims with stance and evidence, language, summary.
 * Pure: the same compiled rules and story always give the same result.
 */
import type { EntityConfig } from '../config/schema';
import type { ClaimsFile } from '../config/claims-schema';
import type { MatchResult } from '../model';
import { summarize } from '../summarize/summarize';
import { compileClaims, type CompiledClaims } from './compile-claims';
import { compileEntities, type CompiledEntities } from './compile-entities';
import { buildDocument, sentenceText, type MatchDocument } from './document';
import { detectLanguage } from './language';
import { Lexicon } from './lexicon';
import { matchClaims } from './match-claims';
import { entityHits, matchEntitySpans } from './match-entities';

export interface Matcher {
  entities: CompiledEntities;
  claims: CompiledClaims;
  /** The words this matcher has read: build documents with it (buildDocument's last argument). */
  lexicon: Lexicon;
}

export function createMatcher(entities: readonly EntityConfig[], claims: ClaimsFile, contextWindow: number): Matcher {
  const lexicon = new Lexicon();
  return { entities: compileEntities(entities, contextWindow, lexicon), claims: compileClaims(claims, lexicon), lexicon };
}

export interface MatchInput {
  title: string;
  text: string;
  declaredLanguage?: string | null;
  /** The story's year, for ages given with names ("Hugo Carvajal, de 38 años"): omitted, living figures' ages go unchecked. */
  year?: number | null;
}

export function matchStory(matcher: Matcher, input: MatchInput): MatchResult {
  return matchDocument(matcher, buildDocument(input.title, input.text, matcher.lexicon), input.declaredLanguage ?? null, input.year ?? null);
}

/**
 * matchStory on a document already built, for callers that use its tokens again (clustering takes
 * its features from the same document instead of splitting and tokenizing the story a second time).
 */
export function matchDocument(matcher: Matcher, doc: MatchDocument, declaredLanguage: string | null = null, year: number | null = null): MatchResult {
  const lang = detectLanguage(doc.words, declaredLanguage);
  const spans = matchEntitySpans(matcher.entities, doc, year);
  const { hits: claims, evidenceSentences } = matchClaims(matcher.claims, doc, spans, lang);
  const weights = doc.sentences.map((_, index) => (evidenceSentences.has(index) ? 2 : 0));
  for (const span of spans) weights[doc.tokenSentence[span.start]!]! += 1;
  const first = doc.titleSentences;
  const summary = summarize({ weights: weights.slice(first), sentence: (index) => sentenceText(doc, first + index) });
  return {
    lang,
    entities: entityHits(matcher.entities, spans),
    claims,
    summary: summary || (doc.titleSentences > 0 ? sentenceText(doc, 0) : ''),
  };
}
