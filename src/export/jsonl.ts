import type { Exporter } from './types.js';

/**
 * One Doc per line, exactly as stored. JSON.stringify escapes newlines and control characters inside
 * strings, so a line never breaks; U+2028/U+2029 are escaped too so every line is also valid JavaScript.
 */
export function jsonlExporter(): Exporter {
  return {
    begin: () => '',
    write: ({ doc }) =>
      `${JSON.stringify(doc)
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029')}\n`,
    end: () => '',
  };
}
