/**
 * PETRARCH2's own unit tests, coded with the dictionaries their `<Environment>` names, read through the
 * same reader users' dictionaries go through (src/events/dictionaries), by the shallow verb-pattern coder
 * (src/events/dictionaries/verb-matcher.ts):
 *
 *   npm run bench -- petrarch [records.xml] [dictionaries dir] [--misses]
 *
 * Scored on the records with a gold event code whose root is 01–20: rootAccuracy (the coding's root is one
 * of the gold roots), fullAccuracy (the code is one of the gold codes), and, on records whose code is right,
 * sourceAccuracy/targetAccuracy against that coding's sourcecode/targetcode. Last line: JSON.
 */
import { readFileSync } from 'node:fs';

import { DOMParser } from 'linkedom';
import { loadDictionaryDir } from '../src/events/dictionaries/index.js';
import { shallowCoder } from '../src/events/dictionaries/verb-matcher.js';

interface Coding {
  code: string;
  source: string;
  target: string;
}

interface UnitRecord {
  id: string;
  date: string;
  text: string;
  codings: Coding[];
}

function readRecords(xml: string): { records: UnitRecord[]; files: string[] } {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const env = doc.querySelector('Environment');
  const files = ['Verbfile', 'Actorfile', 'Agentfile', 'Discardfile']
    .map((tag) => env?.querySelector(tag)?.textContent?.trim() ?? '')
    .filter(Boolean);
  const records = [...doc.querySelectorAll('Sentence')].map((s, i) => {
    const d = s.getAttribute('date') ?? '';
    return {
      id: s.getAttribute('id') ?? String(i),
      date: /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : '',
      text: (s.querySelector('Text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      codings: [...s.querySelectorAll('EventCoding')]
        .map((c) => ({
          code: c.getAttribute('eventcode') ?? '',
          source: c.getAttribute('sourcecode') ?? '',
          target: c.getAttribute('targetcode') ?? '',
        }))
        .filter((c) => c.code !== ''),
    };
  });
  return { records, files };
}

const inRange = (code: string): boolean =>
  /^\d{3,4}$/.test(code) && Number(code.slice(0, 2)) >= 1 && Number(code.slice(0, 2)) <= 20;

export function run(args: string[]): void {
  const positional = args.filter((a) => !a.startsWith('--'));
  const recordsFile = positional[0] ?? '../shared/data/events/petrarch2-validation/PETR.UnitTest.records.xml';
  const dir = positional[1] ?? '../shared/data/events/petrarch2-dictionaries';
  const { records, files } = readRecords(readFileSync(recordsFile, 'utf8'));
  const coder = shallowCoder(loadDictionaryDir(dir, files));
  let scored = 0;
  let root = 0;
  let full = 0;
  let actorScored = 0;
  let source = 0;
  let target = 0;
  const misses: string[] = [];
  for (const r of records) {
    const gold = r.codings.filter((c) => inRange(c.code));
    if (gold.length === 0) continue;
    scored++;
    const got = coder.code(r.text, r.date || undefined);
    const sameRoot = got && gold.some((g) => g.code.slice(0, 2) === got.code.slice(0, 2));
    const same = got ? gold.find((g) => g.code === got.code) : undefined;
    if (sameRoot) root++;
    if (same) {
      full++;
      actorScored++;
      if ((got?.source ?? '') === same.source) source++;
      if ((got?.target ?? '') === same.target) target++;
    }
    if (!same)
      misses.push(
        `${r.id}\tgold ${gold.map((g) => g.code).join(',')}\tgot ${got?.code ?? '-'} (${got?.verb ?? ''})\t${r.text.slice(0, 90)}`,
      );
  }
  console.log(
    `PETRARCH2 unit tests: ${records.length} records, ${scored} with codes 01–20; dictionaries: ${files.join(', ')}`,
  );
  if (args.includes('--misses')) for (const m of misses) console.log(m);
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);
  console.log(
    JSON.stringify({
      petrarch: {
        rootAccuracy: ratio(root, scored),
        fullAccuracy: ratio(full, scored),
        sourceAccuracy: ratio(source, actorScored),
        targetAccuracy: ratio(target, actorScored),
        scored,
        actorScored,
      },
    }),
  );
}
