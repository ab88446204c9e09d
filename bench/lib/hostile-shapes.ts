/**
 * Hostile text shapes of a given size, built in code (nothing downloaded): the inputs issue 16 found
 * superlinear. Shared by `npm run bench -- hostile` and the tests that keep them linear.
 */

const FIRST = ['John', 'Mary', 'Peter', 'Amina', 'Wei', 'Olga', 'Carlos', 'Fatima', 'Hans', 'Priya'];
const LAST = ['Smith', 'Jones', 'Okafor', 'Chen', 'Ivanova', 'Garcia', 'Haddad', 'Muller', 'Patel', 'Brown'];

/** Repeats `unit` (a function of its index) until the text is `chars` long, cut there. */
function fill(chars: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const piece = unit(i);
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, chars);
}

export const HOSTILE_SHAPES = {
  /** One word, no space at all. */
  'one-word': (chars: number) => 'A'.repeat(chars),
  /** The same sentence again and again. */
  'repeated-sentence': (chars: number) =>
    fill(chars, () => 'The minister said the plan would work, officials in London told reporters. '),
  /** Dates, weekdays and clock times everywhere. */
  dates: (chars: number) =>
    fill(chars, (i) => `On ${(i % 28) + 1} March ${1990 + (i % 30)}, Tuesday at ${(i % 12) + 1}:30 am, `),
  /** Sentences without a space after their full stop. */
  'no-spaces': (chars: number) =>
    fill(chars, (i) => `The minister said it would work.Police arrested ${FIRST[i % 10]} on Monday.`),
  /** Person names, each sentence a different pair. */
  'many-names': (chars: number) =>
    fill(
      chars,
      (i) =>
        `${FIRST[i % 10]} ${LAST[(i * 7) % 10]} met ${FIRST[(i * 3) % 10]} ${LAST[(i + 1) % 10]} in Paris. `,
    ),
  /** Short paragraphs, a blank line between each. */
  'many-paragraphs': (chars: number) =>
    fill(chars, (i) => `"We will not stop," said ${FIRST[i % 10]} ${LAST[i % 10]}.\n\n`),
} as const;

export type HostileShape = keyof typeof HOSTILE_SHAPES;

export const SHAPE_NAMES = Object.keys(HOSTILE_SHAPES) as HostileShape[];

export function hostileText(shape: HostileShape, chars: number): string {
  return HOSTILE_SHAPES[shape](chars);
}
