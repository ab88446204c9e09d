/**
 * How the HTML-to-text walk treats each element (by lower-case local name). Everything not listed is inline:
 * its text runs on in the current line with white space collapsed.
 */

/** Never text: code, styling, embedded media, form controls and page chrome. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'source', 'track', 'picture', 'img', 'head', 'title', 'meta', 'link', 'button', 'input', 'select',
  'textarea', 'form', 'nav',
]); // prettier-ignore

/** Each starts and ends a line: one paragraph (or heading, list item, table row) per line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'caption', 'hr', 'center', 'details', 'summary', 'fieldset', 'legend',
]); // prettier-ignore

/**
 * Set apart by a blank line on each side. In the clean stage's convention a short block between blank lines
 * is a caption candidate, and these are exactly the caption containers HTML marks up.
 */
export const SET_APART_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption']);

/** Table cells stay on their row's line, separated by a space. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
