/**
 * A deadline for synchronous work in this thread. `analyze` of one article runs the pipeline here rather than
 * in a worker thread (a worker's own start costs more than one article), yet must still stop
 * a hostile article at `--deadline`. Node's `vm` can: a script run with `timeout` is interrupted by V8 (the
 * same termination `Worker.terminate` uses, so it also stops a runaway regular expression), and the code it
 * calls may be any function of this realm. The interrupted work leaves its state half-done, so a caller must
 * treat the thread's caches as spoilt: fine for a process that then exits.
 */
import { Script } from 'node:vm';
import type { RawInput } from '../doc/types.js';
import { NewsgraphError } from '../errors.js';

/**
 * Analysed before the clock starts (here and in each analysis worker), so that every lazily loaded table,
 * model and gazetteer is in memory when an article's deadline begins.
 */
export const WARM_UP: RawInput = {
  kind: 'text',
  content: 'Officials in Paris said on Monday that John Smith had met "the mayor of London" at 10 am.',
  meta: { published: '2020-01-06' },
};

/** The one global the script reads; a symbol, so no page or package can name it. */
const SLOT = Symbol.for('newsgraph.deadline.run');
const CALL = new Script(`globalThis[Symbol.for('newsgraph.deadline.run')]()`, {
  filename: 'newsgraph-deadline.js',
});

type Holder = Record<typeof SLOT, (() => unknown) | undefined>;

/**
 * Runs `work` and returns its result, or throws ANALYSIS_TIMEOUT (for `path`) once it has run `seconds`
 * (0: no limit). Not re-entrant: `work` must not call `withinDeadline` itself.
 */
export function withinDeadline<T>(seconds: number, path: string | undefined, work: () => T): T {
  if (!(seconds > 0)) return work();
  const holder = globalThis as unknown as Holder;
  let result: { value: T } | undefined;
  holder[SLOT] = () => {
    result = { value: work() };
  };
  try {
    CALL.runInThisContext({ timeout: Math.ceil(seconds * 1000) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new NewsgraphError('ANALYSIS_TIMEOUT', path, `over the ${seconds} s deadline`);
    throw error;
  } finally {
    holder[SLOT] = undefined;
  }
  if (!result) throw new Error('deadline: the work did not run');
  return result.value;
}
