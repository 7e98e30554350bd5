import { describe, expect, it } from 'vitest';
import { findClaim, suggestClaims } from '../../src/match/find-claim';
import { miniClaims } from '../support/mini-config';

const { claims } = miniClaims;

describe('findClaim', () => {
  it('finds a claim by id, or by the words of its id or statement', () => {
    expect(findClaim(claims, 'state-cartel')).toMatchObject({ kind: 'found', claim: { id: 'state-cartel' } });
    expect(findClaim(claims, 'State Cartel')).toMatchObject({ kind: 'found', claim: { id: 'state-cartel' } });
    expect(findClaim(claims, "venezuela's leadership runs the cartel de los soles")).toMatchObject({ kind: 'found', claim: { id: 'state-cartel' } });
  });

  it('offers the closest ids for an unknown one', () => {
    const found = findClaim(claims, 'state-cartl');
    expect(found.kind === 'unknown' && found.closest.map((claim) => claim.id)).toEqual(['state-cartel']);
    expect(findClaim(claims, 'zz')).toEqual({ kind: 'unknown', closest: [] });
  });
});

describe('suggestClaims', () => {
  it('matches ids first, then words of the statement', () => {
    expect(suggestClaims(claims, 'drug').map((claim) => claim.id)).toEqual(['drugs-as-weapon']);
    expect(suggestClaims(claims, 'weap').map((claim) => claim.id)).toEqual(['drugs-as-weapon']);
    expect(suggestClaims(claims, 'leadership').map((claim) => claim.id)).toEqual(['state-cartel']);
    expect(suggestClaims(claims, '')).toHaveLength(2);
    expect(suggestClaims(claims, 'qqq')).toEqual([]);
  });
});
