import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  childElements,
  childText,
  decodeEntities,
  descendants,
  firstChild,
  parseXml,
  textContent,
} from '../../bench/lib/xml.js';

test('decodeEntities: the five XML entities and character references; unknown ones stay', () => {
  assert.equal(decodeEntities('AT&amp;T &lt;b&gt; &quot;x&quot; &apos;y&apos;'), 'AT&T <b> "x" \'y\'');
  assert.equal(decodeEntities('&#233;t&#xE9; &#x1F600;'), 'été 😀');
  assert.equal(decodeEntities('&Cx1f; &nbsp; a & b'), '&Cx1f; &nbsp; a & b');
});

test('parseXml keeps mixed content in order, with attributes, CDATA and self-closing tags', () => {
  const root = parseXml(
    '<?xml version="1.0"?>\n<!-- note --><doc id="d1" kind=\'x\'><p>Hi <b n="1">there</b>, A&amp;B</p>' +
      '<t><![CDATA[a < b & c]]></t><e/></doc>',
  );
  const doc = firstChild(root, 'doc')!;
  assert.deepEqual(doc.attrs, { id: 'd1', kind: 'x' });
  const p = firstChild(doc, 'p')!;
  assert.equal(p.children.length, 3);
  assert.equal(p.children[0], 'Hi ');
  assert.equal(textContent(p), 'Hi there, A&B');
  assert.equal(childText(doc, 't'), 'a < b & c');
  assert.equal(
    childElements(doc)
      .map((e) => e.name)
      .join(','),
    'p,t,e',
  );
  assert.equal(childText(doc, 'e'), undefined);
  assert.equal(childText(doc, 'missing'), undefined);
});

test('parseXml survives an unclosed element: the next end tag of its parent closes both', () => {
  const root = parseXml('<list><item><item><name>A</name></item><name>B</name></item></list><after/>');
  const items = descendants(root, 'item');
  assert.deepEqual(
    items.map((i) => childText(i, 'name')),
    ['B', 'A'],
  );
  assert.equal(firstChild(root, 'after')?.name, 'after');
});
