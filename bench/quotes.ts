/**
 * Quote benchmark on PolNeAR (networkdynamics/PolNeAR; brat standoff attributions).
 *
 *   npm run bench -- quotes [--errors N] [split-folder…]
 *   default: ../shared/data/quotes/polnear/dev relative to the project root. A split folder holds `text/`
 *   and `attributions/`; the first annotator's file per article (sorted file names) is the gold.
 *
 * Each article's text file goes through the whole engine, `analyze({ kind: 'text', content })` (publication
 * date unknown). Our quote spans are offsets into `doc.text`: they are mapped to `doc.raw` with
 * `toRawOffset` (start side for starts, end side for ends, so a span never takes in removed text), then to
 * the file (raw is the file without a leading BOM and with CRLF → LF; an article whose raw differs from
 * that is counted as unaligned and not scored). Gold offsets (code points) are converted to UTF-16.
 *
 * Gold items are contiguous Content fragments (`bench/lib/polnear.ts`); a fragment is DIRECT when it lies
 * inside one pair of quotation marks (`bench/lib/quote-marks.ts`). Both sides are trimmed of quotation
 * marks, punctuation and white space before comparison. Metrics (micro-averaged over all articles):
 * - directContentF1: gold direct fragments vs our whole `kind: 'direct'` quotes, exact start and end. A
 *   partial quote of ours (`partial: true`: ‘feel-out meeting’ woven into the writer's clause) is what PolNeAR
 *   annotates as part of one longer, mixed Content, so it is not compared with the direct fragments; the
 *   table shows how many of them lie in some gold Content, and the strict exact figure counting them as
 *   direct quotes all the same (`directWithPartialF1` in the last line);
 * - directContentOverlapF1: the same with one-to-one any-overlap matching;
 * - speakerAccuracy: of the gold direct fragments with a Source that we found (overlap), the share whose
 *   speaker is right: our `speakerSpan` overlaps the Source, or our speaker entity's name contains the
 *   Source's last word or proper-noun head (`bench/lib/speaker.ts`); no speaker counts as wrong;
 * - allContentOverlapF1: every gold Content fragment (direct and indirect) vs every quote we found.
 * Scare quotes (`scare: true`) are left out of our quotes.
 * Last line: {"task":"quotes","directContentF1":…,"directContentOverlapF1":…,"directWithPartialF1":…,
 * "speakerAccuracy":…,"allContentOverlapF1":…}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toRawOffset } from '../src/doc/offsets.js';
import type { Doc, Span } from '../src/doc/types.js';
import { analyze } from '../src/pipeline.js';
import { packageRoot } from '../src/util/paths.js';
import { parseBrat } from './lib/brat.js';
import { normalisedToFile, normalisePlainFile } from './lib/offsets.js';
import { goldContents, polnearArticles, type PolnearArticle } from './lib/polnear.js';
import { pct, prfFromCounts, round4 } from './lib/prf.js';
import {
  addTally,
  emptyTally,
  scoreArticle,
  type PredictedQuote,
  type QuoteError,
  type QuoteTally,
} from './lib/quote-scoring.js';
import type { MatchCounts } from './lib/span-match.js';

const DEFAULT_DATA = '../shared/data/quotes/polnear/dev';

/** Our non-scare quotes, with spans (and speaker spans) in file offsets. */
function predictedQuotes(doc: Doc, toFile: (offset: number) => number): PredictedQuote[] {
  const fileSpan = (span: Span): Span => ({
    start: toFile(toRawOffset(doc.toRaw, span.start, 'start')),
    end: toFile(toRawOffset(doc.toRaw, span.end, 'end')),
  });
  return doc.quotes
    .filter((q) => !q.scare)
    .map((q) => {
      const name = q.speaker === undefined ? undefined : doc.entities.find((e) => e.id === q.speaker)?.name;
      return {
        span: fileSpan(q),
        direct: q.kind === 'direct',
        ...(q.partial ? { partial: true } : {}),
        speaker: { ...(q.speakerSpan ? { span: fileSpan(q.speakerSpan) } : {}), ...(name ? { name } : {}) },
      };
    });
}

interface ArticleResult {
  tally: QuoteTally;
  errors: QuoteError[];
  text: string;
}

function scoreOne(article: PolnearArticle): ArticleResult | 'unaligned' {
  const text = readFileSync(article.textPath, 'utf8');
  const { contents, misaligned } = goldContents(
    text,
    parseBrat(readFileSync(article.annotationPath, 'utf8')),
  );
  if (misaligned > 0) return 'unaligned';
  const doc = analyze({ kind: 'text', content: text });
  if (doc.raw !== normalisePlainFile(text)) return 'unaligned';
  const { tally, errors } = scoreArticle(text, contents, predictedQuotes(doc, normalisedToFile(text)));
  return { tally, errors, text };
}

function row(name: string, c: MatchCounts): string {
  const s = prfFromCounts(c.tp, c.fp, c.fn);
  const n = (x: number): string => String(x).padStart(6);
  return `${name.padEnd(22)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${n(c.tp + c.fn)}${n(c.tp + c.fp)}${n(c.tp)}`;
}

function printErrors(results: { name: string; result: ArticleResult }[], limit: number): void {
  const clip = (text: string, span: Span | undefined): string =>
    span ? JSON.stringify(text.slice(span.start, span.end).slice(0, 100)) : '—';
  let shown = 0;
  for (const { name, result } of results)
    for (const e of result.errors) {
      if (shown++ >= limit) return;
      const speaker = e.predicted
        ? `${clip(result.text, e.predicted.speaker.span)} (${e.predicted.speaker.name ?? 'no entity'})`
        : '';
      const source = e.gold?.source ? clip(result.text, e.gold.source.fragments[0]) : '';
      console.log(
        `${e.kind.padEnd(14)}${name}: gold ${clip(result.text, e.gold?.span)} src ${source} | ours ${clip(result.text, e.predicted?.span)} spk ${speaker}`,
      );
    }
}

export function run(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { errors: { type: 'string', default: '0' } },
  });
  const folders =
    positionals.length > 0 ? positionals.map((p) => resolve(p)) : [join(packageRoot(), DEFAULT_DATA)];
  const missing = folders.filter((p) => !existsSync(p));
  if (missing.length > 0) return void console.log(`skipped: data not found: ${missing.join(', ')}`);
  const articles: PolnearArticle[] = [];
  for (const folder of folders) {
    const found = polnearArticles(folder);
    if (!Array.isArray(found)) return void console.log(`skipped: ${found.missing}`);
    articles.push(...found);
  }
  if (articles.length === 0)
    return void console.log(`skipped: no annotated articles in ${folders.join(', ')}`);

  const total = emptyTally();
  const scored: { name: string; result: ArticleResult }[] = [];
  let unaligned = 0;
  const started = performance.now();
  for (const article of articles) {
    const result = scoreOne(article);
    if (result === 'unaligned') unaligned++;
    else {
      addTally(total, result.tally);
      scored.push({ name: article.name, result });
    }
  }
  const seconds = (performance.now() - started) / 1000;

  const direct = prfFromCounts(total.directExact.tp, total.directExact.fp, total.directExact.fn);
  const directOverlap = prfFromCounts(total.directOverlap.tp, total.directOverlap.fp, total.directOverlap.fn);
  const all = prfFromCounts(total.allOverlap.tp, total.allOverlap.fp, total.allOverlap.fn);
  const strict = total.directWithPartialExact;
  const withPartial = prfFromCounts(strict.tp, strict.fp, strict.fn);
  const speakerAccuracy = total.speakerJudged === 0 ? 0 : total.speakerRight / total.speakerJudged;

  console.log(
    `Quotes on ${folders.join(', ')}: ${scored.length} articles scored, ${unaligned} unaligned, ` +
      `${(articles.length / seconds).toFixed(1)} articles/s (whole pipeline)`,
  );
  console.log('metric                 precis  recall      F1  gold  pred  corr');
  console.log(row('direct, exact', total.directExact));
  console.log(row('  with partial quotes', total.directWithPartialExact));
  console.log(row('direct, overlap', total.directOverlap));
  console.log(row('all content, overlap', total.allOverlap));
  console.log(
    `speaker accuracy ${pct(speakerAccuracy)}  (${total.speakerRight} of ${total.speakerJudged} found direct quotes with a gold Source)`,
  );
  console.log(
    `partial quotes of ours: ${total.partial}, of which ${total.partialInsideGold} lie in a gold Content`,
  );
  console.log(
    `of ${total.directOverlap.fp} unmatched direct quotes of ours, ${total.spuriousInsideGold} overlap a gold Content (a partial quote inside a longer Content, or a quote we split)`,
  );
  printErrors(scored, Number(values.errors));
  console.log(
    JSON.stringify({
      task: 'quotes',
      directContentF1: round4(direct.f1),
      directContentOverlapF1: round4(directOverlap.f1),
      directWithPartialF1: round4(withPartial.f1),
      speakerAccuracy: round4(speakerAccuracy),
      allContentOverlapF1: round4(all.f1),
    }),
  );
}
