/**
 * Writes CAMEO.2.0's verb dictionary as three tables the events stage reads back into the same shape the
 * dictionary reader gives (src/events/dictionaries/shipped-verbs.ts): verb blocks with their forms,
 * the blocks' patterns as written, and the synonym sets the patterns name. Called by convert-petrarch.ts.
 */
import { writeFileSync } from 'node:fs';
import type { VerbDictionary } from '../src/events/dictionaries/index.js';
import { dataFile } from '../src/util/paths.js';

const phrases = (list: readonly string[][]): string => list.map((w) => w.join(' ')).join('|');

export function writeVerbPatterns(dict: VerbDictionary | undefined, attribution: string): void {
  const blocks = dict?.blocks ?? [];
  const write = (file: string, about: string, header: string, rows: string[]): void =>
    writeFileSync(dataFile('events', file), [attribution, about, header, ...rows].join('\n') + '\n');
  write(
    'verb-blocks.tsv',
    "# CAMEO.2.0 verb blocks: each verb line, its forms (|-separated) and code (its own, else the block's; - none)",
    'block\tforms\tcode',
    blocks.flatMap((b) => b.verbs.map((v) => `${b.name}\t${phrases(v.forms)}\t${v.code ?? b.code}`)),
  );
  write(
    'verb-patterns.tsv',
    '# CAMEO.2.0 verb patterns as written (`*` = the verb; $ source, + target; &SET a synset), in file order',
    'block\tpattern\tcode',
    blocks.flatMap((b) =>
      b.patterns.map((p) => `${b.name}\t${p.text}\t${p.code}${p.altCode ? `:${p.altCode}` : ''}`),
    ),
  );
  write(
    'verb-synsets.tsv',
    '# CAMEO.2.0 synonym sets named by the patterns (plurals as the reader generates them)',
    'synset\tphrases',
    [...(dict?.synsets ?? new Map<string, string[][]>())].map(([name, list]) => `${name}\t${phrases(list)}`),
  );
}
