/** Finds a tracked claim from its id (what autocomplete sends) or the words of its id or statement. */
import { nameKey } from '../config/name-key';
import type { ClaimConfig } from '../config/claims-schema';
import { editDistance } from './edit-distance';

export type ClaimLookup = { kind: 'found'; claim: ClaimConfig } | { kind: 'unknown'; closest: ClaimConfig[] };

export function findClaim(claims: readonly ClaimConfig[], query: string): ClaimLookup {
  const key = nameKey(query);
  const found = claims.find((claim) => claim.id === query.trim() || nameKey(claim.id) === key || nameKey(claim.statement) === key);
  if (found) return { kind: 'found', claim: found };
  const closest = claims
    .map((claim) => ({ claim, score: editDistance(key, nameKey(claim.id)) / Math.max(1, key.length, claim.id.length) }))
    .filter((item) => item.score <= 0.4 || (key.length >= 3 && nameKey(item.claim.statement).includes(key)))
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map((item) => item.claim);
  return { kind: 'unknown', closest };
}

/** Autocomplete: claims whose id or statement has a word starting with what was typed. */
export function suggestClaims(claims: readonly ClaimConfig[], typed: string, limit = 25): ClaimConfig[] {
  const key = nameKey(typed);
  if (!key) return claims.slice(0, limit);
  const rank = (claim: ClaimConfig): number => {
    const id = nameKey(claim.id);
    if (id.startsWith(key)) return 0;
    if (id.split(' ').some((word) => word.startsWith(key))) return 1;
    const statement = nameKey(claim.statement);
    if (statement.split(' ').some((word) => word.startsWith(key)) || statement.includes(key)) return 2;
    return Number.POSITIVE_INFINITY;
  };
  return claims
    .map((claim) => ({ claim, rank: rank(claim) }))
    .filter((item) => item.rank !== Number.POSITIVE_INFINITY)
    .sort((a, b) => a.rank - b.rank || a.claim.id.localeCompare(b.claim.id))
    .slice(0, limit)
    .map((item) => item.claim);
}
