import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed XML node as fast-xml-parser returns it: text, or an object of children and `@_` attributes. */
export type XmlNode = string | number | boolean | XmlObject | XmlNode[];
export interface XmlObject {
  [key: string]: XmlNode;
}

const ATTRIBUTE_PREFIX = '@_';
/** Elements that repeat in feeds; always arrays, so one item and many items read the same way. */
const REPEATED = new Set(['item', 'entry', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (tagName) => REPEATED.has(tagName),
});

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: ATTRIBUTE_PREFIX });

/**
 * The parsed document, or why the XML is malformed (with its line and column; `at` is where the content
 * starts in its file, when it is a piece of one). Throws when the parser's own limits are passed.
 */
export function parseXml(
  content: string,
  at: { line: number; column: number } = { line: 1, column: 1 },
): { ok: true; root: XmlObject } | { ok: false; reason: string } {
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    // Positions in the file, not in the piece: the validator counts from the piece's start.
    const where = (l: number, c: number): [number, number] => [
      l + at.line - 1,
      l === 1 ? c + at.column - 1 : c,
    ];
    const [fileLine, fileColumn] = where(line, col);
    const message = msg.replace(/opened in line (\d+), col (\d+)/, (_, l: string, c: string) => {
      const [openLine, openColumn] = where(Number(l), Number(c));
      return `opened in line ${openLine}, col ${openColumn}`;
    });
    return { ok: false, reason: `malformed XML at line ${fileLine}, column ${fileColumn}: ${message}` };
  }
  return { ok: true, root: parser.parse(content) as XmlObject };
}

export function isObject(node: XmlNode | undefined): node is XmlObject {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** The child (first of repeated children) named `key`. */
export function child(node: XmlNode | undefined, key: string): XmlNode | undefined {
  if (!isObject(node)) return undefined;
  const value = node[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Every child named `key`, as an array. */
export function children(node: XmlNode | undefined, key: string): XmlNode[] {
  if (!isObject(node)) return [];
  const value = node[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = isObject(node) ? node[ATTRIBUTE_PREFIX + name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The text of an element (its `#text` when it also has attributes), trimmed; undefined when empty. */
export function textOf(node: XmlNode | undefined): string | undefined {
  const value = isObject(node) ? node['#text'] : node;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Markup again, for elements whose children are XHTML (Atom `type="xhtml"` content). */
export function markupOf(node: XmlNode | undefined): string | undefined {
  if (!isObject(node)) return textOf(node);
  const inner = Object.fromEntries(Object.entries(node).filter(([k]) => !k.startsWith(ATTRIBUTE_PREFIX)));
  const markup = builder.build(inner) as string;
  return markup.trim() === '' ? undefined : markup;
}
