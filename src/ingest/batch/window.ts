/**
 * A bounded, ordered window of work in flight: up to `size` tasks run at once, and results come out in the
 * order the tasks went in. The reader waits when the window is full, so memory stays bounded however large
 * the batch, and results are stored in input order whichever worker finishes first.
 */
export class OrderedWindow<T> {
  private readonly queue: Promise<T>[] = [];

  constructor(readonly size: number) {
    if (!(size >= 1)) throw new RangeError(`window size must be at least 1, got ${size}`);
  }

  get length(): number {
    return this.queue.length;
  }

  /**
   * Adds a task (already started). Returns the results that had to be taken out, oldest first, to make
   * room for it: none while the window has room. The task must not reject (wrap failures as values).
   */
  async push(task: Promise<T>): Promise<T[]> {
    this.queue.push(task);
    const out: T[] = [];
    while (this.queue.length > this.size) out.push(await this.queue.shift()!);
    return out;
  }

  /** Every remaining result, in order. */
  async drain(): Promise<T[]> {
    const out: T[] = [];
    while (this.queue.length > 0) out.push(await this.queue.shift()!);
    return out;
  }
}
