import { NewsgraphError } from '../errors.js';
import type { CorpusEventDetail, CorpusEventListing, Store } from '../store/index.js';

/** One corpus event with its mentions; NOT_FOUND names the id when there is none. */
export async function getCorpusEventById(store: Store, id: number): Promise<CorpusEventDetail> {
  const event = await store.getCorpusEvent(id);
  if (!event) throw new NewsgraphError('NOT_FOUND', `event ${id}`, 'no corpus event has this id');
  return event;
}

/** One line per corpus event, as a reader would say it, with its sources; a total line when paged. */
export function formatCorpusEvents(events: readonly CorpusEventListing[], total: number): string {
  if (events.length === 0) return 'No corpus events: ingest some articles first (or loosen the filters).\n';
  const lines = events.map((e) => {
    const side = (a: CorpusEventListing['source']) => (a ? `${a.name}${a.code ? ` (${a.code})` : ''}` : '?');
    const days = e.from ? (e.from === e.to ? e.from : `${e.from} – ${e.to}`) : 'undated';
    const place = e.place ? ` · ${e.place.name}` : '';
    const negated = e.negated ? ' [negated]' : '';
    return (
      `#${e.id}  ${side(e.source)} → ${side(e.target)}: ${e.type} ${e.code ?? e.cameo}${negated} · ${days}${place}\n` +
      `     ${e.numSources} source(s), ${e.numArticles} article(s), ${e.numMentions} mention(s) · story ${e.storyId}\n`
    );
  });
  return `${lines.join('')}${events.length < total ? `… ${total} events in all\n` : ''}`;
}
