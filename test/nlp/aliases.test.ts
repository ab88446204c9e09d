import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { analyse, entityOf } from './helpers.js';

/** Mention text → canonical name of its entity, for mentions made by `rule` (prefix). */
function links(doc: Doc, rule: string): string[] {
  return doc.mentions
    .filter((m) => m.rule.startsWith(rule))
    .map((m) => `${m.text}→${doc.entities.find((e) => e.id === m.entity)!.name}`);
}

describe('aliases: one entity per identity', () => {
  it('links a surname to the full name and keeps titled forms as aliases', () => {
    const doc = analyse('German Chancellor Olaf Scholz arrived. Scholz said President Scholz was tired.');
    const scholz = entityOf(doc, 'Olaf Scholz')!;
    assert.equal(scholz.type, 'PERSON');
    assert.deepEqual(scholz.attributes, { role: 'chancellor', country: 'DE', gender: 'male' });
    assert.ok(scholz.aliases.includes('German Chancellor Olaf Scholz'));
    assert.equal(doc.entities.filter((e) => e.type === 'PERSON').length, 1);
  });

  it('does not link a surname shared by two people to the wrong one', () => {
    const doc = analyse(
      'Hunter Biden met Joe Biden. Later Joe Biden left. Then Hunter Biden spoke and Biden waved.',
    );
    const lone = doc.mentions.filter((m) => m.text === 'Biden');
    assert.equal(lone.length, 1);
    assert.equal(
      doc.entities.find((e) => e.id === lone[0]!.entity)!.name,
      'Hunter Biden',
      'the most recent Biden',
    );
  });

  it('merges country names and gives entity ids in order of first mention', () => {
    const doc = analyse('The United States warned Iran. The US later said Iran was ready.');
    assert.deepEqual(
      doc.entities.map((e) => [e.id, e.name, e.type]),
      [
        ['e1', 'United States', 'GPE'],
        ['e2', 'Iran', 'GPE'],
      ],
    );
    assert.deepEqual(entityOf(doc, 'US')!.aliases, ['US']);
  });

  it('merges "known as" and parenthesised names, not other pairs', () => {
    const doc = analyse(
      'Russia tested the RS-28 Sarmat, known in the West as the SS-X-29 Satan. ' +
        'The International Criminal Court (ICC) ruled. Kyiv (and Paris) objected.',
    );
    const sarmat = entityOf(doc, 'RS-28 Sarmat')!;
    assert.equal(sarmat.type, 'WEAPON');
    assert.deepEqual(
      [sarmat.name, ...sarmat.aliases].sort(),
      ['RS-28 Sarmat', 'SS-X-29 Satan'],
      'longest is the name',
    );
    assert.deepEqual(entityOf(doc, 'ICC')!.name, 'International Criminal Court');
    assert.notEqual(entityOf(doc, 'Kyiv')!.id, entityOf(doc, 'Paris')!.id);
  });

  it('resolves role descriptions by the role and country titles gave', () => {
    const doc = analyse(
      'Russian President Vladimir Putin called French President Emmanuel Macron. ' +
        'The French leader said the Russian president had been clear. The president was not named.',
    );
    assert.deepEqual(links(doc, 'alias:role'), [
      'The French leader→Emmanuel Macron',
      'the Russian president→Vladimir Putin',
    ]);
  });

  it('adds no role link when the description fits nobody, or fits two people equally', () => {
    const doc = analyse(
      'President Lula met President Milei. The Chilean president was absent. The president spoke.',
    );
    assert.deepEqual(links(doc, 'alias:role'), []);
  });
});

describe('aliases: pronouns', () => {
  it('links he/his/him by subject preference and clause subjects', () => {
    const doc = analyse(
      'Donald Trump met Vladimir Putin. He said his talks went well. ' +
        'Putin faces a warrant, leading him to stay home.',
    );
    assert.deepEqual(links(doc, 'coref:pronoun'), [
      'He→Donald Trump',
      'his→Donald Trump',
      'him→Vladimir Putin',
    ]);
  });

  it('takes the subject of a condition after a warning for the one warned', () => {
    const doc = analyse(
      'Donald Trump met Vladimir Putin in May. Trump voiced frustration with Putin and warned of severe ' +
        'consequences if he does not accept a ceasefire – but agreed to see him again.',
    );
    assert.deepEqual(links(doc, 'coref:pronoun'), ['he→Vladimir Putin', 'him→Vladimir Putin']);
  });

  it('keeps the warner when the condition is about the warner', () => {
    const doc = analyse(
      'Donald Trump met Vladimir Putin in May. Trump said he would leave if he was ignored.',
    );
    assert.deepEqual(links(doc, 'coref:pronoun'), ['he→Donald Trump', 'he→Donald Trump']);
  });

  it('skips pronouns in quoted speech and respects gender', () => {
    const doc = analyse('Mrs Alice Grant met Mr Tom Reed. “He is wrong,” she said, and he nodded.');
    assert.deepEqual(links(doc, 'coref:pronoun'), ['she→Alice Grant', 'he→Tom Reed']);
  });

  it('adds nothing for an object pronoun with two equally likely people', () => {
    const doc = analyse('Tom Reed and Bob Hale arrived. A guard stopped him.');
    assert.deepEqual(links(doc, 'coref:pronoun'), []);
  });

  it('joins a name written with a typographic and a typewriter apostrophe', () => {
    const doc = analyse(
      "The cause was confirmed by Police Commissioner James O’Neill on Saturday. The device was found on a street nearby, O'Neill said.",
    );
    const full = doc.entities.find((e) => e.name === 'James O’Neill');
    assert.ok(full, doc.entities.map((e) => e.name).join(', '));
    assert.ok(full.aliases.includes("O'Neill"), full.aliases.join(', '));
    assert.ok(!doc.entities.some((e) => e.name === "O'Neill"));
  });
});
