import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CSV_COLUMNS, GDELT_COLUMNS, csvField, globalEventId, tsvField } from '../../src/export/index.js';
import { exportDoc, exportText, stored, TEXT } from './docs.js';

/** A minimal RFC 4180 reader, so the test checks what a CSV consumer would see, not our own strings. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('jsonl export', () => {
  it('writes one whole Doc per line, newlines inside strings escaped', async () => {
    const doc = exportDoc();
    const out = await exportText('jsonl', stored(doc), stored({ ...doc, id: 'second' }));
    const lines = out.split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    assert.deepEqual(JSON.parse(lines[0]!), doc);
    assert.equal((JSON.parse(lines[1]!) as { id: string }).id, 'second');
  });

  it('escapes U+2028 and U+2029 so each line is valid JavaScript too', async () => {
    const doc = { ...exportDoc(), text: 'a\u2028b\u2029c' };
    const out = await exportText('jsonl', stored(doc));
    assert.doesNotMatch(out, /[\u2028\u2029]/);
    assert.equal((JSON.parse(out) as { text: string }).text, 'a\u2028b\u2029c');
  });
});

describe('csv export', () => {
  it('writes the documented header and one row per event, every row as wide as the header', async () => {
    const rows = parseCsv(await exportText('csv', stored()));
    assert.deepEqual(
      rows[0],
      CSV_COLUMNS.map(([name]) => name),
    );
    assert.equal(rows.length, 1 + 3);
    for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
  });

  it('round-trips commas, quotes, tabs and newlines, and fills actors, place and time', async () => {
    const [header, first, second, third] = parseCsv(await exportText('csv', stored()));
    const record = (row: string[] | undefined) => Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    const met = record(first);
    assert.equal(met.title, 'Summit, "talks"\tand\nmore');
    assert.equal(met.source_url, 'https://news.example.com/a?x=1,y="2"');
    assert.equal(met.type, 'CONSULT');
    assert.equal(met.cameo_root, '04');
    assert.equal(met.quad_class, '1');
    assert.equal(met.source_name, 'Vladimir Putin');
    assert.equal(met.target_name, 'Donald Trump');
    assert.equal(met.place_name, 'Anchorage');
    assert.equal(met.place_lat, '61.21806');
    assert.equal(met.time_value, '2025-08-15');
    assert.equal(met.text, 'met');
    assert.equal(TEXT.slice(Number(met.start), Number(met.end)), 'met');
    assert.equal(record(second).text, 'said "no deal"\tyet');
    assert.equal(record(second).target_name, '');
    assert.equal(record(third).negated, 'true');
  });

  const fields: [string | number | boolean | undefined, string][] = [
    ['plain', 'plain'],
    [undefined, ''],
    [12.5, '12.5'],
    [false, 'false'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded', '" padded"'],
    ['tab\tinside', 'tab\tinside'],
  ];
  for (const [value, expected] of fields) {
    it(`csvField(${JSON.stringify(value)}) → ${JSON.stringify(expected)}`, () =>
      assert.equal(csvField(value), expected));
  }
});

describe('geojson export', () => {
  it('writes a FeatureCollection of Point features, longitude first, with article id, name, country, mention', async () => {
    const second = { ...exportDoc(), id: 'other' };
    const collection = JSON.parse(await exportText('geojson', stored(), stored(second))) as {
      type: string;
      features: {
        type: string;
        geometry: { type: string; coordinates: number[] };
        properties: Record<string, unknown>;
      }[];
    };
    assert.equal(collection.type, 'FeatureCollection');
    assert.equal(collection.features.length, 4);
    const [anchorage] = collection.features;
    assert.equal(anchorage?.type, 'Feature');
    assert.deepEqual(anchorage?.geometry, { type: 'Point', coordinates: [-149.90028, 61.21806] });
    assert.equal(anchorage?.properties.articleId, 'a1b2c3d4e5f60718');
    assert.equal(anchorage?.properties.name, 'Anchorage');
    assert.equal(anchorage?.properties.country, 'US');
    assert.equal(anchorage?.properties.mention, 'Anchorage');
    assert.equal(anchorage?.properties.title, 'Summit, "talks"\tand\nmore');
    assert.equal(collection.features[3]?.properties.articleId, 'other');
  });

  it('is still valid GeoJSON when no article has a place', async () => {
    const doc = { ...exportDoc(), places: [] };
    assert.deepEqual(JSON.parse(await exportText('geojson', stored(doc), stored(doc))), {
      type: 'FeatureCollection',
      features: [],
    });
    assert.deepEqual(JSON.parse(await exportText('geojson')), { type: 'FeatureCollection', features: [] });
  });
});

describe('gdelt export', () => {
  const column = (row: string[], name: (typeof GDELT_COLUMNS)[number]): string | undefined =>
    row[GDELT_COLUMNS.indexOf(name)];

  it('has the 61 GDELT 2.0 event columns, starting GLOBALEVENTID, SQLDATE and ending DATEADDED, SOURCEURL', () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.deepEqual(GDELT_COLUMNS.slice(0, 2), ['GLOBALEVENTID', 'SQLDATE']);
    assert.deepEqual(GDELT_COLUMNS.slice(-2), ['DATEADDED', 'SOURCEURL']);
    assert.equal(GDELT_COLUMNS.indexOf('EventCode'), 26);
    assert.equal(GDELT_COLUMNS.indexOf('ActionGeo_Type'), 51);
  });

  it('writes one 61-column row per asserted event (negated ones left out), no quoting, no stray tabs', async () => {
    const lines = (await exportText('gdelt', stored())).split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 2);
    const rows = lines.map((l) => l.split('\t'));
    for (const row of rows) assert.equal(row.length, 61);
    const [met, said] = rows as [string[], string[]];
    assert.equal(column(met, 'GLOBALEVENTID'), String(globalEventId('a1b2c3d4e5f60718', 0)));
    // The event's own anchored date, not the publication day.
    assert.equal(column(met, 'SQLDATE'), '20250815');
    assert.equal(column(met, 'MonthYear'), '202508');
    assert.equal(column(met, 'Year'), '2025');
    assert.equal(column(met, 'FractionDate'), '2025.6219');
    assert.equal(column(met, 'Actor1Code'), 'RUSGOV');
    assert.equal(column(met, 'Actor1Name'), 'VLADIMIR PUTIN');
    assert.equal(column(met, 'Actor1CountryCode'), 'RUS');
    assert.equal(column(met, 'Actor1Type1Code'), 'GOV');
    assert.equal(column(met, 'Actor2Code'), 'USA');
    assert.equal(column(met, 'Actor2Name'), 'DONALD TRUMP');
    assert.equal(column(met, 'IsRootEvent'), '1');
    assert.deepEqual(
      ['EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale'].map((c) =>
        column(met, c as (typeof GDELT_COLUMNS)[number]),
      ),
      ['040', '040', '04', '1', ''],
    );
    assert.equal(column(met, 'ActionGeo_Type'), '3');
    assert.equal(column(met, 'ActionGeo_FullName'), 'Anchorage, United States of America');
    assert.equal(column(met, 'ActionGeo_Lat'), '61.21806');
    assert.equal(column(met, 'ActionGeo_Long'), '-149.90028');
    assert.equal(column(met, 'DATEADDED'), '20250816123456');
    assert.equal(column(met, 'SOURCEURL'), 'https://news.example.com/a?x=1,y="2"');
    // No time of its own: the publication day. Second paragraph: not the root event.
    assert.equal(column(said, 'SQLDATE'), '20250814');
    assert.equal(column(said, 'IsRootEvent'), '0');
    assert.equal(column(said, 'QuadClass'), '3');
    assert.equal(column(said, 'ActionGeo_Type'), '');
  });

  it('fills codes, Goldstein, actor codes and corroboration counts from the coded event', async () => {
    const doc = exportDoc();
    doc.events[0] = {
      ...doc.events[0]!,
      code: '043',
      goldstein: 2.8,
      quadClass: 1,
      sourceActor: {
        code: 'RUSGOV',
        name: 'Vladimir Putin',
        country: 'RUS',
        agent: 'GOV',
        rule: 'kb:VLADIMIR_PUTIN',
      },
      targetActor: {
        code: 'USAGOV',
        name: 'Donald Trump',
        country: 'USA',
        agent: 'GOV',
        rule: 'kb:DONALD_TRUMP',
      },
    };
    const item = { ...stored(doc), eventCounts: new Map([[0, { mentions: 4, sources: 2, articles: 3 }]]) };
    const [row] = (await exportText('gdelt', item)).split('\n').map((l) => l.split('\t'));
    const columns = ['EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale'] as const;
    assert.deepEqual(
      columns.map((c) => column(row!, c)),
      ['043', '043', '04', '1', '2.8'],
    );
    assert.deepEqual(
      (['Actor2Code', 'Actor2CountryCode', 'Actor2Type1Code'] as const).map((c) => column(row!, c)),
      ['USAGOV', 'USA', 'GOV'],
    );
    assert.deepEqual(
      (['NumMentions', 'NumSources', 'NumArticles'] as const).map((c) => column(row!, c)),
      ['4', '2', '3'],
    );
  });

  it('keeps ids stable across exports and distinct across events', () => {
    assert.equal(globalEventId('x', 0), globalEventId('x', 0));
    assert.notEqual(globalEventId('x', 0), globalEventId('x', 1));
    assert.ok(Number.isSafeInteger(globalEventId('x', 0)));
  });

  it('turns tabs and line breaks inside values into spaces', async () => {
    assert.equal(tsvField('a\tb\r\nc'), 'a b c');
    const doc = exportDoc({ uri: 'https://x.example.com/a\tb' });
    doc.entities[0]!.name = 'Vladimir\nPutin';
    const [row] = (await exportText('gdelt', stored(doc))).split('\n').map((l) => l.split('\t'));
    assert.equal(row?.length, 61);
    assert.equal(column(row!, 'Actor1Name'), 'VLADIMIR PUTIN');
    assert.equal(column(row!, 'SOURCEURL'), 'https://x.example.com/a b');
  });
});
