import { Command, Option } from 'commander';
import { formatCorrections } from '../../service/index.js';
import { listings, MAX_LIMIT, openStore } from '../../store/index.js';
import { formatListing, listFormatOption, type ListFormat } from '../listing.js';
import { dbOption, limitOption, offsetOption } from '../options.js';
import { writeOut } from '../output.js';

interface CorrectionsFlags {
  db: string;
  article?: string;
  limit: number;
  offset: number;
  format: ListFormat;
}

/**
 * `newsgraph corrections`: the mistakes analysts reported from the dashboard, oldest first. `--format
 * jsonl` is the export: one correction a line, ready to become test cases.
 */
export function correctionsCommand(): Command {
  return new Command('corrections')
    .description('list the corrections reported from the dashboard ("report a mistake"), oldest first')
    .addOption(dbOption())
    .addOption(new Option('--article <id>', "one article's corrections"))
    .addOption(limitOption().default(MAX_LIMIT))
    .addOption(offsetOption())
    .addOption(listFormatOption())
    .action(async (flags: CorrectionsFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const filter = flags.article ? { articleId: flags.article } : {};
        const page = await store.query(listings.corrections, filter, {
          limit: flags.limit,
          offset: flags.offset,
        });
        await writeOut(formatListing(page.items, flags.format, () => formatCorrections(page.items), page));
      } finally {
        await store.close();
      }
    });
}
