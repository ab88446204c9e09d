/**
 * Turns whitespace-tokenised text (Penn Treebank style, as in ECB+ `text_tokenized`) back into ordinary
 * running text, so the engine reads it as it would read an article: `` and '' become straight quotes,
 * punctuation and clitics re-attach ("Reid 's" → "Reid's", "rep ," → "rep,"). Lines are kept.
 */
const RULES: readonly [RegExp, string][] = [
  [/``\s*/g, '"'],
  [/\s*''/g, '"'],
  [/ (['’](?:s|re|ve|ll|d|m)|n['’]t)\b/gi, '$1'],
  [/ ([.,;:!?%)\]}])/g, '$1'],
  [/([([{$]) /g, '$1'],
  [/-LRB- ?/g, '('],
  [/ ?-RRB-/g, ')'],
];

export function detokenize(text: string): string {
  return text
    .split('\n')
    .map((line) => RULES.reduce((s, [pattern, replacement]) => s.replace(pattern, replacement), line).trim())
    .join('\n');
}
