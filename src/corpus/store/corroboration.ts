import type { Doc } from '../../doc/types.js';
import { bigramDice, eventClaimKey, quoteKeyPrefix, quoteWords, SAME_QUOTE_DICE } from './claim-keys.js';
import type { Statements } from './sql.js';

/** One of the article's events or quotes, filed under a story claim. */
export interface ClaimReport {
  claimId: number;
  kind: 'event' | 'quote';
  /** Index of the event or quote in its article. */
  idx: number;
}

/**
 * Files the article's events and quotes under the story's claims (creating new claims as needed) and
 * recounts each claim's independent sources: distinct articles, a duplicate counting as its canonical.
 */
export function corroborate(
  sql: Statements,
  doc: Doc,
  storyId: string,
  sourceId: string,
  links: ReadonlyMap<string, number>,
): ClaimReport[] {
  const corpusIdOf = (entityId?: string): number | undefined =>
    entityId === undefined ? undefined : links.get(entityId);
  const reports: ClaimReport[] = [];
  doc.events.forEach((event, idx) => {
    const key = eventClaimKey(event, corpusIdOf);
    if (key !== undefined) reports.push({ claimId: claimId(sql, storyId, 'event', key), kind: 'event', idx });
  });
  doc.quotes.forEach((quote, idx) => {
    const speaker = corpusIdOf(quote.speaker);
    const words = quoteWords(quote);
    if (quote.scare || speaker === undefined || words === '') return;
    const key = similarQuoteKey(sql, storyId, speaker, words) ?? quoteKeyPrefix(speaker) + words;
    reports.push({ claimId: claimId(sql, storyId, 'quote', key), kind: 'quote', idx });
  });
  const insert = sql.get(
    `INSERT OR IGNORE INTO corroboration_reports (claim_id, article_id, kind, idx, source_id)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const recount = sql.get(
    `UPDATE corroboration SET sources =
       (SELECT count(DISTINCT source_id) FROM corroboration_reports WHERE claim_id = @id) WHERE id = @id`,
  );
  for (const r of reports) insert.run(r.claimId, doc.id, r.kind, r.idx, sourceId);
  for (const id of new Set(reports.map((r) => r.claimId))) recount.run({ id });
  return reports;
}

function claimId(sql: Statements, storyId: string, kind: string, key: string): number {
  sql
    .get('INSERT OR IGNORE INTO corroboration (story_id, kind, claim_key) VALUES (?, ?, ?)')
    .run(storyId, kind, key);
  return sql
    .get('SELECT id FROM corroboration WHERE story_id = ? AND kind = ? AND claim_key = ?')
    .pluck()
    .get(storyId, kind, key) as number;
}

/**
 * The key of a quote claim of the same speaker in the story whose words are near-identical. Scans only that
 * speaker's quotes in that one story: a handful, not the corpus.
 */
function similarQuoteKey(
  sql: Statements,
  storyId: string,
  speaker: number,
  words: string,
): string | undefined {
  const prefix = quoteKeyPrefix(speaker);
  const keys = sql
    .get(
      `SELECT claim_key FROM corroboration
        WHERE story_id = ? AND kind = 'quote' AND substr(claim_key, 1, ?) = ?
        ORDER BY id`,
    )
    .pluck()
    .all(storyId, prefix.length, prefix) as string[];
  return keys.find((key) => bigramDice(key.slice(prefix.length), words) >= SAME_QUOTE_DICE);
}
