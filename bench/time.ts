/**
 * Temporal-expression benchmark: TempEval-3 Task A (recognition and normalisation of TIMEX3) on TimeML files.
 *
 *   npm run bench -- time [--errors N] [file-or-folder…]
 *   default: ../shared/data/time/tempeval3/ (TimeBank + AQUAINT, TBAQ-cleaned) relative to the project root;
 *   folders are read recursively for `.tml` files; rows of the table are the files' parent folders.
 *
 * Each document's TEXT content (tags stripped, entities decoded) goes through the whole engine, `analyze()`
 * with `kind: 'text'` and `meta.published` = the DCT's value, and its `doc.timexes` are scored against the
 * gold TIMEX3s exactly as the TempEval-3 scorer does (see bench/lib/tempeval.ts): strict and relaxed extent
 * match (relaxed = share at least one character, one-to-one), micro-averaged P/R/F1; type and value
 * accuracy over relaxed-matched pairs; value F1 = value accuracy × relaxed F1 (TE3's "attribute F1").
 *
 * Label mapping: our timex spans include a leading preposition ("on Friday"); TimeML's do not, so each
 * span is cut to `timemlExtent()` (src/time/extent.ts) before matching. Types are TimeML's already; values
 * are compared as strings, unchanged. Spans in the cleaned text are mapped back to the raw text (gold
 * offsets) through `doc.toRaw`.
 *
 * Last line: {"task":"time","strictF1":…,"relaxedF1":…,"typeAccuracy":…,"valueF1":…}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/pipeline.js';
import { timemlExtent } from '../src/time/extent.js';
import { packageRoot } from '../src/util/paths.js';
import { inputFiles } from './lib/files.js';
import { pct, round4 } from './lib/prf.js';
import { toRawSpan } from './lib/raw-spans.js';
import { alignSpans } from './lib/spans.js';
import {
  addCounts,
  countTimexes,
  emptyCounts,
  te3Scores,
  type Te3Counts,
  type TimexAnnotation,
} from './lib/tempeval.js';
import { readTimeml, type TimemlDocument } from './lib/timeml.js';

const DEFAULT_DATA = '../shared/data/time/tempeval3';

/** The engine's timexes of one document, as TimeML extents in raw-text offsets. */
function systemTimexes(doc: TimemlDocument): TimexAnnotation[] {
  const analysed = analyze({ kind: 'text', content: doc.text, meta: doc.dct ? { published: doc.dct } : {} });
  if (analysed.raw !== doc.text) throw new Error(`bench time: extract changed the text of ${doc.id}`);
  return analysed.timexes.map((t) => {
    const extent = timemlExtent(t);
    return { ...toRawSpan(analysed.toRaw, extent), type: t.type, value: t.value };
  });
}

function row(name: string, docs: number, c: Te3Counts): string {
  const s = te3Scores(c);
  const n = (x: number): string => String(x).padStart(6);
  return (
    `${name.padEnd(10)}${n(docs)}${n(c.gold)}${n(c.system)}` +
    `${pct(s.strict.precision)}${pct(s.strict.recall)}${pct(s.strict.f1)}` +
    `${pct(s.relaxed.precision)}${pct(s.relaxed.recall)}${pct(s.relaxed.f1)}` +
    `${pct(s.typeAccuracy)}${pct(s.valueAccuracy)}${pct(s.valueF1)}`
  );
}

/** Up to `limit` lines of misses, spurious timexes and wrong values, for reading what went wrong. */
function errorLines(doc: TimemlDocument, system: readonly TimexAnnotation[], limit: number): string[] {
  const pairs = alignSpans(doc.timexes, system);
  const lines: string[] = [];
  const at = (s: { start: number; end: number }): string => JSON.stringify(doc.text.slice(s.start, s.end));
  const matchedSystem = new Set(pairs.map(([, si]) => si));
  const matchedGold = new Set(pairs.map(([gi]) => gi));
  doc.timexes.forEach((g, gi) => {
    if (!matchedGold.has(gi)) lines.push(`  missed   ${at(g)} ${g.type} ${g.value}`);
  });
  system.forEach((s, si) => {
    if (!matchedSystem.has(si)) lines.push(`  spurious ${at(s)} ${s.type} ${s.value}`);
  });
  for (const [gi, si] of pairs) {
    const g = doc.timexes[gi]!;
    const s = system[si]!;
    if (g.value !== s.value || g.type !== s.type)
      lines.push(`  wrong    ${at(g)} gold ${g.type} ${g.value} / ours ${at(s)} ${s.type} ${s.value}`);
  }
  return lines.slice(0, limit);
}

export function run(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { errors: { type: 'string', default: '0' } },
  });
  const errorBudget = Number(values.errors) || 0;
  const paths =
    positionals.length > 0 ? positionals.map((p) => resolve(p)) : [join(packageRoot(), DEFAULT_DATA)];
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) return void console.log(`skipped: data not found: ${missing.join(', ')}`);
  const files = paths.flatMap((p) => inputFiles(p, ['.tml']));
  if (files.length === 0) return void console.log(`skipped: no .tml files in ${paths.join(', ')}`);

  const bySubcorpus = new Map<string, { docs: number; counts: Te3Counts }>();
  let total = emptyCounts();
  let errorsShown = 0;
  const started = performance.now();
  for (const file of files) {
    const doc = readTimeml(readFileSync(file, 'utf8'), basename(file));
    const system = systemTimexes(doc);
    const counts = countTimexes(doc.timexes, system);
    const sub = basename(dirname(file));
    const entry = bySubcorpus.get(sub) ?? { docs: 0, counts: emptyCounts() };
    bySubcorpus.set(sub, { docs: entry.docs + 1, counts: addCounts(entry.counts, counts) });
    total = addCounts(total, counts);
    if (errorsShown < errorBudget) {
      const lines = errorLines(doc, system, errorBudget - errorsShown);
      if (lines.length > 0) console.log(`${doc.id} (DCT ${doc.dct ?? 'none'})\n${lines.join('\n')}`);
      errorsShown += lines.length;
    }
  }
  const seconds = (performance.now() - started) / 1000;

  console.log(
    `TempEval-3 timex (whole engine) on ${paths.join(', ')}: ${files.length} documents, ${seconds.toFixed(1)} s`,
  );
  console.log(
    '                        -------- strict -------  ------- relaxed -------   type  value  value',
  );
  console.log(
    'corpus      docs  gold   sys    P      R      F1      P      R      F1      acc    acc     F1',
  );
  for (const [name, { docs, counts }] of [...bySubcorpus].sort()) console.log(row(name, docs, counts));
  console.log(row('all', files.length, total));
  const s = te3Scores(total);
  const zoneless = total.relaxed === 0 ? 0 : total.valueCorrectIgnoringZone / total.relaxed;
  console.log(
    `not TE3: value accuracy ignoring a trailing UTC offset ${pct(zoneless).trim()}, ` +
      `value F1 ${pct(zoneless * s.relaxed.f1).trim()}`,
  );
  console.log(
    JSON.stringify({
      task: 'time',
      strictF1: round4(s.strict.f1),
      relaxedF1: round4(s.relaxed.f1),
      typeAccuracy: round4(s.typeAccuracy),
      valueF1: round4(s.valueF1),
    }),
  );
}
