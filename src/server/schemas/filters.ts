import { filterText, isoDate, scopeQuery } from './common.js';

/**
 * The filters of the lists that can also be exported or drawn (without paging): the list route and its
 * export take the same query, so an export has exactly the rows the list pages through.
 */

export const articleFilters = {
  q: filterText(
    'full-text search over title and text (FTS5 syntax, else the words literally); best match first',
  ),
  ...scopeQuery,
  entity: filterText('articles with an entity of this canonical name (case-insensitive)'),
  place: filterText('articles naming a place resolved to this name (case-insensitive)'),
};

export const eventFilters = {
  type: filterText('PLOVER event type, e.g. CONSULT'),
  actor: filterText('source or target entity name'),
  place: filterText('place name'),
  ...scopeQuery,
  from: isoDate("on or after (the event's date when known, else the article's)"),
  to: isoDate('on or before (a bare date includes that day)'),
};

export const quoteFilters = {
  speaker: filterText("speaker's canonical name"),
  ...scopeQuery,
};

/** The articles the corpus map and network draw from. */
export const corpusViewFilters = {
  ...scopeQuery,
  entity: filterText('only articles naming an entity of this canonical name (case-insensitive)'),
};
