/**
 * The shape of every config file, as zod schemas. Defaults live here and nowhere else, so a missing
 * settings.yaml still yields a complete, valid configuration.
 */
import { z } from 'zod';
import { CREDENTIALS_PROBLEM, hasCredentials } from './feed-url';

const positiveInt = z.number().int().positive();
export const nonEmpty = z.string().trim().min(1, 'must not be empty');
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id: 17 to 20 digits');
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, like "nicolas-maduro"');

export const settingsSchema = z
  .object({
    poll: z
      .object({
        /** node-cron expression; a sixth, leading field means seconds. */
        schedule: nonEmpty.default('* * * * *'),
        concurrency: positiveInt.max(64).default(8),
        perHost: positiveInt.max(16).default(2),
        /** How many of a new feed's latest items alert on its first poll. */
        backfill: z.number().int().min(0).max(100).default(0),
        /** Seconds between checks of a feed that sets no interval of its own. */
        interval: positiveInt.min(30).default(600),
        /** The longest a feed's TTL or Cache-Control can stretch its interval, in seconds. */
        maxInterval: positiveInt.default(6 * 3600),
        /** Ceiling of the exponential error back-off, in seconds. */
        backoffCap: positiveInt.default(6 * 3600),
        /** Consecutive failures after which a feed is disabled. */
        maxErrors: positiveInt.default(10),
        /** One deadline for the whole request, headers and body, in seconds. */
        timeout: positiveInt.max(300).default(20),
        /** Body cap after decompression, in bytes. */
        maxBytes: positiveInt.default(10 * 1024 * 1024),
        maxRedirects: z.number().int().min(0).max(20).default(5),
        userAgent: nonEmpty.default('vigia/0.1 (news feed monitor)'),
        /**
         * Host names that feeds added with /feeds add or tried with /feeds test may reach even though
         * they resolve to private addresses (an intranet feed). Everything else must be public.
         */
        allowPrivateHosts: z.array(nonEmpty).default([]),
      })
      .strict()
      .prefault({}),
    parse: z
      .object({
        workers: positiveInt.max(8).default(1),
        /** Hard limit for one feed's parse; the worker is killed past it. Milliseconds. */
        timeout: positiveInt.default(5000),
        /** Old-generation heap limit of a parse worker, in MB. */
        maxMemory: positiveInt.min(16).default(128),
      })
      .strict()
      .prefault({}),
    delivery: z
      .object({
        /** More alerts than this waiting at once go out as roll-up messages listing them, not a flood. */
        rollupOver: positiveInt.default(10),
      })
      .strict()
      .prefault({}),
    match: z
      .object({
        /** Tokens either side of an ambiguous alias searched for context and negative words. */
        contextWindow: positiveInt.max(50).default(8),
      })
      .strict()
      .prefault({}),
    discord: z
      .object({
        /** Channel id (snowflake) where alerts go. Required when DISCORD_TOKEN is set. */
        alertChannel: snowflake.optional(),
        /** Where feed health notices go; the alert channel when unset. */
        healthChannel: snowflake.optional(),
        /** Extra channels for a figure's or a claim's alerts, on top of the alert channel. */
        routes: z
          .array(
            z
              .object({
                channel: snowflake,
                entities: z.array(slug).default([]),
                claims: z.array(slug).default([]),
              })
              .strict(),
          )
          .default([]),
        digest: z
          .object({
            /** node-cron expression for the scheduled digest; daily at 08:00 by default. */
            schedule: nonEmpty.default('0 8 * * *'),
            /** Channel for the digest; the alert channel when unset. */
            channel: snowflake.optional(),
            /** Period the digest covers, in hours. */
            hours: positiveInt.max(24 * 31).default(24),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    log: z
      .object({
        level: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const feedSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/, error: 'not a URL (http or https)' })
      .refine((url) => !hasCredentials(url), CREDENTIALS_PROBLEM),
    name: nonEmpty.optional(),
    /** Seconds between checks; overrides poll.interval. */
    interval: positiveInt.min(30).optional(),
    enabled: z.boolean().default(true),
    /** ISO 639-1 code the feed is written in ("en", "es"), when known. */
    language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code like "es"').optional(),
  })
  .strict();

export const feedsFileSchema = z.object({ feeds: z.array(feedSchema).default([]) }).strict();
export type FeedConfig = z.infer<typeof feedSchema>;

/**
 * How an alias must be written to count:
 * - any: any case (the default for unambiguous names);
 * - capitalized: first letter upper case, or the whole passage in capitals (FARC, Farc, not farc);
 * - exact: exactly as written here (TdA).
 */
export const aliasCaseSchema = z.enum(['any', 'capitalized', 'exact']);

export const aliasSchema = z.union([
  nonEmpty,
  z
    .object({
      text: nonEmpty,
      /** A common word or a name others share: counts only with evidence (see README, "Matching"). */
      ambiguous: z.boolean().default(false),
      /**
       * A full name others carry too (a coach called Hugo Chávez): counts like a plain alias, except
       * beside one of the figure's negative words with none of its context words near.
       */
      shared: z.boolean().optional(),
      case: aliasCaseSchema.optional(),
    })
    .strict()
    .refine((alias) => !(alias.ambiguous && alias.shared), { message: 'an alias is ambiguous or shared, not both: an ambiguous one already needs evidence' }),
]);

/** Words, or word prefixes ending in "*", matched on accent- and case-folded text. */
export const wordList = z.array(nonEmpty).default([]);

const year = z.number().int().min(1800, 'a year, like 1962').max(2200, 'a year, like 1962');

export const profileSchema = z
  .object({
    role: z.string().optional(),
    status: z.string().optional(),
    rewards: z.array(z.string()).default([]),
    charges: z.array(z.string()).default([]),
    sanctions: z.array(z.string()).default([]),
    notes: z.array(z.string()).default([]),
  })
  .strict()
  .prefault({});

export const entitySchema = z
  .object({
    id: slug,
    name: nonEmpty,
    kind: z.enum(['person', 'organization', 'place']),
    aliases: z.array(aliasSchema).default([]),
    /** Words near an ambiguous alias that show it is this figure ("presidente", "minister"). */
    context: wordList,
    /** Words near an ambiguous alias that show it is not ("plátano", "shampoo"). */
    negative: wordList,
    /**
     * Where a context word may stand, beyond the window, to vouch for an ambiguous alias: the alias's
     * own sentence (the default), or the sentences either side too, for names rarely anyone else's
     * on this beat.
     */
    contextReach: z.enum(['sentence', 'neighbours']).optional(),
    /** Names that contain an alias but are something else ("Puerto Cabello", "Camila Cabello"). */
    lookalikes: wordList,
    /**
     * A person's years of birth and death: an age given with the name ("Hugo Carvajal, de 38 años")
     * that is not theirs makes the name someone else's.
     */
    born: year.optional(),
    died: year.optional(),
    profile: profileSchema,
  })
  .strict()
  .refine((entity) => entity.born === undefined || entity.died === undefined || entity.died >= entity.born, { message: 'died before being born', path: ['died'] });

export const entitiesFileSchema = z.object({ entities: z.array(entitySchema).default([]) }).strict();
export type EntityConfig = z.infer<typeof entitySchema>;
export type AliasConfig = z.infer<typeof aliasSchema>;
