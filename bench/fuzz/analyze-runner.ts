import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AnalyzeReply, AnalyzeRequest } from './analyze-child.js';
import type { CaseResult } from './outcome.js';

const CHILD = fileURLToPath(new URL('./analyze-child.ts', import.meta.url));
const HANG_GRACE_MS = 60_000;

/**
 * A long-lived analysis child (models load once), killed and replaced when a case passes its deadline or
 * the child dies, so one hang or crash never stops the run.
 */
export class AnalyzeRunner {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;

  /**
   * Analyses `path` under the product's deadline; a hang is no answer `HANG_GRACE_MS` after it (time for the
   * stopped worker's replacement to load).
   */
  async run(path: string, deadlineMs: number): Promise<CaseResult> {
    const child = await this.start();
    const start = performance.now();
    return new Promise<CaseResult>((resolve) => {
      const done = (result: CaseResult): void => {
        clearTimeout(timer);
        child.off('message', onReply);
        child.off('exit', onExit);
        resolve(result);
      };
      const onReply = (reply: AnalyzeReply): void => done({ ...reply, exit: reply.exit });
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        this.child = undefined;
        done({
          outcome: 'crash',
          exit: code ?? undefined,
          ms: performance.now() - start,
          peakRssMb: 0,
          message: `child died: ${signal ?? `exit ${code}`}`,
        });
      };
      const timer = setTimeout(() => {
        child.off('exit', onExit);
        this.stop();
        done({
          outcome: 'hang',
          exit: undefined,
          ms: performance.now() - start,
          peakRssMb: 0,
          message: `no answer ${(deadlineMs + HANG_GRACE_MS) / 1000} s after it was sent`,
        });
      }, deadlineMs + HANG_GRACE_MS);
      child.on('message', onReply);
      child.on('exit', onExit);
      child.send({ path, deadlineSeconds: deadlineMs / 1000 } satisfies AnalyzeRequest);
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
    this.ready = undefined;
  }

  private async start(): Promise<ChildProcess> {
    if (this.child && this.ready) {
      await this.ready;
      return this.child;
    }
    const child = fork(CHILD, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    this.ready = new Promise((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) =>
        reject(new Error(`analysis child exited with ${code} before it was ready`)),
      );
    });
    await this.ready;
    return child;
  }
}
