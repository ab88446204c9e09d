/**
 * This tree's pipeline against another checkout's, stage by stage, in ONE process: both trees' `analyze()`
 * stages (bench/lib/staged-analyze.ts of each) run over the same BBC articles in alternating rounds, so a
 * change of machine speed between runs (which swings the throughput bench ±20 % on a shared VM) hits both
 * sides alike. Prints ms per article per stage for each tree and whether their Docs are identical.
 *
 *   npm run bench -- stages-ab --against <other checkout> [--every N] [--rounds R]
 *   default: every 12th file of each BBC folder (by name), 4 rounds after a warm-up of 30 articles.
 *
 * The other checkout needs its node_modules (or a link to this tree's). Last line:
 * {"task":"stages-ab","articles","rounds","identical","here":{stage: ms},"against":{stage: ms}}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Doc, RawInput } from '../src/doc/types.js';
import { packageRoot } from '../src/util/paths.js';

const CORPUS = '../shared/data/corpus/bbc-news';
const WARM_UP = 30;

type StagedRun = (input: RawInput, totals: Map<string, number>) => Doc;

/** A checkout's staged `analyze()` with a context of its own. */
async function stagedRun(root: string): Promise<StagedRun> {
  const load = (path: string): Promise<unknown> => import(pathToFileURL(join(root, path)).href);
  const { createContext } = (await load('src/context.ts')) as { createContext: () => unknown };
  const { analyzeByStage } = (await load('bench/lib/staged-analyze.ts')) as {
    analyzeByStage: (input: RawInput, ctx: unknown, totals: Map<string, number>) => Doc;
  };
  const ctx = createContext();
  return (input, totals) => analyzeByStage(input, ctx, totals);
}

function articles(every: number): RawInput[] {
  const root = resolve(packageRoot(), CORPUS);
  const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  return folders
    .map((d) => d.name)
    .sort()
    .flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .filter((_, i) => i % every === 0)
        .map((f) => readFileSync(join(root, folder, f), 'utf8')),
    )
    .map((content) => ({ kind: 'text', content, meta: { published: '2005-01-15' } }));
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { against: { type: 'string' }, every: { type: 'string' }, rounds: { type: 'string' } },
  });
  if (!values.against) throw new Error('stages-ab: --against <other checkout> is required');
  const inputs = articles(Number(values.every ?? 12));
  const rounds = Number(values.rounds ?? 4);
  const sides = [await stagedRun(packageRoot()), await stagedRun(resolve(values.against))];
  const totals = sides.map(() => new Map<string, number>());
  const firstDocs = sides.map((side) => inputs.map((input) => side(input, new Map())));
  for (const side of sides) for (const input of inputs.slice(0, WARM_UP)) side(input, new Map());
  for (let round = 0; round < rounds; round++)
    sides.forEach((side, i) => inputs.forEach((input) => side(input, totals[i]!)));

  const perArticle = (m: Map<string, number>): Record<string, number> =>
    Object.fromEntries([...m].map(([stage, ms]) => [stage, +(ms / (inputs.length * rounds)).toFixed(3)]));
  const [here, against] = totals.map(perArticle) as [Record<string, number>, Record<string, number>];
  const identical = JSON.stringify(firstDocs[0]) === JSON.stringify(firstDocs[1]);
  console.log(`${inputs.length} BBC articles, ${rounds} alternated rounds; Docs identical: ${identical}`);
  console.log(`${'stage'.padEnd(8)} ${'here'.padStart(9)} ${'against'.padStart(9)}   ms/article`);
  for (const stage of Object.keys(here))
    console.log(
      `${stage.padEnd(8)} ${here[stage]!.toFixed(3).padStart(9)} ${against[stage]!.toFixed(3).padStart(9)}`,
    );
  const sum = (r: Record<string, number>): string =>
    Object.values(r)
      .reduce((a, b) => a + b, 0)
      .toFixed(3);
  console.log(`${'total'.padEnd(8)} ${sum(here).padStart(9)} ${sum(against).padStart(9)}`);
  console.log(
    JSON.stringify({ task: 'stages-ab', articles: inputs.length, rounds, identical, here, against }),
  );
}
