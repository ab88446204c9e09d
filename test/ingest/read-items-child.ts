import { readInputItems } from '../../src/ingest/index.js';

/**
 * Reads each input given on the command line and prints one JSON line per outcome. The hostile-input
 * tests run it as a child process with a time limit: a reader that spins on a malformed header keeps the
 * microtask queue busy, so no timer in the test's own process could ever stop it.
 */
for (const path of process.argv.slice(2)) {
  for await (const outcome of readInputItems(path)) {
    const line = outcome.ok
      ? { path, ok: true, item: outcome.input.item, content: outcome.input.content }
      : {
          path,
          ok: false,
          error: outcome.error instanceof Error ? outcome.error.message : String(outcome.error),
        };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
