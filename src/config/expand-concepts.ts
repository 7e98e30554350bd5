/**
 * Shared concepts in claims.yaml: a word group (a claim's or its topic's, or an `assertsBeside` pair, or the anchors) may name
 * `@military` instead of listing every way of writing "the armed forces" again. Claims share their
 * actors and acts (the state, its officers, drugs, sending, protecting), and a list written once,
 * whole, for the concept covers wording that claim-by-claim lists, grown from the stories that
 * missed, did not.
 *
 * A concept's English and Spanish words go into the group whichever language list names it.
 */

interface Phrases {
  en: string[];
  es: string[];
}

interface WithConcepts {
  concepts: Record<string, Phrases>;
  /** The words that tie a story to the beat: they may name a concept too (Venezuela's places). */
  anchors?: Phrases;
  claims: Array<{ id: string; together: Phrases[]; topic?: { together?: Phrases[] }; assertsBeside?: Array<{ words: Phrases; beside: Phrases }> }>;
}

export interface ConceptProblem {
  path: Array<string | number>;
  message: string;
}

const isReference = (word: string): boolean => word.startsWith('@');

/** Every `@name` that names no concept, and every concept that names another (one level only). */
export function conceptProblems(file: WithConcepts): ConceptProblem[] {
  const problems: ConceptProblem[] = [];
  for (const [name, words] of Object.entries(file.concepts)) {
    for (const language of ['en', 'es'] as const) {
      words[language].forEach((word, index) => {
        if (isReference(word)) problems.push({ path: ['concepts', name, language, index], message: `"${word}": a concept lists words, not other concepts` });
      });
    }
  }
  const known = Object.keys(file.concepts).sort().join(', ') || 'none';
  const check = (list: Phrases, path: Array<string | number>, who: string): void => {
    for (const language of ['en', 'es'] as const) {
      list[language].forEach((word, index) => {
        if (isReference(word) && !Object.hasOwn(file.concepts, word.slice(1))) {
          problems.push({ path: [...path, language, index], message: `${who} names concept "${word}", which concepts does not define (defined: ${known})` });
        }
      });
    }
  };
  if (file.anchors) check(file.anchors, ['anchors'], 'anchors');
  file.claims.forEach((claim, claimIndex) => {
    claim.together.forEach((group, groupIndex) => check(group, ['claims', claimIndex, 'together', groupIndex], `claim "${claim.id}"`));
    claim.topic?.together?.forEach((group, groupIndex) => check(group, ['claims', claimIndex, 'topic', 'together', groupIndex], `claim "${claim.id}"`));
    claim.assertsBeside?.forEach((pair, pairIndex) => {
      for (const part of ['words', 'beside'] as const) check(pair[part], ['claims', claimIndex, 'assertsBeside', pairIndex, part], `claim "${claim.id}"`);
    });
  });
  return problems;
}

function expandGroup<G extends Phrases>(group: G, concepts: Record<string, Phrases>): G {
  // An unknown name is conceptProblems' to report; here it simply adds nothing.
  const named = [...group.en, ...group.es].filter(isReference).flatMap((word) => (Object.hasOwn(concepts, word.slice(1)) ? [concepts[word.slice(1)]!] : []));
  const own = (words: string[]) => words.filter((word) => !isReference(word));
  // Anything else the group carries (its `laterAs` words) is kept as it is.
  return { ...group, en: [...own(group.en), ...named.flatMap((concept) => concept.en)], es: [...own(group.es), ...named.flatMap((concept) => concept.es)] };
}

/** The file with every `@name` in a word group (a claim's or its topic's), an `assertsBeside` pair or the anchors replaced by the concept's words. */
export function expandConcepts<T extends WithConcepts>(file: T): T {
  return {
    ...file,
    ...(file.anchors && { anchors: expandGroup(file.anchors, file.concepts) }),
    claims: file.claims.map((claim) => ({
      ...claim,
      together: claim.together.map((group) => expandGroup(group, file.concepts)),
      ...(claim.topic?.together && { topic: { ...claim.topic, together: claim.topic.together.map((group) => expandGroup(group, file.concepts)) } }),
      ...(claim.assertsBeside && {
        assertsBeside: claim.assertsBeside.map((pair) => ({ words: expandGroup(pair.words, file.concepts), beside: expandGroup(pair.beside, file.concepts) })),
      }),
    })),
  };
}
