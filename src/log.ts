/** pino, JSON to stderr by default (stdout carries results). Children add feed/story/command context. */
import pino, { type DestinationStream, type Logger } from 'pino';

export interface LoggerOptions {
  /**
   * Values that must never appear in a log line (the Discord token). Redaction by path covers the
   * fields we know; this covers the text of an error message or a URL that happens to carry one.
   */
  secrets?: ReadonlyArray<string | undefined>;
}

/** Shorter values are not scrubbed: they could be ordinary words, and are not real tokens. */
const MIN_SECRET_LENGTH = 8;

export function createLogger(level: string, destination?: DestinationStream, options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((secret): secret is string => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH);
  return pino(
    {
      level,
      base: { app: 'vigia' },
      // Secrets never reach a log line, whatever object is logged.
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'env.DISCORD_TOKEN'], censor: '[redacted]' },
      ...(secrets.length > 0 ? { hooks: { streamWrite: (line: string) => secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line) } } : {}),
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
