import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { analyse } from './helpers.js';

/** Each mention's text with the canonical name of its entity, for mentions whose text is `text`. */
function entitiesOf(doc: Doc, text: string): string[] {
  return doc.mentions
    .filter((m) => m.text === text)
    .map((m) => doc.entities.find((e) => e.id === m.entity)!.name);
}

function entityIdOf(doc: Doc, text: string): string | undefined {
  return doc.mentions.find((m) => m.text === text)?.entity;
}

describe('identity: relatives and namesakes are never merged', () => {
  it('keeps a husband and wife apart and gives each surname mention to the person last named', () => {
    const doc = analyse(
      'Hillary Clinton held a rally in Ohio. Her husband, former President Bill Clinton, spoke in Florida. ' +
        'Clinton told the crowd that jobs would return. Later, Hillary Clinton met voters. Clinton thanked them.',
    );
    assert.notEqual(entityIdOf(doc, 'Hillary Clinton'), entityIdOf(doc, 'Bill Clinton'));
    assert.deepEqual(entitiesOf(doc, 'Clinton'), ['Bill Clinton', 'Hillary Clinton']);
  });

  it('keeps a father and daughter apart, the honorific choosing between them', () => {
    const doc = analyse(
      'Eric Garner died in police custody in 2014. His daughter, Erica Garner, led a march on Friday. ' +
        'Later Mr Garner was remembered at a vigil, and Ms Garner spoke to reporters.',
    );
    assert.notEqual(entityIdOf(doc, 'Eric Garner'), entityIdOf(doc, 'Erica Garner'));
    assert.equal(entitiesOf(doc, 'Garner')[0], 'Eric Garner', 'Mr Garner is the father');
    assert.equal(entitiesOf(doc, 'Garner')[1], 'Erica Garner', 'Ms Garner is the daughter');
  });

  it('keeps namesakes with different given names apart (a donor and his wife)', () => {
    const doc = analyse(
      'The donor Victor Kovner gave money to the campaign. Sarah Kovner, a former official, also gave. ' +
        'Ms Kovner said she was proud.',
    );
    assert.notEqual(entityIdOf(doc, 'Victor Kovner'), entityIdOf(doc, 'Sarah Kovner'));
    assert.deepEqual(entitiesOf(doc, 'Kovner'), ['Sarah Kovner']);
  });

  it('keeps two officials sharing a surname apart when one is named after his department and title', () => {
    const doc = analyse(
      'Libertarian candidate Gary Johnson spoke in Denver. Homeland Security Secretary Jeh Johnson says ' +
        'hackers are active. Johnson said officials should be vigilant.',
    );
    assert.notEqual(entityIdOf(doc, 'Gary Johnson'), entityIdOf(doc, 'Jeh Johnson'));
    const jeh = doc.entities.find((e) => e.id === entityIdOf(doc, 'Jeh Johnson'))!;
    assert.equal(jeh.type, 'PERSON', 'the department and title are not part of the name');
    assert.deepEqual(
      entitiesOf(doc, 'Johnson'),
      ['Jeh Johnson'],
      'the bare surname goes to the one last named',
    );
  });

  it('keeps a surname with its person when a nickname-typed name repeats the same given name', () => {
    const doc = analyse(
      'Donald Trump met Hillary Clinton in the debate. He tweeted about Crooked Hillary Clinton again. ' +
        'Trump said Clinton had lied.',
    );
    assert.deepEqual(entitiesOf(doc, 'Trump'), ['Donald Trump']);
  });

  it('leaves a surname unlinked when two people fit it equally', () => {
    const doc = analyse('Tom Reed and Anna Reed arrived at the court. Reed declined to comment.');
    const lone = doc.entities.find((e) => e.id === entityIdOf(doc, 'Reed'))!;
    assert.equal(lone.name, 'Reed', 'an entity of its own, not Tom or Anna');
  });

  it('joins forms of one full name and an honorific surname to the person', () => {
    const doc = analyse(
      'Hillary Rodham Clinton spoke in Iowa. Hillary Clinton later left. Tony Blair met voters. ' +
        'Mr Blair said the plan would work.',
    );
    assert.equal(entityIdOf(doc, 'Hillary Rodham Clinton'), entityIdOf(doc, 'Hillary Clinton'));
    assert.deepEqual(entitiesOf(doc, 'Blair'), ['Tony Blair']);
  });

  it('keeps Mr and Mrs of one surname apart when no full name is given', () => {
    const doc = analyse('Mr Hale said the shop would close. Mrs Hale said it would not.');
    const hales = doc.mentions.filter((m) => m.text === 'Hale').map((m) => m.entity);
    assert.equal(new Set(hales).size, 2);
  });
});

describe('identity: countries, parties and non-names', () => {
  it('makes a country and its short forms one entity', () => {
    const doc = analyse(
      'The UK said it would act. Britain has long argued this. Officials in the United Kingdom agreed. ' +
        'The US disagreed, and America said the United States would wait.',
    );
    const uk = new Set(['UK', 'Britain', 'United Kingdom'].map((t) => entityIdOf(doc, t)));
    const us = new Set(['US', 'America', 'United States'].map((t) => entityIdOf(doc, t)));
    assert.equal(uk.size, 1);
    assert.equal(us.size, 1);
    assert.notDeepEqual([...uk], [...us]);
  });

  it('types parties as organisations and their members as a group, never as people', () => {
    const doc = analyse('The Lib Dems said the Tories had broken their promise. The Labour Party disagreed.');
    for (const party of ['Lib Dems', 'Labour Party']) {
      const mention = doc.mentions.find((m) => m.text === party);
      assert.equal(mention?.label, 'ORG', party);
    }
    assert.equal(doc.mentions.find((m) => m.text === 'Tories')?.label, 'NORP');
  });

  it('does not take Election or Cabinet for a name at a sentence start', () => {
    const doc = analyse('Election fever gripped the town. Cabinet ministers met on Monday.');
    assert.deepEqual(
      doc.mentions.filter((m) => m.text === 'Election' || m.text === 'Cabinet'),
      [],
    );
  });
});

describe('identity: verbs and quoted speech between mentions', () => {
  it('does not read a phone call as "also called"', () => {
    const doc = analyse('Hillary Clinton called Maria Lopez on Friday to thank her.');
    assert.notEqual(entityIdOf(doc, 'Hillary Clinton'), entityIdOf(doc, 'Maria Lopez'));
  });

  it('reaches a pronoun back over sentences of quoted speech to the speaker', () => {
    const doc = analyse(
      'Ms Jane Porter said: "We have doubled the budget." "We will do more." She said the plan was fair.',
    );
    assert.deepEqual(entitiesOf(doc, 'She'), ['Jane Porter']);
  });
});

describe('identity: compound surnames', () => {
  it('joins a two-word surname to the one full name it ends', () => {
    const doc = analyse(
      'The Mexican president, Enrique Peña Nieto, met the mayor, Bill de Blasio. ' +
        'Later Mr. Peña Nieto left. De Blasio stayed.',
    );
    assert.equal(entityIdOf(doc, 'Peña Nieto'), entityIdOf(doc, 'Enrique Peña Nieto'));
    assert.equal(entityIdOf(doc, 'De Blasio'), entityIdOf(doc, 'Bill de Blasio'));
  });
});
