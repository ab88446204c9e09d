/**
 * "Report a mistake" on the annotation the reader has outlined: the analyst says what kind of annotation
 * is wrong and why; the server stores it as a correction (`newsgraph corrections` lists them).
 */
import { useState } from 'preact/hooks';
import { api, type Doc } from '../api.js';

export const ANNOTATION_KINDS = ['quote', 'speaker', 'entity', 'place', 'event', 'time', 'finding'] as const;

export interface Annotated {
  start: number;
  end: number;
  kind: (typeof ANNOTATION_KINDS)[number];
  label?: string;
}

/** The annotation most likely meant by a span: a quote, place, event cue, time or entity mention there. */
export function annotationAt(doc: Doc, start: number, end: number): Annotated {
  const at = (s: { start: number; end: number }): boolean => s.start === start && s.end === end;
  const quote = doc.quotes.find(at);
  if (quote) return { start, end, kind: 'quote', ...labelOf(doc, quote.speaker) };
  const place = doc.places.find(at);
  if (place) return { start, end, kind: 'place', label: place.name };
  const event = doc.events.find((e) => at(e) || at(e.cue));
  if (event) return { start, end, kind: 'event', label: event.type };
  const time = doc.timexes.find(at);
  if (time) return { start, end, kind: 'time', label: time.value };
  const mention = doc.mentions.find(at);
  if (mention) return { start, end, kind: 'entity', ...labelOf(doc, mention.entity) };
  return { start, end, kind: 'entity' };
}

function labelOf(doc: Doc, entity: string | undefined): { label?: string } {
  const name = doc.entities.find((e) => e.id === entity)?.name;
  return name ? { label: name } : {};
}

type Status = { state: 'idle' } | { state: 'sent'; id: number } | { state: 'error'; message: string };

export function ReportMistake(props: { doc: Doc; target: Annotated }) {
  const { doc, target } = props;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    try {
      const stored = await api.report({
        articleId: doc.id,
        kind: String(form.get('kind')),
        start: target.start,
        end: target.end,
        ...(target.label ? { label: target.label } : {}),
        note: String(form.get('note') ?? ''),
      });
      setStatus({ state: 'sent', id: stored.id });
      setOpen(false);
    } catch (error) {
      setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  if (!open)
    return (
      <>
        <button type="button" onClick={() => (setOpen(true), setStatus({ state: 'idle' }))}>
          Report a mistake
        </button>
        {status.state === 'sent' && (
          <span class="meta" role="status" data-testid="report-sent">
            Thank you: correction #{status.id} stored.
          </span>
        )}
      </>
    );
  return (
    <form class="report" onSubmit={(e) => void onSubmit(e)} aria-label="Report a mistake">
      <p class="meta">
        “{doc.text.slice(target.start, target.end)}”{target.label ? ` (${target.label})` : ''}
      </p>
      <label>
        What is wrong{' '}
        <select name="kind" defaultValue={target.kind}>
          {ANNOTATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note <textarea name="note" required rows={2} placeholder="e.g. the speaker is Jack Straw" />
      </label>
      <button type="submit">Send</button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {status.state === 'error' && (
        <span class="status error" role="alert">
          {status.message}
        </span>
      )}
    </form>
  );
}
