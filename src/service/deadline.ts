/**
 * A deadline for synchronous work in this thread. `analyze` of one article runs the pipeline here rather than
 * in a worker thread (a worker's own start and warm-up cost about a fifth of a cold start), yet must still stop
 * a hostile article at `--deadline`. Node's `vm` can: a script run with `timeout` is interrupted by V8 (the
 * same termination `Worker.terminate` uses, so it also stops a runaway regular expression), and the code it
 * calls may be any function of this realm. The interrupted work leaves its state half-done, so a caller must
 * treat the thread's caches as spoilt: fine for a process that then exits.
 */
import { Script } from 'node:vm';
import { NewsgraphError } from '../errors.js';

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
