/**
 * Many workers on PostgreSQL (issue 14): 40 article pages from a local server are queued, two `worker`
 * processes share them, one is SIGKILLed while it holds a job; at the end every page is stored exactly
 * once, none is lost (the killed worker's job expires and the other does it), and a page that cannot be
 * fetched ends dead in `newsgraph errors`. Waits are bounded; nothing asserts on speed.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { docId } from '../../src/doc/id.js';
import { cli } from '../cli/run.js';
import { inSchema, skipWithoutPg, type TestSchema } from '../store/postgres/pg-test-db.js';
import { freshStoreWithQueue } from './queue-schema.js';
import { ArticleServer } from './article-server.js';
import { exited, startWorker, waitFor } from './children.js';

const PAGES = 40;

describe('two workers on one PostgreSQL queue, one killed midway', { skip: skipWithoutPg }, () => {
  let test: TestSchema;
  let server: ArticleServer;
  const workers: ChildProcess[] = [];
  /** Articles stored (0 before the first worker has created the store's tables). */
  const stored = async (): Promise<number> => {
    const [table] = await inSchema<{ found: string | null }>(test, `SELECT to_regclass('articles') AS found`);
    if (!table?.found) return 0;
    return Number((await inSchema<{ n: string }>(test, 'SELECT count(*) AS n FROM articles'))[0]?.n);
  };
  const jobs = (where: string): Promise<{ n: string }[]> =>
    inSchema(test, `SELECT count(*) AS n FROM ${test.schema}_queue.job WHERE ${where}`);

  before(async () => {
    test = await freshStoreWithQueue();
    server = await ArticleServer.start(PAGES);
  });
  after(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await server?.close();
    await test?.drop();
  });

  it('stores every page exactly once, retries the killed worker’s job, and lists the dead one', async () => {
    const urls = Array.from({ length: PAGES }, (_, i) => server.pageUrl(i));
    const queued = cli(['enqueue', ...urls, '--db', test.url, '--expire', '15', '--retry-delay', '1']);
    assert.equal(queued.code, 0, queued.stderr);
    assert.equal(queued.stdout, `queued ${PAGES}, already queued 0\n`);
    const again = cli(['enqueue', urls[0]!, '--db', test.url]);
    assert.equal(again.stdout, 'queued 0, already queued 1\n');
    const missing = server.missingUrl();
    const dead = cli(['enqueue', missing, '--db', test.url, '--retries', '1', '--retry-delay', '1']);
    assert.equal(dead.code, 0, dead.stderr);

    const [killed, survivor] = [startWorker(test.url), startWorker(test.url)];
    workers.push(killed, survivor);
    await waitFor('the first pages to be stored', 600, async () => (await stored()) >= 8, [killed, survivor]);
    // Hold every page request. The workers ask one host one request at a time (the per-host gate), so one
    // is fetching and the other waits for the host: once both jobs are active, each worker is in one.
    server.holdRequests();
    const active = async (): Promise<number> =>
      Number((await jobs(`name = 'newsgraph-article' AND state = 'active'`))[0]?.n);
    await waitFor(
      'both workers to be in a job, one of them fetching',
      120,
      async () => server.held() >= 1 && (await active()) >= 2,
      [killed, survivor],
    );
    killed.kill('SIGKILL');
    await exited(killed);
    server.release();

    await waitFor(
      'every job to be done or dead',
      600,
      async () => {
        const [open] = await jobs(`name = 'newsgraph-article' AND state IN ('created', 'retry', 'active')`);
        return Number(open?.n) === 0;
      },
      [survivor],
    );
    assert.equal(await stored(), PAGES, survivor.stderrText());
    const ids = (await inSchema<{ id: string }>(test, 'SELECT id FROM articles ORDER BY id')).map(
      (r) => r.id,
    );
    assert.deepEqual(ids, urls.map((url) => docId(url, '')).sort());
    const [retried] = await jobs(`name = 'newsgraph-article' AND state = 'completed' AND retry_count > 0`);
    assert.ok(Number(retried?.n) >= 1, 'the killed worker’s job was retried by the other');

    const errors = cli(['errors', '--db', test.url]);
    assert.equal(errors.code, 0, errors.stderr);
    assert.equal(errors.stdout, `queue dead ${missing}: cannot be read (HTTP 404)\n`);
    const json = JSON.parse(cli(['errors', '--db', test.url, '--format', 'json']).stdout) as unknown[];
    assert.deepEqual(json, [
      {
        source: 'queue',
        status: 'dead',
        url: missing,
        feedUrl: '',
        itemId: missing,
        errorCode: 'INPUT_UNREADABLE',
        error: `${missing}: cannot be read (HTTP 404)`,
        at: (json[0] as { at: string }).at,
      },
    ]);

    survivor.kill('SIGTERM');
    assert.equal(await exited(survivor), 0, survivor.stderrText());
  });
});
