/**
 * A small, forgiving XML reader for the benchmark corpora (TimeML, LGL, GeoVirus, GeoWebNews): elements,
 * attributes, text (entities decoded) and CDATA; comments, processing instructions and DOCTYPE are skipped.
 * Mixed content keeps its order, so a reader can rebuild an element's text and know where each child
 * element starts in it (TimeML's TIMEX3 inside TEXT). No namespaces, no validation, no DTD entities.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the five XML entities and numeric character references; unknown entities stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Markup: comment, CDATA, processing instruction / declaration, or a start, end or empty tag. */
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

/**
 * Parses a document and returns a synthetic root (`name: '#document'`) holding its top-level nodes.
 * Unclosed elements are closed at the end; a stray end tag closes up to its matching start tag, if any.
 */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const top = (): XmlElement => stack[stack.length - 1]!;
  const addText = (text: string): void => {
    if (text === '') return;
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (typeof last === 'string') siblings[siblings.length - 1] = last + text;
    else siblings.push(text);
  };
  let cursor = 0;
  for (const m of source.matchAll(MARKUP)) {
    addText(decodeEntities(source.slice(cursor, m.index)));
    cursor = m.index + m[0].length;
    const [, cdata, closing, name, attrSource, selfClosing] = m;
    if (cdata !== undefined) addText(cdata);
    if (name === undefined) continue; // comment, CDATA (done), PI, DOCTYPE
    if (closing) {
      const at = stack.findLastIndex((e) => e.name === name);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: XmlElement = { name, attrs: parseAttributes(attrSource ?? ''), children: [] };
    top().children.push(element);
    if (!selfClosing) stack.push(element);
  }
  addText(decodeEntities(source.slice(cursor)));
  return root;
}

export function childElements(e: XmlElement, name?: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name));
}

export function firstChild(e: XmlElement, name: string): XmlElement | undefined {
  return childElements(e, name)[0];
}

/** Every descendant element with this name, in document order. */
export function descendants(e: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(e);
  return out;
}

/** All the character content under an element, tags removed. */
export function textContent(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** The text of the first child element with this name, trimmed; undefined when there is none or it is empty. */
export function childText(e: XmlElement, name: string): string | undefined {
  const child = firstChild(e, name);
  const text = child ? textContent(child).trim() : '';
  return text === '' ? undefined : text;
}
