import type { EntityLabel } from '../../../doc/types.js';
import type { Typer } from './types.js';

/**
 * Known places: the gazetteer's feature class gives the label (GeoNames classes: A = country, state,
 * region; P = populated place; H = water; T = terrain; L = area; V = vegetation; S = spot, building).
 */
const LABEL_BY_FEATURE_CLASS: Readonly<Record<string, EntityLabel>> = {
  A: 'GPE',
  P: 'GPE',
  H: 'LOC',
  T: 'LOC',
  L: 'LOC',
  V: 'LOC',
  U: 'LOC',
  S: 'FAC',
  R: 'FAC',
};

export const byGazetteer: Typer = (c, { gazetteer }) => {
  if (!gazetteer?.has(c.text)) return undefined;
  const best = gazetteer.lookup(c.text)[0];
  const label = best ? LABEL_BY_FEATURE_CLASS[best.featureClass.split('.')[0]!] : 'GPE';
  return { label: label ?? 'LOC', cue: 'gazetteer' };
};
