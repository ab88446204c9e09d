/**
 * htmlparser2 (under linkedom) keeps its open elements in an array it grows with `unshift`, so each tag
 * costs as much as the depth it opens at: 87,000 nested tags (1 MB) took 40–60 s, 43,000 about 10 s. No
 * article page nests anywhere near this deep (Readability is skipped past 150 levels already).
 */
export const MAX_NESTING = 1000;

/** Element names that never hold content, so never deepen the tree. */
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements whose content is text to the parser: a `<` inside (a script's `i<n`) is no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** A tag at the position: no `<` inside, so a stray `<` costs one step, never a scan to the end. */
const TAG_AT = /<(\/?)([a-zA-Z][^\s/<>]*)[^<>]*?(\/?)>/y;

/**
 * The HTML with every tag that would open deeper than `limit` taken out, with its matching end tag (their
 * text stays, in place). One linear scan that skips comments and the text of scripts and styles, as the
 * parser does; its count is an upper bound on the parser's depth (unclosed `<p>` and `<li>` count as
 * open), so an ordinary page comes back as it is. `cut` says how many tags were taken out.
 */
export function boundNesting(html: string, limit = MAX_NESTING): { html: string; cut: number } {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let depth = 0;
  let dropped = 0; // opening tags taken out and not yet matched by an end tag
  let cut = 0;
  let kept = 0; // html[kept, at) is still to be copied
  let at = html.indexOf('<');
  while (at >= 0) {
    let next = at + 1;
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) break; // the rest is a comment
      next = end + 3;
    } else {
      TAG_AT.lastIndex = at;
      const match = TAG_AT.exec(html);
      if (match) {
        const [tag, slash, rawName, selfClosing] = match;
        const name = rawName!.toLowerCase();
        next = at + tag.length;
        let remove = false;
        if (selfClosing || VOID.has(name)) remove = false;
        else if (slash) {
          remove = dropped > 0;
          if (remove) dropped--;
          else depth = Math.max(0, depth - 1);
        } else if (depth >= limit) {
          remove = true;
          dropped++;
        } else {
          depth++;
          if (RAW_TEXT.has(name)) {
            const end = lower.indexOf(`</${name}`, next);
            if (end < 0) break; // the rest is its text
            next = end;
          }
        }
        if (remove) {
          parts.push(html.slice(kept, at));
          kept = at + tag.length;
          cut++;
        }
      }
    }
    at = html.indexOf('<', next);
  }
  if (cut === 0) return { html, cut };
  parts.push(html.slice(kept));
  return { html: parts.join(''), cut };
}
