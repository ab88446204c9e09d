/**
 * The corpus layer: works across articles. Incremental story clustering and near-duplicate detection, and
 * their store-time use (`recordInCorpus`, called in the store's write transaction): duplicate links, story
 * membership, cross-article entities, corroboration counts and cross-article contradictions.
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
export { recordInCorpus, type CorpusOutcome } from './store-hooks.js';
export { diffDuplicate, type DuplicateDiff } from './store/diff.js';
export type { DuplicateKind } from './store/duplicates.js';
export type { ArticleCorpus, CorpusStory } from './store/read-types.js';
