/**
 * The "S" stemmer (Harman 1991, "How effective is suffixing?"): folds English plurals onto the singular and
 * nothing else. Stronger stemmers conflate words a reader keeps apart (Porter: "university"/"universe",
 * "general"/"generate"); for story matching, plural folding gives most of the gain.
 *   -ies → -y (not -eies, -aies)   -es → -e (not -aes, -ees, -oes)   -s → '' (not -us, -ss)
 */
export function sStem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies'))
    return word.slice(0, -3) + 'y';
  if (word.endsWith('es') && !/[aeo]es$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('us') || word.endsWith('ss')) return word;
  return word.slice(0, -1);
}
