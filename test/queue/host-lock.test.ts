/**
 * Politeness across `newsgraph worker` processes (issue 14): two gates on their own connection pools, as
 * two workers have, share one request at a time per host and the pause after it, while another host goes
 * on in parallel. Nothing asserts on speed: the pause is a lower bound the gate must keep.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PgHostGate } from '../../src/queue/host-lock.js';
import { skipWithoutPg, type TestSchema } from '../store/postgres/pg-test-db.js';
import { freshStoreWithQueue } from './queue-schema.js';

const DELAY_MS = 150;

/** A stand-in request that records when it ran and how many of its host's requests ran at once. */
class Requests {
  readonly spans: { host: string; start: number; end: number }[] = [];
  private readonly running = new Map<string, number>();
  maxAtOnce = 0;

  async request(host: string, before: Promise<void> = Promise.resolve()): Promise<string> {
    const now = this.running.get(host) ?? 0;
    this.running.set(host, now + 1);
    this.maxAtOnce = Math.max(this.maxAtOnce, now + 1);
    const start = performance.now();
    await before;
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.running.set(host, (this.running.get(host) ?? 1) - 1);
    this.spans.push({ host, start, end: performance.now() });
    return host;
  }
}

describe('the per-host gate shared by queue workers', { skip: skipWithoutPg }, () => {
  let test: TestSchema;
  let gates: PgHostGate[] = [];

  before(async () => {
    test = await freshStoreWithQueue();
    gates = [new PgHostGate(test.url, 4, DELAY_MS), new PgHostGate(test.url, 4, DELAY_MS)];
  });
  after(async () => {
    await Promise.all(gates.map((gate) => gate.close()));
    await test?.drop();
  });

  it('lets one request at a time reach a host, the pause kept between them, whichever worker asks', async () => {
    const requests = new Requests();
    const a = 'http://a.example/';
    const runs = [0, 1, 2, 3, 4, 5].map((i) =>
      gates[i % 2]!.run(`${a}page-${i}`, () => requests.request('a.example')),
    );
    assert.deepEqual(await Promise.all(runs), Array(6).fill('a.example'));
    assert.equal(requests.maxAtOnce, 1);
    const spans = requests.spans.sort((x, y) => x.start - y.start);
    for (let i = 1; i < spans.length; i++)
      assert.ok(
        spans[i]!.start - spans[i - 1]!.end >= DELAY_MS - 2,
        `request ${i} started ${spans[i]!.start - spans[i - 1]!.end} ms after the one before`,
      );
  });

  it('does not hold one host up for another', async () => {
    const requests = new Requests();
    let bStarted!: () => void;
    const b = new Promise<void>((resolve) => (bStarted = resolve));
    // The request to a. waits until b.'s has started: a gate that took turns across hosts would hang here.
    const first = gates[0]!.run('http://a2.example/x', () => requests.request('a2.example', b));
    const second = gates[1]!.run('http://b2.example/y', () => {
      bStarted();
      return requests.request('b2.example');
    });
    assert.deepEqual(await Promise.all([first, second]), ['a2.example', 'b2.example']);
  });

  it('still lets the host go, after the pause, when a request fails', async () => {
    const url = 'http://c.example/down';
    await assert.rejects(
      gates[0]!.run(url, () => Promise.reject(new Error('connection refused'))),
      /connection refused/,
    );
    assert.equal(await gates[1]!.run(url, () => Promise.resolve('next')), 'next');
  });
});
