import { Command } from 'commander';
import type { ArticleCorpus, CorpusStory } from '../../corpus/index.js';
import { listings, openStore } from '../../store/index.js';
import { formatListing, listFormatOption, type ListFormat } from '../listing.js';
import { dbOption, limitOption, offsetOption } from '../options.js';
import { writeOut } from '../output.js';

interface StoriesFlags {
  db: string;
  limit: number;
  offset: number;
  format: ListFormat;
}

export function storiesCommand(): Command {
  return new Command('stories')
    .description('list the stories stored articles were grouped into, most articles first')
    .addOption(dbOption())
    .addOption(limitOption())
    .addOption(offsetOption())
    .addOption(listFormatOption())
    .action(async (flags: StoriesFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const page = await store.query(
          listings.corpusStories,
          {},
          { limit: flags.limit, offset: flags.offset },
        );
        await writeOut(
          formatListing(page.items, flags.format, () => formatStories(page.items, page.total), page),
        );
      } finally {
        await store.close();
      }
    });
}

/** One block per story: title; articles, dates and top entities on one line; then its main events. */
export function formatStories(stories: readonly CorpusStory[], total: number): string {
  if (stories.length === 0) return 'No stories yet: ingest some articles first.\n';
  const blocks = stories.map((s) => {
    const copies = s.duplicateCount > 0 ? ` (${s.duplicateCount} duplicate)` : '';
    const dates = s.from ? (s.from === s.to ? s.from : `${s.from} – ${s.to}`) : 'undated';
    const entities = s.topEntities.map((e) => `${e.name} (${e.articles})`).join(', ') || '—';
    const events = s.topEvents.map(
      (e) =>
        `    ${e.type} (${e.cameo}) ${e.source ?? '?'} → ${e.target ?? '?'} · ${e.articles} article(s)\n`,
    );
    return `${s.id}  ${s.title}\n    ${s.articleCount} article(s)${copies} · ${dates} · ${entities}\n${events.join('')}`;
  });
  return `${blocks.join('')}${stories.length < total ? `… ${total} stories in all\n` : ''}`;
}

/** The corpus lines of `newsgraph show`: story, duplicate links, cross-article findings. */
export function formatCorpus(corpus: ArticleCorpus | undefined): string {
  if (!corpus) return '';
  const lines: string[] = [];
  if (corpus.story) {
    lines.push(`Story: ${corpus.story.id} (${corpus.story.articleCount} article(s)) ${corpus.story.title}`);
  }
  const copy = corpus.duplicateOf;
  if (copy) {
    const { diff } = copy;
    lines.push(
      `Duplicate (${copy.kind}, ${copy.similarity.toFixed(2)}) of ${copy.id}: ` +
        `+${diff.wordsAdded}/-${diff.wordsDropped} words`,
      ...diff.addedLines.map((line) => `  + ${line}`),
      ...diff.droppedLines.map((line) => `  - ${line}`),
      ...diff.removedFromCopy.map((r) => `  + (${r.reason}, cleaned out) ${r.text}`),
      ...diff.removedFromCanonical.map((r) => `  - (${r.reason}, cleaned out) ${r.text}`),
    );
  }
  for (const d of corpus.duplicates) lines.push(`Copied by ${d.id} (${d.kind}, ${d.similarity.toFixed(2)})`);
  const corroborated = corpus.corroboration.filter((c) => c.sources > 1);
  if (corroborated.length > 0) {
    lines.push(
      `Corroborated: ${corroborated.map((c) => `${c.kind} ${c.idx} by ${c.sources} sources`).join(', ')}`,
    );
  }
  for (const f of corpus.findings) lines.push(`Cross-article ${f.kind}: ${f.message}`);
  return lines.length > 0 ? `\nCorpus\n${lines.map((l) => `  ${l}`).join('\n')}\n` : '';
}
