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
 * The cost of ordinary news in the same child, pool and deadline as the cases: `count` BBC articles spread over the corpus, after
 * one untimed warm-up. Undefined when the corpus is absent (the ratio is then not reported).
 */
export async function bbcBaseline(
  runner: CaseRunner,
  count: number,
  hangAfterMs: number,
): Promise<Baseline | undefined> {
  const dir = resolve(packageRoot(), BBC);
  if (count <= 0 || !existsSync(dir)) return undefined;
  const all = listInputs([dir]);
  const step = Math.max(1, Math.floor(all.length / (count + 1)));
  const picked = all.filter((_, i) => i % step === 0).slice(0, count + 1);
  if (picked.length < 2) return undefined;
  await runner.run({ target: 'analyze', path: picked[0]! }, hangAfterMs);
  let ms = 0;
  let bytes = 0;
  for (const path of picked.slice(1)) {
    const result = await runner.run({ target: 'analyze', path }, hangAfterMs);
    if (result.outcome !== 'ok') continue;
    ms += result.ms;
    bytes += statSync(path).size;
  }
  return bytes > 0 ? { files: picked.length - 1, msPerMb: ms / (bytes / MIB) } : undefined;
}
