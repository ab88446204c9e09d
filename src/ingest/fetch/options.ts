/** How URLs are fetched; the CLI's `--fetch-timeout`, `--max-size` and `--allow-private`. */
export interface FetchOptions {
  /** Fetch private, loopback and link-local addresses too (tests against a local server). Default false. */
  allowPrivate?: boolean;
  /** Connect, headers and body together must finish in this many milliseconds (default 20 s). */
  timeoutMs?: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
/** Redirects followed before giving up; every hop's address is checked again. */
export const MAX_REDIRECTS = 5;
export const USER_AGENT = 'newsgraph/0.1 (news article reader; +https://github.com/newsgraph)';
