import { Command } from 'commander';
import { DEFAULT_JSONL_FIELDS, type JsonlFieldNames } from '../../ingest/index.js';
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
  jsonlText?: string;
  jsonlHtml?: string;
  jsonlUrl?: string;
  jsonlTitle?: string;
  jsonlDate?: string;
}

const EXIT_CODES = `
Exit status:
  0   no file failed (articles already in the database count as done: re-running resumes)
  2   some files failed (each reported on stderr as "<path>: <what is wrong>"); the rest were stored
  6x  every file failed for the same reason: that error's code (66 missing/unreadable, 65 bad content)
  74  the database failed (articles stored before it stay whole; run again to resume)`;

export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'analyse files and folders (recursively) and store every article: .txt .html .htm, RSS/Atom feeds ' +
        '(.rss .atom .xml), web archives (.warc .warc.gz), JSON Lines (.jsonl .jsonl.gz .ndjson); - reads stdin',
    )
    .argument('<paths...>', 'files and folders to ingest, or - for stdin (its kind is sniffed)')
    .addOption(dbOption())
    .addOption(publishedOption())
    .addOption(maxSizeOption())
    .option('-v, --verbose', 'print one line per stored or duplicate article')
    .option(
      '--jsonl-text <field>',
      `JSONL field with the article text (default: first of ${defaults('text')})`,
    )
    .option(
      '--jsonl-html <field>',
      `JSONL field with the article HTML (default: first of ${defaults('html')})`,
    )
    .option('--jsonl-url <field>', `JSONL field with the URL (default: first of ${defaults('url')})`)
    .option('--jsonl-title <field>', `JSONL field with the title (default: first of ${defaults('title')})`)
    .option(
      '--jsonl-date <field>',
      `JSONL field with the publication date (default: first of ${defaults('date')})`,
    )
    .addHelpText('after', EXIT_CODES)
    .action(async (paths: string[], flags: IngestFlags) => {
      const published = flags.published === undefined ? undefined : parsePublished(flags.published);
      const store = openStore(flags.db);
      try {
        const summary = await ingestPaths(paths, store, {
          maxBytes: megabytes(flags.maxSize),
          ...(published ? { published } : {}),
          jsonlFields: jsonlFields(flags),
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

function defaults(field: keyof JsonlFieldNames): string {
  return DEFAULT_JSONL_FIELDS[field].join(', ');
}

/** Dotted paths (`article.body`) reach into nested objects. */
function jsonlFields(flags: IngestFlags): JsonlFieldNames {
  const named: JsonlFieldNames = {
    text: flags.jsonlText,
    html: flags.jsonlHtml,
    url: flags.jsonlUrl,
    title: flags.jsonlTitle,
    date: flags.jsonlDate,
  };
  return Object.fromEntries(Object.entries(named).filter(([, v]) => v !== undefined)) as JsonlFieldNames;
}
