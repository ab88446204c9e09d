import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { listInputs } from '../../src/ingest/index.js';
import { packageRoot } from '../../src/util/paths.js';
import type { CaseRunner } from './case-runner.js';

const BBC = '../shared/data/corpus/bbc-news';
const MIB = 1024 * 1024;

export interface Baseline {
  files: number;
  msPerMb: number;
}

/**
 * The cost of ordinary news in the same child, pool and deadline as the cases: `count` BBC articles spread over
 * the corpus, timed one at a time at slots spread evenly over the run, so the baseline sees the same machine
 * (load, warm or cold caches) as the cases around it rather than only the run's first minutes. One untimed
 * warm-up comes first. Undefined when the corpus is absent (the ratio is then not reported).
 */
export class BbcBaseline {
  private ms = 0;
  private bytes = 0;
  private files = 0;
  private next = 0;

  private constructor(
    private readonly runner: CaseRunner,
    private readonly articles: readonly string[],
    private readonly slots: readonly number[],
    private readonly hangAfterMs: number,
  ) {}

  /** Picks the articles and warms the pool with the first; `cases` is the run's length, for the slots. */
  static async start(
    runner: CaseRunner,
    count: number,
    cases: number,
    hangAfterMs: number,
  ): Promise<BbcBaseline | undefined> {
    const dir = resolve(packageRoot(), BBC);
    if (count <= 0 || !existsSync(dir)) return undefined;
    const all = listInputs([dir]);
    const step = Math.max(1, Math.floor(all.length / (count + 1)));
    const picked = all.filter((_, i) => i % step === 0).slice(0, count + 1);
    if (picked.length < 2) return undefined;
    await runner.run({ target: 'analyze', path: picked[0]! }, hangAfterMs);
    const timed = picked.slice(1);
    const slots = timed.map((_, i) => Math.floor((i * Math.max(cases, 1)) / timed.length));
    return new BbcBaseline(runner, timed, slots, hangAfterMs);
  }

  /** Times the BBC articles whose slot comes at or before case `index`. */
  async before(index: number): Promise<void> {
    while (this.next < this.articles.length && this.slots[this.next]! <= index) {
      const path = this.articles[this.next++]!;
      const result = await this.runner.run({ target: 'analyze', path }, this.hangAfterMs);
      if (result.outcome !== 'ok') continue;
      this.ms += result.ms;
      this.bytes += statSync(path).size;
      this.files++;
    }
  }

  /** What was timed so far (a run stopped by its time bound reports the slots it reached). */
  result(): Baseline | undefined {
    return this.bytes > 0 ? { files: this.files, msPerMb: this.ms / (this.bytes / MIB) } : undefined;
  }
}
