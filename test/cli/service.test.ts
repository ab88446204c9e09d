import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NewsgraphError } from '../../src/errors.js';
import { errorLine, exitCodeOf } from '../../src/cli/errors.js';
import { formatReport, ingestExitCode, parsePublished, type IngestSummary } from '../../src/service/index.js';
import { sampleDoc } from '../store/docs.js';

describe('parsePublished', () => {
  const valid = [
    '2025-08-14',
    '2024-02-29',
    '2025-08-14T09:30:00Z',
    '2025-08-14T09:30Z',
    '2025-08-14T09:30:00.5-04:00',
    ' 2025-08-14 ',
  ];
  for (const value of valid) it(`accepts ${value}`, () => assert.equal(parsePublished(value), value.trim()));

  const invalid: [string, RegExp][] = [
    ['2025-02-30', /expected an ISO 8601 date/],
    ['2025-13-01', /expected an ISO 8601 date/],
    ['14/08/2025', /expected an ISO 8601 date/],
    ['yesterday', /expected an ISO 8601 date/],
    ['2025-08-14T09:30:00', /needs an offset/],
    ['2025-08-14T25:00:00Z', /expected an ISO 8601 date/],
  ];
  for (const [value, message] of invalid) {
    it(`refuses ${value}`, () =>
      assert.throws(() => parsePublished(value), { code: 'BAD_ARGUMENT', message }));
  }
});

describe('ingestExitCode', () => {
  const summary = (stored: number, duplicates: number, errors: unknown[]): IngestSummary => ({
    stored,
    duplicates,
    failed: errors.length,
    results: [
      ...Array.from({ length: stored }, () => ({ path: 'a', status: 'stored' as const })),
      ...Array.from({ length: duplicates }, () => ({ path: 'b', status: 'duplicate' as const })),
      ...errors.map((error) => ({ path: 'c', status: 'failed' as const, error })),
    ],
  });
  const missing = new NewsgraphError('INPUT_MISSING', 'x');
  const binary = new NewsgraphError('INPUT_BINARY', 'y');
  const cases: [string, IngestSummary, number][] = [
    ['stored, none failed', summary(2, 1, []), 0],
    ['all duplicates', summary(0, 3, []), 0],
    ['some failed', summary(2, 0, [missing]), 2],
    ['all failed, same reason', summary(0, 0, [missing, missing]), 66],
    ['all failed, one bug', summary(0, 0, [new Error('boom')]), 2],
    ['all failed, different reasons', summary(0, 0, [missing, binary]), 2],
    ['duplicates and a failure', summary(0, 1, [binary]), 2],
  ];
  for (const [name, s, code] of cases) it(name, () => assert.equal(ingestExitCode(s), code));
});

describe('CLI error lines', () => {
  it('prints a catalog error as its message, on one line', () => {
    const error = new NewsgraphError('STORE_FAILED', 'news.db', 'disk I/O error\nat page 3');
    assert.equal(errorLine(error), 'news.db: the store failed (disk I/O error at page 3)');
    assert.equal(exitCodeOf(error), 74);
  });

  it('prints a bug as one line with the debug hint, exit 70', () => {
    assert.equal(
      errorLine(new TypeError("Cannot read properties of undefined (reading 'x')")),
      "unexpected error: Cannot read properties of undefined (reading 'x') (set NEWSGRAPH_DEBUG=1 for the stack)",
    );
    assert.equal(exitCodeOf(new Error('x')), 70);
  });
});

describe('formatReport', () => {
  const doc = sampleDoc('Putin met Trump in Alaska on Friday. "We had a productive meeting," he said.', {
    title: 'Summit',
    published: '2025-08-14',
  });
  doc.timexes.push({
    start: 0,
    end: 5,
    text: 'Putin',
    type: 'DATE',
    value: 'XXXX-02-28',
    anchored: false,
    sentence: 0,
    rule: 'test',
  });
  doc.removed.push({ start: 0, end: 3, text: 'Put', reason: 'boilerplate', rule: 'test-rule' });
  doc.meta.homeRegion = { country: 'US', admin1: 'Alaska' };
  const report = formatReport(doc);

  const expected = [
    'Title:     Summit',
    'Published: 2025-08-14',
    'Based in:  Alaska, US',
    '  boilerplate (test-rule): "Put"',
    'e1   PERSON  Vladimir Putin [RU] — also: Putin',
    'direct   Vladimir Putin: "We had a productive meeting,"',
    '"Friday" → 2025-08-15 [DATE, day]',
    '→ XXXX-02-28 (unanchored)',
    'Alaska, US (64.0000, -150.0000), confidence 0.90 ← "Alaska"',
    'Vladimir Putin → ?: CONSULT 040 "met" · Alaska — "Putin met Trump',
    'number: a test finding — "Putin"',
    'Diagnostics (0)\n  (none)',
  ];
  for (const line of expected) it(`has ${line}`, () => assert.ok(report.includes(line), report));

  it('marks negated and hypothetical events', () => {
    const flagged = structuredClone(doc);
    flagged.events[0]!.negated = true;
    flagged.events[0]!.hypothetical = true;
    assert.match(formatReport(flagged), /\[negated\] \[hypothetical\]/);
    assert.doesNotMatch(report, /\[negated\]|\[hypothetical\]/);
  });

  it('prints actor codes and the full CAMEO code when the event has them', () => {
    const coded = structuredClone(doc);
    Object.assign(coded.events[0]!, { code: '042', sourceActor: { name: 'Vladimir Putin', code: 'RUSGOV' } });
    assert.ok(formatReport(coded).includes('Vladimir Putin (RUSGOV) → ?: CONSULT 042 "met"'));
  });
});
