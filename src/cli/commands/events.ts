import { Command, Option } from 'commander';
import { NewsgraphError } from '../../errors.js';
import { formatCorpusEvents, getCorpusEventById } from '../../service/corpus-events.js';
import { listPage } from '../../service/queries.js';
import { listings, type CorpusEventDetail, type CorpusEventFilter } from '../../store/index.js';
import { openStore } from '../../store/index.js';
import { formatListing, listFormatOption, type ListFormat } from '../listing.js';
import { dbOption, limitOption, offsetOption } from '../options.js';
import { writeOut } from '../output.js';

interface EventsFlags {
  db: string;
  limit: number;
  offset: number;
  format: ListFormat;
  type?: string;
  actor?: string;
  country?: string;
  since?: string;
  until?: string;
  story?: string;
}

/** A day (YYYY-MM-DD, or a date-time whose date counts). */
function day(flag: string) {
  return (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value) || Number.isNaN(Date.parse(value.slice(0, 10)))) {
      throw new NewsgraphError('BAD_ARGUMENT', flag, `"${value}" is not a date like 2025-08-15`);
    }
    return value.slice(0, 10);
  };
}

export function eventsCommand(): Command {
  return new Command('events')
    .description(
      'list corpus events (one per real event across stored articles) with how many independent sources ' +
        'report each; given an id, one event with its mentions',
    )
    .argument('[id]', 'a corpus event id: show it with every article sentence reporting it')
    .addOption(dbOption())
    .addOption(new Option('--type <type>', 'PLOVER event type, e.g. CONSULT'))
    .addOption(new Option('--actor <actor>', 'source or target: its name or CAMEO actor code'))
    .addOption(new Option('--country <code>', "the place's country (US) or an actor's CAMEO country (RUS)"))
    .addOption(new Option('--since <date>', 'reported on or after this day').argParser(day('--since')))
    .addOption(new Option('--until <date>', 'reported on or before this day').argParser(day('--until')))
    .addOption(new Option('--story <id>', 'events of one story'))
    .addOption(limitOption())
    .addOption(offsetOption())
    .addOption(listFormatOption())
    .action(async (id: string | undefined, flags: EventsFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        if (id !== undefined) {
          if (!/^\d+$/.test(id)) throw new NewsgraphError('BAD_ARGUMENT', 'id', `"${id}" is not an event id`);
          const event = await getCorpusEventById(store, Number(id));
          await writeOut(formatListing(event.mentions, flags.format, () => formatEvent(event), event));
          return;
        }
        const filter: CorpusEventFilter = {
          ...(flags.type ? { type: flags.type } : {}),
          ...(flags.actor ? { actor: flags.actor } : {}),
          ...(flags.country ? { country: flags.country } : {}),
          ...(flags.since ? { from: flags.since } : {}),
          ...(flags.until ? { to: flags.until } : {}),
          ...(flags.story ? { story: flags.story } : {}),
        };
        const page = await listPage(store, listings.corpusEvents, filter, {
          limit: flags.limit,
          offset: flags.offset,
        });
        await writeOut(
          formatListing(page.items, flags.format, () => formatCorpusEvents(page.items, page.total), page),
        );
      } finally {
        await store.close();
      }
    });
}

/** The event's line, then each mention: article, outlet, and the sentence that reports it. */
function formatEvent(event: CorpusEventDetail): string {
  const mentions = event.mentions.map(
    (m) =>
      `  ${m.articleTitle ?? m.articleId} (${m.outlet}${m.day ? `, ${m.day}` : ''}) [${m.sentence.start}–${m.sentence.end}]\n` +
      `     ${m.sentence.text.replace(/\s+/g, ' ')}\n`,
  );
  return `${formatCorpusEvents([event], 1)}${mentions.join('')}`;
}
