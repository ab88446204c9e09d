import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, entityOf, names, testContext } from './helpers.js';

const places = testContext({ Florida: 'A.ADM1', Kharkiv: 'P.PPL', Ohio: 'A.ADM1' });

describe('entity cleanup after the tagger: unplaced words, organisation fields, party words, places typed ORG', () => {
  it('drops capitalised English words of a title of a work that nothing places', () => {
    const doc = analyse(
      "The president has been reading Collapse: How Societies Choose to Fail or Succeed, the historian's book.",
    );
    assert.ok(!names(doc).some((n) => /^(Fail|Succeed)\//.test(n)), names(doc).join(', '));
    const film = analyse(
      'Profits rose thanks to the last film in the Lord of the Rings trilogy, the studio said.',
    );
    assert.ok(!names(film).some((n) => /^(Lord|Rings)\//.test(n)), names(film).join(', '));
  });

  it('must not drop a rare place name, a state abbreviation or a country form the gazetteer lacks', () => {
    const doc = analyse(
      'The fighting reached Balakliia, officials in Kharkiv said. He grew up in Tacoma, Wash., and America.',
      places,
    );
    const found = names(doc).map((n) => n.split('/')[0]);
    for (const name of ['Balakliia', 'Wash.', 'America']) assert.ok(found.includes(name), found.join(', '));
  });

  it('reads an unplaced run ending in an organisation head, and a run ending in a plural people, as such', () => {
    const doc = analyse(
      'She would double the size of the Peace Corps, her aides said. Most refugees this year are Sunni Muslims.',
    );
    assert.equal(entityOf(doc, 'Peace Corps')?.type, 'ORG', names(doc).join(', '));
    assert.equal(entityOf(doc, 'Sunni Muslims')?.type, 'NORP', names(doc).join(', '));
  });

  it('joins an organisation head and its field after "for" or "on" into one ORG', () => {
    const doc = analyse(
      'The Committee for a Responsible Federal Budget said the plan would add to the debt. ' +
        'She works at the Center for American Progress in Washington.',
    );
    const found = names(doc);
    assert.ok(found.includes('Committee for a Responsible Federal Budget/ORG'), found.join(', '));
    assert.ok(found.includes('Center for American Progress/ORG'), found.join(', '));
  });

  it('must not join a weekday, a person or a possessive topic to an organisation head', () => {
    const doc = analyse(
      "The Commission on Monday named the moderators. The Justice Department on Trump's taxes was silent.",
    );
    const found = names(doc);
    assert.ok(!found.some((n) => /Commission on Monday|Department on Trump/.test(n)), found.join(', '));
  });

  it('takes a party word off the front of a person the article names elsewhere', () => {
    const doc = analyse(
      'Democrat Hillary Clinton spoke in Ohio on Monday. Hillary Clinton then flew home to New York.',
      places,
    );
    const found = names(doc);
    assert.ok(!found.some((n) => n.startsWith('Democrat Hillary')), found.join(', '));
    assert.equal(doc.entities.filter((e) => e.name === 'Hillary Clinton').length, 1, found.join(', '));
  });

  it('must not take a given name off a full name whose surname stands alone elsewhere', () => {
    const doc = analyse('Arantxa Sanchez Vicario won in three sets. Sanchez Vicario then rested for a week.');
    assert.ok(names(doc).includes('Arantxa Sanchez Vicario/PERSON'), names(doc).join(', '));
  });

  it('types a town the tagger called ORG as a place after "in" and before its state', () => {
    const doc = analyse('The candidate spoke at a rally in Port St. Lucie, Florida, on Friday.', places);
    assert.equal(entityOf(doc, 'Port St. Lucie')?.type, 'GPE', names(doc).join(', '));
    const congress = analyse('He worked in Congress for years before he ran for governor.', places);
    assert.notEqual(entityOf(congress, 'Congress')?.type, 'GPE', names(congress).join(', '));
  });

  it('drops a pageant title counted with an article and a nickname in quotation marks, not a titled person', () => {
    const doc = analyse(
      'He mocked a former Miss Universe, saying she had gained weight. He called her “Miss Piggy” in 1996. ' +
        'Miss Smith said the late Mr Jones had left.',
    );
    const found = names(doc).map((n) => n.split('/')[0]);
    assert.ok(!found.some((n) => n === 'Universe' || n === 'Piggy'), found.join(', '));
    assert.ok(found.includes('Smith') && found.includes('Jones'), found.join(', '));
  });

  it('joins a name the tagger cut at its particle into one person, and leaves a placed city alone', () => {
    const doc = analyse(
      'She backed the 2011 raid that killed 9/11 plotter Osama bin Laden during her term. ' +
        'The talks moved from Rio de Janeiro to Paris.',
    );
    const found = names(doc);
    assert.ok(found.includes('Osama bin Laden/PERSON'), found.join(', '));
    assert.ok(!found.some((n) => n.startsWith('Rio de Janeiro/PERSON')), found.join(', '));
  });

  it('joins the head of an organisation written after its full name, not a body named before it', () => {
    const doc = analyse(
      'Chad Bown is an expert at the Peterson Institute for International Economics. ' +
        'Scholars at the Peterson Institute modelled the tariffs.',
    );
    assert.equal(entityOf(doc, 'Peterson Institute')?.name, 'Peterson Institute for International Economics');
    const before = analyse(
      'European Council member states met on Friday. Nick Witney, a fellow at the European Council on ' +
        'Foreign Relations, disagreed with them.',
    );
    const council = entityOf(before, 'European Council');
    assert.ok(!council || council.name === 'European Council', names(before).join(', '));
  });
});
