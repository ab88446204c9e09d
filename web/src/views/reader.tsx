/** The article reader: highlighted clean text, with side panels for speakers, findings, entities and events. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type Doc } from '../api.js';
import { Async, useAsync } from '../components/async.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { Legend } from '../components/legend.js';
import { annotationAt, ReportMistake, type Annotated } from '../components/report-mistake.js';
import { buildHighlights, speakerOrder, type Highlight } from '../lib/highlights.js';
import { displayTitle } from '../lib/text.js';
import { href } from '../router.js';

/** Which highlights the reader asked to see outlined. */
type Focus =
  | { kind: 'finding'; index: number }
  | { kind: 'speaker'; id: string }
  | { kind: 'span'; start: number; end: number }
  | null;

export function ReaderView(props: { id: string; span?: string }) {
  const state = useAsync(() => api.article(props.id), [props.id]);
  return <Async state={state}>{(doc) => <Reader doc={doc} span={props.span} />}</Async>;
}

function initialFocus(span: string | undefined): Focus {
  const match = span?.match(/^(\d+)-(\d+)$/);
  return match ? { kind: 'span', start: Number(match[1]), end: Number(match[2]) } : null;
}

function Reader(props: { doc: Doc; span?: string }) {
  const { doc } = props;
  const [showRemoved, setShowRemoved] = useState(false);
  const [focus, setFocus] = useState<Focus>(() => initialFocus(props.span));
  const highlights = useMemo(
    () => withTarget(buildHighlights(doc, { showRemoved }), focus),
    [doc, showRemoved, focus],
  );
  const outlined = useMemo(() => outlinedKeys(doc, highlights, focus), [doc, highlights, focus]);
  const speakers = useMemo(() => speakerOrder(doc), [doc]);

  useEffect(() => {
    const first = [...outlined][0];
    if (first)
      document.getElementById(`hl-${first}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [outlined]);

  const quoteCount = doc.quotes.filter(
    (q) => !q.scare && (q.kind === 'direct' || q.kind === 'indirect'),
  ).length;
  return (
    <div class="reader">
      <article class="reader-main" aria-labelledby="article-title">
        <h1 id="article-title">{displayTitle(doc.meta.title, doc.text)}</h1>
        <p class="meta">
          {[doc.meta.site ?? doc.source.site, doc.meta.byline, doc.meta.published, basedIn(doc)]
            .filter(Boolean)
            .join(' · ')}{' '}
          · <span data-testid="quote-total">{quoteCount}</span> quotes · {doc.places.length} places ·{' '}
          <a href={href(['map'], { article: doc.id })}>map</a> ·{' '}
          <a href={href(['network'], { article: doc.id })}>network</a>
        </p>
        <div class="toolbar">
          <label>
            <input
              type="checkbox"
              checked={showRemoved}
              onChange={(e) => setShowRemoved(e.currentTarget.checked)}
            />{' '}
            Show removed text ({doc.removed.length})
          </label>
          {focus && (
            <button type="button" onClick={() => setFocus(null)}>
              Clear outline
            </button>
          )}
          {focus && targetOf(doc, focus) && (
            <ReportMistake key={JSON.stringify(focus)} doc={doc} target={targetOf(doc, focus)!} />
          )}
        </div>
        <Legend />
        <div class="article-text" data-testid="article-text">
          <HighlightedText text={doc.text} highlights={highlights} state={{ outlined }} />
        </div>
      </article>
      <aside class="reader-side" aria-label="Findings and annotations">
        <SpeakerPanel speakers={speakers} focus={focus} setFocus={setFocus} />
        <FindingPanel doc={doc} focus={focus} setFocus={setFocus} />
        <EventPanel doc={doc} setFocus={setFocus} />
        <EntityPanel doc={doc} />
      </aside>
    </div>
  );
}

/** The annotation an outline points at, for reporting a mistake in it. */
function targetOf(doc: Doc, focus: Focus): Annotated | undefined {
  if (!focus) return undefined;
  if (focus.kind === 'span') return annotationAt(doc, focus.start, focus.end);
  if (focus.kind === 'finding') {
    const finding = doc.findings[focus.index];
    const span = finding?.spans[0];
    return span && { start: span.start, end: span.end, kind: 'finding', label: finding.kind };
  }
  const quote = doc.quotes.find((q) => q.speaker === focus.id);
  const name = doc.entities.find((e) => e.id === focus.id)?.name;
  return quote && { start: quote.start, end: quote.end, kind: 'speaker', ...(name ? { label: name } : {}) };
}

/** A span the URL asked for (from the quotes or findings list) becomes an outermost highlight. */
function withTarget(highlights: Highlight[], focus: Focus): Highlight[] {
  if (focus?.kind !== 'span') return highlights;
  return [
    ...highlights,
    {
      start: focus.start,
      end: focus.end,
      rank: -1,
      key: 'target',
      kind: 'finding',
      variant: 'target',
      label: 'Linked span',
    },
  ];
}

function outlinedKeys(doc: Doc, highlights: Highlight[], focus: Focus): Set<string> {
  if (!focus) return new Set();
  if (focus.kind === 'span') return new Set(['target']);
  if (focus.kind === 'finding')
    return new Set(highlights.filter((h) => h.finding === focus.index).map((h) => h.key));
  const keys = doc.quotes.flatMap((q, i) => (q.speaker === focus.id ? [`q${i}`] : []));
  return new Set(keys);
}

type SetFocus = (focus: Focus) => void;

function SpeakerPanel(props: {
  speakers: ReturnType<typeof speakerOrder>;
  focus: Focus;
  setFocus: SetFocus;
}) {
  return (
    <section>
      <h2>Speakers</h2>
      {props.speakers.length === 0 ? (
        <p class="meta">No attributed quotes.</p>
      ) : (
        <ul class="side-list">
          {props.speakers.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                class={`linkish speaker spk-${i % 8}`}
                aria-pressed={props.focus?.kind === 'speaker' && props.focus.id === s.id}
                onClick={() => props.setFocus({ kind: 'speaker', id: s.id })}
              >
                <span class="swatch" aria-hidden="true" /> {s.name} <span class="meta">({s.quotes})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FindingPanel(props: { doc: Doc; focus: Focus; setFocus: SetFocus }) {
  const { doc } = props;
  return (
    <section>
      <h2>Findings ({doc.findings.length})</h2>
      {doc.findings.length === 0 ? (
        <p class="meta">None.</p>
      ) : (
        <ul class="side-list">
          {doc.findings.map((f, i) => (
            <li key={i}>
              <button
                type="button"
                class="linkish finding"
                data-testid="finding-link"
                aria-pressed={props.focus?.kind === 'finding' && props.focus.index === i}
                onClick={() => props.setFocus({ kind: 'finding', index: i })}
              >
                <span class="tag">{f.kind}</span> {f.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EventPanel(props: { doc: Doc; setFocus: SetFocus }) {
  const { doc } = props;
  const name = (id: string | undefined): string => doc.entities.find((e) => e.id === id)?.name ?? '?';
  return (
    <section>
      <h2>Events ({doc.events.length})</h2>
      <ul class="side-list">
        {doc.events.map((e, i) => (
          <li key={i}>
            <button
              type="button"
              class="linkish"
              onClick={() => props.setFocus({ kind: 'span', start: e.cue.start, end: e.cue.end })}
            >
              <span class="tag">{e.type}</span> {name(e.source)} → {name(e.target)}{' '}
              <span class="meta">
                “{e.cue.text}”{e.time !== undefined ? ` · ${doc.timexes[e.time]?.value ?? ''}` : ''}
                {e.negated ? ' · negated' : ''}
                {e.hypothetical ? ' · hypothetical' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EntityPanel(props: { doc: Doc }) {
  return (
    <section>
      <h2>Entities ({props.doc.entities.length})</h2>
      <ul class="chips">
        {props.doc.entities.map((e) => (
          <li key={e.id}>
            <a href={href(['entity', e.name])}>
              {e.name} <span class="tag">{e.type}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The publication's home region, which place names were read with ("based in Louisiana, US"). */
function basedIn(doc: Doc): string | undefined {
  const home = doc.meta.homeRegion;
  return home ? `based in ${[home.admin1, home.country].filter(Boolean).join(', ')}` : undefined;
}
