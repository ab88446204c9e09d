import { dayString } from './features.js';
import { dot, topKeys } from './sparse.js';
import type { StoryState } from './story-state.js';
import type { Story } from './types.js';

const TOP_ENTITIES = 5;
const TOP_TERMS = 10;

/** The reportable view of a story: title from its most central member, top entities, date range. */
export function summariseStory(state: StoryState): Story {
  const centroid = state.centroids.text.sum;
  let central = state.members[0];
  let best = -1;
  for (const member of state.members) {
    const closeness = dot(member.gist, centroid);
    if (closeness > best) [central, best] = [member, closeness];
  }
  // Most articles first; among equals, the heavier in the entity centroid (more mentions, rarer name).
  const weight = (key: string): number => state.centroids.entities.sum.get(key) ?? 0;
  const topEntities = [...state.entityArticles]
    .sort((a, b) => b[1] - a[1] || weight(b[0]) - weight(a[0]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_ENTITIES)
    .map(([key, count]) => ({ name: state.entityNames.get(key) ?? key, count }));
  return {
    id: state.id,
    title: central?.title ?? '',
    articles: state.members.map((m) => m.id),
    topEntities,
    topTerms: topKeys(centroid, TOP_TERMS),
    ...(state.firstDay !== undefined && state.lastDay !== undefined
      ? { dateRange: { start: dayString(state.firstDay), end: dayString(state.lastDay) } }
      : {}),
  };
}
