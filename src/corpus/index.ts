/**
 * The corpus layer: works across articles. So far: incremental story clustering and near-duplicate
 * detection.
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
