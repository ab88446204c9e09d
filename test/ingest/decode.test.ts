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

  const refused: [string, Uint8Array, RegExp][] = [
    [
      'broken UTF-8 (valid sequences plus a stray byte)',
      bytes(Buffer.from('résumé naïve', 'utf8').toString('latin1'), [0xff]),
      /broken UTF-8/,
    ],
    ['a byte windows-1252 leaves undefined', bytes('abc', [0x81], 'def'), /not Latin-1/],
    ['mostly high bytes', bytes('ab', [0xe9, 0xe8, 0xe7, 0xe6, 0xe5, 0xe4], 'c'), /too many non-ASCII/],
    ['truncated UTF-16 with BOM', bytes([0xff, 0xfe], [0x48, 0, 0x00, 0xd8]), /utf-16le/],
  ];
  for (const [name, input, reason] of refused) {
    it(`refuses ${name}`, () => {
      const decoded = decodeText(input);
      assert.equal(decoded.ok, false);
      if (!decoded.ok) assert.match(decoded.reason, reason);
    });
  }

  it('names the offset of the first invalid UTF-8 byte', () => {
    const decoded = decodeText(bytes('abc', [0x81], 'def'));
    assert.ok(!decoded.ok && decoded.reason.includes('byte 3'));
  });
});
