/** Storing analysed articles: the engine-neutral `Store` interface and its SQLite and PostgreSQL implementations. */
export type {
  Store,
  PutOptions,
  PutResult,
  Page,
  QuerySyntax,
  SearchOptions,
  SearchHit,
  ArticleSummary,
} from './store.js';
export { DEFAULT_LIMIT, MAX_LIMIT } from './store.js';
export type {
  WatchStore,
  FeedState,
  PollRecord,
  ItemStatus,
  ItemOutcome,
  FeedHealth,
  AlertQuery,
  AlertTarget,
  NewAlert,
  Alert,
} from './watch.js';
export { MAX_ITEM_ATTEMPTS } from './watch.js';
export {
  DONE_STATUSES,
  type JournalStatus,
  type JournalEntry,
  type JournalFailure,
  type JournalPut,
  type IngestRun,
  type ErrorFilter,
} from './journal.js';
export type {
  Paged,
  DateRange,
  ArticleFilter,
  ArticleListing,
  LayerCounts,
  EntityFilter,
  EntitySummary,
  EntityMention,
  EntityDetail,
  EventFilter,
  EventListing,
  QuoteFilter,
  QuoteListing,
  FindingFilter,
  FindingListing,
  StoryFilter,
  StoryListing,
  ArticleScope,
  ArticleReference,
  Correction,
  CorrectionInput,
  CorpusViewFilter,
  CorpusNetwork,
  PlaceListing,
  CoEntity,
} from './queries.js';
export {
  DEFAULT_MENTION_LIMIT,
  MAX_MENTION_LIMIT,
  FINDING_KIND_ORDER,
  DEFAULT_NETWORK_NODES,
  MAX_NETWORK_NODES,
} from './queries.js';
export type {
  ArticleCorpusEvent,
  CorpusEventActor,
  CorpusEventDetail,
  CorpusEventFilter,
  CorpusEventListing,
  CorpusEventMention,
} from './corpus/read-types.js';
export { openStore, DEFAULT_DB_PATH, type OpenStoreOptions } from './open.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';
export { MIGRATIONS } from './sqlite/schema.js';
export type { Migration } from './schema/migrations.js';
export { migrate, schemaVersion } from './sqlite/migrate.js';
export { PgStore, type PgStoreOptions } from './postgres/pg-store.js';
export { PG_MIGRATIONS } from './postgres/schema.js';
