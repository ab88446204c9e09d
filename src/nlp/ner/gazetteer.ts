import type { Context } from '../../context.js';
import { loadGazetteer } from '../../geo/gazetteer.js';
import type { PlaceLookup } from './types.js';

/**
 * The geo stage's gazetteer, shared through the cache under the same key the geo stage uses, so it is
 * built once per process whichever stage asks first. Tests put a small fake under this key beforehand.
 */
export function lazyGazetteer(ctx: Context): PlaceLookup {
  return ctx.cache.get<PlaceLookup>('geo.gazetteer', loadGazetteer);
}
