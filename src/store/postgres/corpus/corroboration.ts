import type { Doc } from '../../../doc/types.js';
import {
  bigramDice,
  eventClaimKey,
  quoteKeyPrefix,
  quoteWords,
  SAME_QUOTE_DICE,
} from '../../../corpus/store/claim-keys.js';
import type { ClaimReport } from '../../../corpus/store/corroboration.js';
import { rows, run, type Db } from '../sql.js';

interface Claim {
  id: number;
  kind: string;
  key: string;
}

/**
 * Files the article's events and quotes under the story's claims and recounts each claim's independent
 * sources: the twin of `corroborate` in `corpus/store/corroboration.ts` (claim keys and the same-quote test
 * from the shared `claim-keys.ts`, decisions in the same order). The story's claims are read once and new
 * ones inserted together, since this runs under the corpus lock.
 */
export async function corroboratePg(
  db: Db,
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
      'SELECT id, kind, claim_key AS key FROM corroboration WHERE story_id = $1 ORDER BY id',
      [storyId],
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
  const ids = await insertClaims(db, storyId, claims.created);
  for (const report of reports) if (report.claimId < 0) report.claimId = ids[-report.claimId - 1]!;
  await run(
    db,
    `INSERT INTO corroboration_reports (claim_id, article_id, kind, idx, source_id)
     SELECT c, $1, k, i, $2 FROM unnest($3::bigint[], $4::text[], $5::int[]) WITH ORDINALITY AS r (c, k, i, n)
      ORDER BY n
     ON CONFLICT DO NOTHING`,
    [doc.id, sourceId, reports.map((r) => r.claimId), reports.map((r) => r.kind), reports.map((r) => r.idx)],
  );
  await run(
    db,
    `UPDATE corroboration c SET sources =
       (SELECT count(DISTINCT source_id) FROM corroboration_reports r WHERE r.claim_id = c.id)
      WHERE c.id = ANY ($1::bigint[])`,
    [[...new Set(reports.map((r) => r.claimId))]],
  );
  return reports;
}

/** The story's claims in id order, and those this article adds (negative placeholder ids until inserted). */
class StoryClaims {
  readonly created: { kind: string; key: string }[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly all: Claim[]) {
    for (const claim of all) this.byKey.set(`${claim.kind}\u0000${claim.key}`, claim.id);
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

  /** The first (in id order, new ones last) quote claim of the speaker whose words are near-identical. */
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
  storyId: string,
  created: { kind: string; key: string }[],
): Promise<number[]> {
  if (created.length === 0) return [];
  const inserted = await rows<{ id: number; kind: string; claim_key: string }>(
    db,
    `INSERT INTO corroboration (story_id, kind, claim_key)
     SELECT $1, k, c FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS n (k, c, i) ORDER BY i
     RETURNING id, kind, claim_key`,
    [storyId, created.map((c) => c.kind), created.map((c) => c.key)],
  );
  const idOf = new Map(inserted.map((r) => [`${r.kind}\u0000${r.claim_key}`, r.id]));
  return created.map((c) => idOf.get(`${c.kind}\u0000${c.key}`)!);
}
