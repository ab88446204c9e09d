/** Small text helpers for titles and search snippets. */

/** The server wraps matched terms of a search snippet in `[` `]`; split them out to render as marks. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  return snippet
    .split(/(\[[^\]]*\])/)
    .filter(Boolean)
    .map((part) =>
      /^\[.*\]$/.test(part) ? { text: part.slice(1, -1), match: true } : { text: part, match: false },
    );
}

/** A display title: the real one, else the first words of `fallback` cut at a word boundary. */
export function displayTitle(title: string | undefined, fallback: string | undefined, max = 90): string {
  if (title?.trim()) return title.trim();
  const plain = (fallback ?? '').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  if (!plain) return 'Untitled article';
  const firstSentence = plain.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? plain;
  if (firstSentence.length <= max) return firstSentence;
  const cut = firstSentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
