/**
 * The shipped verb dictionary: CAMEO.2.0's verb blocks, patterns and synonym sets as converted by
 * scripts/convert-verb-patterns.ts (data/events/verb-blocks.tsv, verb-patterns.tsv, verb-synsets.tsv), read
 * back into the shape parseVerbs gives for a user's file, so one pattern coder serves both.
 */
import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import { parsePattern, type VerbBlock, type VerbDictionary } from './verbs.js';

const phrases = (cell: string | undefined): string[][] =>
  (cell ?? '')
    .split('|')
    .map((p) => p.split(' ').filter(Boolean))
    .filter((p) => p.length > 0);

export function loadShippedVerbs(): VerbDictionary {
  const synsets = new Map(
    readTsv(dataFile('events', 'verb-synsets.tsv')).map((r) => [r['synset'] ?? '', phrases(r['phrases'])]),
  );
  const byName = new Map<string, VerbBlock>();
  // each verb row carries its effective code (its own, else its block's), so a block's own code is unused
  const blockOf = (name: string): VerbBlock => {
    let block = byName.get(name);
    if (!block) byName.set(name, (block = { name, code: '---', verbs: [], patterns: [] }));
    return block;
  };
  for (const r of readTsv(dataFile('events', 'verb-blocks.tsv'))) {
    const code = r['code'] ?? '---';
    const block = blockOf(r['block'] ?? '');
    block.verbs.push({ forms: phrases(r['forms']), ...(code !== '---' && code !== '-' ? { code } : {}) });
  }
  for (const r of readTsv(dataFile('events', 'verb-patterns.tsv'))) {
    const pattern = parsePattern(`- ${r['pattern'] ?? ''} [${r['code'] ?? ''}]`);
    if (pattern) blockOf(r['block'] ?? '').patterns.push(pattern);
  }
  return { synsets, blocks: [...byName.values()], transformations: [] };
}
