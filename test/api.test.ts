import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as api from '../src/index.js';

test('the public API exports exactly these values', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'DEFAULT_DB_PATH',
    'ERRORS',
    'NewsgraphError',
    'ResourceCache',
    'STAGES',
    'analyze',
    'analyzePath',
    'contextWithDictionaries',
    'createContext',
    'defaultContext',
    'formatReport',
    'getArticle',
    'ingestPaths',
    'listInputs',
    'loadDictionaryDir',
    'openStore',
    'readInputFile',
    'readInputStream',
    'searchArticles',
    'toRawOffset',
    'toRawRanges',
    'useEventDictionaries',
  ]);
});

test('the stages run in the documented order', () => {
  assert.deepEqual(
    api.STAGES.map((s) => s.name),
    ['clean', 'nlp', 'geo', 'time', 'kb', 'quotes', 'events', 'checks'],
  );
});
