import robotsModule from 'robots-parser';
import { fetchPage, USER_AGENT, type FetchOptions } from '../ingest/fetch/index.js';
import type { HostGate } from './host-gate.js';

/** The package is CommonJS (`module.exports = function`) while its types declare an ES default export. */
const robotsParser = robotsModule as unknown as typeof robotsModule.default;
type Robot = ReturnType<typeof robotsParser>;

/** RFC 9309: a crawler reads at least 500 KiB of robots.txt; more is not read. */
const MAX_ROBOTS_BYTES = 512 * 1024;
/** A robots.txt is kept this long (RFC 9309: caching beyond 24 hours is discouraged). */
const ROBOTS_TTL_MS = 24 * 3600 * 1000;
/** Crawl-delay is honoured up to this; a larger one would stop polling altogether. */
const MAX_CRAWL_DELAY_MS = 60_000;
const ERROR_STATUSES = new Set(Array.from({ length: 200 }, (_, i) => 400 + i));

export type RobotsVerdict = 'allowed' | 'disallowed' | 'unreachable';

interface Cached {
  robot?: Robot;
  /** Unreachable (5xx, network): everything disallowed until it is fetched again. */
  unreachable: boolean;
  fetchedAt: number;
}

/**
 * robots.txt per origin, read with the maintained `robots-parser`, fetched through the host gate and the
 * address policy, kept for a day. RFC 9309: a 4xx means no rules (all allowed); a 5xx or a network failure
 * means all disallowed, and is fetched again next time rather than kept.
 */
export class RobotsRules {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly gate: HostGate,
    private readonly fetch: FetchOptions,
  ) {}

  /** Whether `url` may be fetched; `unreachable` when its robots.txt could not be had (ask again later). */
  async verdict(url: string): Promise<RobotsVerdict> {
    const rules = await this.rulesFor(new URL(url).origin);
    if (rules.unreachable) return 'unreachable';
    return (rules.robot?.isAllowed(url, USER_AGENT) ?? true) ? 'allowed' : 'disallowed';
  }

  private async rulesFor(origin: string): Promise<Cached> {
    const cached = this.cache.get(origin);
    if (cached && !cached.unreachable && Date.now() - cached.fetchedAt < ROBOTS_TTL_MS) return cached;
    const rules = await this.fetchRules(origin);
    this.cache.set(origin, rules);
    return rules;
  }

  private async fetchRules(origin: string): Promise<Cached> {
    const url = `${origin}/robots.txt`;
    const fetchedAt = Date.now();
    try {
      const page = await this.gate.run(url, () =>
        fetchPage(url, MAX_ROBOTS_BYTES, this.fetch, { accept: 'any', passStatuses: ERROR_STATUSES }),
      );
      if (page.status >= 500) return { unreachable: true, fetchedAt };
      if (page.status >= 400) return { unreachable: false, fetchedAt };
      const robot = robotsParser(url, page.bytes.toString('utf8'));
      const delay = robot.getCrawlDelay(USER_AGENT);
      if (delay !== undefined && delay > 0)
        this.gate.slowDown(url, Math.min(delay * 1000, MAX_CRAWL_DELAY_MS));
      return { robot, unreachable: false, fetchedAt };
    } catch {
      return { unreachable: true, fetchedAt };
    }
  }
}
