import { Command, Option } from 'commander';
import { NewsgraphError } from '../../errors.js';
import { isUrl, readUrlList } from '../../ingest/index.js';
import { QueueJobSink } from '../../queue/index.js';
import { dbOption } from '../options.js';
import { writeOut } from '../output.js';
import {
  expireOption,
  requirePostgres,
  retriesOption,
  retryDelayOption,
  retrySettings,
  type RetryFlags,
} from './queue-options.js';

interface EnqueueFlags extends RetryFlags {
  db: string;
  from: string[];
}

/**
 * `newsgraph enqueue <url…> --db postgres://…`: queues article URLs for `newsgraph worker` without a feed
 * (for operators and tests). A URL queued before and still kept by the queue is not queued again.
 */
export function enqueueCommand(): Command {
  return new Command('enqueue')
    .description('queue article URLs for `newsgraph worker` processes (PostgreSQL store)')
    .argument('[urls...]', 'http(s) URLs of article pages')
    .addOption(dbOption())
    .addOption(
      new Option('--from <file>', 'a list of URLs, one per line, # comments (repeatable)')
        .argParser((value: string, previous: string[] = []) => [...previous, value])
        .default([], 'none'),
    )
    .addOption(retriesOption())
    .addOption(retryDelayOption())
    .addOption(expireOption())
    .action(async (urls: string[], flags: EnqueueFlags) => {
      requirePostgres(flags.db, 'enqueue');
      for (const url of urls)
        if (!isUrl(url) || !URL.canParse(url))
          throw new NewsgraphError('BAD_ARGUMENT', url, 'not an http(s) URL');
      const all = [...urls, ...flags.from.flatMap(readUrlList)];
      if (all.length === 0) throw new NewsgraphError('BAD_ARGUMENT', 'enqueue', 'give URLs or --from <list>');
      const sink = await QueueJobSink.open(flags.db, retrySettings(flags));
      try {
        // No feed: the URL is the item's id, so the same URL is one item.
        for (const url of all) await sink.submit({ url, feedUrl: '', itemId: url });
      } finally {
        await sink.close();
      }
      await writeOut(`queued ${sink.counts.queued}, already queued ${sink.counts.alreadyQueued}\n`);
    });
}
