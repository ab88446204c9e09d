import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CaseReply, CaseRequest, ReadyMessage } from './case-child.js';
import type { CaseResult } from './outcome.js';

const CHILD = fileURLToPath(new URL('./case-child.ts', import.meta.url));
/** Longest a (new) worker may take to load and warm before the child is given up as broken. */
const READY_LIMIT_MS = 600_000;

/**
 * A long-lived case child (its analysis worker loads the models once and stays warm across cases, as the
 * product's pool does), killed and replaced when a case gets no answer in time or the child dies, so one
 * hang or crash never stops the run.
 */
export class CaseRunner {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;

  /** @param deadlineSeconds the product's per-article deadline, given to the child's pool. */
  constructor(private readonly deadlineSeconds: number) {}

  /**
   * Runs one case once the child is ready (its worker warm); no answer `hangAfterMs` after it was sent is a
   * hang (the child is killed). A child that does not get ready in READY_LIMIT_MS fails the case as a crash.
   */
  async run(request: CaseRequest, hangAfterMs: number): Promise<CaseResult> {
    let child: ChildProcess;
    try {
      child = await this.start();
    } catch (error) {
      this.stop();
      const message = error instanceof Error ? error.message : String(error);
      return { outcome: 'crash', exit: undefined, ms: 0, peakRssMb: 0, message };
    }
    const start = performance.now();
    return new Promise<CaseResult>((resolve) => {
      const done = (result: CaseResult): void => {
        clearTimeout(timer);
        child.off('message', onReply);
        child.off('exit', onExit);
        resolve(result);
      };
      const onReply = (message: CaseReply | ReadyMessage): void => {
        if ('ready' in message) return;
        const { warming, ...reply } = message;
        if (warming) this.ready = this.nextReady(child);
        done(reply);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        this.child = undefined;
        this.ready = undefined;
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
          message: `no answer ${hangAfterMs / 1000} s after it was sent`,
        });
      }, hangAfterMs);
      child.on('message', onReply);
      child.on('exit', onExit);
      child.send(request);
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
    const child = fork(CHILD, [String(this.deadlineSeconds)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    this.ready = this.nextReady(child);
    await this.ready;
    return child;
  }

  /**
   * Resolves at the child's next ready message; rejects if it exits first or takes over READY_LIMIT_MS (seen
   * by the next `run`; a child stopped before then has no next run, so the rejection is not left unhandled).
   */
  private nextReady(child: ChildProcess): Promise<void> {
    const ready = new Promise<void>((resolve, reject) => {
      const finish = (error?: Error): void => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (error) reject(error);
        else resolve();
      };
      const onMessage = (message: CaseReply | ReadyMessage): void => {
        if ('ready' in message) finish();
      };
      const onExit = (code: number | null): void =>
        finish(new Error(`case child exited with ${code} before it was ready`));
      const timer = setTimeout(
        () =>
          finish(
            new Error(`case child not ready ${READY_LIMIT_MS / 1000} s after its worker was (re)started`),
          ),
        READY_LIMIT_MS,
      );
      child.on('message', onMessage);
      child.on('exit', onExit);
    });
    ready.catch(() => {});
    return ready;
  }
}
