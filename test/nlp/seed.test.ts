/**
 * The nlp stage on the seed article (published 2025-08-14), with the real gazetteer. Expectations written by
 * hand from reading the article; the text goes in uncleaned, so the stage must cope with the boilerplate
 * and the repeated captions too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { newDoc } from '../../src/doc/create.js';
import type { Doc, Entity, EntityLabel } from '../../src/doc/types.js';
import { annotateLanguage } from '../../src/nlp/index.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed-article.txt'), 'utf8');

describe('nlp on the seed article', () => {
  let doc: Doc;
  const named = (name: string): Entity[] =>
    doc.entities.filter((e) => e.name === name || e.aliases.includes(name));
  const one = (name: string, types: EntityLabel[]): Entity => {
    const found = named(name);
    assert.equal(found.length, 1, `one entity for ${name}: ${JSON.stringify(found)}`);
    assert.ok(types.includes(found[0]!.type), `${name} is ${found[0]!.type}, want ${types.join('|')}`);
    return found[0]!;
  };

  before(() => {
    doc = annotateLanguage(
      newDoc({ id: 'seed', source: { kind: 'text' }, meta: { published: '2025-08-14' }, raw: seed }),
      createContext(),
    );
  });

  it('keeps every span on its own text', () => {
    for (const layer of [doc.sentences, doc.tokens, doc.mentions]) {
      for (const item of layer) assert.equal(doc.text.slice(item.start, item.end), item.text);
    }
  });

  it('finds the four leaders, each one PERSON entity with its aliases', () => {
    const putin = one('Vladimir Putin', ['PERSON']);
    const trump = one('Donald Trump', ['PERSON']);
    const zelensky = one('Volodymyr Zelensky', ['PERSON']);
    one('Joe Biden', ['PERSON']);
    for (const [entity, aliases] of [
      [putin, ['Putin', 'the Russian leader']],
      [trump, ['Trump', 'the US president', 'President Trump']],
      [zelensky, ['Zelensky', 'Ukraine’s President Volodymyr Zelensky']],
    ] as const) {
      for (const alias of aliases)
        assert.ok(entity.aliases.includes(alias), `${entity.name}: ${alias} in ${entity.aliases}`);
    }
    assert.deepEqual(putin.attributes, { role: 'president', country: 'RU', gender: 'male' });
    assert.equal(doc.entities.filter((e) => e.type === 'PERSON').length, 4, 'no other people');
  });

  it('links "the US president" to Trump and "the Russian leader" to Putin as role mentions', () => {
    const roles = doc.mentions.filter((m) => m.rule === 'alias:role');
    const nameOf = (id: string): string => doc.entities.find((e) => e.id === id)!.name;
    assert.ok(roles.some((m) => m.text === 'the US president' && nameOf(m.entity) === 'Donald Trump'));
    assert.ok(roles.some((m) => m.text === 'the Russian leader' && nameOf(m.entity) === 'Vladimir Putin'));
    assert.ok(roles.every((m) => m.label === 'PERSON'));
  });

  it('makes the Burevestnik and the Skyfall one WEAPON', () => {
    const weapon = one('9M730 Burevestnik', ['WEAPON']);
    assert.ok(weapon.aliases.includes('SSC-X-9 Skyfall'));
  });

  it('finds the organisations, places and groups', () => {
    for (const name of [
      'Kremlin',
      'NATO',
      'International Criminal Court',
      'Treasury Department',
      'Planet Labs',
    ]) {
      one(name, ['ORG']);
    }
    one('White House', ['ORG', 'FAC']);
    const places = [
      'Alaska',
      'Anchorage',
      'Ukraine',
      'Russia',
      'Moscow',
      'Novaya Zemlya',
      'Barents Sea',
      'Pankovo',
    ];
    for (const name of [
      ...places,
      'Donetsk',
      'Donbas',
      'Crimea',
      'Elmendorf Air Force Base',
      'Pacific Coast',
    ]) {
      one(name, ['GPE', 'LOC', 'FAC']);
    }
    // "Soviet" occurs only in "the Soviet Union", which is the GPE (OntoNotes tags the whole name).
    one('Soviet Union', ['GPE']);
    for (const name of ['Russian', 'Ukrainian', 'European', 'Western']) {
      assert.ok(
        doc.mentions.some((m) => m.text === name && m.label === 'NORP'),
        `${name} as NORP: ${JSON.stringify(doc.mentions.filter((m) => m.text === name))}`,
      );
    }
  });

  it('takes no sentence-start word, day or clock word for a name', () => {
    const texts = new Set(doc.mentions.map((m) => m.text));
    for (const bad of [
      'Friday',
      'Thursday',
      'Footage',
      'However',
      'Meanwhile',
      'Experts',
      'Last Friday',
      'GMT',
      'Roads',
    ]) {
      assert.ok(!texts.has(bad), `${bad} is not an entity`);
    }
  });

  it('links pronouns outside quotes only', () => {
    const pronouns = doc.mentions.filter((m) => m.rule === 'coref:pronoun');
    assert.ok(pronouns.length >= 8);
    const quotedHe = seed.indexOf('he’s not going');
    assert.ok(
      !pronouns.some((m) => m.start === quotedHe),
      'the he inside ‘I am president, and he’s …’ is skipped',
    );
    const lastFriday = doc.mentions.find(
      (m) => m.rule === 'coref:pronoun' && doc.text.slice(m.start - 13, m.start) === 'Last Friday, ',
    );
    assert.ok(lastFriday, '"Last Friday, he said" is resolved');
    assert.equal(doc.entities.find((e) => e.id === lastFriday.entity)!.name, 'Donald Trump');
  });
});
