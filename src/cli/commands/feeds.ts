import { Command } from 'commander';
import { openStore, type FeedHealth } from '../../store/index.js';
import { formatEvery } from '../../watch/index.js';
import { dbOption, formatOption, type OutputFormat } from '../options.js';
import { writeOut } from '../output.js';

interface FeedsFlags {
  db: string;
  format: OutputFormat;
}

/** `newsgraph feeds`: each watched feed's health, from the store `watch` keeps its state in. */
export function feedsCommand(): Command {
  return new Command('feeds')
    .description("list each watched feed's health: last success, last error, items seen and stored")
    .addOption(dbOption())
    .addOption(formatOption('text'))
    .action(async (flags: FeedsFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const feeds = await store.watch().feedHealth();
        await writeOut(flags.format === 'json' ? `${JSON.stringify(feeds, null, 2)}\n` : formatFeeds(feeds));
      } finally {
        await store.close();
      }
    });
}

/** A paragraph per feed: its URL, then when it last worked or failed, then its item counts. */
export function formatFeeds(feeds: readonly FeedHealth[]): string {
  if (feeds.length === 0) return 'No feeds watched yet (newsgraph watch <feeds-file>).\n';
  return feeds
    .map((feed) => {
      const status = feed.lastError ? `FAILING (${feed.errorStreak} in a row): ${feed.lastError}` : 'ok';
      const lines = [
        `${feed.url}  ${status}`,
        `  every ${formatEvery(feed.everySeconds)}; last success ${feed.lastSuccessAt ?? 'never'}; ` +
          `last error ${feed.lastErrorAt ?? 'never'}; next poll ${feed.nextPollAt ?? 'now'}`,
        `  polls ${feed.polls} (${feed.notModified} unchanged); items seen ${feed.itemsSeen}, stored ${feed.itemsStored}, ` +
          `duplicate ${feed.itemsDuplicate}, failed ${feed.itemsFailed}, robots.txt ${feed.itemsDisallowed}, open ${feed.itemsOpen}`,
      ];
      return `${lines.join('\n')}\n`;
    })
    .join('');
}
