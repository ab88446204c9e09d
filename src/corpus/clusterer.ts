import { createContext, type Context } from '../context.js';
import type { Doc } from '../doc/types.js';
import { CandidateIndex } from './candidates.js';
import { storyConfig, type StoryClusterConfig } from './config.js';
import { FeatureExtractor, type ArticleFeatures } from './features.js';
import { articleFromDoc } from './from-doc.js';
import { storySimilarity } from './similarity.js';
import { topKeys } from './sparse.js';
import { StoryState } from './story-state.js';
import { summariseStory } from './summary.js';
import { corpusTables } from './tables.js';
import type { ArticleRecord, Assignment, Story } from './types.js';

const STORY_NUMBER = /^s(\d+)$/;

export interface StoryClustererOptions {
  config?: Partial<StoryClusterConfig>;
  ctx?: Context;
}

/**
 * Incremental story clustering (single pass, as in TDT first-story detection): each article joins the most
 * similar existing story if the similarity reaches the threshold, else starts a new story. Only stories
 * found through the candidate index are scored, so the cost per article is bounded by the config
 * (index keys × postings, then `maxCandidates` exact scores), not by the number of stories.
 *
 * Deterministic: the same articles in the same order give the same stories.
 */
export class StoryClusterer {
  readonly config: StoryClusterConfig;
  private readonly features: FeatureExtractor;
  private readonly index: CandidateIndex;
  private readonly states: StoryState[] = [];
  private readonly storyOfArticle = new Map<string, StoryState>();
  private readonly storyById = new Map<string, StoryState>();
  /** Number of the next new story's id (`s<n>`); above every restored id, so ids are never reused. */
  private nextStoryNumber = 1;

  constructor(options: StoryClustererOptions = {}) {
    this.config = storyConfig(options.config);
    this.features = new FeatureExtractor(corpusTables(options.ctx ?? createContext()), this.config);
    this.index = new CandidateIndex(this.config.maxPostings);
  }

  /** Assigns one article to a story. An id seen before keeps its story (nothing is counted twice). */
  add(record: ArticleRecord): Assignment {
    const known = this.storyOfArticle.get(record.id);
    if (known)
      return { articleId: record.id, storyId: known.id, created: false, score: 1, candidatesScored: 0 };
    const article = this.features.extract(record);
    const keys = this.indexKeys(article);
    const candidates = this.index.lookup(keys, this.config.maxCandidates);
    let best: StoryState | undefined;
    let bestScore = -1;
    for (const i of candidates) {
      const story = this.states[i]!;
      const score = storySimilarity(article, story, this.config);
      if (score !== undefined && score > bestScore) [best, bestScore] = [story, score];
    }
    const joins = best !== undefined && bestScore >= this.config.threshold;
    const story = joins && best ? best : this.newStory();
    story.add(article);
    this.index.post(story.index, keys);
    this.storyOfArticle.set(article.id, story);
    return {
      articleId: article.id,
      storyId: story.id,
      created: !joins,
      score: joins ? bestScore : 0,
      candidatesScored: candidates.length,
    };
  }

  /**
   * Puts an article back into the story it was assigned to before (state rebuilt from stored rows after a
   * restart): its features count into the frequencies, centroid and index exactly as when it was added, but
   * the stored assignment wins over what clustering would decide now (say, after the threshold changed).
   */
  restore(record: ArticleRecord, storyId: string): void {
    if (this.storyOfArticle.has(record.id)) return;
    const article = this.features.extract(record);
    const story = this.storyById.get(storyId) ?? this.newStory(storyId);
    story.add(article);
    this.index.post(story.index, this.indexKeys(article));
    this.storyOfArticle.set(article.id, story);
  }

  /** The reportable view of one story, undefined for an unknown id. */
  story(storyId: string): Story | undefined {
    const state = this.storyById.get(storyId);
    return state ? summariseStory(state) : undefined;
  }

  /** Runs a pipeline Doc through `add` (entities, places, date and title taken from its layers). */
  addDoc(doc: Doc): Assignment {
    return this.add(articleFromDoc(doc));
  }

  storyOf(articleId: string): string | undefined {
    return this.storyOfArticle.get(articleId)?.id;
  }

  /** All stories so far, in order of creation. */
  stories(): Story[] {
    return this.states.map(summariseStory);
  }

  get storyCount(): number {
    return this.states.length;
  }

  private newStory(id = `s${this.nextStoryNumber}`): StoryState {
    const story = new StoryState(id, this.states.length, this.config.maxCentroidTerms);
    const number = STORY_NUMBER.exec(id);
    if (number) this.nextStoryNumber = Math.max(this.nextStoryNumber, Number(number[1]) + 1);
    this.states.push(story);
    this.storyById.set(id, story);
    return story;
  }

  /** The keys an article is looked up and posted under: its heaviest terms, entities and places. */
  private indexKeys(article: ArticleFeatures): string[] {
    const n = this.config.indexTermsPerArticle;
    return [
      ...topKeys(article.vectors.text, n).map((k) => 'w:' + k),
      ...topKeys(article.vectors.entities, n).map((k) => 'e:' + k),
      ...topKeys(article.vectors.places, n).map((k) => 'p:' + k),
      // dates are not index keys: a month is shared by far too many unrelated stories to narrow anything
    ];
  }
}
