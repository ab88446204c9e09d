/**
 * Inverse document frequency learnt as articles arrive, smoothed by a background prior:
 *
 *   idf(k) = ln((N + B + 1) / (df(k) + B·p(k) + 1)) + 1
 *
 * N = articles seen, df(k) = how many contained k, B = prior weight in pseudo-documents, p(k) = prior chance
 * that a document contains k (0 for keys the prior does not know: rare words and all names). As in the usual
 * "smooth" IDF, the +1s keep a first sighting finite and the final +1 lets a key found in every article so
 * far still count a little: without it, every key of the very first article would weigh nothing.
 */
export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private documents = 0;

  constructor(
    private readonly priorDocuments = 0,
    private readonly prior: (key: string) => number = () => 0,
  ) {}

  /** Counts one document's distinct keys. */
  observe(keys: Iterable<string>): void {
    this.documents += 1;
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  idf(key: string): number {
    const b = this.priorDocuments;
    const denominator = (this.df.get(key) ?? 0) + b * this.prior(key) + 1;
    return Math.log(Math.max(1, (this.documents + b + 1) / denominator)) + 1;
  }

  get size(): number {
    return this.documents;
  }
}

/**
 * Chance that a document of `docLength` tokens contains a word of relative frequency count/total, under a
 * Poisson model of word occurrence: 1 − exp(−docLength · count / total).
 */
export function poissonDocumentProbability(count: number, total: number, docLength: number): number {
  return total > 0 ? 1 - Math.exp((-docLength * count) / total) : 0;
}
