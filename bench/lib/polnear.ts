/**
 * PolNeAR (networkdynamics/PolNeAR) as gold quotes. A split folder holds `text/<article>.txt` and
 * `attributions/<article>_<annotator>.ann` (brat standoff; several annotators may have done one article).
 * We score one annotation per article: the FIRST `.ann` file of the article in sorted file-name order (so
 * the choice depends on nothing but the file names).
 *
 * Gold items are the contiguous fragments of every `Content` text-bound (a discontinuous Content, usually a
 * quote interrupted by its cue, gives one item per fragment). Each carries the `Source` of the event that
 * names it (`Attribution` events; `Attribution-no-source` ones have none) and whether it is direct (see
 * `quote-marks.ts`). Offsets are converted from brat's code points to UTF-16 offsets of the file text.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/doc/types.js';
import type { BratDocument } from './brat.js';
import { codePointsToUtf16 } from './offsets.js';
import { isDirectFragment } from './quote-marks.js';
import type { GoldSource } from './speaker.js';

export interface PolnearArticle {
  name: string;
  textPath: string;
  annotationPath: string;
}

export interface GoldContent {
  span: Span;
  direct: boolean;
  source?: GoldSource;
}

const ANNOTATION_FILE = /^(.+)_([^_]+)\.ann$/;

/** Articles of a split folder with their first annotator's file, or what is missing. */
export function polnearArticles(folder: string): PolnearArticle[] | { missing: string } {
  const textDir = join(folder, 'text');
  const annotationDir = join(folder, 'attributions');
  if (!existsSync(textDir) || !existsSync(annotationDir))
    return { missing: `${folder} has no text/ and attributions/ folders` };
  const firstFile = new Map<string, string>();
  for (const file of readdirSync(annotationDir).sort()) {
    const m = ANNOTATION_FILE.exec(file);
    if (m && !firstFile.has(m[1]!)) firstFile.set(m[1]!, file);
  }
  return [...firstFile.entries()]
    .map(([name, file]) => ({
      name,
      textPath: join(textDir, name + '.txt'),
      annotationPath: join(annotationDir, file),
    }))
    .filter((a) => existsSync(a.textPath));
}

export interface GoldReading {
  contents: GoldContent[];
  /** Text-bounds whose single fragment does not cover the text the annotation file gives for it. */
  misaligned: number;
}

export function goldContents(fileText: string, brat: BratDocument): GoldReading {
  const toUtf16 = codePointsToUtf16(fileText);
  const spansOf = (fragments: readonly Span[]): Span[] =>
    fragments.map((f) => ({ start: toUtf16(f.start), end: toUtf16(f.end) }));
  let misaligned = 0;
  for (const bound of brat.bounds.values()) {
    const [only] = spansOf(bound.fragments);
    if (bound.fragments.length === 1 && only && fileText.slice(only.start, only.end) !== bound.text)
      misaligned++;
  }
  const sourceOf = new Map<string, GoldSource>();
  for (const event of brat.events) {
    const source = brat.bounds.get(event.args.find((a) => a.role === 'Source')?.id ?? '');
    if (!source) continue;
    const gold = { fragments: spansOf(source.fragments), text: source.text };
    for (const arg of event.args)
      if (arg.role.startsWith('Content') && !sourceOf.has(arg.id)) sourceOf.set(arg.id, gold);
  }
  const contents: GoldContent[] = [];
  for (const bound of brat.bounds.values()) {
    if (bound.type !== 'Content') continue;
    const source = sourceOf.get(bound.id);
    for (const span of spansOf(bound.fragments))
      contents.push({ span, direct: isDirectFragment(fileText, span), ...(source ? { source } : {}) });
  }
  contents.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { contents, misaligned };
}
