/**
 * Reads brat standoff annotations (https://brat.nlplab.org/standoff.html): text-bound `T` lines
 * (`T3<TAB>Content 115 290;300 310<TAB>text`, one or more fragments) and event `E` lines
 * (`E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`: trigger first, then role:id arguments). Other line
 * kinds (attributes, relations, notes) are kept out. Offsets are as written in the file: brat counts Unicode
 * code points; see `codePointsToUtf16` in `offsets.ts` for JavaScript strings.
 */
import type { Span } from '../../src/doc/types.js';

export interface BratTextBound {
  id: string;
  type: string;
  /** Fragments in file order, end exclusive. */
  fragments: Span[];
  /** The annotated text as the file gives it (fragments joined by a space). */
  text: string;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  /** Role names as written (`Content`, `Content2`, `Source`, …) with the id of the bound they name. */
  args: { role: string; id: string }[];
}

export interface BratDocument {
  bounds: Map<string, BratTextBound>;
  events: BratEvent[];
  /** Lines that should have parsed but did not (malformed offsets), for the report. */
  malformed: string[];
}

const FRAGMENT = /^(\d+) (\d+)$/;

export function parseBrat(content: string): BratDocument {
  const bounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  const malformed: string[] = [];
  for (const line of content.split(/\r?\n/)) {
    const [id = '', annotation = '', text = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const bound = textBound(id, annotation, text);
      if (bound) bounds.set(id, bound);
      else malformed.push(line);
    } else if (id.startsWith('E')) {
      const [trigger = '', ...rest] = annotation.split(' ').filter((part) => part !== '');
      const [type = '', triggerId = ''] = splitRole(trigger);
      const args = rest.map(splitRole).map(([role, target]) => ({ role, id: target }));
      events.push({ id, type, trigger: triggerId, args });
    }
  }
  return { bounds, events, malformed };
}

function textBound(id: string, annotation: string, text: string): BratTextBound | undefined {
  const space = annotation.indexOf(' ');
  if (space < 0) return undefined;
  const fragments: Span[] = [];
  for (const part of annotation.slice(space + 1).split(';')) {
    const m = FRAGMENT.exec(part.trim());
    if (!m) return undefined;
    fragments.push({ start: Number(m[1]), end: Number(m[2]) });
  }
  return { id, type: annotation.slice(0, space), fragments, text };
}

/** `Content2:T7` → [`Content2`, `T7`]; ids never contain a colon, types may not either. */
function splitRole(part: string): [string, string] {
  const colon = part.lastIndexOf(':');
  return colon < 0 ? [part, ''] : [part.slice(0, colon), part.slice(colon + 1)];
}
