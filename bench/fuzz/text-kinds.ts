import { fill, type Rng } from './rng.js';

/**
 * Hostile article texts, one generator per shape that made the pipeline superlinear or crash (issue 16):
 * each makes about `size` characters of text (or HTML) from the generator.
 */
export type TextMaker = (rng: Rng, size: number) => string;

const WORDS =
  'the minister said on Tuesday that talks in Geneva would resume after police arrested two men'.split(' ');
const NAMES = [
  'John Smith',
  'Maria García',
  'Li Wei',
  'Olena Kovalenko',
  'Ahmed Hassan',
  'Anna Müller',
  'Kim Min-jun',
];
const PLACES = ['Paris', 'Lagos', 'Kyiv', 'Lima', 'Osaka', 'Dover', 'Gaza', 'Texas'];
const DATES = [
  '12 March 2016',
  '2016-03-12',
  'last Tuesday',
  'on Friday at 5pm',
  'in 1998',
  'March 3rd',
  'yesterday',
  '10/11/12',
  'Q3 2021',
  'the 1990s',
];

const sentence = (rng: Rng): string => {
  const words = Array.from({ length: rng.int(4, 14) }, () => rng.pick(WORDS));
  return `${rng.pick(NAMES)} ${words.join(' ')} in ${rng.pick(PLACES)}.`;
};

export const TEXT_KINDS: Record<string, TextMaker> = {
  'one-long-word': (rng, size) => rng.pick(['A', 'ab', 'Zx9']).repeat(size).slice(0, size),
  'repeated-sentence': (rng, size) => {
    const one = sentence(rng) + ' ';
    return fill(size, () => one);
  },
  'dates-galore': (rng, size) =>
    fill(
      size,
      () => `${rng.pick(NAMES)} met ${rng.pick(DATES)}, ${rng.pick(DATES)} and ${rng.pick(DATES)}. `,
    ),
  'no-sentence-spaces': (rng, size) => fill(size, () => sentence(rng)),
  'many-names': (rng, size) =>
    fill(size, () => `${rng.pick(NAMES)}, ${rng.pick(NAMES)} of ${rng.pick(PLACES)} and `),
  'many-paragraphs': (rng, size) => fill(size, () => `${rng.pick(NAMES)} said.\n\n`),
  'nested-tags': (rng, size) => {
    const depth = Math.max(1, Math.floor(size / 12));
    const tag = rng.pick(['div', 'span', 'b', 'p']);
    return `<html><body>${`<${tag}>`.repeat(depth)}${sentence(rng)}${`</${tag}>`.repeat(depth)}</body></html>`;
  },
  'huge-attribute': (rng, size) =>
    `<html><body><p title="${'x'.repeat(size)}">${sentence(rng)}</p><img alt='${'"'.repeat(Math.min(size, 1000))}</body></html>`,
  'rtl-combining': (rng, size) =>
    fill(size, () =>
      rng.pick([
        'قال الوزير يوم الثلاثاء ',
        'שלום עולם ',
        '\u202Ebackwards\u202C ',
        'e\u0301\u0308\u0323\u0330 ',
        'Z̸̡̢̛̗̘̙̜̝̞̟̠ ',
        sentence(rng) + ' ',
      ]),
    ),
  'nuls-in-text': (rng, size) => fill(size, () => (rng.next() < 0.1 ? '\u0000' : sentence(rng) + ' ')),
  'control-characters': (rng, size) =>
    fill(size, () => String.fromCharCode(rng.int(1, 31)) + rng.pick(WORDS) + ' '),
  'emoji-and-surrogates': (rng, size) =>
    fill(size, () => rng.pick(['😀 ', '🇺🇦', '\uD800', '\uDFFF', '👩‍👩‍👧 ', sentence(rng)])),
  'huge-numbers': (rng, size) =>
    fill(size, () => `${rng.pick(NAMES)} paid $${'9'.repeat(rng.int(1, 400))} million. `),
  'quotes-unbalanced': (rng, size) =>
    fill(size, () => rng.pick(['“', '"', '«', "'", '” ']) + sentence(rng) + ' '),
};
