import type { RawInput } from '../doc/types.js';

/** Tags that only appear in HTML, not in plain prose: the presence of one means the content is markup. */
const HTML_TAG = /<(?:html|body|p|div|article|br|head)[\s>/]/i;

/** Whether the input's content is HTML: always for `kind: 'html'`, never for plain text, sniffed otherwise. */
export function isHtmlContent(input: Pick<RawInput, 'kind' | 'content'>): boolean {
  if (input.kind === 'html') return true;
  if (input.kind === 'text') return false;
  return HTML_TAG.test(input.content);
}
