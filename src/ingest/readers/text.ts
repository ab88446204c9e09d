import type { SourceReader } from './reader.js';

/** Plain text: one article per file, paragraphs on their own lines. */
export const textReader: SourceReader = {
  kind: 'text',
  extensions: ['.txt'],
  sniff: () => false,
  toInput: (file) => ({ kind: 'text', content: file.content }),
};
