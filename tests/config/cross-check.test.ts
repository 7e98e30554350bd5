import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/config/cross-check';
import { describeProblem } from '../../src/config/errors';
import { entitySchema, type EntityConfig, type FeedConfig } from '../../src/config/schema';
import { claimsFileSchema } from '../../src/config/claims-schema';

const feed = (url: string): FeedConfig => ({ url, enabled: true });
const entity = (id: string, name: string, aliases: unknown[] = []): EntityConfig => entitySchema.parse({ id, name, kind: 'person', aliases });
const claims = (list: Array<{ id: string; entities?: string[] }>) =>
  claimsFileSchema.parse({ claims: list.map(({ id, entities = [] }) => ({ id, statement: `Statement ${id}`, topic: { entities } })) });

const maduro = entity('nicolas-maduro', 'Nicolás Maduro', ['Maduro Moros']);
const cabello = entity('diosdado-cabello', 'Diosdado Cabello', [{ text: 'Cabello', ambiguous: true }]);
const noClaims = claims([]);
const described = (problems: ReturnType<typeof crossCheck>): string[] => problems.map(describeProblem);

describe('crossCheck', () => {
  it('finds nothing wrong in a consistent config', () => {
    expect(crossCheck([feed('https://a.example/feed'), feed('https://b.example/feed')], [maduro, cabello], claims([{ id: 'c', entities: ['nicolas-maduro'] }]))).toEqual([]);
  });

  it('reports a feed URL listed twice, at its second place', () => {
    const problems = crossCheck([feed('https://a.example/feed'), feed('https://b.example/feed'), feed('https://a.example/feed')], [], noClaims);
    expect(described(problems)).toEqual(['feeds.yaml: feeds[2].url: https://a.example/feed is listed twice']);
  });

  it('reports duplicate figure and claim ids', () => {
    const problems = crossCheck([], [maduro, entity('nicolas-maduro', 'Someone Else')], claims([{ id: 'c' }, { id: 'c' }]));
    expect(described(problems)).toEqual([
      'entities.yaml: entities[1].id: "nicolas-maduro" is used twice',
      'claims.yaml: claims[1].id: "c" is used twice',
    ]);
  });

  it('reports a claim naming a figure that does not exist', () => {
    const problems = crossCheck([], [maduro], claims([{ id: 'a', entities: ['nicolas-maduro'] }, { id: 'b', entities: ['nicolas-maduro', 'tareck-el-aissami'] }]));
    expect(described(problems)).toEqual(['claims.yaml: claims[1].topic.entities[1]: no figure "tareck-el-aissami" in entities.yaml']);
  });

  it('reports two figures sharing an unambiguous alias, ignoring case and accents', () => {
    const son = entity('nicolas-maduro-guerra', 'Nicolás Maduro Guerra', ['nicolas maduro']);
    const problems = crossCheck([], [maduro, son], noClaims);
    expect(described(problems)).toEqual(['entities.yaml: entities[1].aliases: "nicolas maduro" also names "nicolas-maduro"; mark it ambiguous: true on both']);
  });

  it('catches a figure whose name is another figure’s alias', () => {
    const problems = crossCheck([], [maduro, entity('other', 'Maduro Moros')], noClaims);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: 'entities.yaml', path: 'entities[1].aliases' });
  });

  it('allows an alias shared when marked ambiguous', () => {
    const stylist = entity('cabello-stylist', 'Pedro Cabello', [{ text: 'Cabello', ambiguous: true }]);
    expect(crossCheck([], [cabello, stylist], noClaims)).toEqual([]);
  });

  it('allows a figure to repeat its own alias', () => {
    expect(crossCheck([], [entity('nicolas-maduro', 'Nicolás Maduro', ['Nicolas Maduro', 'NICOLÁS MADURO'])], noClaims)).toEqual([]);
  });
});
