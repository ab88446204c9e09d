import { clean } from '../../src/clean/index.js';
import { createContext } from '../../src/context.js';
import { newDoc } from '../../src/doc/create.js';
import type { Doc } from '../../src/doc/types.js';

const ctx = createContext();

/** Runs the clean stage on a raw text, with a shared context (tables load once). */
export function cleanRaw(raw: string): Doc {
  return clean(newDoc({ id: 'test', source: { kind: 'text' }, meta: {}, raw }), ctx);
}

/** Ten ordinary body paragraphs, one per line, so a test line is never more than half the text. */
export const BODY = [
  'The government announced new measures on Tuesday to curb rising energy prices across the country.',
  'Officials said the plan would cost about 2 billion dollars over the next three years.',
  'Opposition leaders criticised the proposal, arguing that it did little for low-income households.',
  'The finance minister defended the package in parliament, saying it was carefully targeted.',
  'Economists were divided over whether the measures would slow inflation in the short term.',
  'Energy companies welcomed the announcement but warned that supply problems would persist.',
  'Consumer groups called for a cap on standing charges, which have doubled since last winter.',
  'The plan will be debated again next month before a final vote in the upper house.',
  'Regional governments asked for more money to help rural families heat their homes.',
  'A poll published last week found that most voters considered energy bills their top concern.',
] as const;
