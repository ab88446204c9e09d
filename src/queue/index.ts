/** Many workers on PostgreSQL: article jobs in a pg-boss queue, done by `newsgraph worker` processes. */
export { QueueJobSink } from './sink.js';
export { QueueWorker, type WorkerOptions, type WorkerEvent } from './worker.js';
export { processArticleJob, type ArticleHandler, type JobOutcome } from './handle.js';
export { listDeadJobs, type DeadJob } from './dead.js';
export { DEFAULT_RETRY, type RetrySettings } from './boss.js';
export { ARTICLE_QUEUE, DEAD_QUEUE, jobId, jobKey, queueSchema } from './names.js';
