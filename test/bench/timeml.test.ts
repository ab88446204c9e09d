import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTimeml } from '../../bench/lib/timeml.js';

const TML = `<?xml version="1.0" ?>\r
<TimeML>\r
<DOCID>APW0001</DOCID>\r
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>\r
<TEXT>\r
NAIROBI (AP) _ Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, AT&amp;T said.\r
It lasted <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3>.\r
</TEXT>\r
</TimeML>`;

test('readTimeml: TEXT content with entities decoded and CRLF as LF, gold offsets into it, DCT value', () => {
  const doc = readTimeml(TML, 'fallback');
  assert.equal(doc.id, 'APW0001');
  assert.equal(doc.dct, '1998-08-07');
  assert.equal(doc.text, '\nNAIROBI (AP) _ Bombs exploded Friday, AT&T said.\nIt lasted two hours.\n');
  assert.deepEqual(
    doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.text, t.tid, t.type, t.value]),
    [
      ['Friday', 'Friday', 't1', 'DATE', '1998-08-07'],
      ['two hours', 'two hours', 't2', 'DURATION', 'PT2H'],
    ],
  );
});

test('readTimeml: no DCT, no TEXT → no anchor and no timexes, id from the fallback', () => {
  const doc = readTimeml('<TimeML><TITLE>x</TITLE></TimeML>', 'file.tml');
  assert.equal(doc.id, 'file.tml');
  assert.equal(doc.dct, undefined);
  assert.equal(doc.text, '');
  assert.deepEqual(doc.timexes, []);
});
