import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundNesting } from '../../src/extract/bound-nesting.js';
import { extract } from '../../src/extract/index.js';

/** The deepest an element lies in `html`, counting as the scan does (void and self-closing tags aside). */
function depthOf(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, slash] of html.matchAll(/<(\/?)[a-zA-Z][^>]*>/g)) {
    depth = Math.max(0, depth + (slash ? -1 : 1));
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe('deep markup: tags past the nesting bound are taken out before parsing, their text kept', () => {
  it('returns an ordinary page as it is', () => {
    const page =
      '<html><head><meta charset="utf-8"><title>T</title></head><body><div class="a"><p>One<br>two</p>' +
      '<img src="x.png"><p>Three <b>four</b></p><!-- <div><div> --><hr/></div></body></html>';
    assert.deepEqual(boundNesting(page, 10), { html: page, cut: 0 });
  });

  it('does not count a `<` in a script, a style or a comment as a tag', () => {
    const script = `<script>for (let i = 0; i<n; i++) if (a<b && c<d) x = '<div>';</script>`;
    const page = `<html><body>${script.repeat(50)}<style>p<q{}</style><!-- ${'<div>'.repeat(50)} --><p>x</p></body></html>`;
    assert.deepEqual(boundNesting(page, 4), { html: page, cut: 0 });
  });

  it('cuts the tags that open past the bound and their end tags, keeping every word', () => {
    const html = `<div>${'<span>'.repeat(20)}deep words${'</span>'.repeat(20)}</div><p>after</p>`;
    const { html: bounded, cut } = boundNesting(html, 5);
    assert.equal(cut, 32); // 16 spans past depth 5, each with its end tag
    assert.equal(depthOf(bounded), 5);
    assert.match(bounded, /deep words/);
    assert.match(bounded, /<\/div><p>after<\/p>$/);
  });

  it('reads the sentence inside 100,000 nested spans (1.4 MB), noting the cut', () => {
    const depth = 100_000;
    const content = `<html><body>${'<span>'.repeat(depth)}Police arrested two men in Dover.${'</span>'.repeat(depth)}</body></html>`;
    const extracted = extract({ kind: 'html', content });
    assert.match(extracted.raw, /Police arrested two men in Dover\./);
    // <html> and <body> hold two of the thousand levels: 99,002 spans and their end tags are cut.
    assert.ok(
      extracted.diagnostics.some((d) => /nested deeper than 1000: 198004 deeper tags/.test(d.message)),
    );
  });
});
