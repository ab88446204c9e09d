/**
 * Turns overlapping highlight spans into a properly nested tree so every span can be rendered as an
 * element. Outer layers (lower `rank`) win: a span that crosses the end of an enclosing one is split
 * into pieces; `piece` counts them (0 for the first), so a renderer can mark only the first piece as
 * "the" element for that span and count one element per span.
 */

export interface Mark {
  start: number;
  end: number;
  /** Lower ranks nest outside higher ones when two marks start at the same offset. */
  rank: number;
  /** Any payload the renderer needs (kind, labels, colours). */
  key: string;
}

export interface MarkNode {
  mark: Mark;
  piece: number;
  start: number;
  end: number;
  children: TreeItem[];
}

export interface TextLeaf {
  start: number;
  end: number;
}

export type TreeItem = MarkNode | TextLeaf;

export function isMarkNode(item: TreeItem): item is MarkNode {
  return 'mark' in item;
}

interface Pending {
  mark: Mark;
  piece: number;
  start: number;
}

function comparePending(a: Pending, b: Pending): number {
  return a.start - b.start || a.mark.rank - b.mark.rank || b.mark.end - a.mark.end;
}

/** Inserts keeping `queue` sorted; splits are rare, so a linear insert is fine. */
function insertSorted(queue: Pending[], from: number, item: Pending): void {
  let i = from;
  while (i < queue.length && comparePending(queue[i]!, item) <= 0) i++;
  queue.splice(i, 0, item);
}

/** Builds the nested tree over `[0, length)`. Marks outside the text or with end < start are dropped. */
export function nestMarks(length: number, marks: readonly Mark[]): TreeItem[] {
  const queue: Pending[] = marks
    .filter((m) => m.start >= 0 && m.end <= length && m.end >= m.start)
    .map((mark) => ({ mark, piece: 0, start: mark.start }))
    .sort(comparePending);
  const root: MarkNode = {
    mark: { start: 0, end: length, rank: -Infinity, key: '' },
    piece: 0,
    start: 0,
    end: length,
    children: [],
  };
  const stack: MarkNode[] = [root];
  const cursor = { pos: 0 };

  const emitText = (node: MarkNode, upTo: number): void => {
    if (upTo > cursor.pos) node.children.push({ start: cursor.pos, end: upTo });
    cursor.pos = Math.max(cursor.pos, upTo);
  };
  const closeUntil = (pos: number): void => {
    for (
      let top = stack[stack.length - 1]!;
      stack.length > 1 && top.end <= pos;
      top = stack[stack.length - 1]!
    ) {
      emitText(top, top.end);
      stack.pop();
    }
  };

  for (let i = 0; i < queue.length; i++) {
    const item = queue[i]!;
    // A zero-width mark at the very end of its parent still belongs inside it, so close strictly before.
    if (item.start === item.mark.end) closeUntilBefore(item.start);
    else closeUntil(item.start);
    const parent = stack[stack.length - 1]!;
    emitText(parent, item.start);
    let end = item.start === item.mark.end ? item.start : item.mark.end;
    if (end > parent.end) {
      insertSorted(queue, i + 1, { mark: item.mark, piece: item.piece + 1, start: parent.end });
      end = parent.end;
    }
    const node: MarkNode = { mark: item.mark, piece: item.piece, start: item.start, end, children: [] };
    parent.children.push(node);
    // A zero-width mark (an insertion) is a leaf: it can hold no text, so nothing may nest inside it.
    if (end > item.start) stack.push(node);
  }
  closeUntil(length);
  emitText(root, length);
  return root.children;

  function closeUntilBefore(pos: number): void {
    for (
      let top = stack[stack.length - 1]!;
      stack.length > 1 && top.end < pos;
      top = stack[stack.length - 1]!
    ) {
      emitText(top, top.end);
      stack.pop();
    }
  }
}
