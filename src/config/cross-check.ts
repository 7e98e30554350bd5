/** Checks that span files: duplicate ids and URLs, claims that name unknown figures, shared aliases. */
import { foldText } from '../match/fold';
import type { ConfigProblem } from './errors';
import type { EntityConfig, FeedConfig } from './schema';
import type { ClaimsFile } from './claims-schema';

function duplicates<T>(items: readonly T[], key: (item: T) => string): Array<{ index: number; value: string }> {
  const seen = new Set<string>();
  const found: Array<{ index: number; value: string }> = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) found.push({ index, value });
    seen.add(value);
  });
  return found;
}

export function crossCheck(feeds: readonly FeedConfig[], entities: readonly EntityConfig[], claims: ClaimsFile): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const { index, value } of duplicates(feeds, (feed) => feed.url)) {
    problems.push({ where: 'feeds.yaml', path: `feeds[${index}].url`, message: `${value} is listed twice` });
  }
  for (const { index, value } of duplicates(entities, (entity) => entity.id)) {
    problems.push({ where: 'entities.yaml', path: `entities[${index}].id`, message: `"${value}" is used twice` });
  }
  for (const { index, value } of duplicates(claims.claims, (claim) => claim.id)) {
    problems.push({ where: 'claims.yaml', path: `claims[${index}].id`, message: `"${value}" is used twice` });
  }
  const ids = new Set(entities.map((entity) => entity.id));
  claims.claims.forEach((claim, index) => {
    claim.topic.entities.forEach((entityId, position) => {
      if (!ids.has(entityId)) {
        problems.push({ where: 'claims.yaml', path: `claims[${index}].topic.entities[${position}]`, message: `no figure "${entityId}" in entities.yaml` });
      }
    });
  });
  // Two figures answering to the same unambiguous alias would make every such mention a coin toss.
  const owners = new Map<string, string>();
  entities.forEach((entity, index) => {
    const names = [entity.name, ...entity.aliases.filter((alias) => typeof alias === 'string' || !alias.ambiguous).map((alias) => (typeof alias === 'string' ? alias : alias.text))];
    for (const name of names) {
      const key = foldText(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const owner = owners.get(key);
      if (owner && owner !== entity.id) {
        problems.push({ where: 'entities.yaml', path: `entities[${index}].aliases`, message: `"${name}" also names "${owner}"; mark it ambiguous: true on both` });
      }
      owners.set(key, entity.id);
    }
  });
  return problems;
}
