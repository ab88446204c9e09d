import type { Line } from './lines.js';

/** Where a non-blank line sits among blank lines: what caption detection reads as "set apart". */
export interface LinePlace {
  /** Lines (non-blank) in this line's block: a maximal run of non-blank lines. */
  block: Line[];
  /** Preceded by a blank line (not merely the start of the text). */
  blankBefore: boolean;
  /** Followed by a blank line or the end of the text. */
  blankAfter: boolean;
  /** In the text's first block: the headline or lead, never a caption. */
  inFirstBlock: boolean;
}

export interface Layout {
  places: Map<number, LinePlace>;
  /**
   * Whether blank lines separate paragraphs throughout (BBC-style text). Then being set apart by blank lines
   * says nothing about a line, and caption detection falls back on the line's own shape.
   */
  blankSeparated: boolean;
}

/** Blocks and blank-line separation of every non-blank line. `skip` lines (boilerplate) count as absent. */
export function readLayout(lines: readonly Line[], skip: ReadonlySet<number>): Layout {
  const places = new Map<number, LinePlace>();
  let block: Line[] = [];
  let blockNumber = 0;
  let sawBlank = false;
  let separatedPairs = 0;
  let pairs = 0;
  let previous: Line | undefined;
  const closeBlock = (blankAfter: boolean): void => {
    for (const [i, line] of block.entries()) {
      places.set(line.index, {
        block,
        blankBefore: i === 0 && blockNumber > 0,
        blankAfter: i === block.length - 1 ? blankAfter : false,
        inFirstBlock: blockNumber === 0,
      });
    }
    if (block.length > 0) blockNumber++;
    block = [];
  };
  for (const line of lines) {
    if (skip.has(line.index)) continue;
    if (line.blank) {
      sawBlank = true;
      closeBlock(true);
      continue;
    }
    if (previous) {
      pairs++;
      if (sawBlank) separatedPairs++;
    }
    sawBlank = false;
    previous = line;
    block.push(line);
  }
  closeBlock(true);
  return { places, blankSeparated: pairs > 0 && separatedPairs / pairs >= 0.5 };
}
