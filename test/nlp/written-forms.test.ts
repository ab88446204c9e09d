import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinWrittenForms } from '../../src/nlp/aliases/written-forms.js';
import { analyse, sameGroup as same, workMentions as mentions } from './helpers.js';

const countries = new Set(['US', 'UK', 'Britain']);
const isCountry = (t: string): boolean => countries.has(t);

describe('written forms: one name written in capitals, with its country, or as "The" and its last word', () => {
  it('joins a dateline or headline in capitals to the name as the text writes it, named as written', () => {
    // PolNeAR train shape: "WASHINGTON (AP) — …" and later "in Washington" (here a place the test gazetteer knows)
    const doc = analyse('PARIS (AP) — The bill passed on Friday. Lawmakers in Paris said it would help.');
    const place = doc.entities.filter((e) => e.name === 'Paris');
    assert.equal(place.length, 1, doc.entities.map((e) => e.name).join(', '));
    assert.ok(place[0]!.aliases.includes('PARIS'));
    assert.ok(!doc.entities.some((e) => e.name === 'PARIS'));
  });

  it('joins an organisation written with its country to the organisation without it', () => {
    // BBC business shape: "more likely that the US Federal Reserve would increase interest rates … the Federal Reserve"
    const { list, sets } = mentions([
      ['US Federal Reserve', 'ORG'],
      ['Federal Reserve', 'ORG'],
      ['Bank of America', 'ORG'],
    ]);
    joinWrittenForms(list, sets, isCountry);
    assert.ok(same(sets, list[0]!, list[1]!));
    assert.ok(!same(sets, list[0]!, list[2]!));
  });

  it('joins "The Post" to the one earlier name it ends, and to none when two fit', () => {
    // PolNeAR train shape: "…, The Post has learned." after "The New York Post"
    const one = mentions([
      ['The New York Post', 'ORG'],
      ['The Post', 'ORG'],
    ]);
    joinWrittenForms(one.list, one.sets, isCountry);
    assert.ok(same(one.sets, one.list[0]!, one.list[1]!));
    // must not: two papers it could be; a short form before the full name; short forms of one word ("NATO" ok, "AP" no)
    const two = mentions([
      ['The New York Post', 'ORG'],
      ['The Washington Post', 'ORG'],
      ['The Post', 'ORG'],
    ]);
    joinWrittenForms(two.list, two.sets, isCountry);
    assert.ok(!same(two.sets, two.list[0]!, two.list[2]!) && !same(two.sets, two.list[1]!, two.list[2]!));
    const before = mentions([
      ['The Times', 'ORG'],
      ['The New York Times', 'ORG'],
    ]);
    joinWrittenForms(before.list, before.sets, isCountry);
    assert.ok(!same(before.sets, before.list[0]!, before.list[1]!));
  });

  it('must not join a dateline place in capitals to a team or body of that name', () => {
    // CoNLL eng.train shape: "CLEVELAND 1996-08-24 … the Cleveland Indians … Cleveland (the team) won"
    const { list, sets } = mentions([
      ['CLEVELAND', 'GPE'],
      ['Cleveland', 'ORG'],
      ['MIDWAY ATOLL', 'MISC'],
      ['Midway Atoll', 'LOC'],
    ]);
    joinWrittenForms(list, sets, isCountry);
    assert.ok(!same(sets, list[0]!, list[1]!));
    assert.equal(list[0]!.label, 'GPE');
    assert.ok(same(sets, list[2]!, list[3]!));
    assert.equal(list[2]!.label, 'LOC');
  });

  it('must not join capitals of three letters or fewer, nor a country word that is part of the name', () => {
    const { list, sets } = mentions([
      ['AP', 'ORG'],
      ['Ap', 'PERSON'],
      ['British Airways', 'ORG'],
      ['Airways', 'ORG'],
    ]);
    joinWrittenForms(list, sets, isCountry);
    assert.ok(!same(sets, list[0]!, list[1]!));
    assert.ok(!same(sets, list[2]!, list[3]!));
  });
});
