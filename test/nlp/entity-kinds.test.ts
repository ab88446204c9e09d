import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { fixCandidates } from '../../src/nlp/aliases/candidate-fixes.js';
import { loadLexicon } from '../../src/nlp/lexicon/index.js';
import type { NameCandidate } from '../../src/nlp/ner/types.js';
import { analyse, testContext } from './helpers.js';

/** `name/TYPE` of every entity, in order of first mention. */
const entities = (text: string): string[] => analyse(text).entities.map((e) => `${e.name}/${e.type}`);

describe('candidate fixes: names corrected before they become entities', () => {
  it('takes quotation marks off a name’s edges', () => {
    // PolNeAR train shape: "addressing her informally as “Hillary” and telling her"
    const list = entities('Axelrod addressed her informally as “Hillary” and told her she was an all-star.');
    assert.ok(list.includes('Hillary/PERSON'), list.join(', '));
    assert.ok(!list.some((e) => /[”“]/u.test(e)), list.join(', '));
  });

  it('drops the end of a quoted programme title, and commas and dashes after a name', () => {
    // PolNeAR train shapes: "said on the MSNBC show ''Morning Joe'' that", "interview with \"The View,\" remarking"
    const show = entities(
      "Mr. Scarborough said on the MSNBC show ''Morning Joe'' that the party had changed.",
    );
    assert.ok(!show.some((e) => e.startsWith('Joe')), show.join(', '));
    assert.ok(show.includes('MSNBC/ORG'), show.join(', '));
    const curly = entities('Johnson tells MSNBC’s “Morning Joe” on Friday that it remains unclear.');
    assert.ok(!curly.some((e) => e.startsWith('Joe')), curly.join(', '));
    // NYT shape: "the World Trade Organization (W.T.O. -- )": the acronym without its dashes joins the full name
    const wto = analyse('Mexico could go to the World Trade Organization (W.T.O. -- ) with a complaint.');
    assert.ok(!wto.entities.some((e) => e.name.includes('--')), wto.entities.map((e) => e.name).join(', '));
  });

  it('gives a radio station its number, never a count after a comma', () => {
    // BBC politics shape: "He told BBC Radio 4's Today programme: …"
    assert.ok(
      entities('He told BBC Radio 4\'s Today programme: "We need more."').includes('BBC Radio 4/ORG'),
    );
    // must not: "told BBC Radio, 10 days later"
    assert.ok(entities('He told BBC Radio, 10 days later, that he would stay.').includes('BBC Radio/ORG'));
  });

  it('drops a name that is only a title, with or without a modifier', () => {
    // BBC politics shapes: "The Shadow Secretary of State for …, NAME, said"; a pageant title used as a noun
    const shadow = entities(
      'The Shadow Secretary of State for the Family, Theresa May, said: "These are good."',
    );
    assert.deepEqual(shadow, ['Theresa May/PERSON']);
    const pageant = entities(
      'Clinton thanked Alicia Machado, the former Miss Universe who has become caught up in the row.',
    );
    assert.ok(!pageant.some((e) => e.startsWith('Miss') || e.startsWith('Universe')), pageant.join(', '));
    assert.ok(pageant.includes('Alicia Machado/PERSON'), pageant.join(', '));
  });

  it('must not drop a one-word name that is also a title', () => {
    // CoNLL eng.train shape: the band "Queen" typed ORG by the tagger
    const text = 'Fans sang songs by Queen at the concert.';
    const start = text.indexOf('Queen');
    const queen: NameCandidate = {
      start,
      end: start + 5,
      text: 'Queen',
      sentence: 0,
      tokenStart: 4,
      tokenEnd: 5,
      label: 'ORG',
      rule: 'ner:model',
    };
    const kept = fixCandidates(text, [queen], [], loadLexicon(createContext()));
    assert.deepEqual(
      kept.map((c) => c.text),
      ['Queen'],
    );
  });

  it('reads a pageant title before a name as a title, and a general secretary as a person', () => {
    const pageant = entities('He attacked Alicia Machado, a former Miss Universe Alicia Machado, on Friday.');
    assert.deepEqual(pageant, ['Alicia Machado/PERSON']);
    // BBC shape: "TUC General Secretary Brendan Barber called for …" (typed ORG as one run)
    const union = entities('TUC General Secretary Brendan Barber called for a commitment to policies.');
    assert.ok(union.includes('Brendan Barber/PERSON'), union.join(', '));
  });

  it('drops the portfolio before a minister’s title, keeps listed bodies and acronyms', () => {
    // BBC shapes: "the Trade and Industry Secretary has said", "Lifelong Learning Minister Jim Wallace said"
    assert.deepEqual(entities('Lifelong Learning Minister Jim Wallace said it would not.'), [
      'Jim Wallace/PERSON',
    ]);
    const portfolio = entities('The Work and Pensions Secretary has said that the plans were fair.');
    assert.deepEqual(portfolio, []);
    // must not: a body ending in an organisation word, an acronym
    const office = entities('Foreign Office Minister Kim Howells said the talks went well.');
    assert.ok(office.includes('Kim Howells/PERSON'), office.join(', '));
    assert.ok(!office.includes('Foreign/ORG'), office.join(', '));
  });

  it('types laws, named days and streets by their last word, never a person', () => {
    // PolNeAR train shapes: "he still signed the Dodd-Frank Act", "voters on Election Day"
    const list = entities(
      'He still signed the Dodd-Frank Act. But soon after Election Day, Mr. Obama spoke on West 23rd Street.',
    );
    assert.ok(list.includes('Dodd-Frank Act/MISC'), list.join(', '));
    assert.ok(list.includes('Election Day/EVENT'), list.join(', '));
    assert.ok(list.includes('West 23rd Street/FAC'), list.join(', '));
    // must not: a person named Day; a street that stands for a government
    const person = entities('The singer Doris Day said she was happy.');
    assert.ok(person.includes('Doris Day/PERSON'), person.join(', '));
    const downing = entities('Downing Street said the Prime Minister would attend the summit.');
    assert.ok(!downing.includes('Downing Street/FAC'), downing.join(', '));
  });

  it('joins a name the tagger split after a title and a given name, with the title', () => {
    // PolNeAR train shapes: "said Chicago Alderman Jason C. Ervin, who", "Illinois Attorney General Lisa M. Madigan (D)"
    const doc = analyse('"People are angry," said Chicago Alderman Jason C. Ervin, who thinks so.');
    assert.deepEqual(
      doc.entities.map((e) => `${e.name}/${e.type}/${e.attributes?.role ?? ''}`),
      ['Jason C. Ervin/PERSON/alderman'],
    );
    // the words before the title stay a place of their own when the gazetteer knows them
    const placed = analyse(
      '"People are angry," said Chicago Alderman Jason C. Ervin, who thinks so.',
      testContext({ Chicago: 'P.PPL' }),
    );
    assert.deepEqual(
      placed.entities.map((e) => `${e.name}/${e.type}`),
      ['Chicago/GPE', 'Jason C. Ervin/PERSON'],
    );
    const ag = entities('Illinois Attorney General Lisa M. Madigan (D) asserted that trust was low.');
    assert.ok(ag.includes('Lisa M. Madigan/PERSON'), ag.join(', '));
    // must not: a body followed by a person with no title between ("Fox News Megyn Kelly" is no split title)
    const plain = entities('He spoke to Fox News host Megyn Kelly on Monday.');
    assert.ok(plain.includes('Fox News/ORG'), plain.join(', '));
  });

  it('takes a day name off the end of a name, and never reads a plural title as a name', () => {
    // PolNeAR train shapes: "during an interview on Fox News Tuesday night", "difficulties: Sens. Mark Kirk (R-Ill.)"
    assert.deepEqual(
      entities('Trump said during an interview on Fox News Tuesday night that it was fine.').slice(-1),
      ['Fox News/ORG'],
    );
    // must not: a day's own name ("voters on Super Tuesday")
    const tuesday = entities('Voters in eleven states went to the polls on Super Tuesday.');
    assert.ok(!tuesday.includes('Super/ORG') && !tuesday.includes('Super/MISC'), tuesday.join(', '));
    const sens = entities('Two incumbents are already facing difficulties: Sens. Mark Kirk and Ron Johnson.');
    assert.ok(!sens.some((e) => e.startsWith('Sens')), sens.join(', '));
    // "banned from voting in the state since the Civil War" (typed ORG)
    const war = entities('Felons have been banned from voting in the state since the Civil War.');
    assert.ok(!war.includes('Civil War/ORG'), war.join(', '));
  });

  it('never takes a common-noun acronym for a name', () => {
    // PolNeAR train shapes: "large checks to super PACs backing four candidates", "world leaders and CEOs mingle"
    assert.deepEqual(entities('He gave large checks to super PACs backing four candidates.'), []);
    assert.deepEqual(entities('At the annual event, world leaders and CEOs mingle to discuss problems.'), []);
  });

  it('types a people by its noun, one or many, whatever type the tagger gave the same words', () => {
    // BBC shapes: "a popular tourist destination for Britons who want a taste of France", "one in four Turks";
    // news shapes: "a Serb was arrested in Bosnia", "New Zealanders gave money"
    const list = [
      ...entities('Lille is a popular tourist destination for Britons who want a taste of France.'),
      ...entities('A Serb was arrested in Bosnia on Friday.'),
      ...entities('New Zealand sent aid, and New Zealanders gave money.'),
    ];
    for (const people of ['Britons', 'Serb', 'New Zealanders'])
      assert.ok(list.includes(`${people}/NORP`), list.join(', '));
    // must not: a party's or a company's name that begins with a people's adjective keeps its whole name
    const org = entities('The Democratic Party met, and American Airlines said its flights were full.');
    assert.ok(org.includes('Democratic Party/ORG') && org.includes('American Airlines/ORG'), org.join(', '));
  });

  it('types a people named with a place, a faith or a region as NORP, whatever type the tagger gave it', () => {
    // PolNeAR train shapes: "keeping Middle Eastern migrants out of the United States", "offensive to Native
    // Americans"; news shapes: "Kosovo Serbs boycotted the vote", "Orthodox Jews and Hindu groups"
    const list = [
      ...entities('He wants to keep Middle Eastern migrants out of the United States.'),
      ...entities('Kosovo Serbs boycotted the vote, and Orthodox Jews and Hindu groups met.'),
    ];
    for (const people of ['Middle Eastern', 'Kosovo Serbs', 'Orthodox Jews', 'Hindu'])
      assert.ok(list.includes(`${people}/NORP`), list.join(', '));
    // must not: a treaty or a group named for its cause keeps its name and type
    const named = entities(
      'He supported the North American Free Trade Agreement, and 90 members of Young Americans for Freedom signed it.',
    );
    assert.ok(!named.some((e) => /^(?:North American|Young Americans)\/NORP$/.test(e)), named.join(', '));
    assert.ok(
      named.some((e) => e.startsWith('North American Free Trade Agreement/')),
      named.join(', '),
    );
  });

  it('takes a hyphened prefix off a name: the name is what follows it', () => {
    // PolNeAR train shape: "The meeting and Trump’s pro-Israel stance – coming after more ambiguous remarks";
    // news shape: "it undermines the post-World War II order"
    const list = [
      ...entities('The meeting and the pro-Israel stance came after more ambiguous remarks.'),
      ...entities('It undermines the post-World War II order, he said.'),
    ];
    assert.ok(list.includes('Israel/GPE') && list.includes('World War II/EVENT'), list.join(', '));
    assert.ok(!list.some((e) => /^(?:pro|post)-/.test(e)), list.join(', '));
  });

  it('splits a party word off the end of a place used before a noun', () => {
    // PolNeAR train shape: "About four in 10 South Carolina Republican primary voters say that …"
    const list = entities(
      'About four in 10 Cuyahoga County Republican primary voters say that an important quality is honesty.',
    );
    assert.ok(list.includes('Cuyahoga County/GPE') && list.includes('Republican/NORP'), list.join(', '));
    // must not: a person whose surname is a people's word, a party's full name, a people of two words
    const kept = entities(
      'John Welsh said so. The Texas Republican Party met. The Sri Lankan government said no.',
    );
    for (const name of ['John Welsh/PERSON', 'Texas Republican Party/ORG', 'Sri Lankan/NORP'])
      assert.ok(kept.includes(name), kept.join(', '));
    // PolNeAR train shape: "focused squarely on issues impacting the African-American community": one word,
    // even where a gazetteer would type its first part
    const hyphened = analyse(
      'His address in Harlem focused squarely on issues impacting the African-American community. In his New Year message the Liberal Democrat leader said Labour had failed.',
      testContext({ 'African-': 'P', African: 'P', Liberal: 'P' }),
    ).entities.map((e) => `${e.name}/${e.type}`);
    assert.ok(!hyphened.some((e) => e.endsWith('-/GPE') || e === 'American/NORP'), hyphened.join(', '));
    // BBC politics shape: "In his New Year message the Liberal Democrat leader said …": a party's name, though a
    // town is "Liberal"
    assert.ok(!hyphened.includes('Liberal/GPE'), hyphened.join(', '));
  });

  it('joins a Roman numeral the tagger cut off a name', () => {
    // news shape: "Japan's post-World War II constitution bans war" (tagged "post-World War" + "II")
    const list = entities("Japan's post-World War II constitution bans war. Queen Elizabeth II opened it.");
    assert.ok(list.includes('World War II/EVENT'), list.join(', '));
    assert.ok(!list.some((e) => e.startsWith('II/')), list.join(', '));
    assert.ok(
      list.some((e) => e.startsWith('Elizabeth II/PERSON')),
      list.join(', '),
    );
  });
});
