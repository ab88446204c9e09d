/**
 * Must-not-geocode: words inside people's and organisations' names, titles and commodity names are no places,
 * whatever namesake the gazetteer has. Each sentence is written for this test in the shape of a real news
 * sentence; the positive cases beside them guard that real places of the same shapes still resolve.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeFor, resolveMarked } from './helpers.js';

// marked text, the mention that must get no Place
const NOT_PLACES: readonly [string, string][] = [
  // A surname the nlp stage labelled GPE, of a person the article names in full (Obama, Japan).
  [
    '[[President Barack Obama|PERSON]] met the governors on Monday. [[Obama|GPE]] told reporters the plan would pass, and [[Obama|PERSON]] aides agreed.',
    'Obama',
  ],
  // A plural title abbreviation before two senators' names (Sens, France).
  ['[[Sens|ORG]]. [[John McCain|PERSON]] and [[Lindsey Graham|PERSON]] wrote to the secretary.', 'Sens'],
  ['[[Sens|GPE]]. [[Elizabeth Warren|PERSON]] and [[Bernie Sanders|PERSON]] voted against the bill.', 'Sens'],
  // A title the nlp stage labelled GPE (Chancellor, Alabama).
  ['The [[Chancellor|GPE]] said the budget would cut taxes for small firms.', 'Chancellor'],
  // A crude-oil benchmark (Brent, London).
  ['[[Brent|ORG]] crude fell 3% to $46 a barrel on Thursday.', 'Brent'],
  // A company (Ig, Slovenia) and a party (Green, Ohio) at the start of an organisation's name.
  ['Analysts at [[IG Ltd|ORG]] said the pound could fall further.', 'Ig'],
  ['The [[Green Party|ORG]] won two seats in the council election.', 'Green'],
];

describe('names that are no places get no Place', () => {
  for (const [marked, name] of NOT_PLACES) {
    it(`${name} in "${marked.replace(/\[\[|\|[A-Z]+\]\]/g, '')}"`, () => {
      const doc = resolveMarked(marked);
      const hit = doc.places.find((p) => p.text === name || p.text.startsWith(name));
      assert.equal(hit, undefined, JSON.stringify(doc.places));
    });
  }

  it('keeps a town that shares a surname with a person, when the article uses it as a place', () => {
    const doc = resolveMarked(
      '[[Curtis Mansfield|PERSON]] runs the shop. Police in [[Mansfield|GPE]], [[Texas|GPE]], said the road was shut.',
    );
    assert.equal(placeFor(doc, 'Mansfield')?.admin1, 'Texas');
  });
});

describe("a UK article's places are in the UK", () => {
  it('Westminster, Greenwich and Wales with Tories, MPs and £ around them', () => {
    const doc = resolveMarked(
      'The Tories told MPs at [[Westminster|GPE]] that council tax would rise by £40. ' +
        'Labour held the seat in [[Greenwich|GPE]], and the Home Secretary visited [[Wales|GPE]].',
    );
    for (const name of ['Westminster', 'Greenwich', 'Wales'])
      assert.equal(placeFor(doc, name)?.country, 'GB', name);
    assert.equal(placeFor(doc, 'Wales')?.featureClass, 'A.ADM1', 'the nation, not the village in England');
  });

  it('a US article still reads Westminster in the US', () => {
    const doc = resolveMarked('Firefighters in [[Westminster|GPE]], [[Colorado|GPE]], contained the blaze.');
    assert.equal(placeFor(doc, 'Westminster')?.admin1, 'Colorado');
  });
});

describe('spots the gazetteer lacks are placed at the article’s city, flagged approximate', () => {
  it('a street named after a French city is in the article’s city, not in France', () => {
    const doc = resolveMarked(
      'Police in [[Exeter|GPE]], [[England|GPE]], closed [[Paris Street|ORG]] after the crash. [[Exeter|GPE]] council apologised.',
    );
    const street = placeFor(doc, 'Paris Street');
    assert.equal(street?.approximate, true);
    assert.equal(street?.name, 'Exeter');
    assert.equal(street?.country, 'GB');
  });

  it('no city in the article: no approximate place', () => {
    const doc = resolveMarked('Traffic on [[Baker Street|LOC]] was diverted for two hours.');
    assert.equal(placeFor(doc, 'Baker Street'), undefined);
  });
});
