/**
 * The shipped verb dictionary: CAMEO.2.0's verb blocks, patterns and synonym sets as converted by
 * scripts/convert-verb-patterns.ts (data/events/verb-blocks.tsv, verb-patterns.tsv, verb-synsets.tsv), read
 * back into the shape parseVerbs gives for a user's file, so one pattern coder serves both.
 */
import { dataFile } from '../../util/paths.js';
import { readTsv } from '../../util/tsv.js';
import { parsePattern, type VerbBlock, type VerbDictionary, type VerbPattern } from './verbs.js';

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
  // Pattern lines by block, parsed when a block's patterns are first read: an article meets a few dozen of
  // the 1,800 blocks, and parsing all 4,700 patterns was a twentieth of a cold `analyze`.
  const patternLines = new Map<string, string[]>();
  // each verb row carries its effective code (its own, else its block's), so a block's own code is unused
  const blockOf = (name: string): VerbBlock => {
    let block = byName.get(name);
    if (!block) byName.set(name, (block = lazyPatternsBlock(name, patternLines)));
    return block;
  };
  for (const r of readTsv(dataFile('events', 'verb-blocks.tsv'))) {
    const code = r['code'] ?? '---';
    const block = blockOf(r['block'] ?? '');
    block.verbs.push({ forms: phrases(r['forms']), ...(code !== '---' && code !== '-' ? { code } : {}) });
  }
  for (const r of readTsv(dataFile('events', 'verb-patterns.tsv'))) {
    const name = r['block'] ?? '';
    blockOf(name);
    const lines = patternLines.get(name) ?? [];
    lines.push(`- ${r['pattern'] ?? ''} [${r['code'] ?? ''}]`);
    patternLines.set(name, lines);
  }
  return { synsets, blocks: [...byName.values()], transformations: [] };
}

/** A block whose `patterns` are parsed from `lines.get(name)` on first read (the same array after that). */
function lazyPatternsBlock(name: string, lines: ReadonlyMap<string, readonly string[]>): VerbBlock {
  let patterns: VerbPattern[] | undefined;
  const block = { name, code: '---', verbs: [] } as Omit<VerbBlock, 'patterns'>;
  return Object.defineProperty(block, 'patterns', {
    enumerable: true,
    get: (): VerbPattern[] => (patterns ??= parsePatterns(lines.get(name) ?? [])),
  }) as VerbBlock;
}

function parsePatterns(lines: readonly string[]): VerbPattern[] {
  const patterns: VerbPattern[] = [];
  for (const line of lines) {
    const pattern = parsePattern(line);
    if (pattern) patterns.push(pattern);
  }
  return patterns;
}
