import { Command, InvalidArgumentError, Option } from 'commander';
import { listDeadJobs, type DeadJob } from '../../queue/index.js';
import { MAX_LIMIT, openStore, type JournalEntry } from '../../store/index.js';
import { formatListing, listFormatOption, type ListFormat } from '../listing.js';
import { dbOption, limitOption, offsetOption } from '../options.js';
import { isPostgresUrl } from './queue-options.js';
import { writeOut } from '../output.js';

interface ErrorsFlags {
  db: string;
  run?: number;
  limit: number;
  offset: number;
  format: ListFormat;
}

/**
 * `newsgraph errors`: the inputs ingest could not store, with the reason, from the run journal. By default
 * what is still broken (failures no later run has done); with --run, that run's failures. On a PostgreSQL
 * store, by default also the queue's dead article jobs (failed their last retry; `newsgraph worker`).
 */
export function errorsCommand(): Command {
  return new Command('errors')
    .description(
      'list inputs that ingest could not store, with the reason (from the run journal), and dead queue jobs',
    )
    .addOption(dbOption())
    .addOption(
      new Option(
        '--run <id>',
        "one run's failures (default: every input whose latest attempt failed)",
      ).argParser(runId),
    )
    .addOption(limitOption().default(MAX_LIMIT))
    .addOption(offsetOption())
    .addOption(listFormatOption())
    .action(async (flags: ErrorsFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const filter = flags.run === undefined ? {} : { run: flags.run };
        const page = { limit: flags.limit, offset: flags.offset };
        const errors = await store.ingestErrors(filter, page);
        // --limit and --offset page the journal's failures and the dead jobs each.
        const dead =
          flags.run === undefined && isPostgresUrl(flags.db) ? await listDeadJobs(flags.db, page) : [];
        const queued = dead.map((job) => ({ source: 'queue' as const, status: 'dead' as const, ...job }));
        const rows: object[] = [...errors, ...queued];
        await writeOut(formatListing(rows, flags.format, () => formatErrors(errors, dead)));
      } finally {
        await store.close();
      }
    });
}

/**
 * One line per failure: `run 3 failed /abs/in/broken.txt: is binary, not text or HTML (…)`. `failed` inputs
 * are bad for good (a re-run skips them); `transient` ones are tried again by the next run. Then one line
 * per dead queue job: `queue dead https://…: <why the last attempt failed> (feed https://…)`.
 */
export function formatErrors(errors: readonly JournalEntry[], dead: readonly DeadJob[] = []): string {
  if (errors.length === 0 && dead.length === 0) return 'No errors.\n';
  const journal = errors.map(
    (e) => `run ${e.run} ${e.status} ${e.inputKey}: ${e.error ?? 'unknown reason'}\n`,
  );
  const queue = dead.map((d) => {
    // The worker's reasons are catalog messages that already start with the URL.
    const reason = d.error.startsWith(`${d.url}: `) ? d.error.slice(d.url.length + 2) : d.error;
    return `queue dead ${d.url}: ${reason}${d.feedUrl ? ` (feed ${d.feedUrl})` : ''}\n`;
  });
  return [...journal, ...queue].join('');
}

function runId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a run id (a whole number from 1).');
  return n;
}
