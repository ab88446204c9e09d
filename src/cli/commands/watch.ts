import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../../ingest/index.js';
import { AnalyzerPool } from '../../ingest/batch/index.js';
import { openStore, type PollRecord } from '../../store/index.js';
import {
  HostGate,
  inProcessSink,
  parseEvery,
  readFeedsFile,
  RobotsRules,
  watchFeeds,
  type RoundSummary,
} from '../../watch/index.js';
import { QueueJobSink } from '../../queue/index.js';
import type { JobSink } from '../../watch/job.js';
import { errorLine } from '../errors.js';
import {
  expireOption,
  hostDelayOption,
  isPostgresUrl,
  retriesOption,
  retryDelayOption,
  retrySettings,
  type RetryFlags,
} from './queue-options.js';
import { dbOption, deadlineOption, maxSizeOption, megabytes, wholeNumber } from '../options.js';

interface WatchFlags extends RetryFlags {
  db: string;
  every: number;
  once?: boolean;
  hostDelay: number;
  concurrency: number;
  workers: number;
  deadline: number;
  maxSize: number;
  fetchTimeout: number;
  allowPrivate?: boolean;
  allowPrivateWebhooks?: boolean;
  verbose?: boolean;
}

const FEEDS_FILE = `
Feeds file: one feed URL a line, # comments, an interval of its own after it (https://x.org/rss every=5m);
or OPML as newsreaders export it (<outline xmlUrl="…" every="5m"/>). State (feeds, items seen, validators,
errors) is kept in the store: a restart goes on where it stopped. Health: newsgraph feeds. Alerts: newsgraph
alerts add.`;

/** `newsgraph watch <feeds-file>`: polls feeds on a schedule and stores each new article once. */
export function watchCommand(): Command {
  return new Command('watch')
    .description(
      'poll RSS/Atom feeds on a schedule; fetch, analyse and store each new article once; run alerts',
    )
    .argument('<feeds-file>', 'feed URLs, one a line (# comments, every=5m), or an OPML file')
    .addOption(dbOption())
    .addOption(
      new Option('--every <interval>', 'how often a feed is polled unless the file says (10s–7d: 15m, 1h)')
        .default(15 * 60, '15m')
        .argParser((value: string) => parseEvery(value, '--every')),
    )
    .option('--once', 'one poll round, then exit (tests, cron)')
    .addOption(hostDelayOption())
    .addOption(
      new Option('--concurrency <n>', 'feeds polled at once (each host one request at a time)')
        .default(8)
        .argParser(wholeNumber(1, 256)),
    )
    .addOption(
      new Option('--workers <n>', 'worker threads analysing articles (each under --deadline)')
        .default(1)
        .argParser(wholeNumber(1, 64)),
    )
    .addOption(deadlineOption())
    .addOption(maxSizeOption())
    .addOption(
      new Option('--fetch-timeout <seconds>', 'time allowed for one request (connect, headers and body)')
        .default(DEFAULT_FETCH_TIMEOUT_MS / 1000)
        .argParser(seconds(0.1, 3600)),
    )
    .option('--allow-private', 'fetch feeds and pages on private, loopback and link-local addresses too')
    .option('--allow-private-webhooks', 'POST alert webhooks to private and loopback addresses too')
    .addOption(retriesOption())
    .addOption(retryDelayOption())
    .addOption(expireOption())
    .option('-v, --verbose', 'a line per feed polled')
    .addHelpText('after', FEEDS_FILE)
    .action(async (file: string, flags: WatchFlags) => {
      const feeds = readFeedsFile(file);
      const store = openStore(flags.db);
      const pool = new AnalyzerPool(flags.workers, {}, { deadlineSeconds: flags.deadline });
      const stop = new AbortController();
      let queue: QueueJobSink | undefined;
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        const fetch = {
          allowPrivate: flags.allowPrivate ?? false,
          timeoutMs: Math.round(flags.fetchTimeout * 1000),
        };
        const gate = new HostGate(Math.round(flags.hostDelay * 1000));
        const maxBytes = megabytes(flags.maxSize);
        // On PostgreSQL the poller only enqueues: `newsgraph worker` processes (any number, anywhere) fetch,
        // analyse and store; the queue's retries replace re-submitting open items at each round.
        const queued = isPostgresUrl(flags.db);
        queue = queued ? await QueueJobSink.open(flags.db, retrySettings(flags)) : undefined;
        const sink: JobSink =
          queue ??
          inProcessSink({
            store,
            analyze: { runner: pool },
            fetch,
            maxBytes,
            gate,
            alerts: {
              allowPrivate: flags.allowPrivateWebhooks ?? false,
              onError: (name, error) => process.stderr.write(`alert ${name}: ${errorLine(error)}\n`),
            },
          });
        await watchFeeds(feeds, {
          store,
          sink,
          resumeOpen: !queued,
          gate,
          robots: new RobotsRules(gate, fetch),
          fetch,
          maxBytes,
          everySeconds: flags.every,
          concurrency: flags.concurrency,
          once: flags.once ?? false,
          signal: stop.signal,
          onPoll: flags.verbose ? reportPoll : undefined,
          onRound: reportRound,
        });
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        await queue?.close();
        await pool.close();
        await store.close();
      }
    });
}

function reportPoll(url: string, poll: PollRecord, newItems: number): void {
  const what =
    poll.result === 'error'
      ? `error: ${poll.error ?? ''}`
      : poll.result === 'unchanged'
        ? '304 unchanged'
        : `${newItems} new`;
  process.stderr.write(`${url}: ${what}; next ${poll.nextPollAt}\n`);
}

function reportRound(round: RoundSummary): void {
  const resumed = round.resumed > 0 ? `, ${round.resumed} resumed` : '';
  process.stderr.write(
    `${new Date().toISOString()} polled ${round.polled} feeds (${round.unchanged} unchanged, ${round.failed} failed): ` +
      `${round.submitted} new articles, ${round.disallowed} not allowed by robots.txt${resumed}\n`,
  );
}

function seconds(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected a number of seconds from ${min} to ${max}.`);
    return n;
  };
}
