import { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { ingestExitCode, ingestPaths, parsePublished, type IngestResult } from '../../service/index.js';
import { reportError } from '../errors.js';
import { dbOption, maxSizeOption, megabytes, publishedOption } from '../options.js';
import { writeOut } from '../output.js';

interface IngestFlags {
  db: string;
  published?: string;
  maxSize: number;
  verbose?: boolean;
}

const EXIT_CODES = `
Exit status:
  0   no file failed (articles already in the database count as done: re-running resumes)
  2   some files failed (each reported on stderr as "<path>: <what is wrong>"); the rest were stored
  6x  every file failed for the same reason: that error's code (66 missing/unreadable, 65 bad content)
  74  the database failed (articles stored before it stay whole; run again to resume)`;

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('analyse files and folders (.txt, .html, .htm, recursively) and store them')
    .argument('<paths...>', 'files and folders to ingest')
    .addOption(dbOption())
    .addOption(publishedOption())
    .addOption(maxSizeOption())
    .option('-v, --verbose', 'print one line per stored or duplicate file')
    .addHelpText('after', EXIT_CODES)
    .action(async (paths: string[], flags: IngestFlags) => {
      const published = flags.published === undefined ? undefined : parsePublished(flags.published);
      const store = openStore(flags.db);
      try {
        const summary = await ingestPaths(paths, store, {
          maxBytes: megabytes(flags.maxSize),
          ...(published ? { published } : {}),
          onResult: (result) => reportResult(result, flags.verbose ?? false),
        });
        await writeOut(
          `stored ${summary.stored}, duplicates ${summary.duplicates}, failed ${summary.failed}\n`,
        );
        process.exitCode = ingestExitCode(summary);
      } finally {
        await store.close();
      }
    });
}

function reportResult(result: IngestResult, verbose: boolean): void {
  if (result.status === 'failed') reportError(result.error, errorPrefix(result));
  else if (verbose) process.stdout.write(`${result.status} ${result.id} ${result.path}\n`);
}

/** Catalog errors already start with the path; anything else gets it in front. */
function errorPrefix(result: IngestResult): string {
  const message = result.error instanceof Error ? result.error.message : '';
  return message.startsWith(`${result.path}: `) ? '' : `${result.path}: `;
}
