import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseBrat } from '../../bench/lib/brat.js';
import { goldContents, polnearArticles } from '../../bench/lib/polnear.js';

// 😀 is one code point (brat's unit) but two UTF-16 units: offsets after it shift by one.
const TEXT = '😀 “We will win,” Smith said. Jones said the plan failed.\n“A,” he said, “B.”';
const at = (s: string): [number, number] => {
  const i = [...TEXT].join('').indexOf(s);
  const cp = [...TEXT.slice(0, i)].length;
  return [cp, cp + [...s].length];
};
const [q1s, q1e] = at('“We will win,”');
const [s1s, s1e] = at('Smith');
const [c2s, c2e] = at('the plan failed');
const [s2s, s2e] = at('Jones');
const [a1s, a1e] = at('A,');
const [b1s, b1e] = at('B.');
const ANN = [
  `T1\tContent ${q1s} ${q1e}\t“We will win,”`,
  `T2\tSource ${s1s} ${s1e}\tSmith`,
  `T3\tCue ${s1e + 1} ${s1e + 5}\tsaid`,
  `T4\tAttribution ${s1e + 1} ${s1e + 5}\tsaid`,
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  `T5\tContent ${c2s} ${c2e}\tthe plan failed`,
  `T6\tSource ${s2s} ${s2e}\tJones`,
  'E2\tAttribution:T4 Source:T6 Content:T5',
  `T7\tContent ${a1s} ${a1e};${b1s} ${b1e}\tA, B.`,
  'E3\tAttribution-no-source:T4 Content:T7',
  '',
].join('\n');

describe('brat standoff', () => {
  it('reads text-bounds with fragments and events with roles', () => {
    const doc = parseBrat(ANN);
    assert.deepEqual(doc.bounds.get('T7')?.fragments, [
      { start: a1s, end: a1e },
      { start: b1s, end: b1e },
    ]);
    assert.deepEqual(doc.events[0], {
      id: 'E1',
      type: 'Attribution',
      trigger: 'T4',
      args: [
        { role: 'Content', id: 'T1' },
        { role: 'Cue', id: 'T3' },
        { role: 'Source', id: 'T2' },
      ],
    });
    assert.deepEqual(doc.malformed, []);
  });
});

describe('PolNeAR gold contents', () => {
  it('gives one item per fragment, UTF-16 offsets, direct flag and source', () => {
    const { contents, misaligned } = goldContents(TEXT, parseBrat(ANN));
    assert.equal(misaligned, 0);
    const view = contents.map((c) => [TEXT.slice(c.span.start, c.span.end), c.direct, c.source?.text]);
    assert.deepEqual(view, [
      ['“We will win,”', true, 'Smith'],
      ['the plan failed', false, 'Jones'],
      ['A,', true, undefined],
      ['B.', true, undefined],
    ]);
  });

  it('counts annotations whose offsets do not fit the text', () => {
    assert.equal(goldContents('short', parseBrat('T1\tContent 0 3\tsho\nT2\tSource 1 3\txx')).misaligned, 1);
  });

  const folder = mkdtempSync(join(tmpdir(), 'polnear-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('takes the first annotator file per article in sorted order', () => {
    mkdirSync(join(folder, 'text'));
    mkdirSync(join(folder, 'attributions'));
    writeFileSync(join(folder, 'text', 'a_story-one.txt'), 'x');
    writeFileSync(join(folder, 'text', 'b.txt'), 'x');
    for (const f of ['a_story-one_ef2d.ann', 'a_story-one_4b22.ann', 'b_d473.ann', 'orphan_1234.ann'])
      writeFileSync(join(folder, 'attributions', f), '');
    const articles = polnearArticles(folder);
    assert.ok(Array.isArray(articles));
    assert.deepEqual(
      articles.map((a) => [a.name, a.annotationPath.split('/').pop()]),
      [
        ['a_story-one', 'a_story-one_4b22.ann'],
        ['b', 'b_d473.ann'],
      ],
    );
  });

  it('says what is missing in a folder that is not a split', () => {
    assert.ok('missing' in (polnearArticles(join(folder, 'text')) as object));
  });
});
