/** Says what each highlight style means, so no kind is told apart by colour alone. */
const ITEMS: { kind: string; label: string; variant?: string }[] = [
  { kind: 'quote', variant: 'direct', label: 'direct quote (solid frame, “ ” marks)' },
  { kind: 'quote', variant: 'indirect', label: 'indirect quote (dashed frame)' },
  { kind: 'entity', variant: 'PERSON', label: 'person (dotted underline, ● mark)' },
  { kind: 'entity', variant: 'ORG', label: 'organisation or other entity (dotted underline)' },
  { kind: 'place', label: 'place (double underline)' },
  { kind: 'date', label: 'date or time (wavy underline)' },
  { kind: 'event', label: 'event cue (bold, overline)' },
];

export function Legend() {
  return (
    <details class="legend">
      <summary>Legend</summary>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.label}>
            <span class={`hl hl-${item.kind} ${item.variant ? `v-${item.variant}` : ''} spk-0`}>sample</span>{' '}
            {item.label}
          </li>
        ))}
        <li>
          <del class="hl hl-removed">sample</del> removed boilerplate, caption or repeat (struck through)
        </li>
      </ul>
    </details>
  );
}
