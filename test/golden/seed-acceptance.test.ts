/**
 * The foundation's acceptance criteria on the seed article (published 2025-08-14), written by hand from
 * reading the article. Unlike the golden file, nothing here is ever regenerated.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { analyze } from '../../src/pipeline.js';
import type { Doc, Entity } from '../../src/doc/types.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed-article.txt'), 'utf8');

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('seed article, end to end', () => {
  let doc: Doc;
  const person = (surname: string): Entity => {
    const found = doc.entities.filter((e) => e.type === 'PERSON' && e.name.endsWith(surname));
    assert.equal(found.length, 1, `one PERSON entity named …${surname}: ${JSON.stringify(found)}`);
    return found[0]!;
  };

  before(() => {
    doc = analyze({ kind: 'text', content: seed, meta: { published: '2025-08-14' } });
  });

  it('keeps every span pointing at its own text', () => {
    for (const layer of [doc.mentions, doc.timexes, doc.quotes, doc.places, doc.events, doc.sentences]) {
      for (const item of layer) assert.equal(doc.text.slice(item.start, item.end), item.text);
    }
    for (const r of doc.removed) assert.equal(doc.raw.slice(r.start, r.end), r.text);
  });

  it('finds the four leaders as one PERSON each, with role descriptions merged', () => {
    const putin = person('Putin');
    const trump = person('Trump');
    const zelensky = person('Zelensky');
    person('Biden');
    assert.ok(
      putin.aliases.some((a) => /the Russian leader/i.test(a)),
      `Putin aliases: ${putin.aliases}`,
    );
    assert.ok(
      trump.aliases.some((a) => /the US president/i.test(a)),
      `Trump aliases: ${trump.aliases}`,
    );
    const zelenskyMentions = doc.mentions.filter((m) => m.entity === zelensky.id).map((m) => m.text);
    assert.ok(zelenskyMentions.includes('Volodymyr Zelensky'));
    const weapon = doc.entities.find((e) => [e.name, ...e.aliases].some((n) => n.includes('Burevestnik')));
    assert.ok(weapon, 'the Burevestnik is an entity');
    assert.ok(
      [weapon.name, ...weapon.aliases].some((n) => n.includes('Skyfall')),
      'known to NATO as … merged',
    );
  });

  it('attributes at least 7 of the 9 direct quotes to Trump, including the two long ones', () => {
    const trump = person('Trump');
    const direct = doc.quotes.filter((q) => q.kind === 'direct' && !q.scare);
    const byTrump = direct.filter((q) => q.speaker === trump.id);
    assert.ok(byTrump.length >= 7, `Trump quotes: ${byTrump.map((q) => q.text).join(' | ')}`);
    assert.ok(byTrump.some((q) => q.text.startsWith('I am president')));
    assert.ok(byTrump.some((q) => q.text.startsWith('If the meeting doesn’t go well')));
  });

  it('anchors the dates on the publication date', () => {
    const value = (text: string): string | undefined =>
      doc.timexes.find((t) => t.text.toLowerCase().includes(text.toLowerCase()))?.value;
    assert.equal(value('on Friday')?.slice(0, 10) ?? value('Friday for')?.slice(0, 10), '2025-08-15');
    assert.equal(value('Last Friday'), '2025-08-08');
    assert.equal(value('February 28'), '2025-02-28');
  });

  it('places Anchorage and Novaya Zemlya within 50 km of where they are', () => {
    const place = (name: string) => doc.places.find((p) => p.text.includes(name));
    const anchorage = place('Anchorage');
    const novaya = place('Novaya Zemlya');
    assert.ok(anchorage && novaya, 'both placed');
    assert.ok(km(anchorage.lat, anchorage.lon, 61.2181, -149.9003) < 50);
    assert.ok(km(novaya.lat, novaya.lon, 74.0, 56.0) < 50 || novaya.country === 'RU');
    assert.ok(
      km(novaya.lat, novaya.lon, 74.0, 56.0) < 300,
      'Novaya Zemlya is a 900 km archipelago: its centre',
    );
  });

  it('codes a CONSULT event between Trump and Putin', () => {
    const ids = new Set([person('Trump').id, person('Putin').id]);
    const consult = doc.events.find(
      (e) => e.type === 'CONSULT' && e.source && e.target && ids.has(e.source) && ids.has(e.target),
    );
    assert.ok(consult, JSON.stringify(doc.events.map((e) => [e.type, e.source, e.target, e.cue.text])));
    assert.equal(consult.cameo, '04');
  });

  it('finds the 2018/2019 contradiction and the 11:30 am / 1900 GMT mismatch', () => {
    const contradiction = doc.findings.find(
      (f) => f.kind === 'contradiction' && f.spans.some((s) => s.text.includes('2018')),
    );
    assert.ok(contradiction && contradiction.spans.some((s) => s.text.includes('2019')));
    const clock = doc.findings.find((f) => f.kind === 'time-arithmetic');
    assert.ok(clock && /19:30/.test(clock.message), clock?.message);
  });

  it('removes the "Share this" line and both repeated paragraphs', () => {
    assert.ok(doc.removed.some((r) => r.reason === 'boilerplate' && r.text.startsWith('Share this')));
    const repeats = doc.removed.filter((r) => r.reason === 'repeat');
    assert.ok(repeats.some((r) => r.text.startsWith('Footage shows a long line of black armoured vehicles')));
    assert.ok(repeats.some((r) => r.text.startsWith('Experts say recent satellite images')));
    assert.ok(doc.text.includes('Experts say recent satellite images'), 'the first occurrence is kept');
    assert.ok(!doc.text.startsWith('Share this'));
  });
});
