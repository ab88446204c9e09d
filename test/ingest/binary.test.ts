import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binaryReason } from '../../src/ingest/binary.js';

describe('binaryReason', () => {
  const binary: [string, number[], RegExp][] = [
    ['PDF', [...Buffer.from('%PDF-1.7\n')], /PDF/],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /PNG/],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00], /gzip/],
    ['NUL bytes', [...Buffer.from('hello'), 0, ...Buffer.from('world')], /NUL/],
    [
      'many control characters',
      [...Buffer.from('ab'), 1, 2, 3, 4, 5, 6, ...Buffer.from('cdefgh')],
      /control/,
    ],
  ];
  for (const [name, bytes, reason] of binary) {
    it(`flags ${name}`, () => assert.match(binaryReason(Uint8Array.from(bytes)) ?? '', reason));
  }

  const text: [string, string][] = [
    ['prose with tabs, CRLF and a form feed', 'Title\r\n\tParagraph one.\fPage two.\n'],
    ['UTF-8 prose', 'Zelensky said “no” — 5 °C'],
    ['HTML', '<!doctype html><html><body><p>Hi</p></body></html>'],
  ];
  for (const [name, content] of text) {
    it(`passes ${name}`, () => assert.equal(binaryReason(Buffer.from(content, 'utf8')), undefined));
  }

  it('only inspects the first 8 KB for control characters', () => {
    const bytes = Buffer.concat([Buffer.alloc(9000, 'a'), Buffer.alloc(500, 1)]);
    assert.equal(binaryReason(bytes), undefined);
  });
});
