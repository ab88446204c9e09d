import { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { formatReport, getArticle } from '../../service/index.js';
import { formatCorpus } from './stories.js';
import { dbOption, formatOption, type OutputFormat } from '../options.js';
import { writeOut } from '../output.js';

interface ShowFlags {
  db: string;
  format: OutputFormat;
}

export function showCommand(): Command {
  return new Command('show')
    .description('print a stored article by id, as JSON or as the readable report')
    .argument('<id>', 'the article id (from ingest --verbose, search or analyze)')
    .addOption(dbOption())
    .addOption(formatOption('json'))
    .action(async (id: string, flags: ShowFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const doc = await getArticle(store, id);
        if (flags.format === 'json') await writeOut(`${JSON.stringify(doc, null, 2)}\n`);
        else await writeOut(formatReport(doc) + formatCorpus(await store.getArticleCorpus(doc.id)));
      } finally {
        await store.close();
      }
    });
}
