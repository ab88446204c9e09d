import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { OrderedWindow } from '../../src/ingest/batch/index.js';

describe('OrderedWindow', () => {
  it('gives results in the order tasks went in, whichever finishes first', async () => {
    const window = new OrderedWindow<number>(3);
    const out: number[] = [];
    for (const [value, ms] of [
      [1, 30],
      [2, 5],
      [3, 1],
      [4, 10],
      [5, 0],
    ] as const) {
      out.push(...(await window.push(sleep(ms).then(() => value))));
    }
    out.push(...(await window.drain()));
    assert.deepEqual(out, [1, 2, 3, 4, 5]);
  });

  it('never holds more than its size in flight: a push waits for the oldest', async () => {
    const window = new OrderedWindow<string>(2);
    assert.deepEqual(await window.push(Promise.resolve('a')), []);
    assert.deepEqual(await window.push(Promise.resolve('b')), []);
    assert.equal(window.length, 2);
    assert.deepEqual(await window.push(Promise.resolve('c')), ['a']);
    assert.equal(window.length, 2);
    assert.deepEqual(await window.drain(), ['b', 'c']);
  });

  it('refuses a size below 1', () => {
    assert.throws(() => new OrderedWindow(0), RangeError);
  });
});
