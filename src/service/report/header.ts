import type { Doc } from '../../doc/types.js';

/** Who, when, where from: the lines above the layers. */
export function headerLines(doc: Doc): string[] {
  const { meta, source } = doc;
  const published = meta.published
    ? `${meta.published}${meta.timeZone ? ` (${meta.timeZone})` : ''}`
    : '(unknown: relative dates are unanchored)';
  const lines = [
    `Title:     ${meta.title ?? '(none)'}`,
    `Published: ${published}`,
    `Id:        ${doc.id}`,
    `Source:    ${[source.kind, source.uri, source.site ?? meta.site].filter(Boolean).join(' · ')}`,
  ];
  if (meta.byline) lines.push(`Byline:    ${meta.byline}`);
  // The prior place names were read with: a reader checking a place should know it was there.
  if (meta.homeRegion)
    lines.push(`Based in:  ${[meta.homeRegion.admin1, meta.homeRegion.country].filter(Boolean).join(', ')}`);
  lines.push(`Text:      ${doc.text.length} characters, ${doc.sentences.length} sentences`);
  return lines;
}
