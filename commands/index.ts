/** Every slash command, in the order they are registered. The router and deploy-commands read this. */
import type { SlashCommand } from '../src/discord/command-types';
import { claimCommand } from './claim';
import { digestCommand } from './digest';
import { feedsCommand } from './feeds';
import { figureCommand } from './figure';
import { recentCommand } from './recent';
import { searchCommand } from './search';
import { statusCommand } from './status';
import { trackCommand } from './track';

export const COMMANDS: readonly SlashCommand[] = [
  figureCommand,
  recentCommand,
  claimCommand,
  searchCommand,
  trackCommand,
  feedsCommand,
  digestCommand,
  statusCommand,
];
