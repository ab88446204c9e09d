import { Command, InvalidArgumentError, Option } from 'commander';
import { MAX_LIMIT, openStore, type JournalEntry } from '../../store/index.js';
import { formatListing, listFormatOption, type ListFormat } from '../listing.js';
import { dbOption, limitOption, offsetOption } from '../options.js';
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
 * what is still broken (failures no later run has done); with --run, that run's failures.
 */
export function errorsCommand(): Command {
  return new Command('errors')
    .description('list inputs that ingest could not store, with the reason (from the run journal)')
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
        const errors = await store.ingestErrors(filter, { limit: flags.limit, offset: flags.offset });
        await writeOut(formatListing(errors, flags.format, () => formatErrors(errors)));
      } finally {
        await store.close();
      }
    });
}

/**
 * One line per failure: `run 3 failed /abs/in/broken.txt: is binary, not text or HTML (…)`. `failed` inputs
 * are bad for good (a re-run skips them); `transient` ones are tried again by the next run.
 */
export function formatErrors(errors: readonly JournalEntry[]): string {
  if (errors.length === 0) return 'No errors.\n';
  return errors
    .map((e) => `run ${e.run} ${e.status} ${e.inputKey}: ${e.error ?? 'unknown reason'}\n`)
    .join('');
}

function runId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a run id (a whole number from 1).');
  return n;
}
