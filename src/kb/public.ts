/** What the library exports for users' own event dictionaries and KB rows (src/index.ts). */
export { useEventDictionaries, contextWithDictionaries, type DictionaryOptions } from './load.js';
export { loadDictionaryDir, type DictionarySet } from '../events/dictionaries/index.js';
