import type { HomeRegion } from '../doc/types.js';
import { learnHomeRegions } from '../geo/home-region.js';
import type { Store } from '../store/index.js';

/** Inputs analysed before a run first learns home regions again (a new site's first articles teach it). */
export const FIRST_RELEARN = 50;

/**
 * Learning sites' home regions during an ingest run: from the store at the start, and again after 50
 * analysed inputs, 100, 200, … — so a run over a site never stored before still reads most of it with
 * its home, while re-reading the store stays proportional to the run (the gaps double). The run commits
 * everything in flight before learning again, so which inputs get which regions does not depend on how
 * many workers there are.
 */
export class HomeRegionLearning {
  private analysed = 0;
  private nextAt = FIRST_RELEARN;

  constructor(private readonly store: Store) {}

  async learn(): Promise<Map<string, HomeRegion>> {
    return learnHomeRegions(await this.store.sitePlaces());
  }

  /** Counts one input about to be analysed: true when the regions are to be learnt again before it. */
  dueBeforeNext(): boolean {
    this.analysed++;
    if (this.analysed <= this.nextAt) return false;
    this.nextAt *= 2;
    return true;
  }
}
