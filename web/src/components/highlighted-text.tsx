/**
 * Renders the clean text with its highlights as nested elements (see lib/nest.ts). Only the first piece
 * of a split highlight carries `data-kind=<kind>` and an id, so one element stands for each span; later
 * pieces say `<kind>-continued`. Quotes and dates are focusable and show their label in a tooltip on focus.
 */
import type { JSX } from 'preact';
import type { Highlight } from '../lib/highlights.js';
import { isMarkNode, nestMarks, type TreeItem } from '../lib/nest.js';

const FOCUSABLE = new Set(['quote', 'date']);

export interface HighlightState {
  /** Highlights with these keys get an outline (the finding or speaker the reader picked). */
  outlined: ReadonlySet<string>;
}

export function HighlightedText(props: { text: string; highlights: Highlight[]; state: HighlightState }) {
  const { text, highlights, state } = props;
  const tree = nestMarks(text.length, highlights);
  return <>{renderItems(tree, text, state)}</>;
}

function renderItems(items: TreeItem[], text: string, state: HighlightState): JSX.Element[] {
  return items.map((item) => {
    if (!isMarkNode(item)) return <>{text.slice(item.start, item.end)}</>;
    const h = item.mark as Highlight;
    if (h.kind === 'removed') {
      return (
        <del key={h.key} class={`hl hl-removed v-${h.variant}`} data-kind="removed" title={h.label}>
          <span class="removed-label">{h.variant}</span>
          {h.removedText}
        </del>
      );
    }
    const first = item.piece === 0;
    const classes = ['hl', `hl-${h.kind}`, ...h.variant.split(' ').map((v) => `v-${v}`)];
    if (state.outlined.has(h.key)) classes.push('outlined');
    if (h.speakerIndex !== undefined) classes.push(`spk-${h.speakerIndex % 8}`);
    const focusable = first && FOCUSABLE.has(h.kind);
    return (
      <span
        key={`${h.key}.${item.piece}`}
        id={first ? `hl-${h.key}` : undefined}
        class={classes.join(' ')}
        data-kind={first ? h.kind : `${h.kind}-continued`}
        data-speaker={h.speakerName}
        data-tip={focusable ? h.label : undefined}
        title={h.label}
        tabIndex={focusable ? 0 : undefined}
      >
        {renderItems(item.children, text, state)}
      </span>
    );
  });
}
