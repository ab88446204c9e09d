import { Command } from 'commander';
// Modules rather than folder indexes, so that only what one analysis needs is loaded.
import { prefetchShippedNerModel } from '../../nlp/ner/model/prefetch.js';
import { analyzePath, loadAnalyzer } from '../../service/analyze.js';
import { parsePublished } from '../../service/published.js';
import { formatReport } from '../../service/report/index.js';
import type { HomeRegion } from '../../doc/types.js';
import {
  deadlineOption,
  dictionariesFrom,
  withDictionaryOptions,
  formatOption,
  homeRegionOption,
  type DictionaryFlags,
  maxSizeOption,
  megabytes,
  publishedOption,
  type OutputFormat,
} from '../options.js';
import { writeOut } from '../output.js';

interface AnalyzeFlags extends DictionaryFlags {
  published?: string;
  homeRegion?: HomeRegion;
  format: OutputFormat;
  maxSize: number;
  deadline: number;
  /** A string from --title, false from --no-title, undefined when neither was given. */
  title?: string | false;
}

export function analyzeCommand(): Command {
  const command = new Command('analyze')
    .description('analyse one article (text or HTML file, or - for stdin) and print the result')
    .argument('<file>', 'the article file, or - to read stdin')
    .addOption(publishedOption())
    .addOption(homeRegionOption())
    .addOption(formatOption('json'))
    .addOption(maxSizeOption())
    .addOption(deadlineOption())
    .option(
      '--title <text>',
      "the article's title (default: a plain-text first line that reads as a headline)",
    )
    .option('--no-title', 'read a plain-text first line as body text, never as the title');
  return withDictionaryOptions(command).action(async (file: string, flags: AnalyzeFlags) => {
    const published = flags.published === undefined ? undefined : parsePublished(flags.published);
    const dictionaries = dictionariesFrom(flags);
    // The pipeline's modules compile in this thread while libuv's thread pool gunzips the NER model.
    await Promise.all([loadAnalyzer(), prefetchShippedNerModel()]);
    // One article: analysed in this thread (a worker's start would cost more than the article), stopped
    // by the in-thread deadline (src/service/deadline.ts) when it runs over.
    const doc = await analyzePath(file, {
      maxBytes: megabytes(flags.maxSize),
      ...(published ? { published } : {}),
      ...(flags.homeRegion ? { homeRegion: flags.homeRegion } : {}),
      ...(typeof flags.title === 'string' ? { title: flags.title } : {}),
      ...(flags.title === false ? { firstLineTitle: false } : {}),
      ...(dictionaries ? { dictionaries } : {}),
      deadlineSeconds: flags.deadline,
    });
    await writeOut(flags.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : formatReport(doc));
  });
}
