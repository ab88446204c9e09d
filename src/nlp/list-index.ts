/**
 * A string → position index over a list, shaped as the plain object wink's cache reads and writes
 * (`hash[text]`, `hash[text] = index`). Why: wink's core model keeps 87,600 lexemes, and building a
 * dictionary object with that many keys took ~60–90 ms of a cold `analyze` and much of its garbage. Here the
 * positions sit in one open-addressing `Int32Array` (hashed with FNV-1a over UTF-16 units, the list's own
 * strings compared on a hit), built in one pass; values added later (wink adds the words it meets) go to a
 * `Map`. Lookups give what the object gave: the last position of a repeated string, `undefined` when absent.
 */

const EMPTY = -1;

function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function slotsFor(list: readonly string[]): { slots: Int32Array; mask: number } {
  let size = 1024;
  while (size < list.length * 2) size *= 2;
  const slots = new Int32Array(size).fill(EMPTY);
  const mask = size - 1;
  for (let k = 0; k < list.length; k += 1) {
    const text = list[k]!;
    let at = hashOf(text) & mask;
    // A repeated string takes its later position, as `hash[list[k]] = k` did.
    while (slots[at] !== EMPTY && list[slots[at]!] !== text) at = (at + 1) & mask;
    slots[at] = k;
  }
  return { slots, mask };
}

/**
 * An index of `list` as it is now (later pushes to the list are not indexed: the caller sets them through
 * the returned object, as wink does). Keys that are not strings read as `undefined`.
 */
export function listIndex(list: readonly string[]): Record<string, number> {
  const base = list.slice();
  const { slots, mask } = slotsFor(base);
  const added = new Map<string, number>();
  const find = (text: string): number | undefined => {
    const set = added.get(text);
    if (set !== undefined) return set;
    for (let at = hashOf(text) & mask; slots[at] !== EMPTY; at = (at + 1) & mask)
      if (base[slots[at]!] === text) return slots[at];
    return undefined;
  };
  const target = Object.create(null) as Record<string, number>;
  return new Proxy(target, {
    get: (_t, key) => (typeof key === 'string' ? find(key) : undefined),
    has: (_t, key) => typeof key === 'string' && find(key) !== undefined,
    set: (_t, key, value: number) => {
      if (typeof key !== 'string') return false;
      added.set(key, value);
      return true;
    },
  });
}
