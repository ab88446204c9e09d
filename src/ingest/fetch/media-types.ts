import type { SourceKind } from '../../doc/types.js';

/** Media types a fetch reads, and the reader each becomes; everything else is refused before the body. */
export const ACCEPTED_MEDIA_TYPES: Readonly<Record<string, SourceKind>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

export const ACCEPT_HEADER = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8';

/** `text/html; charset=utf-8` → `text/html`. */
export function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}
