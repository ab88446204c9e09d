/**
 * Fuzz harness: `npm run fuzz -- [--cases N] [--seconds S] [--seed K] [--deadline S] [--ingest-deadline S]
 * [--max-kb K] [--mid-every N] [--mid-mb M] [--large-every N] [--large-mb M] [--cli-ingest N] [--bbc N]
 * [--only I]`.
 * Generates hostile inputs of every kind in issue 16 (bench/fuzz/*-kinds.ts) and runs them in one long-lived
 * case child holding the product's one-worker analysis pool under its per-article deadline (an article over
 * it is refused with exit 65): article kinds through `analyzePath` (as `newsgraph analyze`), container kinds
 * through `ingestPaths` into a fresh SQLite file (as `newsgraph ingest`); the first `--cli-ingest` container
 * cases run the real `ingest` CLI in a process of its own instead. No answer a minute past the deadline (an
 * ingest in the child: `--ingest-deadline`; through the CLI, which loads its models first: a minute past it)
 * is a hang. Reports crashes (exit 70, a signal, an unexpected error inside a
 * batch, an exit code other than 0/2/65), hangs, the slowest input per MB beside the BBC average per MB
 * measured in the same child, and peak RSS. Sizes: ordinary cases 64 bytes to `--max-kb`, every
 * `--mid-every`-th up to `--mid-mb`, every `--large-every`-th from 1 MiB to `--large-mb` (both default to
 * primes, so each tier goes round all the kinds). Deterministic for a seed. Prints a table, then one JSON
 * line. Exit 1 when anything crashed or hung.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BbcBaseline } from './baseline.js';
import { makeCase, sizeTiers, type CaseOptions } from './cases.js';
import { CaseRunner } from './case-runner.js';
import { runIngest } from './ingest-runner.js';
import { formatTable, summarise, type Ran, type Summary } from './report.js';

const MIB = 1024 * 1024;
/**
 * Time past the deadline for an answer (reading and decoding run before the worker's deadline starts). A
 * stopped worker's replacement loads and warms after the answer, before the next case is sent.
 */
const HANG_GRACE_MS = 60_000;

export interface FuzzOptions extends CaseOptions {
  cases: number;
  seconds: number;
  deadlineMs: number;
  /** The longest an ingest case (a file of several articles) may go without an answer before it is a hang. */
  ingestDeadlineMs: number;
  /** The first this many container cases run the `ingest` CLI in a process of its own (the CLI's own path). */
  cliIngest: number;
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
      'max-kb': { type: 'string', default: '16' },
      'mid-every': { type: 'string', default: '101' },
      'mid-mb': { type: 'string', default: '1' },
      'large-every': { type: 'string', default: '997' },
      'large-mb': { type: 'string', default: '5' },
      'cli-ingest': { type: 'string', default: '6' },
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
    maxBytes: Math.max(64, Math.round(num('max-kb') * 1024)),
    midEvery: num('mid-every'),
    midBytes: Math.round(num('mid-mb') * MIB),
    largeEvery: num('large-every'),
    largeMinBytes: MIB,
    largeBytes: Math.round(num('large-mb') * MIB),
    cliIngest: num('cli-ingest'),
    bbcFiles: num('bbc'),
    ...(values.only !== undefined ? { only: num('only') } : {}),
    log: (line) => process.stderr.write(line + '\n'),
  };
}

export async function runFuzz(options: FuzzOptions): Promise<{ ran: Ran[]; summary: Summary }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-fuzz-'));
  const runner = new CaseRunner(options.deadlineMs / 1000);
  const hangAfterMs = options.deadlineMs + HANG_GRACE_MS;
  let cliLeft = options.cliIngest;
  const started = performance.now();
  const ran: Ran[] = [];
  try {
    const indexCount = options.only !== undefined ? 1 : options.cases;
    const baseline = await BbcBaseline.start(runner, options.bbcFiles, indexCount, hangAfterMs);
    if (options.only === undefined)
      options.log?.(`sizes of ${options.cases} cases: ${JSON.stringify(sizeTiers(options.cases, options))}`);
    const indexes =
      options.only !== undefined ? [options.only] : Array.from({ length: options.cases }, (_, i) => i);
    for (const index of indexes) {
      if ((performance.now() - started) / 1000 > options.seconds) break;
      await baseline?.before(options.only !== undefined ? 0 : index);
      const fuzzCase = makeCase(index, options);
      const path = join(dir, fuzzCase.fileName);
      writeFileSync(path, fuzzCase.bytes);
      const db = join(dir, `case-${index}.db`);
      const viaCli = fuzzCase.target === 'ingest' && cliLeft-- > 0;
      const result =
        fuzzCase.target === 'analyze'
          ? await runner.run({ target: 'analyze', path }, hangAfterMs)
          : viaCli
            ? // A process of its own loads its models first: the same grace as a replaced worker.
              await runIngest(path, db, options.ingestDeadlineMs + HANG_GRACE_MS)
            : await runner.run({ target: 'ingest', path, db }, options.ingestDeadlineMs);
      rmSync(path, { force: true });
      const { bytes, ...rest } = fuzzCase;
      ran.push({ fuzzCase: rest, size: bytes.length, result });
      options.log?.(
        `${index} ${fuzzCase.fileName}${viaCli ? ' (CLI)' : ''} ${(bytes.length / MIB).toFixed(2)} MB: ${result.outcome} (${(result.ms / 1000).toFixed(1)} s, ${Math.round(result.peakRssMb)} MB)`,
      );
    }
    return {
      ran,
      summary: summarise(
        ran,
        options.seed,
        options.deadlineMs / 1000,
        baseline?.result(),
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
