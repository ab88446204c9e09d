/** Answers that can be held back: a test server's way to catch a client (a worker) in the middle of a job. */
export class RequestHold {
  private holding = false;
  private readonly waiting: (() => void)[] = [];

  /** From now on answers wait until `release`. */
  hold(): void {
    this.holding = true;
  }

  /** Answers waiting for `release`. */
  held(): number {
    return this.waiting.length;
  }

  release(): void {
    this.holding = false;
    for (const answer of this.waiting.splice(0)) answer();
  }

  /** Sends the answer now, or on `release` while held. */
  answer(send: () => void): void {
    if (this.holding) this.waiting.push(send);
    else send();
  }
}
