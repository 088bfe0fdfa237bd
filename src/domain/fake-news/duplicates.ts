import { foldVietnamese } from '../text/fold.js';

/**
 * Duplicate detection: a second report about the same link or the same text is attached to the
 * case that already holds it. Links are compared after removing what differs between shares of
 * one post (scheme, "www."/"m." hosts, tracking parameters, fragments, a trailing slash); text
 * after folding (case, tone marks, punctuation, spacing), so a retyped copy still matches.
 */

/** Query parameters that only say who shared a link or from where. */
const TRACKING_PARAMS =
  /^(utm_.*|fbclid|gclid|igshid|si|mibextid|ref|ref_src|__cft__.*|__tn__|_rdr|s|feature)$/i;
const MOBILE_HOSTS = /^(www|m|mobile|mbasic|web)\./;

/** The comparable form of a link, or null when the text is not an http(s) link. */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  let host = url.hostname.toLowerCase();
  while (MOBILE_HOSTS.test(host)) host = host.replace(MOBILE_HOSTS, '');
  if (host === 'youtu.be') {
    const id = url.pathname.slice(1);
    return id ? `youtube.com/watch?v=${id}` : null;
  }
  const kept = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAMS.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}${query}`;
}

/** Shorter texts ("tin giả", "xem clip") say too little to call two reports the same. */
export const MIN_FINGERPRINT_LENGTH = 40;

/** The folded text without punctuation, or null when too short to identify an item. */
export function textFingerprint(text: string): string | null {
  const folded = foldVietnamese(text)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded.length >= MIN_FINGERPRINT_LENGTH ? folded : null;
}

/** The keys under which a report is looked up: every link it names and its text. */
export function duplicateKeys(input: { urls: readonly string[]; text: string }): string[] {
  const keys = new Set<string>();
  for (const u of input.urls) {
    const n = normaliseUrl(u);
    if (n) keys.add(`url:${n}`);
  }
  const fp = textFingerprint(input.text);
  if (fp) keys.add(`text:${fp}`);
  return [...keys];
}
