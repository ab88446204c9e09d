/**
 * Fuzz harness: `npm run fuzz -- [--cases N] [--seconds S] [--seed K] [--deadline S] [--max-mb M]
 * [--ingest-deadline S] [--large-every N] [--large-mb M] [--bbc N] [--only I]`.
 * Generates hostile inputs of every kind in issue 16 (bench/fuzz/*-kinds.ts), runs article kinds through
 * `analyzePath` in a child, under the product's per-article deadline (an article over it is refused with
 * exit 65; a child that does not answer a minute after it is killed: a hang), and container kinds through the
 * `ingest` CLI into a temp SQLite file; reports crashes (exit 70, a signal, an exit code other than 0/2/65), hangs,
 * the slowest input per MB beside the BBC average per MB measured in the same child, and peak RSS.
 * Deterministic for a seed. Prints a table, then one JSON line. Exit 1 when anything crashed or hung.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AnalyzeRunner } from './analyze-runner.js';
import { bbcBaseline } from './baseline.js';
import { makeCase, type CaseOptions } from './cases.js';
import { runIngest } from './ingest-runner.js';
import { formatTable, summarise, type Ran, type Summary } from './report.js';

const MIB = 1024 * 1024;

export interface FuzzOptions extends CaseOptions {
  cases: number;
  seconds: number;
  deadlineMs: number;
  /** The CLI starts afresh for each ingest case (a few seconds on a loaded machine): a deadline of its own. */
  ingestDeadlineMs: number;
  bbcFiles: number;
  only?: number;
  /** Progress lines on stderr. */
  log?: (line: string) => void;
}

export function parseFuzzArgs(argv: string[]): FuzzOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '1800' },
      seed: { type: 'string', default: '1' },
      deadline: { type: 'string', default: '30' },
      'ingest-deadline': { type: 'string', default: '90' },
      'max-mb': { type: 'string', default: '4' },
      'large-every': { type: 'string', default: '50' },
      'large-mb': { type: 'string', default: '20' },
      bbc: { type: 'string', default: '20' },
      only: { type: 'string' },
    },
  });
  const num = (name: keyof typeof values): number => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0`);
    return n;
  };
  return {
    cases: num('cases'),
    seconds: num('seconds'),
    seed: num('seed'),
    deadlineMs: num('deadline') * 1000,
    ingestDeadlineMs: num('ingest-deadline') * 1000,
    maxBytes: Math.max(64, Math.round(num('max-mb') * MIB)),
    largeEvery: num('large-every'),
    largeBytes: Math.round(num('large-mb') * MIB),
    bbcFiles: num('bbc'),
    ...(values.only !== undefined ? { only: num('only') } : {}),
    log: (line) => process.stderr.write(line + '\n'),
  };
}

export async function runFuzz(options: FuzzOptions): Promise<{ ran: Ran[]; summary: Summary }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-fuzz-'));
  const runner = new AnalyzeRunner();
  const started = performance.now();
  const ran: Ran[] = [];
  try {
    const baseline = await bbcBaseline(runner, options.bbcFiles);
    const indexes =
      options.only !== undefined ? [options.only] : Array.from({ length: options.cases }, (_, i) => i);
    for (const index of indexes) {
      if ((performance.now() - started) / 1000 > options.seconds) break;
      const fuzzCase = makeCase(index, options);
      const path = join(dir, fuzzCase.fileName);
      writeFileSync(path, fuzzCase.bytes);
      const result =
        fuzzCase.target === 'analyze'
          ? await runner.run(path, options.deadlineMs)
          : await runIngest(path, join(dir, `case-${index}.db`), options.ingestDeadlineMs);
      rmSync(path, { force: true });
      const { bytes, ...rest } = fuzzCase;
      ran.push({ fuzzCase: rest, size: bytes.length, result });
      options.log?.(
        `${index} ${fuzzCase.fileName} ${(bytes.length / MIB).toFixed(2)} MB: ${result.outcome} (${(result.ms / 1000).toFixed(1)} s)`,
      );
    }
    return {
      ran,
      summary: summarise(
        ran,
        options.seed,
        options.deadlineMs / 1000,
        baseline,
        (performance.now() - started) / 1000,
      ),
    };
  } finally {
    runner.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the harness with command-line arguments, prints the table and the JSON line; the exit code says. */
export async function fuzzCommand(argv: string[]): Promise<number> {
  const { ran, summary } = await runFuzz(parseFuzzArgs(argv));
  console.log(formatTable(ran));
  console.log(JSON.stringify(summary));
  return summary.crashes + summary.hangs > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = await fuzzCommand(process.argv.slice(2));
