import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { cli, lines, ROOT } from './run.js';

const SEED = join(ROOT, 'examples', 'seed-article.txt');

const HARBOUR = `Storm closes harbour in Dover
Ferry services between Dover and Calais were suspended on Tuesday after gale-force winds battered the English Channel coast.
"We will reopen as soon as it is safe to do so," a spokesman for the Port of Dover said.
The Met Office issued an amber warning for wind across Kent until Wednesday morning.
`;

const ELECTION = `<!doctype html><html><head><title>Voters head to the polls in Lisbon</title>
<meta property="article:published_time" content="2024-03-10T08:00:00+00:00"></head>
<body><article><h1>Voters head to the polls in Lisbon</h1>
<p>Portuguese voters went to the polls on Sunday in a snap election called after Prime Minister Antonio Costa resigned in November.</p>
<p>Polling stations in Lisbon and Porto opened at 8am and will close at 7pm, the electoral commission said.</p>
<p>"Every vote counts in a race this close," said Luis Montenegro, leader of the Democratic Alliance, after casting his ballot.</p>
</article></body></html>
`;

describe('newsgraph CLI', () => {
  let dir: string;
  const path = (...parts: string[]): string => join(dir, ...parts);
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
    writeFileSync(path('empty.txt'), '');
    writeFileSync(
      path('binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    writeFileSync(
      path('bad-utf8.txt'),
      Buffer.concat([
        Buffer.from('Storm in Dover. ', 'utf8'),
        // Lead bytes only, never a UTF-8 sequence, and too many for Latin-1: another legacy encoding.
        Buffer.from(Array.from({ length: 40 }, (_, i) => 0xc0 + (i % 30))),
      ]),
    );
    writeFileSync(
      path('latin1.txt'),
      Buffer.from(
        'Chelsea sack Mutu\nChelsea have sacked Adrian Mutu after he failed a drugs test. The striker cost \xa315.8m from Parma in 2003.\n',
        'latin1',
      ),
    );
    mkdirSync(path('batch', 'sub'), { recursive: true });
    copyFileSync(SEED, path('batch', 'seed.txt'));
    writeFileSync(path('batch', 'harbour.txt'), HARBOUR);
    writeFileSync(path('batch', 'sub', 'election.html'), ELECTION);
    writeFileSync(path('batch', 'sub', 'broken.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00]));
    writeFileSync(path('batch', 'notes.md'), 'not an input kind: skipped by folder listing');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('bad input: one line on stderr naming the file, the catalog exit code', () => {
    const cases: [string, string, number, RegExp][] = [
      ['a missing file', 'missing.txt', 66, /: no such file$/],
      ['an empty file', 'empty.txt', 65, /: is empty \(no text to analyse\) \(0 bytes\)$/],
      ['a binary file', 'binary.txt', 65, /: is binary, not text or HTML \(PNG image\)$/],
      [
        'invalid UTF-8',
        'bad-utf8.txt',
        65,
        /: is not valid text in UTF-8, UTF-16 or Latin-1 \(invalid UTF-8 at byte 16/,
      ],
      ['a directory', 'batch', 66, /: cannot be read \(it is a directory\)$/],
    ];
    for (const [name, file, code, message] of cases) {
      it(name, () => {
        const run = cli(['analyze', path(file)]);
        assert.equal(run.code, code, run.stderr);
        assert.equal(run.stdout, '');
        const errorLines = lines(run.stderr);
        assert.equal(errorLines.length, 1, run.stderr);
        assert.ok(errorLines[0]!.startsWith(`${path(file)}: `), errorLines[0]);
        assert.match(errorLines[0]!, message);
        assert.doesNotMatch(run.stderr, /\bat .*\.ts:\d+/, 'no stack trace');
      });
    }

    it('an invalid --published, and a usage error, exit 64', () => {
      const published = cli(['analyze', SEED, '--published', '14/08/2025']);
      assert.equal(published.code, 64);
      assert.match(
        published.stderr,
        /^--published: invalid argument \("14\/08\/2025": expected an ISO 8601 date/,
      );
      const region = cli(['analyze', SEED, '--home-region', 'US/Lousiana']);
      assert.equal(region.code, 64);
      assert.match(
        region.stderr,
        /^--home-region: invalid argument \("Lousiana" is not a first-level division of US/,
      );
      assert.equal(cli(['analyze', SEED, '--format', 'xml']).code, 64);
      assert.equal(cli(['frobnicate']).code, 64);
    });
  });

  it('reads the article with a --home-region given, and says so in its metadata', () => {
    const stdin = { input: 'Police in Alexandria arrested a man after a fire on Friday.' };
    const local = cli(['analyze', '-', '--home-region', 'US/LA'], stdin);
    assert.equal(local.code, 0, local.stderr);
    const doc = JSON.parse(local.stdout) as Doc;
    assert.deepEqual(doc.meta.homeRegion, { country: 'US', admin1: 'Louisiana' });
    assert.equal(doc.places[0]?.admin1, 'Louisiana');
  });

  it('analyzes a Latin-1 file, noting the encoding in diagnostics', () => {
    const run = cli(['analyze', path('latin1.txt')]);
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as Doc;
    assert.ok(doc.text.includes('£15.8m'), doc.text);
    assert.ok(doc.diagnostics.some((d) => d.stage === 'ingest' && /Latin-1/.test(d.message)));
  });

  it('analyzes from stdin exactly as from the file, with --published winning', () => {
    const fromFile = cli(['analyze', SEED, '--published', '2025-08-14']);
    const fromStdin = cli(['analyze', '-', '--published', '2025-08-14'], { input: readFileSync(SEED) });
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.equal(fromStdin.code, 0, fromStdin.stderr);
    assert.equal(fromStdin.stdout, fromFile.stdout);
    assert.ok(fromFile.stdout.startsWith('{\n  "id": '), 'pretty JSON, two spaces');
    const doc = JSON.parse(fromFile.stdout) as Doc;
    assert.equal(doc.meta.published, '2025-08-14');
    assert.ok(doc.entities.some((e) => e.name.endsWith('Putin')));
    const empty = cli(['analyze', '-'], { input: ' \n' });
    assert.equal(empty.code, 65);
    assert.deepEqual(lines(empty.stderr), ['stdin: is empty (no text to analyse) (only white space)']);
  });

  it('prints a readable text report', () => {
    const run = cli(['analyze', SEED, '--published', '2025-08-14', '--format', 'text']);
    assert.equal(run.code, 0, run.stderr);
    for (const heading of [
      'Published: 2025-08-14',
      'Removed (',
      'Entities (',
      'Quotes (',
      'Dates and times (',
      'Places (',
      'Events (',
      'Findings (',
    ]) {
      assert.ok(run.stdout.includes(heading), `report has ${heading}`);
    }
    assert.match(run.stdout, /PERSON +Vladimir Putin/);
    assert.match(run.stdout, /Alaska, US \(64\.\d+, -149\.\d+\)/);
  });

  describe('ingest, search, show', () => {
    let db: string;
    let firstIngest: ReturnType<typeof cli>;
    before(() => {
      db = path('news.db');
      firstIngest = cli(['ingest', path('batch'), '--db', db, '--verbose', '--progress-every', '0']);
    });

    it('stores every good file of a folder, reports the bad one in one line, exits 2', () => {
      assert.equal(firstIngest.code, 2, firstIngest.stderr);
      assert.deepEqual(lines(firstIngest.stderr), [
        `${path('batch', 'sub', 'broken.txt')}: is binary, not text or HTML (NUL bytes in the first 8 KB)`,
      ]);
      const out = lines(firstIngest.stdout);
      assert.equal(out.at(-1), 'stored 3, duplicates 0, failed 1');
      assert.equal(out.filter((l) => l.startsWith('stored ') && l.includes(dir)).length, 3);
    });

    it('stores the same files once when ingested again (exit 0: a re-run resumes)', () => {
      const again = cli(['ingest', path('batch', 'seed.txt'), path('batch', 'harbour.txt'), '--db', db]);
      assert.equal(again.code, 0, again.stderr);
      // Skipped as done, not counted again as duplicates of themselves.
      assert.deepEqual(lines(again.stdout), [
        'skipped 2 done in an earlier run (--no-resume redoes them)',
        'stored 0, duplicates 0, failed 0',
      ]);
      const copy = path('seed-copy.txt');
      copyFileSync(SEED, copy);
      const sameText = cli(['ingest', copy, '--db', db]);
      assert.equal(
        lines(sameText.stdout).at(-1),
        'stored 0, duplicates 1, failed 0',
        'same text, other file',
      );
    });

    it('exits 0 when a new article is stored and nothing failed, and with the catalog code when all fail', () => {
      const fresh = path('fresh.db');
      assert.equal(cli(['ingest', path('batch', 'harbour.txt'), '--db', fresh]).code, 0);
      const missing = cli(['ingest', path('nope.txt'), '--db', fresh]);
      assert.equal(missing.code, 66);
      assert.deepEqual(lines(missing.stderr), [`${path('nope.txt')}: no such file`]);
    });

    it('search finds a stored article with a snippet', () => {
      const run = cli(['search', 'ferry', '--db', db]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Storm closes harbour in Dover|\[Ferry\]/);
      const hits = JSON.parse(cli(['search', 'Montenegro', '--db', db, '--format', 'json']).stdout) as {
        title: string;
        snippet: string;
      }[];
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.title, 'Voters head to the polls in Lisbon');
      assert.match(hits[0]!.snippet, /\[Montenegro\]/);
      assert.equal(cli(['search', 'zeppelin', '--db', db]).stdout, 'No matching articles.\n');
    });

    it('show round-trips the analysed Doc', () => {
      const analyzed = JSON.parse(cli(['analyze', path('batch', 'harbour.txt')]).stdout) as Doc;
      const shown = cli(['show', analyzed.id, '--db', db]);
      assert.equal(shown.code, 0, shown.stderr);
      assert.deepEqual(JSON.parse(shown.stdout), analyzed);
      assert.match(cli(['show', analyzed.id, '--db', db, '--format', 'text']).stdout, /^Title: /);
    });

    it('show and search report a missing id or database in one line', () => {
      const unknown = cli(['show', '0000000000000000', '--db', db]);
      assert.equal(unknown.code, 1);
      assert.deepEqual(lines(unknown.stderr), [
        '0000000000000000: not found (no stored article has this id)',
      ]);
      const noDb = cli(['search', 'x', '--db', path('none.db')]);
      assert.equal(noDb.code, 66);
      assert.equal(lines(noDb.stderr).length, 1);
    });
  });
});
