/**
 * Cold start: `npm run bench -- coldstart [--runs N] [--before BIN]`.
 *
 * Times fresh processes from start to exit: `node -e 0` (the floor: Node's own start), and the README's
 * `analyze` of the seed (`examples/seed-article.txt --published 2025-08-14 --format text`) through this
 * tree's bin (`dist/cli/main.js`, as `npx newsgraph` runs it; build it first) and, with `--before`, through
 * another build's bin (e.g. `/work/main/dist/src/cli/main.js`), interleaved: floor, before, after, floor, …
 * so that every variant sees the same load on a shared machine. Each bin has its own gazetteer cache
 * (NEWSGRAPH_CACHE_DIR under the OS temp folder), filled by one untimed run, and both must print the same.
 *
 * Reports the median and min wall seconds and the median CPU seconds (user + sys, from /usr/bin/time) and
 * peak RSS of each, with the load average at start and end.
 * Last line: {"task":"coldstart","runs","load","floorS","beforeS","afterS",…}.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const SEED_ARGS = ['analyze', 'examples/seed-article.txt', '--published', '2025-08-14', '--format', 'text'];

interface Variant {
  name: string;
  args: string[];
  cacheDir: string;
  runs: Sample[];
}

interface Sample {
  wallS: number;
  cpuS: number;
  rssMb: number;
  stdout: string;
}

/** One run under /usr/bin/time: wall from here, CPU and peak RSS of the whole process from time(1). */
function timed(variant: Variant): Sample {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...variant.args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEWSGRAPH_CACHE_DIR: variant.cacheDir, NEWSGRAPH_DEBUG: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${variant.name} failed: ${result.stderr}`);
  const [user, sys, rssKb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wallS, cpuS: user! + sys!, rssMb: rssKb! / 1024, stdout: result.stdout };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

export function run(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: { runs: { type: 'string', default: '10' }, before: { type: 'string' } },
  });
  const runs = Number(values.runs);
  const caches = join(tmpdir(), `newsgraph-coldstart-${process.pid}`);
  const variant = (name: string, args: string[]): Variant => {
    const cacheDir = join(caches, name);
    mkdirSync(cacheDir, { recursive: true });
    return { name, args, cacheDir, runs: [] };
  };
  const floor = variant('node -e 0', ['-e', '0']);
  const after = variant('after', [join(ROOT, 'dist', 'cli', 'main.js'), ...SEED_ARGS]);
  const before = values.before ? variant('before', [resolve(values.before), ...SEED_ARGS]) : undefined;
  const measured = [floor, ...(before ? [before] : []), after];
  // Untimed: fills each bin's gazetteer cache; the outputs must agree.
  const expected = timed(after).stdout;
  if (before && timed(before).stdout !== expected)
    throw new Error('before and after print different outputs');
  const loadAtStart = load();
  for (let i = 0; i < runs; i++)
    for (const v of measured) {
      const sample = timed(v);
      if (v !== floor && sample.stdout !== expected) throw new Error(`${v.name}: output changed`);
      v.runs.push(sample);
    }
  const loadAtEnd = load();
  console.log(`load average at start ${loadAtStart}, at end ${loadAtEnd}; ${runs} interleaved runs each`);
  console.log('variant      wall median  wall min  CPU median  peak RSS median');
  const figures: Record<string, number> = {};
  for (const v of measured) {
    const wall = median(v.runs.map((r) => r.wallS));
    const cpu = median(v.runs.map((r) => r.cpuS));
    const rss = median(v.runs.map((r) => r.rssMb));
    const min = Math.min(...v.runs.map((r) => r.wallS));
    console.log(
      `${v.name.padEnd(12)} ${wall.toFixed(3).padStart(9)} s ${min.toFixed(3).padStart(7)} s ` +
        `${cpu.toFixed(2).padStart(8)} s ${rss.toFixed(0).padStart(10)} MB`,
    );
    const key = v === floor ? 'floor' : v.name;
    figures[`${key}S`] = round(wall);
    figures[`${key}MinS`] = round(min);
    figures[`${key}CpuS`] = round(cpu, 2);
    figures[`${key}RssMb`] = round(rss, 0);
  }
  console.log(JSON.stringify({ task: 'coldstart', runs, load: [loadAtStart, loadAtEnd], ...figures }));
}
