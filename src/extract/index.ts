import type { Diagnostic, Meta, RawInput } from '../doc/types.js';
import { extractHtml } from './html.js';
import { firstLineHeadline, titleText } from './headline.js';
import { normalisePlainText } from './plain-text.js';
import { isHtmlContent } from './sniff.js';

export { normalisePublished } from './dates.js';

/**
 * The extract stage: article text (`raw`, one paragraph per line) and metadata from one input. Plain text
 * passes through with only CRLF and a BOM normalised (a first line that reads as a headline becomes the
 * title, and stays in the text); HTML goes through Readability over linkedom.
 * Never throws on odd content: it records a diagnostic and returns what it could get.
 */
export function extract(input: RawInput): { raw: string; meta: Meta; diagnostics: Diagnostic[] } {
  if (!isHtmlContent(input)) {
    const raw = normalisePlainText(input.content);
    const headline = input.firstLineTitle === false ? undefined : firstLineHeadline(raw);
    const meta: Meta = headline ? { title: titleText(headline.title), titleLine: headline.title } : {};
    return { raw, meta, diagnostics: [] };
  }
  try {
    return extractHtml(normalisePlainText(input.content));
  } catch (error) {
    // A bug or a parser crash on pathological markup: keep the text, never lose the article.
    return {
      raw: stripTags(input.content),
      meta: {},
      diagnostics: [
        { stage: 'extract', message: `HTML extraction failed (${String(error)}); tags stripped` },
      ],
    };
  }
}

function stripTags(html: string): string {
  return normalisePlainText(html)
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
