import { createHash } from 'node:crypto';

/** Stable document id: the canonical URL when there is one, else the text with white space folded. */
export function docId(uri: string | undefined, text: string): string {
  const key = uri ? `url:${canonicalUrl(uri)}` : `text:${text.replace(/\s+/g, ' ').trim()}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** Lower-cased scheme and host, no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(uri: string): string {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return uri.trim();
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|ocid$|cmpid$)/i.test(key)) url.searchParams.delete(key);
  }
  const s = url.toString();
  return s.endsWith('/') && url.pathname !== '/' ? s.slice(0, -1) : s;
}
