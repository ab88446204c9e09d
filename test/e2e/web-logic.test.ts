/** The dashboard's pure logic (no browser): span nesting, removal placement, timeline order, network, titles. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { buildHighlights } from '../../web/src/lib/highlights.js';
import { isMarkNode, nestMarks, type Mark, type TreeItem } from '../../web/src/lib/nest.js';
import { buildNetwork } from '../../web/src/lib/network.js';
import { placeRemovals, rawToTextInsertion } from '../../web/src/lib/removed.js';
import { sortByTime, timelineKey } from '../../web/src/lib/timeline.js';
import { displayTitle, snippetParts } from '../../web/src/lib/text.js';

const mark = (key: string, start: number, end: number, rank = 0): Mark => ({ key, start, end, rank });

/** Renders a tree as `key[...]` brackets with the text inside, to compare shapes at a glance. */
function show(items: TreeItem[], text: string): string {
  return items
    .map((item) =>
      isMarkNode(item)
        ? `${item.mark.key}${item.piece ? `#${item.piece}` : ''}[${show(item.children, text)}]`
        : text.slice(item.start, item.end),
    )
    .join('');
}

test('nestMarks: nesting, crossing, zero-width insertions', () => {
  const text = 'abcdefghij';
  const cases: [string, Mark[], string][] = [
    ['no marks', [], 'abcdefghij'],
    ['one mark', [mark('a', 2, 5)], 'ab' + 'a[cde]' + 'fghij'],
    ['contained', [mark('q', 0, 6), mark('e', 2, 4, 1)], 'q[ab' + 'e[cd]' + 'ef]ghij'],
    ['same span: lower rank outside', [mark('e', 2, 4, 2), mark('q', 2, 4, 0)], 'ab' + 'q[e[cd]]' + 'efghij'],
    [
      'crossing: the later one is split',
      [mark('q', 0, 5), mark('e', 3, 8, 1)],
      'q[abc' + 'e[de]]' + 'e#1[fgh]' + 'ij',
    ],
    ['adjacent', [mark('a', 0, 3), mark('b', 3, 6)], 'a[abc]b[def]ghij'],
    ['insertions at the same place', [mark('r1', 4, 4), mark('r2', 4, 4)], 'abcd' + 'r1[]r2[]' + 'efghij'],
    [
      'insertion inside a mark',
      [mark('q', 2, 8), mark('r', 5, 5, 6)],
      'ab' + 'q[cde' + 'r[]' + 'fgh]' + 'ij',
    ],
    ['out of range dropped', [mark('x', 5, 20), mark('y', 6, 3)], 'abcdefghij'],
  ];
  for (const [name, marks, expected] of cases)
    assert.equal(show(nestMarks(text.length, marks), text), expected, name);
});

test('nestMarks keeps every character exactly once, whatever the overlaps', () => {
  const text = 'The quick brown fox jumps over the lazy dog';
  const marks = [
    mark('a', 0, 19),
    mark('b', 4, 25, 1),
    mark('c', 10, 30, 2),
    mark('d', 16, 43, 0),
    mark('e', 20, 20, 5),
  ];
  const collect = (items: TreeItem[]): string =>
    items.map((i) => (isMarkNode(i) ? collect(i.children) : text.slice(i.start, i.end))).join('');
  assert.equal(collect(nestMarks(text.length, marks)), text);
});

test('removals are placed where the kept text resumes', () => {
  const map = {
    segments: [
      { textStart: 0, rawStart: 10, length: 5 },
      { textStart: 5, rawStart: 20, length: 5 },
    ],
  };
  assert.equal(rawToTextInsertion(map, 0, 10), 0, 'before the first kept segment');
  assert.equal(rawToTextInsertion(map, 15, 10), 5, 'between segments');
  assert.equal(rawToTextInsertion(map, 25, 10), 10, 'after the last');
  const removal = (start: number) => ({
    start,
    end: start + 1,
    text: 'x',
    reason: 'boilerplate' as const,
    rule: 'r',
  });
  assert.deepEqual(
    placeRemovals(map, [removal(25), removal(0), removal(15)], 10).map((p) => p.at),
    [0, 5, 10],
  );
});

test('timeline keys: calendar values win, else the published date, marked', () => {
  const cases: [{ time?: string; published?: string }, string, boolean][] = [
    [{ time: '2025-08-15', published: '2025-08-14' }, '2025-08-15', false],
    [{ time: '2025-08-15T11:30-08:00' }, '2025-08-15', false],
    [{ time: '2018', published: '2025-08-14' }, '2018', false],
    [{ time: 'PAST_REF', published: '2025-08-14T09:00:00Z' }, '2025-08-14', true],
    [{ time: 'P1D', published: '2025-08-14' }, '2025-08-14', true],
    [{ time: 'XXXX-02-28', published: '2025-08-14' }, '2025-08-14', true],
    [{}, 'undated', true],
  ];
  for (const [input, date, fallback] of cases)
    assert.deepEqual(timelineKey(input), { date, fallback }, JSON.stringify(input));
  const sorted = sortByTime([
    { time: 'P1D' },
    { time: '2025-08-15' },
    { time: '2018' },
    { published: '2025-01-01' },
  ]);
  assert.deepEqual(
    sorted.map((s) => s.key.date),
    ['2018', '2025-01-01', '2025-08-15', 'undated'],
  );
});

function tinyDoc(): Doc {
  const text = 'Alice met Bob. "We agree with Carol," Alice said. Dave left.';
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  const m = (s: string, entity: string, sentence: number, from = 0) => ({
    ...span(s, from),
    label: 'PERSON' as const,
    entity,
    sentence,
    rule: 't',
  });
  return {
    id: 'd1',
    source: { kind: 'text' },
    meta: {},
    raw: text,
    text,
    toRaw: { segments: [{ textStart: 0, rawStart: 0, length: text.length }] },
    removed: [],
    sentences: [],
    tokens: [],
    mentions: [
      m('Alice', 'e1', 0),
      m('Bob', 'e2', 0),
      m('Carol', 'e3', 1),
      m('Alice', 'e1', 1, 20),
      m('Dave', 'e4', 2),
    ],
    entities: ['Alice', 'Bob', 'Carol', 'Dave'].map((name, i) => ({
      id: `e${i + 1}`,
      name,
      type: 'PERSON' as const,
      aliases: [],
    })),
    timexes: [],
    quotes: [{ ...span('We agree with Carol,'), kind: 'direct', speaker: 'e1', sentence: 1, rule: 't' }],
    places: [],
    events: [
      {
        ...span('Alice met Bob.'),
        type: 'CONSULT',
        cameo: '04',
        source: 'e1',
        target: 'e2',
        cue: span('met'),
        sentence: 0,
        negated: false,
        hypothetical: false,
        rule: 't',
      },
    ],
    findings: [],
    diagnostics: [],
  };
}

test('network: sentence, quote and event links; lone entities stay unlinked', () => {
  const net = buildNetwork([tinyDoc()]);
  const links = Object.fromEntries(
    net.links.map((l) => [`${l.source}|${l.target}`, l.kinds.sort().join(',')]),
  );
  assert.deepEqual(links, {
    'PERSON:Alice|PERSON:Bob': 'event,sentence',
    'PERSON:Alice|PERSON:Carol': 'quote,sentence',
  });
  assert.equal(net.nodes.find((n) => n.name === 'Alice')?.mentions, 2);
  assert.ok(
    net.nodes.some((n) => n.name === 'Dave'),
    'Dave is a node',
  );
  assert.equal(buildNetwork([tinyDoc()], 2).nodes.length, 2, 'capped');
});

test('highlights: one per quote with the speaker named; removals only when asked', () => {
  const doc = tinyDoc();
  const quotes = buildHighlights(doc, { showRemoved: false }).filter((h) => h.kind === 'quote');
  assert.equal(quotes.length, 1);
  assert.match(quotes[0]!.label, /Alice/);
  doc.quotes[0]!.scare = true;
  assert.equal(
    buildHighlights(doc, { showRemoved: false }).filter((h) => h.kind === 'quote').length,
    0,
    'scare quotes are not speech',
  );
  doc.removed.push({ start: 0, end: 3, text: 'Ad ', reason: 'boilerplate', rule: 't' });
  assert.equal(buildHighlights(doc, { showRemoved: false }).filter((h) => h.kind === 'removed').length, 0);
  assert.equal(buildHighlights(doc, { showRemoved: true }).filter((h) => h.kind === 'removed').length, 1);
});

test('titles and snippets', () => {
  assert.equal(displayTitle('A title', 'text'), 'A title');
  assert.equal(displayTitle(undefined, 'First one. Second.'), 'First one.');
  assert.equal(displayTitle(undefined, 'word '.repeat(40), 20), 'word word word word…');
  assert.equal(displayTitle(undefined, ''), 'Untitled article');
  assert.deepEqual(snippetParts('a [Putin] b'), [
    { text: 'a ', match: false },
    { text: 'Putin', match: true },
    { text: ' b', match: false },
  ]);
});
