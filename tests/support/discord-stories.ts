/** Feed items for the Discord tests: one whose title tries to ping and format, one for a route. */
import type { FixtureItem } from './rss';

export const DISCORD_STORIES = {
  /** Matches Nicolás Maduro and Cartel de los Soles, asserts state-cartel; the title carries mention syntax. */
  pinging: {
    guid: 'pinging-1',
    title: '@everyone <@123456789012345678> **Maduro** named in Cartel of the Suns [indictment](https://evil.example)',
    text: 'U.S. prosecutors said top leaders operate the Cartel of the Suns as a criminal enterprise. The filing names Nicolás Maduro.',
    pubDate: 'Mon, 17 Nov 2025 10:00:00 GMT',
  },
  /** Matches only Tren de Aragua. */
  aragua: {
    guid: 'aragua-1',
    title: 'Tren de Aragua members charged with extortion in Texas',
    text: 'Federal prosecutors charged five members of the Tren de Aragua gang with extortion and trafficking.',
    pubDate: 'Mon, 17 Nov 2025 11:00:00 GMT',
  },
} satisfies Record<string, FixtureItem>;
