/**
 * The BBC corpus (../shared/data/corpus/bbc-news, 2,225 articles with about 100 exact-duplicate pairs)
 * through the store: every exact-duplicate pair is linked to one canonical, and every stored duplicate link
 * is a true near-duplicate (exact shingle Jaccard checked, not the MinHash estimate).
 *
 * Light Docs (`prepareDoc`: extracted text and metadata, no NLP stages) keep this test to seconds; the
 * corpus layer runs in full on them (stories, entities and claims simply find no names or events). Each
 * file gets its own URI so identical texts get distinct ids (without one, the id is the text's hash and a
 * second identical file is the same article, never stored twice). Run on SQLite and, with a server
 * (`NEWSGRAPH_TEST_PG_URL`, always under CI), on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { shingleHashes } from '../../src/corpus/minhash.js';
import { prepareDoc } from '../../src/pipeline.js';
import { openStore, type Store } from '../../src/store/index.js';
import { packageRoot } from '../../src/util/paths.js';
import { freshSchema, inSchema, skipWithoutPg } from '../store/postgres/pg-test-db.js';

const BBC = join(packageRoot(), '..', 'shared', 'data', 'corpus', 'bbc-news');

/** BBC files are UTF-8 but one; a replacement character says to read it as Latin-1. */
function readArticle(path: string): string {
  const bytes = readFileSync(path);
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

interface Link {
  copy: string;
  canonical: string;
}

/** A fresh store on each engine, and how to read its links and story count once it is closed. */
const ENGINES: {
  name: string;
  skip: string | false;
  open: () => Promise<{ store: Store; stored: () => Promise<{ links: Link[]; stories: number }> }>;
}[] = [
  {
    name: 'SQLite',
    skip: false,
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bbc-'));
      const path = join(dir, 'bbc.db');
      const stored = async () => {
        const db = new Database(path, { readonly: true });
        const links = db
          .prepare('SELECT article_id AS copy, canonical_id AS canonical FROM duplicates')
          .all() as Link[];
        const stories = db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
        db.close();
        rmSync(dir, { recursive: true, force: true });
        return { links, stories };
      };
      return { store: openStore(path), stored };
    },
  },
  {
    name: 'PostgreSQL',
    skip: skipWithoutPg,
    open: async () => {
      const schema = await freshSchema();
      const stored = async () => {
        const links = await inSchema<Link>(
          schema,
          'SELECT article_id AS copy, canonical_id AS canonical FROM duplicates',
        );
        const [count] = await inSchema<{ n: string }>(schema, 'SELECT count(*) AS n FROM stories');
        await schema.drop();
        return { links, stories: Number(count?.n) };
      };
      return { store: openStore(schema.url), stored };
    },
  },
];

for (const engine of ENGINES) {
  describe(`BBC corpus through the store (${engine.name})`, { skip: engine.skip }, () => {
    it(
      'links all exact-duplicate pairs and no false duplicate',
      { skip: existsSync(BBC) ? false : `BBC corpus absent: ${BBC}` },
      async () => {
        const { store, stored } = await engine.open();
        const textOf = new Map<string, string>();
        const idOf = new Map<string, string>();
        const started = Date.now();
        for (const topic of readdirSync(BBC, { withFileTypes: true }).filter((e) => e.isDirectory())) {
          for (const file of readdirSync(join(BBC, topic.name)).sort()) {
            const name = `${topic.name}/${file}`;
            const doc = prepareDoc({
              kind: 'text',
              content: readArticle(join(BBC, name)),
              uri: `bbc:${name}`,
            });
            await store.put(doc);
            textOf.set(doc.id, doc.text);
            idOf.set(name, doc.id);
          }
        }
        const seconds = (Date.now() - started) / 1000;
        await store.close();
        const { links, stories } = await stored();

        const canonicalOf = new Map(links.map((l) => [l.copy, l.canonical]));
        const root = (id: string): string => canonicalOf.get(id) ?? id;
        const byText = new Map<string, string[]>();
        for (const [id, text] of textOf) {
          const key = text.split(/\s+/).join(' ').trim();
          byText.set(key, [...(byText.get(key) ?? []), id]);
        }
        let exactPairs = 0;
        const unlinked: string[] = [];
        for (const ids of byText.values()) {
          for (let i = 0; i < ids.length; i++)
            for (let j = i + 1; j < ids.length; j++) {
              exactPairs++;
              if (root(ids[i]!) !== root(ids[j]!)) unlinked.push(`${ids[i]}|${ids[j]}`);
            }
        }
        assert.ok(exactPairs >= 90, `expected about 100 exact-duplicate pairs, found ${exactPairs}`);
        assert.deepEqual(unlinked, [], 'exact duplicates not linked to one canonical');
        const size = 5;
        const loose = links.filter(
          (l) =>
            jaccard(shingleHashes(textOf.get(l.copy)!, size), shingleHashes(textOf.get(l.canonical)!, size)) <
            0.7,
        );
        assert.deepEqual(loose, [], 'duplicate links whose exact shingle Jaccard is under 0.7');
        assert.ok(!links.some((l) => canonicalOf.has(l.canonical)), 'a canonical is never itself a copy');
        console.log(
          `BBC via ${engine.name} store: ${textOf.size} articles in ${seconds.toFixed(1)} s, ${exactPairs} exact pairs, ` +
            `${links.length} duplicate links, ${stories} stories`,
        );
      },
    );
  });
}
