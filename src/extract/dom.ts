import { createRequire } from 'node:module';

// linkedom (120 modules) is loaded with the first HTML page: plain-text articles never need it.
const require = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | undefined;
const parseHTML = (html: string): ReturnType<(typeof import('linkedom'))['parseHTML']> =>
  (linkedom ??= require('linkedom') as typeof import('linkedom')).parseHTML(html);

/*
 * The small part of the DOM the extractor uses, typed here because the project compiles without the DOM lib
 * (linkedom's and Readability's own declarations then resolve to `any`). Everything from linkedom is cast to
 * these shapes once, in `parseDocument`, and nowhere else.
 */

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const HAS_HTML_TAG = /<html[\s>]/i;
const HAS_BODY_TAG = /<body[\s>]/i;

/**
 * Parses HTML with linkedom. linkedom builds a usable `document.body` only from a whole document, so a
 * fragment (a feed item's description, a JSONL `content` field) is wrapped first.
 */
export function parseDocument(html: string): DomDocument {
  let source = html;
  if (!HAS_HTML_TAG.test(html)) {
    source = HAS_BODY_TAG.test(html)
      ? `<html>${html}</html>`
      : `<html><head></head><body>${html}</body></html>`;
  }
  return parseHTML(source).document as unknown as DomDocument;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Whether any element lies more than `limit` levels below `root` (iterative; stops at the first one). */
export function exceedsDepth(root: DomNode, limit: number): boolean {
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === ELEMENT_NODE) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
