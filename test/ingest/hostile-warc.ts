/** WARC files with every kind of broken framing, built byte by byte so each fault is visible. */

export const PAGE_TEXT = 'Officials met in Anchorage on Friday to discuss the ceasefire.';
const HTTP = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>${PAGE_TEXT}</p>`;

interface RecordShape {
  length?: number | string;
  version?: string;
  eol?: string;
  body?: string;
  end?: string;
}

/** One response record; each field can be made wrong. */
export function warcRecord(shape: RecordShape = {}): string {
  const { version = 'WARC/1.1', eol = '\r\n', body = HTTP, end = '\r\n\r\n' } = shape;
  const length = shape.length ?? Buffer.byteLength(body);
  return [
    version,
    'WARC-Type: response',
    'WARC-Target-URI: https://w.example.com/a',
    `Content-Length: ${length}`,
    '',
    body,
  ]
    .join(eol)
    .concat(end);
}

/**
 * The audit's 202-byte file: one response whose Content-Length (5000) runs far past the end of the file.
 * warcio 2.4 spun forever skipping it.
 */
export function pastTheEnd(): string {
  return warcRecord({ length: 5000, body: HTTP.repeat(2), end: '' }).slice(0, 202);
}

const GOOD = warcRecord();

/** File name → [content, whole records before the fault, what the failure must say]. */
export const BROKEN_WARCS: Record<string, [content: string, good: number, failure: RegExp]> = {
  'past-the-end.warc': [GOOD + pastTheEnd(), 1, /record 2: .*truncated: \d+ bytes of the record are missing/],
  'skipped-past-the-end.warc': [
    GOOD + warcRecord({ length: 5000, end: '' }).replace('response', 'resource'),
    1,
    /record 2: .*truncated/,
  ],
  'bad-version.warc': [GOOD + warcRecord({ version: 'WARX/1.1' }), 1, /record 2: .*no WARC version line/],
  'negative-length.warc': [GOOD + warcRecord({ length: -50 }), 1, /record 2: .*bad Content-Length "-50"/],
  'words-for-length.warc': [GOOD + warcRecord({ length: 'abc' }), 1, /record 2: .*bad Content-Length "abc"/],
  'huge-length.warc': [GOOD + warcRecord({ length: '9'.repeat(30) }), 1, /record 2: .*bad Content-Length/],
  'no-length.warc': [
    GOOD + warcRecord().replace(/Content-Length: \d+\r\n/, ''),
    1,
    /record 2: .*no Content-Length/,
  ],
  'no-line-breaks.warc': [
    GOOD + `WARC/1.1 WARC-Type: response Content-Length: 10 ${'x'.repeat(70_000)}`,
    1,
    /record 2: .*no blank line within/,
  ],
  'header-never-ends.warc': [
    GOOD + `WARC/1.1\r\nWARC-Type: response\r\n${'X-Filler: y\r\n'.repeat(3000)}`,
    1,
    /record 2: .*bad WARC header/,
  ],
  'length-too-short.warc': [
    GOOD + warcRecord({ length: 10 }) + GOOD,
    1,
    /record 3: .*no WARC version line.*wrong Content-Length/,
  ],
  'garbage-header-line.warc': [
    GOOD + warcRecord().replace('WARC-Type: response', 'WARC-Type response'),
    1,
    /record 2: .*bad header line/,
  ],
};

/** Records a lenient reader still reads whole: LF line ends, a missing CRLF CRLF after the block. */
export const LENIENT_WARCS: Record<string, [content: string, pages: number]> = {
  'lf-only.warc': [GOOD + warcRecord({ eol: '\n', end: '\n\n' }), 2],
  'no-crlf-after-block.warc': [GOOD + warcRecord({ end: '' }) + GOOD, 3],
};
