import type { SourceReader } from './reader.js';

/** A document that opens like HTML is HTML whatever its extension (scrapers often save pages as .txt). */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

/** A saved web page: one article per file; extract turns it into text and metadata. */
export const htmlReader: SourceReader = {
  kind: 'html',
  extensions: ['.html', '.htm'],
  sniff: (content) => HTML_START.test(content),
  toInput: (file) => ({ kind: 'html', content: file.content }),
};
