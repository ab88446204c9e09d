import { weaponNounFollows } from '../finders/designation.js';
import type { Typer } from './types.js';

/** "Tomahawk missiles", "Patriot air defence systems": a weapon noun follows the name within a few words. */
export const byWeaponNoun: Typer = (c, input) =>
  weaponNounFollows(input, c.tokenEnd) ? { label: 'WEAPON', cue: 'weapon-noun' } : undefined;

/** A word mixing letters and digits ("A320", "iPhone15", "Su-57"). */
const MODEL_CODE = /^(?=[^\p{N}]*\p{N})(?=[^\p{L}]*\p{L})[\p{L}\p{N}-]+$/u;

/** "Airbus A320", "Boeing 737-800": a code no weapon cue claims is a product designation. */
export const byProductCode: Typer = (c, { tokens }) => {
  for (let k = c.tokenStart; k < c.tokenEnd; k++)
    if (MODEL_CODE.test(tokens[k]!.text)) return { label: 'PRODUCT', cue: 'code' };
  return undefined;
};
