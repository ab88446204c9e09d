import { Centroid } from './centroid.js';
import type { ArticleFeatures } from './features.js';
import { topUnit } from './sparse.js';
import { CHANNELS, type Channel, type SparseVector } from './types.js';

/** What a story keeps of each member: enough to pick the most central one for its title. */
interface Member {
  id: string;
  title: string;
  /** The article's heaviest text terms (a short vector: memory stays small for 100k articles). */
  gist: SparseVector;
}

const GIST_TERMS = 20;

/** A story while clustering: centroids per channel, members, entity counts, date range. */
export class StoryState {
  readonly centroids: Record<Channel, Centroid>;
  readonly members: Member[] = [];
  /** Entity key → number of member articles naming it. */
  readonly entityArticles = new Map<string, number>();
  readonly entityNames = new Map<string, string>();
  firstDay?: number;
  lastDay?: number;

  constructor(
    readonly id: string,
    readonly index: number,
    maxCentroidTerms: number,
  ) {
    this.centroids = {
      text: new Centroid(maxCentroidTerms),
      entities: new Centroid(maxCentroidTerms),
      places: new Centroid(maxCentroidTerms),
      dates: new Centroid(maxCentroidTerms),
    };
  }

  add(article: ArticleFeatures): void {
    for (const channel of CHANNELS) this.centroids[channel].add(article.vectors[channel]);
    this.members.push({
      id: article.id,
      title: article.title,
      gist: topUnit(article.vectors.text, GIST_TERMS),
    });
    for (const key of article.vectors.entities.keys()) {
      this.entityArticles.set(key, (this.entityArticles.get(key) ?? 0) + 1);
      const name = article.entityNames.get(key);
      if (name && !this.entityNames.has(key)) this.entityNames.set(key, name);
    }
    if (article.day !== undefined) {
      this.firstDay = Math.min(this.firstDay ?? article.day, article.day);
      this.lastDay = Math.max(this.lastDay ?? article.day, article.day);
    }
  }

  /** Days between `day` and the story's date range (0 inside it; undefined when either date is unknown). */
  daysApart(day: number | undefined): number | undefined {
    if (day === undefined || this.firstDay === undefined || this.lastDay === undefined) return undefined;
    return Math.max(0, this.firstDay - day, day - this.lastDay);
  }
}
