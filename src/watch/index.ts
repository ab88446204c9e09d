/**
 * `newsgraph watch`: feeds polled on a schedule (conditional GET, robots.txt, one request at a time per
 * host, backoff), each new item fetched, analysed and stored once, alerts run on every new article. The
 * state lives in the store (schema v6), so a restart goes on where it stopped.
 */
export type { ArticleJob, JobSink } from './job.js';
export { readFeedsFile, type FeedSpec } from './feeds-file.js';
export { parseEvery, formatEvery } from './duration.js';
export { feedJobs, type FeedListing } from './feed-jobs.js';
export { HostGate } from './host-gate.js';
export { RobotsRules, type RobotsVerdict } from './robots.js';
export { pollFeed, type FeedPoll, type FeedPollDeps } from './feed-poll.js';
export { pollRound, type RoundOptions, type RoundSummary } from './round.js';
export { watchFeeds, type WatchLoopOptions } from './watcher.js';
export { runArticleJob, inProcessSink, type ArticleJobDeps } from './article-sink.js';
export { AlertQuerySchema, AlertTargetSchema, NewAlertSchema } from './alerts/query.js';
export { matchesDoc } from './alerts/match.js';
export { deliverHit, type AlertHit, type DeliveryOptions } from './alerts/deliver.js';
export { runAlerts, type AlertRunOptions } from './alerts/run.js';
