/** Quotes of a text run through the whole engine, as rows for whole-engine speaker tests. */
import { analyze } from '../../src/pipeline.js';

export type Row = [quote: string, speaker: string, span: string];

/** [quote text, speaker entity's name or '-', speaker span] of each non-scare quote, under a dummy headline. */
export function quotes(text: string, published = '2005-01-15'): Row[] {
  const doc = analyze({ kind: 'text', content: `Headline of the story\n\n${text}`, meta: { published } });
  const name = (id?: string): string => doc.entities.find((e) => e.id === id)?.name ?? '-';
  return doc.quotes.filter((q) => !q.scare).map((q) => [q.text, name(q.speaker), q.speakerSpan?.text ?? '']);
}

/** The first row whose quote contains `quote`. */
export const rowOf = (rows: Row[], quote: string): Row | undefined =>
  rows.find(([text]) => text.includes(quote));
