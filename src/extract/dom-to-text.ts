import { BLOCK_TAGS, CELL_TAGS, SET_APART_TAGS, SKIPPED_TAGS } from './html-tags.js';
import { isElement, TEXT_NODE, type DomNode } from './dom.js';

/** Collapsible white space in HTML text, including no-break spaces (typographic, not meaningful here). */
const WHITE_SPACE = /[\s\u00a0]+/g;

const BLANK = '';

/** Accumulates lines: inline text joins the current line, blocks end it, set-apart blocks add blank lines. */
class LineWriter {
  private readonly lines: string[] = [];
  private current = '';

  text(s: string): void {
    this.current += s.replace(WHITE_SPACE, ' ');
  }

  endLine(): void {
    const line = this.current.replace(WHITE_SPACE, ' ').trim();
    this.current = '';
    if (line) this.lines.push(line);
  }

  blankLine(): void {
    this.endLine();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== BLANK) this.lines.push(BLANK);
  }

  result(): string {
    this.endLine();
    while (this.lines[this.lines.length - 1] === BLANK) this.lines.pop();
    return this.lines.join('\n');
  }
}

type Step = { node: DomNode; leaving: boolean };

/**
 * Plain text of a DOM subtree with one paragraph per line: block elements end lines, inline white space
 * collapses, figures and captions stand between blank lines. Entities are already decoded by the parser.
 * The walk is iterative so deeply nested broken markup cannot overflow the stack.
 */
export function domToText(root: DomNode): string {
  const out = new LineWriter();
  const stack: Step[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      out.text(node.textContent ?? '');
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.localName?.toLowerCase() ?? '';
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br') {
      out.endLine();
      continue;
    }
    const setApart = SET_APART_TAGS.has(tag);
    const block = setApart || BLOCK_TAGS.has(tag);
    if (leaving) {
      if (setApart) out.blankLine();
      else if (block) out.endLine();
      else if (CELL_TAGS.has(tag)) out.text(' ');
      continue;
    }
    if (setApart) out.blankLine();
    else if (block) out.endLine();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  return out.result();
}
