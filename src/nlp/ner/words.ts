/**
 * Word shapes the name finders share. Compiled once; each test is one regex on one token.
 */
const CAPITALISED = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
/** Lowercase particles that begin a name part: "al-Assad", "bin Salman" (as "bin"), "van der Leyen". */
const PREFIXED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|ibn|bin|abu|d')-?\p{Lu}/u;

/** Lowercase connectors allowed inside a name when a name word follows ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'dos',
]);

export function isNameWord(token: string): boolean {
  return (CAPITALISED.test(token) && HAS_LETTER.test(token)) || PREFIXED_PARTICLE.test(token);
}

export function isCapitalised(token: string): boolean {
  return CAPITALISED.test(token);
}

/** ALL-CAPS words of two or more letters ("NATO", "US"); acronyms are never sentence-start accidents. */
export function isAcronym(token: string): boolean {
  return token.length >= 2 && /^[\p{Lu}.&-]+$/u.test(token) && /\p{Lu}.*\p{Lu}/u.test(token);
}
