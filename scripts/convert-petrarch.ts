/**
 * Converts the parts of PETRARCH2's dictionaries (MIT, Open Event Data Alliance) that the engine uses into
 * compact tables, through the same reader users' dictionaries go through (src/events/dictionaries):
 *
 *   data/kb/actors.tsv          Phoenix Countries/International/MilNonState actors → KB rows (src/kb/rows.ts)
 *   data/events/agents.tsv      Phoenix agents: word forms → CAMEO agent code
 *   data/events/verb-codes.tsv  CAMEO.2.0 verbs → the code of the verb on its own (finer than the root)
 *   data/events/verb-blocks.tsv, verb-patterns.tsv, verb-synsets.tsv  CAMEO.2.0's verb blocks, their
 *                               patterns and synonym sets: what the events stage's pattern coder reads
 *                               (src/events/dictionaries/shipped-verbs.ts)
 *   data/events/goldstein.tsv   cameo-goldstein.tsv + QuadClass by root
 *   data/kb/LICENSE-petrarch2.txt  the MIT licence the dictionaries ship with
 *
 *   npm run convert:dictionaries [-- <petrarch2-dictionaries dir> [<cameo-goldstein.tsv>]]
 * Deterministic: same input, same bytes.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDictionaryDir } from '../src/events/dictionaries/index.js';
import { kbEntriesFrom } from '../src/kb/from-petrarch.js';
import { KB_HEADER, rowFromEntry } from '../src/kb/rows.js';
import { quadClassOfRoot } from '../src/events/codes/goldstein.js';
import { dataFile } from '../src/util/paths.js';
import { writeVerbPatterns } from './convert-verb-patterns.js';

const dir = process.argv[2] ?? '../shared/data/events/petrarch2-dictionaries';
const goldsteinSource = process.argv[3] ?? '../shared/data/events/cameo-goldstein.tsv';
const ATTRIBUTION =
  '# Converted by scripts/convert-petrarch.ts from the PETRARCH2 / Phoenix dictionaries ' +
  '(https://github.com/openeventdata/petrarch2), MIT licence, Copyright (c) 2014 Open Event Data Alliance; ' +
  'see data/kb/LICENSE-petrarch2.txt.';

const set = loadDictionaryDir(dir, [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
  'Phoenix.agents.txt',
  'CAMEO.2.0.txt',
]);

const kb = kbEntriesFrom(set.actors);
writeFileSync(
  dataFile('kb', 'actors.tsv'),
  [ATTRIBUTION, KB_HEADER, ...kb.map(rowFromEntry)].join('\n') + '\n',
);

const agentRows = set.agents.map((a) =>
  [a.forms.map((f) => f.join(' ')).join('|'), a.code, a.prefix ? 'y' : 'n'].join('\t'),
);
writeFileSync(
  dataFile('events', 'agents.tsv'),
  [
    ATTRIBUTION,
    '# forms: |-separated; prefix y = the code goes before the country (NGO~)',
    'forms\tcode\tprefix',
    ...agentRows,
  ].join('\n') + '\n',
);

const verbCodes = new Map<string, string>();
for (const block of set.verbs?.blocks ?? []) {
  for (const verb of block.verbs) {
    const code = verb.code ?? block.code;
    if (!code || code === '---' || !/^\d{3,4}$/.test(code)) continue;
    for (const form of verb.forms) {
      const key = form.join(' ');
      if (!verbCodes.has(key)) verbCodes.set(key, code);
    }
  }
}
writeFileSync(
  dataFile('events', 'verb-codes.tsv'),
  [
    ATTRIBUTION,
    '# a verb form and the CAMEO code CAMEO.2.0.txt gives the verb on its own',
    'form\tcode',
    ...[...verbCodes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([f, c]) => `${f}\t${c}`),
  ].join('\n') + '\n',
);

writeVerbPatterns(set.verbs, ATTRIBUTION);

const goldRows = readFileSync(goldsteinSource, 'utf8')
  .split(/\r?\n/)
  .filter((l) => /^\d/.test(l))
  .map((l) => l.split('\t'))
  .map(([code, score]) => `${code}\t${score}\t${quadClassOfRoot(code!.slice(0, 2)) ?? ''}`);
writeFileSync(
  dataFile('events', 'goldstein.tsv'),
  [
    '# Goldstein (1992) scale per CAMEO event code as GDELT 2.0 assigns it (GDELT CAMEO.goldsteinscale.txt),',
    '# converted by scripts/convert-petrarch.ts; QuadClass by root as in the GDELT 2.0 Event codebook.',
    'cameo\tgoldstein\tquadclass',
    ...goldRows,
  ].join('\n') + '\n',
);
copyFileSync(join(dir, 'LICENSE'), dataFile('kb', 'LICENSE-petrarch2.txt'));
console.log(
  `actors ${kb.length}, agents ${agentRows.length}, verb forms ${verbCodes.size}, goldstein ${goldRows.length}`,
);
