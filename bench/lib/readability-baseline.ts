/**
 * The baseline extractor: raw Readability (@mozilla/readability) over linkedom, default options, and the
 * article's `textContent` as it comes (no line layout, no cleaning). Throws when the page cannot be parsed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

interface Parsed {
  textContent?: string | null;
}

export function readabilityText(html: string): string {
  const { document } = parseHTML(html) as { document: unknown };
  const article = new Readability(
    document as ConstructorParameters<typeof Readability>[0],
  ).parse() as Parsed | null;
  return article?.textContent ?? '';
}
