import type { Doc } from '../../doc/types.js';
import { diagnosticLines, eventLines, findingLines } from './events.js';
import { headerLines } from './header.js';
import { entityLines, placeLines, quoteLines, removedLines, timexLines } from './layers.js';
import { section } from './text.js';

/** The layers of the report in reading order: each a heading and one line per item. */
const SECTIONS: readonly { title: string; lines: (doc: Doc) => string[] }[] = [
  { title: 'Removed', lines: removedLines },
  { title: 'Entities', lines: entityLines },
  { title: 'Quotes', lines: quoteLines },
  { title: 'Dates and times', lines: timexLines },
  { title: 'Places', lines: placeLines },
  { title: 'Events', lines: eventLines },
  { title: 'Findings', lines: findingLines },
  { title: 'Diagnostics', lines: diagnosticLines },
];

/** A readable plain-text report of one analysed article (what `newsgraph analyze --format text` prints). */
export function formatReport(doc: Doc): string {
  return (
    [headerLines(doc).join('\n'), ...SECTIONS.map((s) => section(s.title, s.lines(doc)))].join('\n\n') + '\n'
  );
}
