/**
 * Inverted index from feature keys to the stories posted under them, so that finding the stories an
 * article might join costs O(keys × maxPostings), whatever the number of stories: an article is only
 * compared with stories that share one of its heaviest terms, entities or places.
 *
 * Each posting list is an insertion-ordered Set: re-posting a story moves it to the end, and when a list
 * outgrows `maxPostings` its least recently posted stories fall off. In news, those are the stories least
 * likely to be continued (and the time window rules most of them out anyway).
 */
export class CandidateIndex {
  private readonly postings = new Map<string, Set<number>>();

  constructor(private readonly maxPostings: number) {}

  post(story: number, keys: Iterable<string>): void {
    for (const key of keys) {
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = new Set()));
      list.delete(story);
      list.add(story);
      if (list.size > this.maxPostings) {
        for (const oldest of list) {
          list.delete(oldest);
          if (list.size <= this.maxPostings) break;
        }
      }
    }
  }

  /** Stories sharing at least one key, with how many keys they share, most shared first (ties: newest first). */
  lookup(keys: Iterable<string>, limit: number): number[] {
    const hits = new Map<number, number>();
    for (const key of keys) {
      for (const story of this.postings.get(key) ?? []) hits.set(story, (hits.get(story) ?? 0) + 1);
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, limit)
      .map(([story]) => story);
  }
}
