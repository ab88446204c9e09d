import { InvalidArgumentError, Option, type Command } from 'commander';
import type { HomeRegion } from '../doc/types.js';
import { NewsgraphError } from '../errors.js';
import type { DictionaryOptions } from '../kb/load.js';
import { parseHomeRegion } from '../doc/home-region.js';
// The modules themselves, not their folders' indexes: every command loads this file, `analyze` included.
import { DEFAULT_DB_PATH, MAX_LIMIT } from '../store/store.js';
import { DEFAULT_DEADLINE_SECONDS } from '../ingest/batch/pool.js';

/** Options several commands share, defined once so their names and help read the same everywhere. */

export type OutputFormat = 'json' | 'text';

export const formatOption = (defaultFormat: OutputFormat): Option =>
  new Option('--format <format>', 'output format').choices(['json', 'text']).default(defaultFormat);

export const dbOption = (): Option =>
  new Option('--db <path>', 'SQLite database file or postgres:// URL')
    .env('NEWSGRAPH_DB')
    .default(DEFAULT_DB_PATH);

export const publishedOption = (): Option =>
  new Option(
    '--published <iso>',
    'publication date (2025-08-14) or date-time with offset (2025-08-14T09:30:00Z); wins over the page',
  );

export const homeRegionOption = (): Option =>
  new Option(
    '--home-region <where>',
    'where the publication is based, a prior for place names: a country code (US) or country/division ' +
      '(US/Louisiana, US/LA, GB/England)',
  ).argParser((value: string): HomeRegion => {
    const parsed = parseHomeRegion(value);
    // A catalog error, worded like --published's (exit 64).
    if ('error' in parsed) throw new NewsgraphError('BAD_ARGUMENT', '--home-region', parsed.error);
    return parsed;
  });

export const maxSizeOption = (): Option =>
  new Option('--max-size <MB>', 'largest input file accepted, in megabytes')
    .default(20)
    .argParser(positiveNumber);

/** Seconds one article may take (`analyze`, `ingest`, `serve`); analysis runs in a worker that enforces it. */
export const deadlineOption = (): Option =>
  new Option(
    '--deadline <seconds>',
    'seconds one article may take to analyse; over it, it fails (0: no limit)',
  )
    .default(DEFAULT_DEADLINE_SECONDS)
    .argParser(wholeNumber(0, 86_400));

export const limitOption = (): Option =>
  new Option('--limit <n>', `at most n results (1–${MAX_LIMIT})`)
    .default(20)
    .argParser(wholeNumber(1, MAX_LIMIT));

export const offsetOption = (): Option =>
  new Option('--offset <n>', 'skip the first n results')
    .default(0)
    .argParser(wholeNumber(0, Number.MAX_SAFE_INTEGER));

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number.');
  return n;
}

export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    }
    return n;
  };
}

export const megabytes = (mb: number): number => Math.round(mb * 1024 * 1024);

/** Adds `--event-dictionaries DIR`, `--kb-rows FILE`, `--dictionaries-mode add|replace` to a command. */
export function withDictionaryOptions(command: Command): Command {
  for (const option of dictionaryOptions()) command.addOption(option);
  return command;
}

const dictionaryOptions = (): Option[] => [
  new Option(
    '--event-dictionaries <dir>',
    'a folder of PETRARCH-format dictionaries (*.actors.txt, *.agents.txt, …) for actor codes and the KB',
  ),
  new Option('--kb-rows <file>', 'a TSV of your own knowledge-base rows (id, type, name, aliases, codes)'),
  new Option('--dictionaries-mode <mode>', 'use them on top of the shipped ones, or instead')
    .choices(['add', 'replace'])
    .default('add'),
];

export interface DictionaryFlags {
  eventDictionaries?: string;
  kbRows?: string;
  dictionariesMode?: 'add' | 'replace';
}

/** The dictionary options a command's flags give, or undefined when none was given. */
export function dictionariesFrom(flags: DictionaryFlags): DictionaryOptions | undefined {
  if (!flags.eventDictionaries && !flags.kbRows) return undefined;
  return {
    ...(flags.eventDictionaries ? { dir: flags.eventDictionaries } : {}),
    ...(flags.kbRows ? { kbRows: flags.kbRows } : {}),
    mode: flags.dictionariesMode ?? 'add',
  };
}
