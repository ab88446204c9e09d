/** Where a batch is, for the progress display. */
export interface ProgressState {
  /** Inputs handled so far: stored, duplicate, failed or skipped as already done. */
  done: number;
  /** Of those, analysed in this run (skipped ones take no time, so they do not count towards the rate). */
  analysed: number;
  errors: number;
  /** Known when every input is a one-article file; feeds, WARC and JSONL files are counted as read. */
  total?: number;
  elapsedMs: number;
  /** Milliseconds since the first article was analysed: the rate after warm-up (models load, workers start). */
  sinceFirstMs?: number;
}

/** No ETA until this many articles are analysed: the first ones carry the warm-up and mislead. */
export const ETA_AFTER_ARTICLES = 5;

const BAR_WIDTH = 20;

/** Articles analysed per second so far. */
export function rate(state: ProgressState): number {
  return state.elapsedMs > 0 ? (state.analysed * 1000) / state.elapsedMs : 0;
}

/**
 * Seconds left, when the total is known and `ETA_AFTER_ARTICLES` are analysed: at the rate since the first
 * article was done (the articles after it over the time after it), so the warm-up does not inflate it.
 */
export function etaSeconds(state: ProgressState): number | undefined {
  if (state.total === undefined || state.analysed < ETA_AFTER_ARTICLES) return undefined;
  const since = state.sinceFirstMs;
  const perSecond = since !== undefined && since > 0 ? ((state.analysed - 1) * 1000) / since : rate(state);
  if (perSecond === 0) return undefined;
  return Math.max(0, state.total - state.done) / perSecond;
}

/** `1:05`, `1:02:05`. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const [h, m, rest] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(rest).padStart(2, '0')}`;
}

/** The parts both displays share: `120/600 articles, 45.2 articles/s, 3 errors, ETA 0:11`. */
function parts(state: ProgressState): string[] {
  const done = state.total === undefined ? `${state.done}` : `${state.done}/${state.total}`;
  const eta = etaSeconds(state);
  return [
    `${done} articles`,
    `${rate(state).toFixed(1)} articles/s`,
    `${state.errors} ${state.errors === 1 ? 'error' : 'errors'}`,
    ...(eta === undefined ? [] : [`ETA ${formatDuration(eta)}`]),
  ];
}

/** The plain line written every few seconds when stderr is not a terminal (logs, CI). */
export function progressLine(state: ProgressState): string {
  return `progress: ${parts(state).join(', ')}`;
}

/** The terminal's one-line bar (redrawn in place): `[#####-----------] 120/600 articles  45.2 articles/s …`. */
export function progressBar(state: ProgressState): string {
  const head =
    state.total === undefined || state.total === 0 ? '' : `[${bar(Math.min(1, state.done / state.total))}] `;
  return `${head}${parts(state).join('  ')}`;
}

function bar(fraction: number): string {
  const filled = Math.round(fraction * BAR_WIDTH);
  return '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
}
