/**
 * Reads a TimeML (`.tml`) document as TempEval-3 distributes it: the TEXT element's character content
 * (tags stripped, entities decoded, CRLF read as LF), the gold TIMEX3s inside it with their offsets into
 * that text, and the document creation time (the TIMEX3 with `functionInDocument="CREATION_TIME"`, in DCT).
 */
import { descendants, parseXml, textContent, type XmlElement } from './xml.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  tid: string;
  type: string;
  value: string;
}

export interface TimemlDocument {
  id: string;
  text: string;
  /** TIMEX3 value of the creation time (`1998-08-07`, `1998-03-01T14:11`), when the file has one. */
  dct?: string;
  timexes: GoldTimex[];
}

export function readTimeml(source: string, fallbackId: string): TimemlDocument {
  const root = parseXml(source.replace(/\r\n?/g, '\n'));
  const textElement = descendants(root, 'TEXT')[0];
  const idElement = descendants(root, 'DOCID')[0];
  const id = idElement ? textContent(idElement).trim() || fallbackId : fallbackId;
  const dct = descendants(root, 'TIMEX3').find((t) => t.attrs.functionInDocument === 'CREATION_TIME')?.attrs
    .value;
  const timexes: GoldTimex[] = [];
  const text = textElement ? flatten(textElement, timexes) : '';
  return { id, text, ...(dct ? { dct } : {}), timexes };
}

/** The element's text; every TIMEX3 met on the way is recorded with its offsets into that text. */
function flatten(element: XmlElement, timexes: GoldTimex[]): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (el: XmlElement): void => {
    for (const child of el.children) {
      if (typeof child === 'string') {
        parts.push(child);
        length += child.length;
        continue;
      }
      const start = length;
      walk(child);
      if (child.name === 'TIMEX3' && child.attrs.functionInDocument !== 'CREATION_TIME') {
        timexes.push({
          start,
          end: length,
          text: textContent(child),
          tid: child.attrs.tid ?? '',
          type: child.attrs.type ?? '',
          value: child.attrs.value ?? '',
        });
      }
    }
  };
  walk(element);
  return parts.join('');
}
