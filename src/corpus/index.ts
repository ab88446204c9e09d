/**
 * The corpus layer: works across articles. Incremental story clustering and near-duplicate detection, and
 * the pure rules their store-time use (`src/store/corpus/`, in the store's write transaction) applies: duplicate
 * diffs, claim keys, cross-article disagreements.
 */
export { StoryClusterer, type StoryClustererOptions } from './clusterer.js';
export { DEFAULT_STORY_CONFIG, storyConfig, type StoryClusterConfig } from './config.js';
export { articleFromDoc } from './from-doc.js';
export {
  NearDuplicateDetector,
  DEFAULT_NEAR_DUPLICATE_CONFIG,
  type NearDuplicateConfig,
  type NearDuplicatePair,
} from './near-duplicates.js';
export type { ArticleRecord, Assignment, Story } from './types.js';
export { diffDuplicate, type DuplicateDiff, type DuplicateKind } from './diff.js';
export type { ArticleCorpus, CorpusStory } from '../store/corpus/read-types.js';
