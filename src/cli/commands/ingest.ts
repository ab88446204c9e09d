import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ProgressReporter } from '../../ingest/batch/index.js';
import {
  DEFAULT_FETCH_TIMEOUT_MS,
  DEFAULT_JSONL_FIELDS,
  readUrlList,
  type JsonlFieldNames,
} from '../../ingest/index.js';
import { NewsgraphError } from '../../errors.js';
import { openStore } from '../../store/index.js';
import {
  ingestExitCode,
  ingestPaths,
  parsePublished,
  type IngestResult,
  type IngestRunSummary,
} from '../../service/index.js';
import { errorLine, reportError } from '../errors.js';
import {
  dbOption,
  deadlineOption,
  dictionariesFrom,
  withDictionaryOptions,
  homeRegionOption,
  type DictionaryFlags,
  maxSizeOption,
  megabytes,
  publishedOption,
  wholeNumber,
} from '../options.js';
import { writeOut } from '../output.js';
import type { HomeRegion } from '../../doc/types.js';

interface IngestFlags extends DictionaryFlags {
  db: string;
  published?: string;
  homeRegion?: HomeRegion;
  /** false with --no-home-regions. */
  homeRegions: boolean;
  maxSize: number;
  verbose?: boolean;
  jsonlText?: string;
  jsonlHtml?: string;
  jsonlUrl?: string;
  jsonlTitle?: string;
  jsonlDate?: string;
  workers: number;
  deadline: number;
  progressEvery: number;
  resume: boolean;
  urls: string[];
  fetchTimeout: number;
  allowPrivate?: boolean;
}

const EXIT_CODES = `
Exit status:
  0   no file failed (articles already in the database count as done: re-running resumes)
      A re-run skips inputs the journal records as done (stored, duplicate, or bad for good) without
      analysing them again; --no-resume analyses everything again. Errors: newsgraph errors [--run id]
  2   some files failed (each reported on stderr as "<path>: <what is wrong>"); the rest were stored
  6x  every file failed for the same reason: that error's code (66 missing/unreadable, 65 bad content)
  74  the database failed (articles stored before it stay whole; run again to resume)`;

export function ingestCommand(): Command {
  const command = new Command('ingest')
    .description(
      'analyse files and folders (recursively) and store every article: .txt .html .htm, RSS/Atom feeds ' +
        '(.rss .atom .xml), web archives (.warc .warc.gz), JSON Lines (.jsonl .jsonl.gz .ndjson); - reads stdin; ' +
        'http(s):// URLs are fetched (HTML or plain text)',
    )
    .argument('[paths...]', 'files, folders or URLs to ingest, or - for stdin (its kind is sniffed)')
    .addOption(dbOption())
    .addOption(publishedOption())
    .addOption(homeRegionOption())
    .option(
      '--no-home-regions',
      "do not learn each site's home region from the stored articles (a prior for its place names)",
    )
    .addOption(maxSizeOption())
    .option('-v, --verbose', 'print one line per stored or duplicate article')
    .addOption(
      new Option('--workers <n>', 'worker threads analysing in parallel (0: in the main thread, no deadline)')
        .default(availableParallelism(), `all cores: ${availableParallelism()}`)
        .argParser(wholeNumber(0, 1024)),
    )
    .addOption(deadlineOption())
    .addOption(
      new Option(
        '--progress-every <seconds>',
        'when stderr is not a terminal, a progress line this often (0: none)',
      )
        .default(5)
        .argParser(wholeNumber(0, 86_400)),
    )
    .addOption(
      new Option('--urls <file>', 'a list of URLs to fetch, one per line, # comments (repeatable)')
        .argParser((value: string, previous: string[] = []) => [...previous, value])
        .default([], 'none'),
    )
    .addOption(
      new Option('--fetch-timeout <seconds>', 'time allowed to fetch one URL (connect, headers and body)')
        .default(DEFAULT_FETCH_TIMEOUT_MS / 1000)
        .argParser(positiveSeconds),
    )
    .option(
      '--allow-private',
      'fetch URLs on private, loopback and link-local addresses too (refused by default)',
    )
    .option('--no-resume', 'analyse again inputs that an earlier run already stored or found bad')
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
    );
  return withDictionaryOptions(command)
    .addHelpText('after', EXIT_CODES)
    .action(async (paths: string[], flags: IngestFlags) => {
      const inputs = [...paths, ...flags.urls.flatMap(readUrlList)];
      if (inputs.length === 0)
        throw new NewsgraphError('BAD_ARGUMENT', 'ingest', 'give files, folders, URLs or --urls <list>');
      const published = flags.published === undefined ? undefined : parsePublished(flags.published);
      const store = openStore(flags.db);
      let progress: ProgressReporter | undefined;
      try {
        const summary = await ingestPaths(inputs, store, {
          maxBytes: megabytes(flags.maxSize),
          ...(published ? { published } : {}),
          ...(flags.homeRegion ? { homeRegion: flags.homeRegion } : {}),
          learnHomeRegions: flags.homeRegions,
          ...(dictionariesFrom(flags) ? { dictionaries: dictionariesFrom(flags)! } : {}),
          jsonlFields: jsonlFields(flags),
          fetch: {
            timeoutMs: Math.round(flags.fetchTimeout * 1000),
            allowPrivate: flags.allowPrivate ?? false,
          },
          workers: flags.workers,
          deadlineSeconds: flags.deadline,
          resume: flags.resume,
          runArgs: process.argv.slice(2),
          onStart: ({ total }) => {
            progress = new ProgressReporter({
              sink: process.stderr,
              everySeconds: flags.progressEvery,
              total,
            });
          },
          onResult: (result) => {
            // The terminal bar shares stderr's line: take it away before printing a line of our own.
            if (result.status === 'failed' || flags.verbose) progress?.clear();
            reportResult(result, flags.verbose ?? false);
            progress?.record({ skipped: result.skipped ?? false, failed: result.status === 'failed' });
          },
        });
        progress?.stop();
        await writeOut(summaryLines(summary));
        process.exitCode = ingestExitCode(summary);
      } finally {
        progress?.stop();
        await store.close();
      }
    });
}

function summaryLines(summary: IngestRunSummary): string {
  const lines: string[] = [];
  if (summary.skipped > 0)
    lines.push(`skipped ${summary.skipped} done in an earlier run (--no-resume redoes them)`);
  // Failures skipped from earlier runs are in those runs' journal: plain `errors` lists both kinds.
  if (summary.failed > 0) lines.push(`failures are listed by: newsgraph errors`);
  lines.push(`stored ${summary.stored}, duplicates ${summary.duplicates}, failed ${summary.failed}`);
  return lines.map((line) => `${line}\n`).join('');
}

function reportResult(result: IngestResult, verbose: boolean): void {
  if (result.status === 'failed' && result.skipped) {
    process.stderr.write(`${errorPrefix(result)}${errorLine(result.error)} (in an earlier run)\n`);
  } else if (result.status === 'failed') reportError(result.error, errorPrefix(result));
  else if (verbose) {
    const earlier = result.skipped ? ' (in an earlier run)' : '';
    process.stdout.write(`${result.status} ${result.id} ${result.path}${earlier}\n`);
  }
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

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 3600)
    throw new InvalidArgumentError('expected a number of seconds above 0, at most 3600.');
  return n;
}
