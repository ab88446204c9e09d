/**
 * What the CLI and (later) the HTTP API do, as plain functions: both are thin layers over these.
 */
export { analyzeInput, analyzePath, loadAnalyzer, type Analyzer, type AnalyzeOptions } from './analyze.js';
export {
  ingestPaths,
  ingestExitCode,
  INGEST_SOME_FAILED,
  type IngestResult,
  type IngestStatus,
  type IngestSummary,
  type IngestRunSummary,
  type IngestOptions,
} from './ingest.js';
export { searchArticles, getArticle } from './articles.js';
export { parsePublished, ISO_DATE_OR_DATETIME } from './published.js';
export { formatReport } from './report/index.js';
export { formatSearchHits } from './report/search.js';
export { listPage, getEntityByName, getStory, type ListPage } from './queries.js';
export { analyzeContent, analyzeAndStore, CONTENT_NAME, type ContentInput } from './analyze-content.js';
export { exportStore, storedDocs } from './export.js';
export { getCorpusEventById, formatCorpusEvents } from './corpus-events.js';
export { reportCorrection, formatCorrections, type CorrectionReport } from './corrections.js';
export {
  exportList,
  eventsExport,
  articlesExport,
  quotesExport,
  placesExport,
  type ListExportFormat,
} from './list-export.js';
export { networkFile, type NetworkFormat } from './network-export.js';
