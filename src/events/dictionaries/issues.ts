/**
 * Reader for PETRARCH issue dictionaries: `phrase [ISSUE_CODE]` lines inside `<ISSUE …>` blocks, with the
 * expansions `n:` (noun and plural), `v:` (verb forms -s/-ed/-ing), `a+b` (both "a b" and "a-b");
 * lines starting with `~` are ignore phrases. See dictionaries.rst, "Issues List".
 */
import { contentOf, regularPlural } from './text.js';

export interface IssueEntry {
  /** Lower-case phrase variants, words separated by blanks. */
  phrases: string[];
  code: string;
}

export interface IssueDictionary {
  issues: IssueEntry[];
  /** Phrases whose presence cancels issue coding for the sentence. */
  ignore: string[];
}

export function parseIssues(text: string): IssueDictionary {
  const issues: IssueEntry[] = [];
  const ignore: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = contentOf(raw)?.trim();
    if (!line) continue;
    if (line.startsWith('~')) {
      ignore.push(line.replace(/^~+/, '').trim().toLowerCase());
      continue;
    }
    const m = /^(.*?)\s*\[([^\]]+)\]$/.exec(line);
    if (!m) continue;
    issues.push({ phrases: expandIssuePhrase(m[1]!.toLowerCase()), code: m[2]!.trim() });
  }
  return { issues, ignore };
}

/** All variants of one phrase: each word expands independently and the variants multiply. */
export function expandIssuePhrase(phrase: string): string[] {
  let variants = [''];
  for (const word of phrase.split(/\s+/).filter(Boolean)) {
    const forms = expandWord(word);
    variants = variants.flatMap((v) => forms.map((f) => (v ? `${v} ${f}` : f)));
  }
  return variants;
}

function expandWord(word: string): string[] {
  if (word.startsWith('n:')) {
    const w = word.slice(2);
    return [w, regularPlural(w)];
  }
  if (word.startsWith('v:')) {
    const w = word.slice(2);
    const stem = w.endsWith('e') ? w.slice(0, -1) : w;
    return [w, w + 's', stem + 'ed', stem + 'ing'];
  }
  if (word.includes('+')) {
    const parts = word.split('+');
    const tails = expandWord(parts.slice(1).join('+'));
    const head = parts[0]!;
    return tails.flatMap((t) => [`${head} ${t}`, `${head}-${t}`]);
  }
  return [word];
}
