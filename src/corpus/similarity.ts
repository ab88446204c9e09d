import type { StoryClusterConfig } from './config.js';
import type { ArticleFeatures } from './features.js';
import type { StoryState } from './story-state.js';
import { CHANNELS } from './types.js';

/**
 * Similarity of an article to a story: the weighted mean, over the channels the article has features in,
 * of the cosine between the article's vector and the story's centroid. Undefined when the story is out of
 * the time window (both dates known and more than `timeWindowDays` apart): such a story is never joined.
 */
export function storySimilarity(
  article: ArticleFeatures,
  story: StoryState,
  config: StoryClusterConfig,
): number | undefined {
  const apart = story.daysApart(article.day);
  if (apart !== undefined && apart > config.timeWindowDays) return undefined;
  let weighted = 0;
  let totalWeight = 0;
  for (const channel of CHANNELS) {
    const vector = article.vectors[channel];
    const weight = config.weights[channel];
    if (vector.size === 0 || weight <= 0) continue;
    weighted += weight * story.centroids[channel].cosine(vector);
    totalWeight += weight;
  }
  return totalWeight > 0 ? weighted / totalWeight : 0;
}
