import { sql } from 'kysely';
import {
  bigramDice,
  eventClaimKey,
  quoteKeyPrefix,
  quoteWords,
  SAME_QUOTE_DICE,
} from '../../corpus/claim-keys.js';
import type { Doc } from '../../doc/types.js';
import { exec, rows, type Db } from '../sql/db.js';
import type { SqlDialect } from '../sql/dialect.js';
import { insertRows } from '../sql/insert.js';

/** One of the article's events or quotes, filed under a story claim. */
export interface ClaimReport {
  claimId: number;
  kind: 'event' | 'quote';
  /** Index of the event or quote in its article. */
  idx: number;
}

interface Claim {
  id: number;
  kind: string;
  key: string;
}

/**
 * Files the article's events and quotes under the story's claims (creating new claims as needed) and
 * recounts each claim's independent sources: distinct articles, a duplicate counting as its canonical.
 * The story's claims are read once and new ones inserted together, since this runs under the corpus lock.
 */
export async function corroborate(
  db: Db,
  dialect: SqlDialect,
  doc: Doc,
  storyId: string,
  sourceId: string,
  links: ReadonlyMap<string, number>,
): Promise<ClaimReport[]> {
  const corpusIdOf = (entityId?: string): number | undefined =>
    entityId === undefined ? undefined : links.get(entityId);
  const claims = new StoryClaims(
    await rows<Claim>(
      db,
      sql`SELECT id, kind, claim_key AS key FROM corroboration WHERE story_id = ${storyId} ORDER BY id`,
    ),
  );
  const reports: ClaimReport[] = [];
  doc.events.forEach((event, idx) => {
    const key = eventClaimKey(event, corpusIdOf);
    if (key !== undefined) reports.push({ claimId: claims.idOf('event', key), kind: 'event', idx });
  });
  doc.quotes.forEach((quote, idx) => {
    const speaker = corpusIdOf(quote.speaker);
    const words = quoteWords(quote);
    if (quote.scare || speaker === undefined || words === '') return;
    const key = claims.similarQuoteKey(speaker, words) ?? quoteKeyPrefix(speaker) + words;
    reports.push({ claimId: claims.idOf('quote', key), kind: 'quote', idx });
  });
  if (reports.length === 0) return reports;
  const ids = await insertClaims(db, dialect, storyId, claims.created);
  for (const report of reports) if (report.claimId < 0) report.claimId = ids[-report.claimId - 1]!;
  const values = reports.map((r) => ({
    claim_id: r.claimId,
    article_id: doc.id,
    kind: r.kind,
    idx: r.idx,
    source_id: sourceId,
  }));
  await insertRows(db, dialect, 'corroboration_reports', values, 'ON CONFLICT DO NOTHING');
  const claimIds = [...new Set(reports.map((r) => r.claimId))];
  await exec(
    db,
    sql`UPDATE corroboration SET sources = (SELECT count(DISTINCT source_id) FROM corroboration_reports r
                                                 WHERE r.claim_id = corroboration.id)
             WHERE ${dialect.oneOf(sql`id`, claimIds)}`,
  );
  return reports;
}

/** The story's claims in id order, and those this article adds (negative placeholder ids until inserted). */
class StoryClaims {
  readonly created: { kind: string; key: string }[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly all: Claim[]) {
    for (const claim of all) this.byKey.set(`${claim.kind}\u0000${claim.key}`, Number(claim.id));
  }

  idOf(kind: string, key: string): number {
    const found = this.byKey.get(`${kind}\u0000${key}`);
    if (found !== undefined) return found;
    this.created.push({ kind, key });
    const id = -this.created.length;
    this.byKey.set(`${kind}\u0000${key}`, id);
    this.all.push({ id, kind, key });
    return id;
  }

  /**
   * The first (in id order, new ones last) quote claim of the same speaker whose words are near-identical.
   * Scans only that speaker's quotes in that one story: a handful, not the corpus.
   */
  similarQuoteKey(speaker: number, words: string): string | undefined {
    const prefix = quoteKeyPrefix(speaker);
    return this.all.find(
      (c) =>
        c.kind === 'quote' &&
        c.key.startsWith(prefix) &&
        bigramDice(c.key.slice(prefix.length), words) >= SAME_QUOTE_DICE,
    )?.key;
  }
}

/** Inserts the new claims in order; returns their ids in that order. */
async function insertClaims(
  db: Db,
  dialect: SqlDialect,
  storyId: string,
  created: { kind: string; key: string }[],
): Promise<number[]> {
  const values = created.map((c) => ({ story_id: storyId, kind: c.kind, claim_key: c.key }));
  const inserted = await insertRows<{ id: number; kind: string; claim_key: string }>(
    db,
    dialect,
    'corroboration',
    values,
    'RETURNING id, kind, claim_key',
  );
  const idOf = new Map(inserted.map((r) => [`${r.kind}\u0000${r.claim_key}`, Number(r.id)]));
  return created.map((c) => idOf.get(`${c.kind}\u0000${c.key}`)!);
}
