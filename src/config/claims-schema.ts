/**
 * The shape of claims.yaml: the claims, their wording, and the cues and anchors every claim shares.
 * The grammar of the largest config file, apart from the settings, feeds and figures in schema.ts.
 */
import { z } from 'zod';
import { conceptProblems, expandConcepts } from './expand-concepts';
import { nonEmpty, slug, wordList } from './schema';

const bilingualPhrases = z
  .object({ en: wordList, es: wordList })
  .strict()
  .prefault({});

/**
 * One word group of a claim's `together`. `laterAs`: words that stand for the group once one of its
 * own words has been named earlier in the story ("the gang" after "Tren de Aragua"); before that they
 * count for nothing, as "the gang" alone could be any gang.
 */
const wordGroup = z
  .object({ en: wordList, es: wordList, laterAs: bilingualPhrases })
  .strict()
  .prefault({});

export const claimSchema = z
  .object({
    id: slug,
    statement: nonEmpty,
    /** What shows a sentence is about this claim at all. */
    topic: z
      .object({
        entities: z.array(slug).default([]),
        en: wordList,
        es: wordList,
        /**
         * Word groups that put a sentence on the topic when it holds a word of each (who, the act, its
         * target: "the American military began hitting small boats"), where a fixed phrase would have
         * to list every combination. At least two groups.
         */
        together: z
          .array(bilingualPhrases)
          .refine((groups) => groups.length !== 1, 'a single topic group would put any sentence with one word on the topic; give two or more, or move the words to the topic list')
          .default([]),
      })
      .strict()
      .prefault({}),
    /** Wording that asserts the claim. Phrases of words; a word ending in "*" matches any ending. */
    asserts: bilingualPhrases,
    /** Wording that disputes it. */
    disputes: bilingualPhrases,
    /**
     * Disputing wording too general to put a story on the topic by itself ("due process", "no
     * existe"): it disputes, like `disputes`, once the story is on the topic.
     */
    disputesOnTopic: bilingualPhrases,
    /**
     * Wording that shows the claim's own wording is about something else ("student election" for
     * altered tally sheets): in a story holding it, only a topic word or figure puts the story on the claim.
     */
    offTopic: bilingualPhrases,
    /**
     * Word groups that state the claim in other words: a sentence holding a word of every group
     * counts as asserting wording ("Venezuela" + "cocaine" + "on purpose"). At least two groups.
     */
    together: z
      .array(wordGroup)
      .refine((groups) => groups.length !== 1, 'a single group would match any sentence with one word; give two or more, or move the words to asserts')
      .default([]),
    /**
     * Asserting wording said of other things too ("criminal enterprise": a gang, a mafia, a newsroom):
     * it asserts the claim only in a sentence that also holds a `beside` word (the state, its government).
     */
    assertsBeside: z.array(z.object({ words: bilingualPhrases, beside: bilingualPhrases }).strict()).default([]),
  })
  .strict();

export const claimsFileSchema = z
  .object({
    /** Wording that turns any topical sentence into a dispute ("denies", "sin pruebas"). */
    disputeCues: bilingualPhrases,
    /**
     * Wording that holds a dispute cue but disputes nothing ("no doubt", "false passports", "a
     * disputed election"): a cue inside one of these does not count.
     */
    notDisputeCues: bilingualPhrases,
    /** Wording that only raises a question ("whether", "sobre si"): the sentence takes no side of its own. */
    hedgeCues: bilingualPhrases,
    /** Wording that reports an assertion ("alleges", "acusa"). */
    assertCues: bilingualPhrases,
    /**
     * Wording that answers the claim just stated without naming it ("The record is messier.", "Los
     * números dibujan otro mapa."): it disputes what the sentence before asserts (point-back.ts).
     */
    rebuttalCues: bilingualPhrases,
    /**
     * What ties a story to the beat, so a claim's own wording counts in it: any of these figures, or
     * any of these words. Left empty, any tracked figure does.
     */
    anchors: z
      .object({ entities: z.array(slug).default([]), en: wordList, es: wordList })
      .strict()
      .prefault({}),
    /** Words shared by claims' word groups, named there as `@name` (expand-concepts.ts). */
    concepts: z.record(slug, bilingualPhrases).default({}),
    claims: z.array(claimSchema).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    for (const problem of conceptProblems(file)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  })
  .transform(expandConcepts);
export type ClaimConfig = z.infer<typeof claimSchema>;
export type ClaimsFile = z.infer<typeof claimsFileSchema>;
