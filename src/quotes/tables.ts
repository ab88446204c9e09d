import type { Context } from '../context.js';
import { loadLexicon } from '../nlp/lexicon/index.js';
import { dataFile } from '../util/paths.js';
import { readTsv } from '../util/tsv.js';
import { loadOffices, type OfficeTable } from './offices.js';
import type { CueEntry } from './types.js';

/** The cue table, indexed by the first word of each form; longer forms first so the longest wins. */
export interface CueTable {
  byFirstWord: ReadonlyMap<string, readonly CueEntry[]>;
}

export interface QuoteTables {
  cues: CueTable;
  /** Common nouns naming a group or unnamed speaker ("officials", "a spokesman"). */
  speakerNouns: ReadonlySet<string>;
  /** One-word role heads ("secretary", "minister", "governor") that make a name before them a modifier. */
  titleHeads: ReadonlySet<string>;
  /** Offices held, with dates, by KB id (data/kb/offices.tsv). */
  offices: OfficeTable;
}

function loadCues(): CueTable {
  const byFirstWord = new Map<string, CueEntry[]>();
  for (const row of readTsv(dataFile('quotes', 'cues.tsv'))) {
    for (const form of (row.forms ?? '').split(',')) {
      const words = form.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const entry: CueEntry = {
        lemma: row.lemma ?? form,
        words,
        clause: row.clause === 'yes',
        bare: row.bare === 'yes',
        object: row.object === 'yes',
        sourceAfter: row.source === 'after',
        infinitive: row.infinitive === 'yes',
        question: row.question === 'yes',
      };
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push(entry);
      byFirstWord.set(words[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

function loadSpeakerNouns(): ReadonlySet<string> {
  return new Set(readTsv(dataFile('quotes', 'speaker-nouns.tsv')).map((r) => (r.noun ?? '').toLowerCase()));
}

/** The quotes stage's tables, loaded once per process. */
export function quoteTables(ctx: Context): QuoteTables {
  return ctx.cache.get('quotes:tables', () => ({
    cues: loadCues(),
    speakerNouns: loadSpeakerNouns(),
    titleHeads: new Set([...loadLexicon(ctx).roleHeads.keys()].filter((h) => !h.includes(' '))),
    offices: loadOffices(),
  }));
}
