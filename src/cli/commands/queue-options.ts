import { InvalidArgumentError, Option } from 'commander';
import { NewsgraphError } from '../../errors.js';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../../ingest/index.js';
import { DEFAULT_RETRY, type RetrySettings } from '../../queue/index.js';
import { wholeNumber } from '../options.js';

/** Options of the queue commands (`worker`, `enqueue`), defined once so their help reads the same. */

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** A store given as a PostgreSQL URL (where the job queue lives) rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => POSTGRES_URL.test(db);

/** The queue lives in PostgreSQL: a SQLite store keeps the single-process mode. */
export function requirePostgres(db: string, command: string): void {
  if (!isPostgresUrl(db))
    throw new NewsgraphError(
      'BAD_ARGUMENT',
      '--db',
      `\`${command}\` needs a PostgreSQL store (postgres://…); a SQLite store analyses in one process`,
    );
}

export const fetchTimeoutOption = (): Option =>
  new Option('--fetch-timeout <seconds>', 'time allowed to fetch one URL (connect, headers and body)')
    .default(DEFAULT_FETCH_TIMEOUT_MS / 1000)
    .argParser((value: string) => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0 || n > 3600)
        throw new InvalidArgumentError('expected a number of seconds above 0, at most 3600.');
      return n;
    });

export const hostDelayOption = (): Option =>
  new Option('--host-delay <seconds>', 'pause between two requests to the same host')
    .default(1)
    .argParser((value: string) => {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0 || n > 600)
        throw new InvalidArgumentError('expected a number of seconds from 0 to 600.');
      return n;
    });

export const allowPrivateOption = (): Option =>
  new Option(
    '--allow-private',
    'fetch URLs on private, loopback and link-local addresses too (refused by default)',
  );

export const retriesOption = (): Option =>
  new Option(
    '--retries <n>',
    `retries after a failed attempt before a job is dead (queue default ${DEFAULT_RETRY.retryLimit})`,
  ).argParser(wholeNumber(0, 100));

export const retryDelayOption = (): Option =>
  new Option(
    '--retry-delay <seconds>',
    `seconds before the first retry, about doubling for each next one (queue default ${DEFAULT_RETRY.retryDelaySeconds})`,
  ).argParser(wholeNumber(1, 86_400));

export const expireOption = (): Option =>
  new Option(
    '--expire <seconds>',
    `seconds a job may run before it is retried (the job of a killed worker waits this long; queue default ${DEFAULT_RETRY.expireSeconds})`,
  ).argParser(wholeNumber(1, 86_400));

/** The flags of `retriesOption`, `retryDelayOption` and `expireOption`. */
export interface RetryFlags {
  retries?: number;
  retryDelay?: number;
  expire?: number;
}

/** The retry settings the flags give; the queue's own for the rest. */
export const retrySettings = (flags: RetryFlags): RetrySettings => ({
  ...(flags.retries !== undefined ? { retryLimit: flags.retries } : {}),
  ...(flags.retryDelay !== undefined ? { retryDelaySeconds: flags.retryDelay } : {}),
  ...(flags.expire !== undefined ? { expireSeconds: flags.expire } : {}),
});
