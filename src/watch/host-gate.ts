import { setTimeout as sleep } from 'node:timers/promises';

interface Host {
  /** Settles when the host's last request has finished. */
  tail: Promise<void>;
  /** Not before this (ms since the epoch): the last request's end plus the delay. */
  readyAt: number;
  delayMs: number;
  /** A 429 or 503 said to come back then (ms since the epoch). */
  blockedUntil: number;
}

/**
 * Politeness per host: one request at a time, at least `delayMs` between the end of one and the start of
 * the next (more when robots.txt asks for a Crawl-delay), and a Retry-After remembered so the host's other
 * feeds wait too. Hosts are independent, so many hosts are polled in parallel.
 */
export class HostGate {
  private readonly hosts = new Map<string, Host>();

  constructor(private readonly delayMs: number) {}

  /** Runs `fetch` when the URL's host is free and rested. */
  run<T>(url: string, fetch: () => Promise<T>): Promise<T> {
    const host = this.host(url);
    const result = host.tail.then(async () => {
      const wait = host.readyAt - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await fetch();
      } finally {
        host.readyAt = Date.now() + host.delayMs;
      }
    });
    host.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** At least `delayMs` between this host's requests from now on (robots.txt Crawl-delay). */
  slowDown(url: string, delayMs: number): void {
    const host = this.host(url);
    host.delayMs = Math.max(host.delayMs, delayMs);
  }

  /** The host asked to be left alone until `untilMs` (Retry-After). */
  block(url: string, untilMs: number): void {
    const host = this.host(url);
    host.blockedUntil = Math.max(host.blockedUntil, untilMs);
  }

  /** When the host may be asked again, if it asked for a pause that has not ended at `nowMs`. */
  blockedUntil(url: string, nowMs: number): number | undefined {
    const until = this.hosts.get(new URL(url).host)?.blockedUntil ?? 0;
    return until > nowMs ? until : undefined;
  }

  private host(url: string): Host {
    const name = new URL(url).host;
    let host = this.hosts.get(name);
    if (!host) {
      host = { tail: Promise.resolve(), readyAt: 0, delayMs: this.delayMs, blockedUntil: 0 };
      this.hosts.set(name, host);
    }
    return host;
  }
}
