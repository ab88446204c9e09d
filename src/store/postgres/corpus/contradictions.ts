import type { Doc } from '../../../doc/types.js';
import { finding, type CorpusFinding } from '../../../corpus/store/contradictions.js';
import type { ClaimReport } from '../../../corpus/store/corroboration.js';
import { disagreements } from '../../../corpus/store/disagreements.js';
import { factsFromDoc, factsFromRow, type StoredEventRow } from '../../../corpus/store/event-facts.js';
import { rows, run, type Db } from '../sql.js';

/** Other reports of one claim looked at per event (as on SQLite). */
const MAX_OTHER_REPORTS = 50;

const OTHER_REPORTS = `
SELECT r.article_id AS "articleId", r.source_id AS "sourceId", ev.type, ev.start, ev.text,
       tx.value AS "timeValue", tx.start AS "timeStart", tx."end" AS "timeEnd", tx.text AS "timeText",
       p.name AS "placeName", p.country, p.lat, p.lon, p.feature_class AS "featureClass",
       p.start AS "placeStart", p."end" AS "placeEnd", p.text AS "placeText"
  FROM corroboration_reports r
  JOIN events ev ON ev.article_id = r.article_id AND ev.idx = r.idx
  LEFT JOIN timexes tx ON tx.article_id = ev.article_id AND tx.idx = ev.time_idx
  LEFT JOIN places p ON p.article_id = ev.article_id AND p.idx = ev.place_idx
 WHERE r.claim_id = $1 AND r.kind = 'event' AND r.source_id <> $2
 ORDER BY r.seq LIMIT ${MAX_OTHER_REPORTS}`;

/**
 * Compares each of the article's event reports with the other independent reports of the same claim and
 * stores a `contradiction` for each fact they disagree on: the async twin of `findContradictions` in
 * `corpus/store/contradictions.ts` (same rules from `disagreements.ts`).
 */
export async function findContradictionsPg(
  db: Db,
  doc: Doc,
  storyId: string,
  sourceId: string,
  reports: readonly ClaimReport[],
): Promise<CorpusFinding[]> {
  const findings: CorpusFinding[] = [];
  const seen = new Set<string>();
  for (const report of reports) {
    if (report.kind !== 'event') continue;
    const ours = factsFromDoc(doc, report.idx);
    if (!ours) continue;
    const others = await rows<StoredEventRow & { sourceId: string }>(db, OTHER_REPORTS, [
      report.claimId,
      sourceId,
    ]);
    for (const other of others) {
      for (const d of disagreements(ours, factsFromRow(other))) {
        // Per source, not per article: a copy says what its original says, one finding covers both.
        const key = `${other.sourceId}|${d.rule}|${d.ourValue}|${d.theirValue}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(finding(storyId, doc.id, other.articleId, ours.type, d));
      }
    }
  }
  for (const f of findings) await saveFinding(db, f);
  return findings;
}

/** Stored whole in `corpus_findings` and as a `findings` row of each article (as on SQLite). */
async function saveFinding(db: Db, f: CorpusFinding): Promise<void> {
  await run(
    db,
    'INSERT INTO corpus_findings (story_id, kind, message, rule, spans, data) VALUES ($1, $2, $3, $4, $5, $6)',
    [f.storyId, f.kind, f.message, f.rule, JSON.stringify(f.spans), JSON.stringify(f.data)],
  );
  for (const { articleId, ...span } of f.spans) {
    await run(
      db,
      `INSERT INTO findings (article_id, idx, kind, message, spans, rule)
       SELECT $1, coalesce(max(idx), -1) + 1, $2, $3, $4, $5 FROM findings WHERE article_id = $1`,
      [articleId, f.kind, f.message, JSON.stringify([span]), f.rule],
    );
  }
}
