import { sql } from 'kysely';
import { disagreements, type Disagreement } from '../../corpus/disagreements.js';
import { factsFromDoc, factsFromRow, type StoredEventRow } from '../../corpus/event-facts.js';
import type { Doc, TextSpan } from '../../doc/types.js';
import { exec, rows, type Db } from '../sql/db.js';
import type { SqlDialect } from '../sql/dialect.js';
import type { ClaimReport } from './corroboration.js';

/** Other reports of one claim looked at per event: a claim reported by hundreds need not be read whole. */
const MAX_OTHER_REPORTS = 50;

/** The other independent reports of claim `claimId`, as stored event rows, oldest first. */
const otherReports = (dialect: SqlDialect, claimId: number, sourceId: string) => sql`
SELECT r.article_id AS "articleId", r.source_id AS "sourceId", ev.type, ev.start, ev.text,
       tx.value AS "timeValue", tx.start AS "timeStart", tx."end" AS "timeEnd", tx.text AS "timeText",
       p.name AS "placeName", p.country, p.lat, p.lon, p.feature_class AS "featureClass",
       p.start AS "placeStart", p."end" AS "placeEnd", p.text AS "placeText"
  FROM corroboration_reports r
  JOIN events ev ON ev.article_id = r.article_id AND ev.idx = r.idx
  LEFT JOIN timexes tx ON tx.article_id = ev.article_id AND tx.idx = ev.time_idx
  LEFT JOIN places p ON p.article_id = ev.article_id AND p.idx = ev.place_idx
 WHERE r.claim_id = ${claimId} AND r.kind = 'event' AND r.source_id <> ${sourceId}
 ORDER BY ${dialect.insertOrder('r')} LIMIT ${sql.lit(MAX_OTHER_REPORTS)}`;

/** A cross-article finding: both articles' spans. */
interface CorpusFinding {
  storyId: string;
  kind: 'contradiction';
  rule: string;
  message: string;
  spans: (TextSpan & { articleId: string })[];
  data: Record<string, string>;
}

/**
 * Compares each of the article's event reports with the other independent reports of the same claim and
 * stores a `contradiction` for each fact they disagree on (once per other article and rule). Copies of
 * the same article (same source) are never compared: they cannot be independent witnesses.
 */
export async function findContradictions(
  db: Db,
  dialect: SqlDialect,
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
    const others = await rows<StoredEventRow & { sourceId: string }>(
      db,
      otherReports(dialect, report.claimId, sourceId),
    );
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

function finding(
  storyId: string,
  ourId: string,
  theirId: string,
  type: string,
  d: Disagreement,
): CorpusFinding {
  return {
    storyId,
    kind: 'contradiction',
    rule: d.rule,
    message:
      `sources disagree on the ${d.fact} of the same ${type} event: ` +
      `"${d.ours.text}" (${d.ourValue}) in article ${ourId}, "${d.theirs.text}" (${d.theirValue}) in article ${theirId}`,
    spans: [
      { articleId: ourId, ...d.ours },
      { articleId: theirId, ...d.theirs },
    ],
    data: { fact: d.fact, ours: d.ourValue, theirs: d.theirValue, otherArticle: theirId },
  };
}

/**
 * Stored twice over: once whole in `corpus_findings` (both articles' spans), and as a `findings` row of
 * each article (its own span, the other article named in the message), so every finding listing shows it.
 */
async function saveFinding(db: Db, f: CorpusFinding): Promise<void> {
  await exec(
    db,
    sql`INSERT INTO corpus_findings (story_id, kind, message, rule, spans, data)
            VALUES (${f.storyId}, ${f.kind}, ${f.message}, ${f.rule}, ${JSON.stringify(f.spans)},
                    ${JSON.stringify(f.data)})`,
  );
  for (const { articleId, ...span } of f.spans) {
    await exec(
      db,
      sql`INSERT INTO findings (article_id, idx, kind, message, spans, rule)
              SELECT ${articleId}, coalesce(max(idx), -1) + 1, ${f.kind}, ${f.message}, ${JSON.stringify([span])},
                     ${f.rule}
                FROM findings WHERE article_id = ${articleId}`,
    );
  }
}
