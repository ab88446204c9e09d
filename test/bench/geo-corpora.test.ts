import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignPhrase, readGeoCorpus } from '../../bench/lib/geo-corpora.js';

const LGL = `<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="40450848">
    <text><![CDATA[Alexandria woman held. Fire at 6016 Dublin Road in Rapides Parish.]]></text>
    <toponyms>
      <toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon>
          <country geonameid="6252001">United States</country></gaztag></toponym>
      <toponym><start>36</start><end>47</end><phrase>Dublin Road</phrase></toponym>
    </toponyms>
  </article>
</articles>`;

test('LGL: offsets, phrase, gaztag coordinates and GeoNames id; a toponym without gaztag has no coordinates', () => {
  const corpus = readGeoCorpus(LGL);
  assert.equal(corpus.articles.length, 1);
  const [a] = corpus.articles;
  assert.equal(a!.id, '40450848');
  assert.deepEqual(a!.toponyms, [
    { start: 0, end: 10, phrase: 'Alexandria', lat: 31.3113, lon: -92.4451, geonameId: 4314550 },
    { start: 36, end: 47, phrase: 'Dublin Road' },
  ]);
  assert.equal(a!.text.slice(36, 47), 'Dublin Road');
  assert.equal(corpus.realigned + corpus.unaligned, 0);
});

const GEOVIRUS = `<articles>
    <article>
        <source>https://en.wikinews.org/wiki/X</source>
        <text>Hogs culled at a farm in Pandi, Bulacan &amp; nearby.</text>
        <locations>
            <location><name>Pandi</name><start>24</start><end>29</end><lat>14.87</lat><lon>120.95</lon></location>
            <location>
            <location><name>Bulacan</name><start>30</start><end>37</end><lat>15</lat><lon>121.08</lon></location>
            <name>Nowhere</name><start>0</start><end>7</end><lat>1</lat><lon>2</lon>
            </location>
        </locations>
    </article>
</articles>`;

test('GeoVirus: spans one character early move onto their phrase; a nested stray location still counts', () => {
  const corpus = readGeoCorpus(GEOVIRUS);
  const [a] = corpus.articles;
  assert.equal(a!.id, 'https://en.wikinews.org/wiki/X');
  const spans = a!.toponyms.map((t) => [t.phrase, a!.text.slice(t.start, t.end), t.lat, t.lon]);
  assert.deepEqual(spans, [
    ['Pandi', 'Pandi', 14.87, 120.95],
    ['Nowhere', 'Hogs cu', 1, 2], // phrase not in the text near its offsets: kept as given, counted
    ['Bulacan', 'Bulacan', 15, 121.08],
  ]);
  assert.equal(corpus.realigned, 2);
  assert.equal(corpus.unaligned, 1);
});

const GWN = `<?xml version="1.0" ?>
<articles>
	<article>
		<text>The Louisiana street near the French Quarter.</text>
		<toponyms>
			<toponym><extractedName>Louisiana</extractedName><normalisedName/><type>Embedded_Literal</type>
				<start>4</start><end>13</end><geonamesID>4331987</geonamesID><latitude>31.00047</latitude><longitude>-92.0004</longitude></toponym>
			<toponym><extractedName>street</extractedName><type>Literal_Expression</type><start>14</start><end>20</end></toponym>
			<toponym><extractedName>French Quarter</extractedName><type>Literal</type><start>30</start><end>44</end>
				<geonamesID/><latitude>29.9584</latitude><longitude>-90.0644</longitude></toponym>
		</toponyms>
	</article>
</articles>`;

test('GeoWebNews: toponyms with latitude/longitude; common-noun expressions are not toponyms', () => {
  const [a] = readGeoCorpus(GWN).articles;
  assert.deepEqual(a!.toponyms, [
    { start: 4, end: 13, phrase: 'Louisiana', lat: 31.00047, lon: -92.0004, geonameId: 4331987 },
    { start: 30, end: 44, phrase: 'French Quarter', lat: 29.9584, lon: -90.0644 },
  ]);
});

test('alignPhrase takes the nearest occurrence within the window, else gives up', () => {
  const text = 'Paris, Texas is not Paris, France.';
  assert.deepEqual(alignPhrase(text, { start: 0, end: 5, phrase: 'Paris' }, 10), { start: 0, end: 5 });
  assert.deepEqual(alignPhrase(text, { start: 19, end: 24, phrase: 'Paris' }, 10), { start: 20, end: 25 });
  assert.deepEqual(alignPhrase(text, { start: 1, end: 6, phrase: 'Paris' }, 10), { start: 0, end: 5 });
  assert.equal(alignPhrase(text, { start: 0, end: 5, phrase: 'France' }, 10), undefined);
  assert.deepEqual(alignPhrase(text, { start: 3, end: 8, phrase: '' }, 10), { start: 3, end: 8 });
});
