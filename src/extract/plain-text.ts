/**
 * Plain text passes through untouched except for line endings and a byte-order mark, so that offsets into
 * `raw` still point at the characters a reader sees in the source file.
 */
export function normalisePlainText(content: string): string {
  const noBom = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  return noBom.replace(/\r\n/g, '\n');
}
