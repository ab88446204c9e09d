import { progressBar, progressLine, type ProgressState } from './progress-format.js';

/** Where progress goes: stderr in the CLI; tests give a fake. */
export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  sink: ProgressSink;
  /** Seconds between plain lines when the sink is not a terminal (0: none). */
  everySeconds: number;
  total?: number;
  /** Milliseconds since some fixed point (tests fix it). */
  now?: () => number;
  /** false: no timer, lines only as articles finish (tests drive the clock themselves). */
  tick?: boolean;
}

/** A terminal is redrawn at most this often: faster is flicker and wasted writes. */
const TTY_REDRAW_MS = 100;

/**
 * Shows how a batch is going. On a terminal, a one-line bar redrawn in place at most ~10×/s and cleared at
 * the end; otherwise a plain `progress:` line every `everySeconds`, so logs stay readable.
 */
export class ProgressReporter {
  private readonly now: () => number;
  private readonly started: number;
  private lastShown: number;
  private state: Omit<ProgressState, 'elapsedMs'>;
  private drawn = false;
  private firstAnalysed: number | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.lastShown = this.started;
    this.state = {
      done: 0,
      analysed: 0,
      errors: 0,
      ...(options.total === undefined ? {} : { total: options.total }),
    };
    // Off a terminal, a line every few seconds even while no article finishes (a slow first article, a
    // warm-up): a log that stays silent looks hung. The timer never keeps the process alive.
    if (!options.sink.isTTY && options.everySeconds > 0 && options.tick !== false) {
      this.timer = setInterval(() => this.maybeShow(), options.everySeconds * 1000);
      this.timer.unref();
    }
  }

  /** One input handled. */
  record(outcome: { skipped: boolean; failed: boolean }): void {
    this.state.done++;
    if (!outcome.skipped) {
      this.state.analysed++;
      this.firstAnalysed ??= this.now();
    }
    if (outcome.failed) this.state.errors++;
    this.maybeShow();
  }

  /** Something else is about to write a line to the same terminal: take the bar away first. */
  clear(): void {
    if (this.drawn) this.options.sink.write('\r\x1b[2K');
    this.drawn = false;
  }

  /** The end of the batch: the terminal bar is cleared (the summary follows). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  current(): ProgressState {
    const now = this.now();
    return {
      ...this.state,
      elapsedMs: now - this.started,
      ...(this.firstAnalysed === undefined ? {} : { sinceFirstMs: now - this.firstAnalysed }),
    };
  }

  private maybeShow(): void {
    const { sink, everySeconds } = this.options;
    const now = this.now();
    if (sink.isTTY) {
      if (this.drawn && now - this.lastShown < TTY_REDRAW_MS) return;
      const line = progressBar(this.current());
      // A pseudo-terminal may report 0 columns.
      const width = sink.columns || 80;
      sink.write(`\r\x1b[2K${line.slice(0, Math.max(0, width - 1))}`);
      this.drawn = true;
    } else {
      if (everySeconds <= 0 || now - this.lastShown < everySeconds * 1000) return;
      sink.write(`${progressLine(this.current())}\n`);
    }
    this.lastShown = now;
  }
}
