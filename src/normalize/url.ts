/**
 * Query parameters that only say where a click came from. Removing them lets the same story reached
 * through different campaigns share one canonical URL. Names compare case-insensitively; an entry
 * ending in `*` matches every name starting with the part before it.
 */
export const TRACKING_PARAMS: readonly string[] = [
  'utm_*', // Google Analytics campaigns: utm_source, utm_medium, utm_campaign, …
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid',
  'mc_cid', 'mc_eid', // Mailchimp
  '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'vero_id', 'oly_anon_id', 'oly_enc_id',
  'ref_src', 'ref_url', 'cmpid', 'cmp', 'ocid', 'smid', 'smtyp', 'taid', 'xtor', 'at_medium', 'at_campaign',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 's_cid', 'sr_share', 'ito',
];

/** Google News RSS links are opaque redirects; their query is part of the redirect, so it stays untouched. */
const OPAQUE_REDIRECT_HOSTS = new Set(['news.google.com']);

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.some((entry) =>
    entry.endsWith('*') ? lower.startsWith(entry.slice(0, -1)) : lower === entry,
  );
}

/**
 * The canonical form of a story link: resolved against `base` (the feed's link or the feed URL),
 * http(s) only, lowercase host, no default port, no fragment, no tracking parameters. Other
 * parameters keep their order and their original encoding. Anything unusable gives null.
 */
export function canonicalUrl(link: string | null, base: string | null): string | null {
  const trimmed = link?.trim();
  if (!trimmed) return null;
  const url = parseUrl(trimmed, parseUrl(base?.trim() ?? '', undefined) ?? undefined);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;

  // URL already lowercases the host and drops default ports; fragments never change the story.
  url.hash = '';
  if (!OPAQUE_REDIRECT_HOSTS.has(url.hostname)) url.search = withoutTrackingParams(url.search);
  return url.href;
}

function parseUrl(text: string, base: URL | undefined): URL | null {
  if (text === '') return null;
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

/**
 * Filters the raw query string instead of going through URLSearchParams, which would re-encode
 * the parameters we keep (spaces to `+`, and so on) and make the "same" URL differ between feeds.
 */
function withoutTrackingParams(search: string): string {
  if (search.length <= 1) return ''; // also drops a lone trailing '?'
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodeParamName(pair)));
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

function decodeParamName(pair: string): string {
  const eq = pair.indexOf('=');
  const raw = (eq === -1 ? pair : pair.slice(0, eq)).replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // malformed %-escape: compare it as written
  }
}
