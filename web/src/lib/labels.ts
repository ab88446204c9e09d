/**
 * Label placement for the network: each node's name goes above, below, right or left of its circle, the
 * first spot that stays inside the drawing and overlaps no label placed before it (nodes in order of
 * importance, so the biggest keep theirs). A name with no free spot is left to the node's tooltip.
 */

export interface LabelInput {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Average glyph width of the 12 px label font, as a fraction of the font size. */
const CHAR_WIDTH = 0.62;
/** Free space kept around each label. */
const GAP = 2;

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(
  nodes: readonly LabelInput[],
  width: number,
  height: number,
  fontSize = 12,
): PlacedLabel[] {
  const placed: Box[] = nodes.map((n) => ({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r }));
  const labels: PlacedLabel[] = [];
  for (const n of nodes) {
    const w = n.name.length * fontSize * CHAR_WIDTH;
    const h = fontSize;
    const spots: [PlacedLabel, Box][] = [
      [{ id: n.id, x: n.x, y: n.y - n.r - 4, anchor: 'middle' }, box(n.x - w / 2, n.y - n.r - 4 - h, w, h)],
      [{ id: n.id, x: n.x, y: n.y + n.r + h, anchor: 'middle' }, box(n.x - w / 2, n.y + n.r + 2, w, h)],
      [
        { id: n.id, x: n.x + n.r + 3, y: n.y + h / 3, anchor: 'start' },
        box(n.x + n.r + 3, n.y - h / 2, w, h),
      ],
      [
        { id: n.id, x: n.x - n.r - 3, y: n.y + h / 3, anchor: 'end' },
        box(n.x - n.r - 3 - w, n.y - h / 2, w, h),
      ],
    ];
    const others = placed.filter((_, i) => nodes[i] !== n);
    const free = spots.find(
      ([, b]) =>
        b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height && !others.some((o) => overlaps(o, b)),
    );
    if (!free) continue;
    labels.push(free[0]);
    placed.push(free[1]);
  }
  return labels;
}

const box = (x: number, y: number, w: number, h: number): Box => ({
  x0: x - GAP,
  y0: y - GAP,
  x1: x + w + GAP,
  y1: y + h + GAP,
});
