/**
 * Checks: findings within one article. Each finder reads the layers the earlier stages built and returns
 * findings; they are independent, so their order only fixes the order of `doc.findings`.
 */
import type { Context } from '../context.js';
import type { Doc, Finding } from '../doc/types.js';
import { findEstimates } from './estimates.js';
import { findLastMetContradictions } from './last-met.js';
import { findTimeArithmetic } from './time-arithmetic.js';

export type Finder = (doc: Doc) => Finding[];

export const FINDERS: readonly { name: string; find: Finder }[] = [
  { name: 'last-met-contradiction', find: findLastMetContradictions },
  { name: 'time-arithmetic', find: findTimeArithmetic },
  { name: 'estimate', find: findEstimates },
];

export function checkFacts(doc: Doc, _ctx: Context): Doc {
  const findings = FINDERS.flatMap((finder) => finder.find(doc));
  return { ...doc, findings: [...doc.findings, ...findings] };
}
