/**
 * Line-level helpers shared by the PETRARCH dictionary readers (format: dictionaries.rst in
 * petrarch2-dictionaries). Comments start with `#` (actor files also use `;`); `<!-- … -->` lines are
 * XML-style headers. Phrases are upper case with `_` or blanks between words; we keep them as lower-case
 * word arrays so they match tokens.
 */

/** A line without its comment, or undefined for a blank, comment-only or `<!-- -->` line. */
export function contentOf(line: string, commentChars = '#'): string | undefined {
  if (/^\s*<!--/.test(line) || /^\s*-->/.test(line) || /^\s*<\/?[A-Za-z]/.test(line)) return undefined;
  let end = line.length;
  for (const c of commentChars) {
    const at = line.indexOf(c);
    if (at >= 0 && at < end) end = at;
  }
  const kept = line.slice(0, end).replace(/\s+$/, '');
  return kept.trim() === '' ? undefined : kept;
}

/** "VLADIMIR_V._PUTIN_" → ["vladimir", "v.", "putin"]: words of a phrase (the trailing `_` is a stop mark). */
export function phraseWords(phrase: string): string[] {
  return phrase
    .trim()
    .toLowerCase()
    .split(/[_\s]+/)
    .filter(Boolean);
}

/** Whether a phrase forbids automatic plurals (ends with `_`). */
export const isStopped = (phrase: string): boolean => phrase.trim().endsWith('_');

/** The regular English plural PETRARCH generates: +S, Y → IES, SS → SSES. */
export function regularPlural(word: string): string {
  if (/ss$/i.test(word)) return word + 'es';
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

/**
 * A date of a restriction: YYYYMMDD or YYMMDD (two-digit years up to 30 are 20xx, as PETRARCH reads them)
 * → ISO `YYYY-MM-DD`; undefined when malformed.
 */
export function restrictionDate(raw: string): string | undefined {
  const digits = raw.trim();
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else return undefined;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}
