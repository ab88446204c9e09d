import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, entityOf, names } from './helpers.js';

describe('post-tagger types: organisation heads, possessive runs, plural peoples, month surnames', () => {
  it('types a news outlet ending in an organisation head as ORG', () => {
    const doc = analyse(
      'The claim first appeared on the Drudge Report on Tuesday and was repeated by the Christian News Service.',
    );
    assert.equal(entityOf(doc, 'Drudge Report')?.type, 'ORG', names(doc).join(', '));
    assert.equal(entityOf(doc, 'Christian News Service')?.type, 'ORG', names(doc).join(', '));
  });

  it('must not make an organisation of a person whose surname is an organisation word left out of the table', () => {
    const doc = analyse('Etiquette columns by Emily Post ran for decades, and Margaret Court won 24 titles.');
    assert.equal(entityOf(doc, 'Emily Post')?.type, 'PERSON', names(doc).join(', '));
    assert.equal(entityOf(doc, 'Margaret Court')?.type, 'PERSON', names(doc).join(', '));
  });

  it('splits an outlet and its presenter run together across a possessive', () => {
    const doc = analyse(
      'The second debate was moderated by Fox News’ Megyn Kelly, who pressed him on trade.',
    );
    const found = names(doc);
    assert.ok(found.includes('Megyn Kelly/PERSON'), found.join(', '));
    assert.ok(!found.some((n) => n.includes('’')), found.join(', '));
  });

  it('must not split a company whose name holds a possessive', () => {
    const doc = analyse("Moody's Investors Service cut the bank's rating on Friday, citing weak growth.");
    const found = names(doc);
    assert.ok(!found.some((n) => n === 'Investors Service/PERSON'), found.join(', '));
  });

  it('reads peoples and faiths in the plural as NORP', () => {
    const doc = analyse('Thousands of Syrians and Iraqi Christians crossed into Turkey during the winter.');
    assert.equal(entityOf(doc, 'Syrians')?.type, 'NORP', names(doc).join(', '));
    assert.equal(entityOf(doc, 'Christians')?.type, 'NORP', names(doc).join(', '));
  });

  it('keeps a month-name surname with the first name before it', () => {
    const doc = analyse('The summit was attended by British Prime Minister Theresa May and other leaders.');
    const found = names(doc);
    assert.ok(found.includes('Theresa May/PERSON'), found.join(', '));
  });
});
