import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEventDataset } from '../../bench/lib/event-records.js';

const PLOVER = JSON.stringify([
  { id: 'DOC-1', event: 'DOCUMENT', eventText: 'header, no text' },
  {
    id: 'R-1',
    event: 'DEMAND',
    text: 'Washington demanded that Hamas disarm.',
    source: [{ actorText: 'Washington', code: 'USA' }],
    target: [{ actorText: 'Hamas', code: 'PSE' }],
  },
  {
    id: 'R-2',
    event: 'AGREE',
    text: 'A and B agreed.',
    source: [{ actorText: 'A' }, { actorText: 'B' }],
    target: '',
  },
  { id: 'R-3', event: 'PROTEST', text: 'Crowds marched.', source: null },
]);

const PETRARCH = `<Validation><!-- <Sentence> in a comment is not a record -->
<Environment>
    <Verbfile>Test.verbs.txt</Verbfile>
    <Actorfile>Test.actors.txt</Actorfile>
    <Errorfile>Errors.txt</Errorfile>
</Environment>
<Sentences>
<Sentence date="19950101" id="T-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="1711"></EventCoding>
<Text>
Arnor will restore ties
 with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950101" id="T-2">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing &amp; nobody.</Text>
</Sentence>
</Sentences></Validation>`;

describe('readEventDataset', () => {
  it('reads PLOVER records, skipping the text-less header and tolerating empty actor fields', () => {
    const d = readEventDataset(PLOVER);
    assert.equal(d?.format, 'plover');
    assert.deepEqual(d?.records, [
      {
        id: 'R-1',
        text: 'Washington demanded that Hamas disarm.',
        event: 'DEMAND',
        sources: ['Washington'],
        targets: ['Hamas'],
      },
      { id: 'R-2', text: 'A and B agreed.', event: 'AGREE', sources: ['A', 'B'], targets: [] },
      { id: 'R-3', text: 'Crowds marched.', event: 'PROTEST', sources: [], targets: [] },
    ]);
  });

  it('reads Multi-CoPED sentence<TAB>label lines', () => {
    const d = readEventDataset('Troops shelled the town.\t4\nLeaders met in Paris.\t1\n\n');
    assert.deepEqual(d, {
      format: 'multicoped',
      records: [
        { text: 'Troops shelled the town.', label: 4 },
        { text: 'Leaders met in Paris.', label: 1 },
      ],
    });
  });

  it('reads PETRARCH XML: codes, noevents, text on one line, entities decoded', () => {
    const d = readEventDataset(PETRARCH);
    assert.deepEqual(d, {
      format: 'petrarch',
      records: [
        {
          id: 'T-1',
          text: 'Arnor will restore ties with Gondor.',
          codes: ['064', '1711'],
          noEvents: false,
          date: '1995-01-01',
          codings: [
            { code: '064', source: 'ARN', target: 'GON' },
            { code: '1711', source: 'GON', target: 'ARN' },
          ],
        },
        { id: 'T-2', text: 'Nothing & nobody.', codes: [], noEvents: true, date: '1995-01-01', codings: [] },
      ],
      environment: ['Test.verbs.txt', 'Test.actors.txt'],
    });
  });

  const NOT_EVENT_DATA: [string, string][] = [
    ['a README', '# PLOVER\n\nSome prose.\n'],
    ['a CoNLL token file', 'Troops\tB-S\nshelled\tO\n'],
    ['a label out of range', 'Troops shelled the town.\t7\n'],
    ['a crosswalk', '03: AGREE\n030: AGREE,  , diplomatic # Express intent\n'],
    ['an empty file', ''],
  ];
  for (const [what, content] of NOT_EVENT_DATA)
    it(`recognises no format in ${what}`, () => assert.equal(readEventDataset(content), undefined));
});
