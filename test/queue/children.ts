import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from '../cli/run.js';

const MAIN = `${ROOT}/src/cli/main.ts`;

export type Child = ChildProcess & { stderrText: () => string };

/** `newsgraph <args>` as a child process left running; its stderr kept to explain a failure. */
export function startCli(args: readonly string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NEWSGRAPH_DEBUG: '', NEWSGRAPH_DB: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return Object.assign(child, { stderrText: () => stderr });
}

/** `newsgraph worker` with short expiry checks, so a killed worker's job comes back soon. */
export const startWorker = (url: string): Child =>
  startCli([
    'worker',
    '--db',
    url,
    '--allow-private',
    '--poll',
    '1',
    '--maintenance-every',
    '1',
    // Every page is on the one local server: no pause between its requests, only one at a time.
    '--host-delay',
    '0',
  ]);

/**
 * Polls `check` every half second until it is true; fails after `seconds` saying what it waited for. A child
 * in `alive` that exits fails the wait at once with its stderr, rather than leaving it to time out unexplained.
 */
export async function waitFor(
  what: string,
  seconds: number,
  check: () => Promise<boolean>,
  alive: readonly Child[] = [],
): Promise<void> {
  const until = Date.now() + seconds * 1000;
  const stderrs = (): string => alive.map((child) => child.stderrText()).join('\n---\n');
  while (!(await check())) {
    const dead = alive.find((child) => child.exitCode !== null || child.signalCode !== null);
    if (dead)
      assert.fail(
        `waiting for ${what}, \`newsgraph ${dead.spawnargs.slice(4).join(' ')}\` exited: ${dead.stderrText()}`,
      );
    if (Date.now() > until)
      assert.fail(`gave up waiting ${seconds} s for ${what}; the children said:\n${stderrs()}`);
    await sleep(500);
  }
}

export const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', r));
