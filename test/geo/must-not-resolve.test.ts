/** What must not become a place: demonyms, unknown names, other labels, lower-case descriptions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveDoc, resolveMarked } from './helpers.js';
import { markedDoc } from './marked-doc.js';

// marked text, the mention that must get no Place, and a diagnostic it must leave ('' = none expected)
const CASES: readonly [string, string, string][] = [
  ['[[Russian|GPE]] forces advanced.', 'Russian', 'demonym'],
  ['[[Ukrainians|GPE]] queued for bread.', 'Ukrainians', 'demonym'],
  ['Rebels hid in [[Narnia|LOC]] for weeks.', 'Narnia', 'no gazetteer entry'],
  ['Troops reached [[Xqzvbnm Ridge|LOC]].', 'Xqzvbnm Ridge', 'no gazetteer entry'],
  ['Troops moved into [[the region|LOC]] overnight.', 'the region', 'no gazetteer entry'],
  ['[[Paris Hilton|PERSON]] arrived late.', 'Paris Hilton', ''],
  ['[[Jordan|PERSON]] scored twice.', 'Jordan', ''],
  ['[[Georgia|ORG]] Power raised prices.', 'Georgia', ''],
  ['[[American|NORP]] officials declined to comment.', 'American', ''],
  // a company's or broadcaster's brand at the start of its name is no place of the article
  ['Shares in [[Peabody Energy|ORG]] fell sharply.', 'Peabody', ''],
  ['He spoke to listeners of [[Salem Radio|ORG]] on Monday.', 'Salem', ''],
  ['Bondholders sued [[Fresno Holdings|ORG]] in March.', 'Fresno', ''],
];

describe('mentions that are not places get no Place', () => {
  for (const [marked, name, diagnostic] of CASES) {
    it(`${name} (${marked})`, () => {
      const doc = resolveMarked(marked);
      assert.equal(
        doc.places.find((p) => p.text === name),
        undefined,
        JSON.stringify(doc.places),
      );
      if (diagnostic) {
        assert.ok(
          doc.diagnostics.some(
            (d) => d.stage === 'geo' && d.message.includes(diagnostic) && d.message.includes(name),
          ),
          JSON.stringify(doc.diagnostics),
        );
      }
    });
  }

  it('resolves a description through its entity when the nlp stage linked it ("the country" → Ukraine)', () => {
    const doc = markedDoc('[[Ukraine|GPE]] voted. Officials said [[the country|GPE]] would wait.');
    doc.mentions[1]!.entity = doc.mentions[0]!.entity; // as the nlp stage's alias resolution would
    const place = resolveDoc(doc).places.find((p) => p.text === 'the country');
    assert.equal(place?.country, 'UA');
    assert.match(place.rule, /^geo:entity-name:/);
    assert.equal(resolveMarked('Officials said [[the country|GPE]] would wait.').places.length, 0);
  });

  it('never throws on an empty or odd document', () => {
    assert.deepEqual(resolveMarked('').places, []);
    assert.deepEqual(resolveMarked('[[???|GPE]] and [[ |LOC]]').places, []);
  });
});

describe('a place at the start of an organisation that is no company, or a country there, still counts', () => {
  it('reads Huntsville in "Huntsville Fire Department" as the city', () => {
    const doc = resolveMarked('The [[Huntsville Fire Department|ORG]] put out the blaze.');
    assert.ok(
      doc.places.some((p) => p.text === 'Huntsville'),
      JSON.stringify(doc.places),
    );
  });
  it('reads a country at the start of a company name as the country ("Singapore Airlines")', () => {
    const doc = resolveMarked('[[Singapore Airlines|ORG]] cancelled flights.');
    assert.ok(
      doc.places.some((p) => p.text === 'Singapore'),
      JSON.stringify(doc.places),
    );
  });
});
