import { Command, Option } from 'commander';
import { openStore, type QuerySyntax } from '../../store/index.js';
import { formatSearchHits, searchArticles } from '../../service/index.js';
import { formatListing, listFormatOption, type ListFormat } from '../listing.js';
import { dbOption, limitOption, offsetOption } from '../options.js';
import { writeOut } from '../output.js';

interface SearchFlags {
  db: string;
  limit: number;
  offset: number;
  format: ListFormat;
  syntax: QuerySyntax;
}

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search over stored articles (title and text), best match first')
    .argument('<query>', 'words to find; FTS5 syntax (OR, "phrase", title:word, prefix*) also works')
    .addOption(dbOption())
    .addOption(limitOption())
    .addOption(offsetOption())
    .addOption(listFormatOption())
    .addOption(
      new Option(
        '--syntax <syntax>',
        'auto: FTS5 if it parses, else literal words; fts: FTS5 or an error; plain: words',
      )
        .choices(['auto', 'fts', 'plain'])
        .default('auto'),
    )
    .action(async (query: string, flags: SearchFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const hits = await searchArticles(store, query, {
          limit: flags.limit,
          offset: flags.offset,
          syntax: flags.syntax,
        });
        await writeOut(formatListing(hits, flags.format, () => formatSearchHits(hits)));
      } finally {
        await store.close();
      }
    });
}
