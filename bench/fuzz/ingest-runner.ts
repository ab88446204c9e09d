import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { INGEST_EXPECTED_EXITS, type CaseResult } from './outcome.js';

const CHILD = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));
const RSS_LINE = /FUZZ_PEAK_RSS_KB (\d+)/;
/** What the CLI prints for a fault it did not expect (ERRORS.INTERNAL), even inside a batch that exits 2. */
const INTERNAL = /internal error|Maximum call stack|out of memory/i;

/** Runs `newsgraph ingest FILE --db DB` in a child with a deadline; SIGKILL at the deadline is a hang. */
export function runIngest(path: string, db: string, deadlineMs: number): Promise<CaseResult> {
  const args = [
    '--import',
    'tsx',
    CHILD,
    'ingest',
    path,
    '--db',
    db,
    '--workers',
    '1',
    '--progress-every',
    '0',
    '--no-home-regions',
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const start = performance.now();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 100_000) stderr += chunk.toString('utf8');
  });
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, deadlineMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      const peakRssMb = Number(RSS_LINE.exec(stderr)?.[1] ?? 0) / 1024;
      const message = stderr.replace(RSS_LINE, '').trim().split('\n').slice(0, 3).join(' | ');
      if (hung)
        return resolve({
          outcome: 'hang',
          exit: undefined,
          ms,
          peakRssMb,
          message: `over the ${deadlineMs / 1000} s deadline`,
        });
      const crashed = code === null || !INGEST_EXPECTED_EXITS.has(code) || INTERNAL.test(stderr);
      const outcome = crashed ? 'crash' : code === 0 ? 'ok' : 'refused';
      resolve({
        outcome,
        exit: code ?? undefined,
        ms,
        peakRssMb,
        message: signal ? `killed by ${signal}` : message,
      });
    });
  });
}
