import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { createPool } from '../store/postgres/pool.js';
import { queueSchema } from './names.js';

/** Runs a request to a URL's host when politeness allows (`HostGate` in one process, this one across many). */
export interface RequestGate {
  run<T>(url: string, fetch: () => Promise<T>): Promise<T>;
}

/**
 * Politeness across `newsgraph worker` processes, on any number of machines: one request at a time per
 * host, and at least `delayMs` from the end of one to the start of the next, as `watch`'s `HostGate` does
 * in one process. A session advisory lock per host (named by the queue's schema, so two stores sharing a
 * database do not wait on each other) is taken before the request and let go `delayMs` after it ends, so a
 * worker that wants the same host meanwhile waits in PostgreSQL. The job itself goes on as soon as its
 * request ends: only the lock's connection waits out the delay. A worker killed while holding a lock loses
 * its session, and the lock with it.
 */
export class PgHostGate implements RequestGate {
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly releasing = new Set<Promise<void>>();

  /** `connections`: at most this many requests in hand at once (one per job the worker runs at once). */
  constructor(
    url: string,
    connections: number,
    private readonly delayMs: number,
  ) {
    this.pool = createPool(url, { max: connections });
    this.schema = queueSchema(url);
  }

  async run<T>(url: string, fetch: () => Promise<T>): Promise<T> {
    const key = `${this.schema}:host:${new URL(url).host}`;
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
    } catch (error) {
      client.release(true);
      throw error;
    }
    try {
      return await fetch();
    } finally {
      // A failed request reached the host too: the delay holds after it as well.
      const release = this.unlockLater(client, key);
      this.releasing.add(release);
      void release.finally(() => this.releasing.delete(release));
    }
  }

  /** Waits for the locks still held over their delay, then closes the connections. */
  async close(): Promise<void> {
    await Promise.all(this.releasing);
    await this.pool.end();
  }

  private async unlockLater(client: pg.PoolClient, key: string): Promise<void> {
    await sleep(this.delayMs);
    try {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      client.release();
    } catch {
      // The session is broken, which lets its locks go too: do not put the connection back.
      client.release(true);
    }
  }
}
