import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `newsgraph <args>` as a user would (through tsx), with optional stdin. */
export function cli(
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NEWSGRAPH_DEBUG: '', NEWSGRAPH_DB: '', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines of a stream's output, without the final newline's empty line. */
export function lines(s: string): string[] {
  return s.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
}
