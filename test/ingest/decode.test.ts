import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from '../../src/ingest/decode.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decodeText', () => {
  const accepted: [string, Uint8Array, string, string][] = [
    ['plain ASCII', bytes('Hello world'), 'utf-8', 'Hello world'],
    ['UTF-8', Buffer.from('café – “quoted”', 'utf8'), 'utf-8', 'café – “quoted”'],
    ['UTF-8 with BOM (BOM dropped)', bytes([0xef, 0xbb, 0xbf], 'Hi'), 'utf-8', 'Hi'],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], [0x48, 0, 0xe9, 0]), 'utf-16le', 'Hé'],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], [0, 0x48, 0, 0xe9]), 'utf-16be', 'Hé'],
    [
      'Latin-1 pound sign',
      bytes('a transfer fee of ', [0xa3], '15.8m for Mutu'),
      'windows-1252',
      'a transfer fee of £15.8m for Mutu',
    ],
    [
      'Latin-1 accents',
      bytes('caf', [0xe9], ' in M', [0xfc], 'nchen, Gr', [0xf6, 0xdf], 'e'),
      'windows-1252',
      'café in München, Größe',
    ],
    ['windows-1252 curly quotes', bytes([0x93], 'Yes', [0x94], ' he said'), 'windows-1252', '“Yes” he said'],
  ];
  for (const [name, input, encoding, text] of accepted) {
    it(`accepts ${name}`, () => {
      const decoded = decodeText(input);
      assert.ok(decoded.ok, JSON.stringify(decoded));
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.text, text);
    });
  }

  const repaired: [string, Uint8Array, string, string, RegExp][] = [
    [
      'UTF-8 with a Latin-1 byte pasted in',
      bytes(Buffer.from('résumé naïve ', 'utf8').toString('latin1'), 'caf', [0xe9], ' au lait'),
      'utf-8',
      'résumé naïve café au lait',
      /invalid UTF-8 at byte 19: read as windows-1252/,
    ],
    [
      'UTF-8 cut inside its last character',
      bytes(Buffer.from('“Yes” he said ', 'utf8').toString('latin1'), [0xe2, 0x80]),
      'utf-8',
      '“Yes” he said \uFFFD',
      /cut inside a UTF-8 character at byte 18/,
    ],
    [
      'ASCII cut inside its only multi-byte character',
      bytes('He paid ', [0xe2, 0x82]),
      'utf-8',
      'He paid \uFFFD',
      /cut inside a UTF-8 character at byte 8/,
    ],
    [
      'a byte windows-1252 leaves undefined',
      bytes('abc', [0x81], 'def'),
      'windows-1252',
      'abc\uFFFDdef',
      /byte at 3/,
    ],
    [
      'UTF-16LE without a BOM',
      Buffer.from('Rain fell on Paris.', 'utf16le'),
      'utf-16le',
      'Rain fell on Paris.',
      /no byte order mark/,
    ],
    [
      'UTF-16BE without a BOM',
      Buffer.from('Rain fell on Paris.', 'utf16le').swap16(),
      'utf-16be',
      'Rain fell on Paris.',
      /no byte order mark/,
    ],
    [
      'truncated UTF-16 with BOM',
      bytes([0xff, 0xfe], [0x48, 0, 0x00, 0xd8]),
      'utf-16le',
      'H\uFFFD',
      /invalid utf-16le/,
    ],
  ];
  for (const [name, input, encoding, text, note] of repaired) {
    it(`reads ${name}, saying where`, () => {
      const decoded = decodeText(input);
      assert.ok(decoded.ok, JSON.stringify(decoded));
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.text, text);
      assert.match(decoded.notes.join('; '), note);
    });
  }

  it('refuses bytes too high for Latin-1 that are never UTF-8, naming the first bad byte', () => {
    const decoded = decodeText(
      bytes(
        'ab',
        Array.from({ length: 40 }, (_, i) => 0xc0 + (i % 30)),
        'c',
      ),
    );
    assert.equal(decoded.ok, false);
    if (!decoded.ok) assert.match(decoded.reason, /byte 2, and too many non-ASCII/);
  });

  it('gives no note for valid UTF-8', () => {
    const decoded = decodeText(Buffer.from('café', 'utf8'));
    assert.ok(decoded.ok && decoded.notes.length === 0);
  });
});
