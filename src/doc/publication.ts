/**
 * Which publication an article is from, as one key: its site name (folded), else its URL's host without
 * `www.`. The key under which a site's home region is learnt and looked up (geo/home-region.ts), so both
 * sides must derive it the same way.
 */
export function publicationKey(site: string | undefined | null, uri?: string | null): string | undefined {
  const name = site?.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (name) return name;
  if (!uri) return undefined;
  try {
    const host = new URL(uri).hostname.toLowerCase().replace(/^www\./, '');
    return host || undefined;
  } catch {
    return undefined; // a file path or a made-up id: no publication to speak of
  }
}
