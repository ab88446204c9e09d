import { Command } from 'commander';
import { analyzePath, formatReport, parsePublished } from '../../service/index.js';
import type { HomeRegion } from '../../doc/types.js';
import {
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
}

export function analyzeCommand(): Command {
  const command = new Command('analyze')
    .description('analyse one article (text or HTML file, or - for stdin) and print the result')
    .argument('<file>', 'the article file, or - to read stdin')
    .addOption(publishedOption())
    .addOption(homeRegionOption())
    .addOption(formatOption('json'))
    .addOption(maxSizeOption());
  return withDictionaryOptions(command).action(async (file: string, flags: AnalyzeFlags) => {
    const published = flags.published === undefined ? undefined : parsePublished(flags.published);
    const dictionaries = dictionariesFrom(flags);
    const doc = await analyzePath(file, {
      maxBytes: megabytes(flags.maxSize),
      ...(published ? { published } : {}),
      ...(flags.homeRegion ? { homeRegion: flags.homeRegion } : {}),
      ...(dictionaries ? { dictionaries } : {}),
    });
    await writeOut(flags.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : formatReport(doc));
  });
}
