import type { ResourceLimits } from 'node:worker_threads';

/**
 * Heap limits of every analysis worker thread (ingest, serve, watch; the throughput bench's workers too).
 * Why: V8 lets an old generation grow to up to 4× what survived its last full collection when the heap may
 * reach 2 GB or more (this machine's default limit is 4 GB), and linearly less below that: 2.0× at just under
 * 2 GB. Two workers holding ~120 MB of tables each then sat on several hundred MB of garbage between
 * collections. Just under 2 GB keeps room for the largest input (`--max-size` 20 MB) while halving that
 * slack: a thread analysing 300 BBC articles peaked at 308 MB RSS against 344 MB by default, at the same speed.
 */
export const ANALYSIS_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 2000 };
