/**
 * Turning CoNLL token columns into running text for the engine, and the engine's character spans back into
 * per-token tags, so engine output can be scored with conlleval. The text is the tokens of each sentence
 * joined with one space, one sentence per line.
 */

export interface ConllText {
  text: string;
  /** Per sentence, per token: its `[start, end)` offsets in `text`. */
  offsets: [number, number][][];
}

export function conllText(sentences: readonly (readonly string[])[]): ConllText {
  const offsets: [number, number][][] = [];
  let at = 0;
  for (const words of sentences) {
    offsets.push(
      words.map((w) => {
        const span: [number, number] = [at, at + w.length];
        at += w.length + 1;
        return span;
      }),
    );
    if (words.length === 0) at += 1;
  }
  return { text: sentences.map((words) => words.join(' ')).join('\n'), offsets };
}

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * IOB2 tags per sentence from character spans: a span tags every token it overlaps (a span that cuts a
 * token in two still claims the token), `B-` on the first and `I-` on the rest, within the sentence of its
 * first token. Where spans overlap the same token, the earlier span keeps it.
 */
export function tagsFromSpans(layout: ConllText, spans: readonly TypedSpan[]): string[][] {
  const tags = layout.offsets.map((words) => words.map(() => 'O'));
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    const hit = firstTokenOverlapping(layout, span);
    if (!hit) continue;
    const [s, first] = hit;
    const words = layout.offsets[s]!;
    for (let k = first; k < words.length && words[k]![0] < span.end; k++) {
      if (tags[s]![k] !== 'O') break;
      tags[s]![k] = (k === first ? 'B-' : 'I-') + span.type;
    }
  }
  return tags;
}

/** Sentence and token index of the first token ending after `span.start` and starting before its end. */
function firstTokenOverlapping(layout: ConllText, span: TypedSpan): [number, number] | undefined {
  for (let s = 0; s < layout.offsets.length; s++) {
    const words = layout.offsets[s]!;
    const last = words[words.length - 1];
    if (!last || last[1] <= span.start) continue;
    const k = words.findIndex(([, end]) => end > span.start);
    return k >= 0 && words[k]![0] < span.end ? [s, k] : undefined;
  }
  return undefined;
}
