import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Another process holding SQLite's write lock. SQLite's busy timeout waits for it, but not in every case
 * (a read transaction that must be upgraded, opening a database another process is creating or
 * migrating), and a busy writer can outlast the timeout; so store calls are retried with backoff too.
 */
export function isBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

export interface RetryOptions {
  /** Tries in all (default 8). */
  attempts?: number;
  /** The first pause; each later one doubles, with jitter so two waiting processes do not collide again. */
  firstDelayMs?: number;
}

const DEFAULT_ATTEMPTS = 8;
const DEFAULT_FIRST_DELAY_MS = 50;

function delayBefore(attempt: number, firstDelayMs: number): number {
  const base = firstDelayMs * 2 ** (attempt - 1);
  return base / 2 + Math.random() * base;
}

/** Runs `fn` (one store call: a statement or a whole transaction), again after a pause while it is busy. */
export async function retryBusy<T>(fn: () => T | Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isBusy(error) || attempt >= attempts) throw error;
      await sleep(delayBefore(attempt, options.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS));
    }
  }
}

/** The same for code that cannot wait asynchronously (opening the store): the pause blocks the thread. */
export function retryBusySync<T>(fn: () => T, options: RetryOptions = {}): T {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (error) {
      if (!isBusy(error) || attempt >= attempts) throw error;
      const pause = delayBefore(attempt, options.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
  }
}
