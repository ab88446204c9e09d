import type { Baseline } from './baseline.js';
import type { FuzzCase } from './cases.js';
import type { CaseResult } from './outcome.js';

export interface Ran {
  fuzzCase: Pick<FuzzCase, 'index' | 'kind' | 'target' | 'fileName'>;
  size: number;
  result: CaseResult;
}

/** Per-MB cost is only meaningful once the fixed cost per article is small beside the size. */
const MIN_BYTES_FOR_RATE = 16 * 1024;
const MIB = 1024 * 1024;

export interface Summary {
  task: 'fuzz';
  seed: number;
  cases: number;
  ok: number;
  refused: number;
  crashes: number;
  hangs: number;
  deadlineS: number;
  slowestMsPerMb: number | null;
  slowestCase: string | null;
  bbcMsPerMb: number | null;
  slowestRatioToBbc: number | null;
  /** Cases by input size in bytes: up to 64 KiB, up to 1 MiB, over 1 MiB; and the largest, in MiB. */
  sizes: { upTo64KiB: number; upTo1MiB: number; over1MiB: number; maxMb: number };
  peakRssMb: number;
  elapsedS: number;
}

export function summarise(
  ran: readonly Ran[],
  seed: number,
  deadlineS: number,
  baseline: Baseline | undefined,
  elapsedS: number,
): Summary {
  const count = (outcome: CaseResult['outcome']): number =>
    ran.filter((r) => r.result.outcome === outcome).length;
  const rated = ran.filter(
    (r) => r.fuzzCase.target === 'analyze' && r.size >= MIN_BYTES_FOR_RATE && r.result.outcome !== 'crash',
  );
  const slowest = rated.reduce<Ran | undefined>((a, r) => (!a || rate(r) > rate(a) ? r : a), undefined);
  const slowestMsPerMb = slowest ? round(rate(slowest)) : null;
  return {
    task: 'fuzz',
    seed,
    cases: ran.length,
    ok: count('ok'),
    refused: count('refused'),
    crashes: count('crash'),
    hangs: count('hang'),
    deadlineS,
    slowestMsPerMb,
    slowestCase: slowest
      ? `${slowest.fuzzCase.fileName} (${(slowest.size / MIB).toFixed(2)} MB${slowest.result.outcome === 'hang' ? ', hung' : ''})`
      : null,
    bbcMsPerMb: baseline ? round(baseline.msPerMb) : null,
    slowestRatioToBbc: baseline && slowestMsPerMb !== null ? round(slowestMsPerMb / baseline.msPerMb) : null,
    sizes: {
      upTo64KiB: ran.filter((r) => r.size <= 64 * 1024).length,
      upTo1MiB: ran.filter((r) => r.size > 64 * 1024 && r.size <= MIB).length,
      over1MiB: ran.filter((r) => r.size > MIB).length,
      maxMb: round(Math.max(0, ...ran.map((r) => r.size)) / MIB),
    },
    peakRssMb: round(Math.max(0, ...ran.map((r) => r.result.peakRssMb))),
    elapsedS: round(elapsedS),
  };
}

const rate = (r: Ran): number => r.result.ms / (r.size / MIB);
const round = (n: number): number => Math.round(n * 10) / 10;

/** One row per kind, then every crash and hang by name (the seed and index make it again). */
export function formatTable(ran: readonly Ran[]): string {
  const kinds = [...new Set(ran.map((r) => r.fuzzCase.kind))].sort();
  const rows = kinds.map((kind) => {
    const mine = ran.filter((r) => r.fuzzCase.kind === kind);
    const n = (o: CaseResult['outcome']): number => mine.filter((r) => r.result.outcome === o).length;
    const maxMs = Math.max(...mine.map((r) => r.result.ms));
    const maxMb = Math.max(...mine.map((r) => r.size)) / MIB;
    return [
      kind,
      mine[0]!.fuzzCase.target,
      mine.length,
      n('ok'),
      n('refused'),
      n('crash'),
      n('hang'),
      maxMb.toFixed(2),
      (maxMs / 1000).toFixed(1),
    ];
  });
  const header = ['kind', 'via', 'cases', 'ok', 'refused', 'crash', 'hang', 'max MB', 'max s'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: readonly unknown[]): string =>
    cells.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  const bad = ran.filter((r) => r.result.outcome === 'crash' || r.result.outcome === 'hang');
  const details = bad.map((r) =>
    `${r.result.outcome.toUpperCase()} case ${r.fuzzCase.index} ${r.fuzzCase.fileName} (${(r.size / MIB).toFixed(2)} MB, exit ${r.result.exit ?? '-'}): ${r.result.message ?? ''}`.slice(
      0,
      300,
    ),
  );
  return [line(header), ...rows.map(line), ...(details.length ? ['', ...details] : [])].join('\n');
}
