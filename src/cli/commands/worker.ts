import { Command, Option } from 'commander';
import { QueueWorker, type WorkerEvent } from '../../queue/index.js';
import { errorLine } from '../errors.js';
import { dbOption, deadlineOption, maxSizeOption, megabytes, wholeNumber } from '../options.js';
import { allowPrivateOption, fetchTimeoutOption, hostDelayOption, requirePostgres } from './queue-options.js';

interface WorkerFlags {
  db: string;
  concurrency: number;
  deadline: number;
  fetchTimeout: number;
  hostDelay: number;
  allowPrivate?: boolean;
  allowPrivateWebhooks?: boolean;
  maxSize: number;
  poll: number;
  maintenanceEvery: number;
}

const SIGNALS = `
Signals:
  SIGINT or SIGTERM  take no new job, finish the jobs in hand (bounded by --fetch-timeout and --deadline),
                     then exit 0; a second one hands the jobs in hand back to the queue at once
Failed jobs are retried with backoff; after the last retry they are listed by: newsgraph errors --db …`;

/**
 * `newsgraph worker --db postgres://…`: fetches, analyses and stores the article jobs that `watch` (or
 * `enqueue`) queued, runs the alerts on each new article and marks the feed's item done, until SIGINT or
 * SIGTERM. Any number of workers, on any number of machines, share the
 * queue; a killed worker's job is retried by another once it expires.
 */
export function workerCommand(): Command {
  return new Command('worker')
    .description(
      'process queued article jobs (fetch, analyse, store, alerts) from a PostgreSQL store until stopped',
    )
    .addOption(dbOption())
    .addOption(
      new Option('--concurrency <n>', 'jobs processed at once, each analysed in its own thread')
        .default(1)
        .argParser(wholeNumber(1, 256)),
    )
    .addOption(deadlineOption())
    .addOption(fetchTimeoutOption())
    .addOption(hostDelayOption())
    .addOption(allowPrivateOption())
    .option('--allow-private-webhooks', 'POST alert webhooks to private and loopback addresses too')
    .addOption(maxSizeOption())
    .addOption(
      new Option('--poll <seconds>', 'how long to wait before asking again when the queue is empty')
        .default(2)
        .argParser(wholeNumber(1, 3600)),
    )
    .addOption(
      new Option(
        '--maintenance-every <seconds>',
        'how often to retry expired jobs (of killed workers) and archive done ones; one worker at a time does it',
      )
        .default(60)
        .argParser(wholeNumber(1, 3600)),
    )
    .addHelpText('after', SIGNALS)
    .action(async (flags: WorkerFlags) => {
      requirePostgres(flags.db, 'worker');
      const worker = await QueueWorker.start(flags.db, {
        concurrency: flags.concurrency,
        deadlineSeconds: flags.deadline,
        fetch: {
          timeoutMs: Math.round(flags.fetchTimeout * 1000),
          allowPrivate: flags.allowPrivate ?? false,
        },
        maxBytes: megabytes(flags.maxSize),
        hostDelaySeconds: flags.hostDelay,
        pollSeconds: flags.poll,
        maintenanceSeconds: flags.maintenanceEvery,
        alerts: {
          allowPrivate: flags.allowPrivateWebhooks ?? false,
          onError: (name, error) => process.stderr.write(`alert ${name}: ${errorLine(error)}\n`),
        },
        onEvent: report,
      });
      process.stderr.write(`worker: processing article jobs (concurrency ${flags.concurrency})\n`);
      await untilSignalled();
      process.stderr.write('worker: stopping after the jobs in hand (signal again to hand them back)\n');
      const released = untilSignalled().then(() => worker.release());
      await Promise.race([worker.stop(), released]);
    });
}

function report(event: WorkerEvent): void {
  if (event.kind === 'done') process.stdout.write(`${event.status} ${event.id} ${event.url}\n`);
  else if (event.kind === 'failed') {
    const line = errorLine(event.error);
    const named = line.startsWith(event.url) ? line : `${event.url}: ${line}`;
    process.stderr.write(`${named} (attempt ${event.attempt} of ${event.attempts})\n`);
  } else process.stderr.write(`worker: queue: ${errorLine(event.error)}\n`);
}

function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
