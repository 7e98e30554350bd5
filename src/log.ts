/** pino, JSON to stderr by default (stdout carries results). Children add feed/story/command context. */
import pino, { type DestinationStream, type Logger } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'vigia' },
      // Secrets never reach a log line, whatever object is logged.
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'env.DISCORD_TOKEN'], censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
