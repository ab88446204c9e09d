/**
 * The events stage alone, on BBC articles: each article is run through the stages before `events` once
 * (untimed), then `codeEvents` over all of them for some rounds, timed in wall-clock and CPU (user + system)
 * milliseconds per article. CPU time is the steadier figure on a shared machine.
 *
 *   npm run bench -- events-stage [--files N] [--rounds R] [--out events.json] [folder]
 *   default: the first 50 files (by name) of ../shared/data/corpus/bbc-news/business, 3 rounds.
 *
 * `--out` writes every article's events as JSON, to diff two versions of the stage (a speed change must
 * leave it identical). Last line: {"task":"events-stage","msPerArticle","cpuMsPerArticle","articles","events"}.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import type { Doc } from '../src/doc/types.js';
import { codeEvents } from '../src/events/index.js';
import { prepareDoc, STAGES } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';

const DEFAULT_FOLDER = '../shared/data/corpus/bbc-news/business';

export function run(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { files: { type: 'string' }, rounds: { type: 'string' }, out: { type: 'string' } },
  });
  const folder = resolve(packageRoot(), positionals[0] ?? DEFAULT_FOLDER);
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, Number(values.files ?? 50));
  const ctx = createContext();
  const before = STAGES.slice(
    0,
    STAGES.findIndex((s) => s.name === 'events'),
  );
  const docs = names.map((name) => {
    // The BBC files carry no date: a fixed one, so times anchor the same way on every run.
    let doc = prepareDoc({
      kind: 'text',
      content: readFileSync(join(folder, name), 'utf8'),
      meta: { published: '2005-01-01' },
    });
    for (const stage of before) doc = stage.run(doc, ctx);
    return doc;
  });
  const coded = docs.map((doc) => codeEvents(doc, ctx)); // warms the tables and the model
  if (values.out)
    writeFileSync(
      values.out,
      JSON.stringify(
        coded.map((d) => d.events),
        null,
        1,
      ),
    );

  const rounds = Number(values.rounds ?? 3);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const doc of docs) codeEvents(doc as Doc, ctx);
  const used = process.cpuUsage(cpu);
  const n = rounds * docs.length;
  const msPerArticle = Number(((performance.now() - started) / n).toFixed(3));
  const cpuMsPerArticle = Number(((used.user + used.system) / 1000 / n).toFixed(3));
  const events = coded.reduce((sum, d) => sum + d.events.length, 0);
  console.log(`events stage on ${docs.length} articles of ${folder}, ${rounds} rounds: ${events} events`);
  console.log(`wall ${msPerArticle} ms/article, cpu ${cpuMsPerArticle} ms/article`);
  console.log(
    JSON.stringify({ task: 'events-stage', msPerArticle, cpuMsPerArticle, articles: docs.length, events }),
  );
}
