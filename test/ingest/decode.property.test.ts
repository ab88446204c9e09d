import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeInputBytes } from '../../src/ingest/bytes.js';
import { decodeText } from '../../src/ingest/decode.js';

/** Prose-like strings: Latin letters, accents, punctuation, curly quotes and the odd emoji. */
const prose = fc
  .array(
    fc.constantFrom(
      ...'abcdefgh ijklmnop qrstuvwxyz ABC.,;'.split(''),
      'é',
      'ü',
      'ß',
      '“',
      '”',
      '—',
      '€',
      '😀',
      '\n',
    ),
    {
      minLength: 1,
      maxLength: 300,
    },
  )
  .map((chars) => chars.join(''));
const asciiProse = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz  ABC.,\n'.split('')), {
    minLength: 16, // the sniffer needs 16 code units of evidence (src/ingest/utf16-sniff.ts)
    maxLength: 300,
  })
  .map((chars) => chars.join(''))
  .filter((s) => /[a-z]/i.test(s));

describe('decodeText (properties)', () => {
  it('reads any valid UTF-8 back exactly, with no note', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const decoded = decodeText(Buffer.from(text, 'utf8'));
        assert.ok(decoded.ok);
        assert.equal(decoded.text, text.replace(/^\uFEFF/, ''));
        assert.deepEqual(decoded.notes, []);
      }),
    );
  });

  it('reads UTF-8 cut at any byte as its whole characters, and U+FFFD when cut inside one', () => {
    fc.assert(
      fc.property(prose, fc.nat(), (text, cutSeed) => {
        const full = Buffer.from(text, 'utf8');
        const cut = full.subarray(0, 1 + (cutSeed % full.length));
        const decoded = decodeText(cut);
        assert.ok(decoded.ok, JSON.stringify(decoded));
        const whole = new TextDecoder().decode(cut).replace(/\uFFFD$/, '');
        assert.ok(decoded.text.startsWith(whole.replace(/^\uFEFF/, '')));
        assert.ok(decoded.text.length - whole.length <= 1);
      }),
    );
  });

  it('keeps every UTF-8 piece of a file mixed with Latin-1 pieces', () => {
    const piece = fc.tuple(fc.boolean(), prose);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 2, maxLength: 6 }), (pieces) => {
        const parts = pieces.map(([latin1, text]) =>
          latin1 ? Buffer.from(text.replace(/[^\x20-\xff\n]/g, '?'), 'latin1') : Buffer.from(text, 'utf8'),
        );
        const decoded = decodeText(Buffer.concat(parts));
        assert.ok(decoded.ok, JSON.stringify(decoded));
        for (const [latin1, text] of pieces) if (!latin1) assert.ok(decoded.text.includes(text));
      }),
    );
  });

  it('reads ASCII prose in UTF-16 without a BOM, either byte order', () => {
    fc.assert(
      fc.property(asciiProse, fc.boolean(), (text, bigEndian) => {
        const le = Buffer.from(text, 'utf16le');
        const decoded = decodeText(bigEndian ? Buffer.from(le).swap16() : le);
        assert.ok(decoded.ok);
        assert.equal(decoded.encoding, bigEndian ? 'utf-16be' : 'utf-16le');
        assert.equal(decoded.text, text);
      }),
    );
  });

  it('never throws anything but a named input error, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2000 }), (bytes) => {
        try {
          const file = decodeInputBytes('x.txt', bytes);
          assert.equal(typeof file.content, 'string');
        } catch (error) {
          assert.match(String((error as { code?: unknown }).code), /^INPUT_(BINARY|ENCODING|EMPTY)$/);
        }
      }),
    );
  });
});
