/**
 * Hostile-input benchmark (issue 16): seconds per MB of the whole pipeline on each hostile shape
 * (bench/lib/hostile-shapes.ts) next to the BBC average, one core, in this process, in the same run.
 *
 *   npm run bench -- hostile [--kb 200] [--shapes one-word,dates] [--bbc-sample 200] [--stages]
 *
 * Each shape is analysed once at `--kb` KiB (after one warm-up article loads the models). The BBC figure is
 * the total time over an even sample of `--bbc-sample` files of ../shared/data/corpus/bbc-news divided by
 * their total size. `ratio` = shape s/MB ÷ BBC s/MB (issue 16 asks ≤ 5). `--stages` adds the slowest stage.
 *
 * Last line: {"task":"hostile","bbcSecPerMb", "<shape>": {"secPerMb","ratio"}, …}.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { listInputs, readInputFile } from '../src/ingest/index.js';
import { analyze } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';
import { hostileText, SHAPE_NAMES, type HostileShape } from './lib/hostile-shapes.js';
import { analyzeByStage } from './lib/staged-analyze.js';
import { evenSample, MIB } from './lib/throughput-math.js';

const BBC = '../shared/data/corpus/bbc-news';

function bbcSecPerMb(sample: number, ctx: ReturnType<typeof createContext>): number {
  const folder = join(packageRoot(), BBC);
  if (!existsSync(folder)) return NaN;
  const paths = listInputs([folder]);
  let bytes = 0;
  let ms = 0;
  // Untimed warm-up: the first articles load gazetteers, tables and models lazily (seconds, not per article).
  for (const path of paths.slice(0, 20)) analyze({ kind: 'text', content: readInputFile(path).content }, ctx);
  for (const i of evenSample(paths.length, sample)) {
    const input = readInputFile(paths[i]!);
    bytes += statSync(paths[i]!).size;
    const started = performance.now();
    analyze({ kind: input.kind, content: input.content }, ctx);
    ms += performance.now() - started;
  }
  return ms / 1000 / (bytes / MIB);
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      kb: { type: 'string', default: '200' },
      shapes: { type: 'string' },
      'bbc-sample': { type: 'string', default: '200' },
      stages: { type: 'boolean', default: false },
    },
  });
  const chars = Math.round(Number(values.kb) * 1024);
  const shapes = values.shapes ? (values.shapes.split(',') as HostileShape[]) : SHAPE_NAMES;
  const ctx = createContext();
  analyze({ kind: 'text', content: hostileText('many-names', 2000) }, ctx); // loads models
  const bbc = bbcSecPerMb(Number(values['bbc-sample']), ctx);
  const figures: Record<string, { secPerMb: number; ratio: number; slowestStage?: string }> = {};
  console.log(`BBC average: ${bbc.toFixed(2)} s/MB\nshape\tKiB\ts/MB\tratio to BBC`);
  for (const shape of shapes) {
    const content = hostileText(shape, chars);
    const totals = new Map<string, number>();
    const started = performance.now();
    if (values.stages) analyzeByStage({ kind: 'text', content }, ctx, totals);
    else analyze({ kind: 'text', content }, ctx);
    const secPerMb = (performance.now() - started) / 1000 / (chars / MIB);
    const slowest = [...totals].sort((a, b) => b[1] - a[1])[0];
    const slowestStage = slowest ? `${slowest[0]} ${(slowest[1] / 1000).toFixed(2)} s` : undefined;
    figures[shape] = { secPerMb, ratio: secPerMb / bbc, ...(slowestStage ? { slowestStage } : {}) };
    console.log(
      `${shape}\t${values.kb}\t${secPerMb.toFixed(2)}\t${(secPerMb / bbc).toFixed(2)}` +
        (slowestStage ? `\t(slowest: ${slowestStage})` : ''),
    );
  }
  console.log(JSON.stringify({ task: 'hostile', bbcSecPerMb: bbc, ...figures }));
}
