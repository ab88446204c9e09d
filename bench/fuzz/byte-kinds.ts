import { fill, type Rng } from './rng.js';

/** Hostile bytes for one file: encodings browsers read (and this project used to refuse), and binary. */
export type ByteMaker = (rng: Rng, size: number) => Buffer;

const prose = (rng: Rng, size: number): string =>
  fill(size, () =>
    rng.pick([
      'Café owners in Zürich said ',
      '“No,” she said. ',
      'Prices rose 5 °C… ',
      'The £15m deal – ',
      'Police in Kyiv arrested two men. ',
    ]),
  );

export const BYTE_KINDS: Record<string, ByteMaker> = {
  'utf16-no-bom': (rng, size) => {
    const le = Buffer.from(prose(rng, Math.ceil(size / 2)), 'utf16le');
    return rng.next() < 0.5 ? le : Buffer.from(le).swap16();
  },
  'utf8-cut-mid-character': (rng, size) => {
    const bytes = Buffer.from(prose(rng, size) + '“end”', 'utf8');
    return bytes.subarray(0, bytes.length - rng.int(1, 2));
  },
  'utf8-mixed-latin1': (rng, size) =>
    Buffer.concat(
      Array.from({ length: Math.max(2, Math.ceil(size / 400)) }, () => {
        const text = prose(rng, 200);
        return rng.next() < 0.5
          ? Buffer.from(text, 'utf8')
          : Buffer.from(text.replace(/[^\x20-\xff]/g, '?'), 'latin1');
      }),
    ),
  'random-bytes': (rng, size) => Buffer.from(Array.from({ length: size }, () => rng.int(0, 255))),
  'nul-bytes': (rng, size) =>
    Buffer.from(
      prose(rng, size).replace(/ /g, () => (rng.next() < 0.05 ? '\0' : ' ')),
      'utf8',
    ),
  'bom-only': () => Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]),
};
