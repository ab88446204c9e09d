/**
 * Many workers on one PostgreSQL database: two `newsgraph ingest` processes store overlapping folders at the
 * same time. Every article is stored once (the other process records it as a duplicate), and the stories are
 * what one process storing the articles in the same order would have made: each process clustered against
 * everything the other had committed, because corpus updates run one at a time under the advisory lock.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { createContext } from '../../../src/context.js';
import { StoryClusterer } from '../../../src/corpus/clusterer.js';
import type { ArticleRecord } from '../../../src/corpus/types.js';
import { packageRoot } from '../../../src/util/paths.js';
import { freshSchema, inSchema, skipWithoutPg } from './pg-test-db.js';

const run = promisify(execFile);

/** Articles in both folders. */
const OVERLAP = 12;

/** Story templates: each gives several distinct reports of one event (place, actors, words vary by report). */
const TOPICS: readonly { event: string; reports: readonly string[] }[] = [
  {
    event:
      'A passenger ferry caught fire off Sulawesi on Sunday and rescuers pulled survivors from the sea near Manado.',
    reports: [
      'Indonesian navy ships joined the search.',
      'Survivors said flames spread fast.',
      'Officials in Manado counted 300 people on board.',
      'The ferry operator promised an inquiry.',
    ],
  },
  {
    event:
      'The central bank of Brazil raised its benchmark interest rate by half a point in Brasilia on Wednesday.',
    reports: [
      'Economists had expected the move.',
      'The real strengthened against the dollar.',
      'Inflation has stayed above target for a year.',
      'Exporters warned of slower growth.',
    ],
  },
  {
    event: 'The world chess championship in Singapore ended in a draw on Sunday after a long endgame.',
    reports: [
      'The challenger said he would prepare a sharper opening.',
      'Spectators filled the hall until midnight.',
      'The champion kept his one-point lead.',
      'Organisers sold out the final weekend.',
    ],
  },
  {
    event: 'Heavy flooding closed schools and the main railway station in Porto Alegre on Tuesday.',
    reports: [
      'The council said pumps worked through the night.',
      'Residents were told to avoid the river path.',
      'Rail services will resume on Friday.',
      'Volunteers handed out food at the stadium.',
    ],
  },
  {
    event:
      'Kenyan runner Faith Kipyegon broke the 1500 metres world record at the Paris Diamond League on Friday.',
    reports: [
      'She won by more than three seconds.',
      'The crowd at the Stade Charléty rose to its feet.',
      'Her coach said she had trained at altitude.',
      'Race officials confirmed the time.',
    ],
  },
  {
    event:
      'Wildfires forced thousands of people to leave their homes on the Greek island of Rhodes on Saturday.',
    reports: [
      'Tour operators cancelled flights.',
      'Firefighting planes worked through the day.',
      'Hotels were turned into shelters.',
      'The fire service said winds were dropping.',
    ],
  },
];

/** Every report as a text file name and content: topic × detail × two wordings, in a fixed order. */
function articles(): { name: string; text: string }[] {
  return TOPICS.flatMap((topic, t) =>
    topic.reports.flatMap((extra, r) => [
      { name: `t${t}-r${r}a.txt`, text: `${topic.event} ${extra}\n` },
      { name: `t${t}-r${r}b.txt`, text: `${extra} Reporters at the scene said: ${topic.event}\n` },
    ]),
  );
}

function folderWith(dir: string, name: string, files: { name: string; text: string }[]): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const file of files) writeFileSync(join(folder, file.name), file.text);
  return folder;
}

describe('two ingest processes on one PostgreSQL database', { skip: skipWithoutPg }, () => {
  it(
    'stores every article once and makes the stories one process would have made',
    { timeout: 180_000 },
    async () => {
      const schema = await freshSchema();
      const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pg-workers-'));
      try {
        const all = articles();
        const half = Math.floor(all.length / 2);
        // Overlapping: the middle third is in both folders (different paths, same texts, so the same ids).
        const first = folderWith(dir, 'one', all.slice(0, half + OVERLAP / 2));
        const second = folderWith(dir, 'two', all.slice(half - OVERLAP / 2));
        const ingest = (folder: string) =>
          run(
            process.execPath,
            ['--import', 'tsx', 'src/cli/main.ts', 'ingest', folder, '--db', schema.url, '--workers', '0'],
            {
              cwd: packageRoot(),
            },
          );
        await Promise.all([ingest(first), ingest(second)]);

        const count = await inSchema<{ n: number }>(schema, 'SELECT count(*)::int AS n FROM articles');
        assert.equal(count[0]?.n, all.length, 'every article once');
        const journal = await inSchema<{ status: string; n: number }>(
          schema,
          `SELECT status, count(*)::int AS n FROM ingest_items GROUP BY status ORDER BY status`,
        );
        assert.deepEqual(journal, [
          { status: 'duplicate', n: OVERLAP },
          { status: 'stored', n: all.length },
        ]);
        // The two processes really took turns at the corpus (else this test would show nothing about concurrency).
        const order = await inSchema<{ run: number }>(
          schema,
          `SELECT i.run::int AS run FROM corpus_records r
           JOIN ingest_items i ON i.article_id = r.article_id AND i.status = 'stored' ORDER BY r.corpus_seq`,
        );
        const turns = order.filter((o, i) => i > 0 && o.run !== order[i - 1]!.run).length;
        assert.ok(turns >= 2, `the processes took ${turns} turns: they did not run at the same time`);
        const runs = await inSchema<{ n: number }>(
          schema,
          'SELECT count(*)::int AS n FROM ingest_runs WHERE finished_at IS NOT NULL',
        );
        assert.equal(runs[0]?.n, 2);

        // Story counts agree with memberships; every article has one story and one corpus record.
        const counts = await inSchema(
          schema,
          `SELECT s.id FROM stories s WHERE s.article_count <> (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)`,
        );
        assert.deepEqual(counts, []);
        const members = await inSchema<{ n: number }>(
          schema,
          `SELECT count(*)::int AS n FROM articles a
          WHERE (SELECT count(*) FROM story_articles sa WHERE sa.article_id = a.id) = 1
            AND EXISTS (SELECT 1 FROM corpus_records r WHERE r.article_id = a.id)`,
        );
        assert.equal(members[0]?.n, all.length);

        // Replaying the articles in the order they entered the corpus through one clusterer gives the stored stories.
        const stored = await inSchema<{
          id: string;
          text: string;
          record: Omit<ArticleRecord, 'id' | 'text'>;
          story: string;
          duplicate: boolean;
        }>(
          schema,
          `SELECT a.id, a.text, r.record_json AS record, sa.story_id AS story, sa.duplicate
           FROM corpus_records r JOIN articles a ON a.id = r.article_id JOIN story_articles sa ON sa.article_id = a.id
          ORDER BY r.corpus_seq`,
        );
        const clusterer = new StoryClusterer({ ctx: createContext() });
        const replayed = stored
          .filter((s) => !s.duplicate)
          .map((s) => [s.id, clusterer.add({ ...s.record, id: s.id, text: s.text }).storyId]);
        assert.deepEqual(
          replayed,
          stored.filter((s) => !s.duplicate).map((s) => [s.id, s.story]),
        );
        const stories = new Set(stored.map((s) => s.story));
        assert.ok(stories.size >= TOPICS.length / 2 && stories.size <= all.length, `${stories.size} stories`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await schema.drop();
      }
    },
  );
});
