import { describe, expect, it } from 'vitest';
import type { ClaimHit } from '../../src/model';
import { routeChannels, type DiscordRouting } from '../../src/route/route-channels';

const ALERTS = '100000000000000001';
const CABELLO = '100000000000000002';
const BOATS = '100000000000000003';

const routing: DiscordRouting = {
  alertChannel: ALERTS,
  routes: [
    { channel: CABELLO, entities: ['diosdado-cabello'], claims: [] },
    { channel: BOATS, entities: ['tren-de-aragua'], claims: ['boat-strikes'] },
    { channel: CABELLO, entities: [], claims: ['state-cartel'] },
  ],
};

const claim = (id: string): ClaimHit => ({ id, stance: 'mentions', evidence: '', asserting: [], disputing: [] });
const entity = (id: string) => ({ id, name: id, mentions: 1 });

describe('routeChannels', () => {
  it('sends every alert to the alert channel', () => {
    expect(routeChannels({ entities: [entity('nicolas-maduro')], claims: [] }, routing)).toEqual([ALERTS]);
    expect(routeChannels({ entities: [], claims: [] }, { alertChannel: ALERTS, routes: [] })).toEqual([ALERTS]);
  });

  it('adds the channel of every route whose figures or claims matched, each once, alert channel first', () => {
    expect(routeChannels({ entities: [entity('diosdado-cabello')], claims: [] }, routing)).toEqual([ALERTS, CABELLO]);
    expect(routeChannels({ entities: [], claims: [claim('boat-strikes')] }, routing)).toEqual([ALERTS, BOATS]);
    expect(routeChannels({ entities: [entity('tren-de-aragua'), entity('diosdado-cabello')], claims: [claim('state-cartel')] }, routing)).toEqual([
      ALERTS,
      CABELLO,
      BOATS,
    ]);
  });

  it('does not repeat the alert channel when a route names it too', () => {
    expect(routeChannels({ entities: [entity('x')], claims: [] }, { alertChannel: ALERTS, routes: [{ channel: ALERTS, entities: ['x'], claims: [] }] })).toEqual([ALERTS]);
  });
});
