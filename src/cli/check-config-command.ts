/** check-config: every problem in the config directory, one a line; exit 1 if there is any. */
import { checkConfig } from '../config/load-config';
import { describeProblem } from '../config/errors';
import type { CliArgs } from './args';
import type { CliIo } from './io';

export async function checkConfigCommand(args: CliArgs, io: CliIo): Promise<number> {
  const { config, problems } = checkConfig(args.configDir, io.env);
  if (!config) {
    io.stderr.write(`${args.configDir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    for (const problem of problems) io.stderr.write(`  ${describeProblem(problem)}\n`);
    return 1;
  }
  const enabled = config.feeds.filter((feed) => feed.enabled).length;
  io.stdout.write(
    `${args.configDir}: OK — ${config.feeds.length} feeds (${enabled} enabled), ${config.entities.length} figures, ` +
      `${config.claims.claims.length} claims, schedule "${config.settings.poll.schedule}"\n`,
  );
  return 0;
}
