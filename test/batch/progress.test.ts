import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatDuration,
  progressBar,
  progressLine,
  ProgressReporter,
  type ProgressSink,
  type ProgressState,
} from '../../src/ingest/batch/index.js';

const state = (s: Partial<ProgressState>): ProgressState => ({
  done: 0,
  analysed: 0,
  errors: 0,
  elapsedMs: 0,
  ...s,
});

describe('progress formats', () => {
  const lineCases: [string, ProgressState, string][] = [
    [
      'total known: ETA at the current rate',
      state({ done: 120, analysed: 120, errors: 3, total: 600, elapsedMs: 4000 }),
      'progress: 120/600 articles, 30.0 articles/s, 3 errors, ETA 0:16',
    ],
    [
      'total unknown (feeds, JSONL): no ETA',
      state({ done: 7, analysed: 7, errors: 1, elapsedMs: 2000 }),
      'progress: 7 articles, 3.5 articles/s, 1 error',
    ],
    [
      'skipped inputs count as done but not towards the rate',
      state({ done: 50, analysed: 10, total: 100, elapsedMs: 1000 }),
      'progress: 50/100 articles, 10.0 articles/s, 0 errors, ETA 0:05',
    ],
    [
      'nothing analysed yet: rate 0, no ETA',
      state({ total: 10, elapsedMs: 500 }),
      'progress: 0/10 articles, 0.0 articles/s, 0 errors',
    ],
  ];
  for (const [name, s, expected] of lineCases) it(name, () => assert.equal(progressLine(s), expected));

  it('draws a bar on a terminal when the total is known', () => {
    const s = state({ done: 25, analysed: 25, total: 100, elapsedMs: 5000 });
    assert.equal(
      progressBar(s),
      '[#####---------------] 25/100 articles  5.0 articles/s  0 errors  ETA 0:15',
    );
    assert.equal(
      progressBar(state({ done: 3, analysed: 3, elapsedMs: 1000 })),
      '3 articles  3.0 articles/s  0 errors',
    );
  });

  const durations: [number, string][] = [
    [0, '0:00'],
    [59.4, '0:59'],
    [65, '1:05'],
    [3725, '1:02:05'],
  ];
  for (const [seconds, text] of durations)
    it(`formats ${seconds}s as ${text}`, () => assert.equal(formatDuration(seconds), text));
});

/** A sink that keeps what is written, and a clock the test moves. */
function fakes(isTTY: boolean): { sink: ProgressSink & { out: string[] }; clock: { ms: number } } {
  const out: string[] = [];
  return { sink: { isTTY, columns: 200, out, write: (t: string) => out.push(t) }, clock: { ms: 0 } };
}

describe('ProgressReporter', () => {
  it('writes a plain line every N seconds when not a terminal, and nothing in between', () => {
    const { sink, clock } = fakes(false);
    const progress = new ProgressReporter({ sink, everySeconds: 2, total: 10, now: () => clock.ms });
    for (const [ms, failed] of [
      [500, false],
      [1500, true],
      [2100, false],
      [3000, false],
      [4200, false],
    ] as const) {
      clock.ms = ms;
      progress.record({ skipped: false, failed });
    }
    progress.stop();
    assert.deepEqual(sink.out, [
      'progress: 3/10 articles, 1.4 articles/s, 1 error\n',
      'progress: 5/10 articles, 1.2 articles/s, 1 error, ETA 0:05\n',
    ]);
  });

  it('gives no ETA before 5 articles, then one at the rate after the first (warm-up left out)', () => {
    const { sink, clock } = fakes(false);
    const progress = new ProgressReporter({
      sink,
      everySeconds: 0,
      total: 100,
      now: () => clock.ms,
      tick: false,
    });
    // The first article takes 60 s (models load), then one a second.
    clock.ms = 60_000;
    progress.record({ skipped: false, failed: false });
    for (let i = 0; i < 3; i++) {
      clock.ms += 1000;
      progress.record({ skipped: false, failed: false });
    }
    assert.match(progressLine(progress.current()), /4\/100 articles, [0-9.]+ articles\/s, 0 errors$/);
    clock.ms += 1000;
    progress.record({ skipped: false, failed: false });
    // 4 articles in the 4 s after the first: 1/s, 95 left.
    assert.match(progressLine(progress.current()), /ETA 1:35$/);
  });

  it('writes a line every N seconds off a terminal even while no article finishes', (t) => {
    t.mock.timers.enable({ apis: ['setInterval'] });
    const { sink, clock } = fakes(false);
    const progress = new ProgressReporter({ sink, everySeconds: 5, total: 3, now: () => clock.ms });
    clock.ms = 5000;
    t.mock.timers.tick(5000);
    clock.ms = 10_000;
    t.mock.timers.tick(5000);
    progress.stop();
    t.mock.timers.tick(5000);
    assert.deepEqual(sink.out, [
      'progress: 0/3 articles, 0.0 articles/s, 0 errors\n',
      'progress: 0/3 articles, 0.0 articles/s, 0 errors\n',
    ]);
  });

  it('writes no lines when not a terminal and the interval is 0', () => {
    const { sink, clock } = fakes(false);
    const progress = new ProgressReporter({ sink, everySeconds: 0, now: () => clock.ms });
    for (let i = 0; i < 5; i++) {
      clock.ms += 5000;
      progress.record({ skipped: false, failed: false });
    }
    assert.deepEqual(sink.out, []);
  });

  it('redraws a terminal bar in place at most every 100 ms and clears it at the end', () => {
    const { sink, clock } = fakes(true);
    const progress = new ProgressReporter({ sink, everySeconds: 10, total: 4, now: () => clock.ms });
    for (const ms of [10, 50, 120, 150]) {
      clock.ms = ms;
      progress.record({ skipped: false, failed: false });
    }
    progress.stop();
    assert.equal(sink.out.length, 3, 'first record, 120 ms, then the clear');
    assert.ok(sink.out[0]!.startsWith('\r\x1b[2K[#####---------------] 1/4 articles'));
    assert.ok(sink.out[1]!.startsWith('\r\x1b[2K[###############-----] 3/4 articles'));
    assert.equal(sink.out[2], '\r\x1b[2K');
  });
});
