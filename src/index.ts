/**
 * newsgraph's public library API. Everything a program needs to analyse news and keep the results:
 * `analyze` one article, read inputs with clear errors, store and search Docs. The exact export list is
 * tested (test/api.test.ts): adding to it is a decision, not an accident.
 */
export { analyze, defaultContext, STAGES, type Stage } from './pipeline.js';
export { createContext, ResourceCache, type Context } from './context.js';
export { NewsgraphError, ERRORS, type ErrorCode } from './errors.js';
export { toRawOffset, toRawRanges } from './doc/offsets.js';
export type * from './doc/types.js';
export {
  readInputFile,
  readInputStream,
  listInputs,
  type ReadInput,
  type ReadOptions,
} from './ingest/index.js';
export {
  openStore,
  DEFAULT_DB_PATH,
  type Store,
  type SearchHit,
  type ArticleSummary,
} from './store/index.js';
export { analyzePath, ingestPaths, searchArticles, getArticle, formatReport } from './service/index.js';
export {
  useEventDictionaries,
  contextWithDictionaries,
  loadDictionaryDir,
  type DictionaryOptions,
  type DictionarySet,
} from './kb/public.js';
