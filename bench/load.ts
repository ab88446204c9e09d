/**
 * API load test: `npm run bench -- load [--requests N] [--connections C] [--analyze-mb M]
 * [--analyze-text word|prose] [--max-seconds S]`.
 *
 * A server on a temp store (bench/lib/load-server.ts, its own process, 127.0.0.1 only) takes N GET requests
 * (default 20,000) over C connections (default 50) from autocannon, cycling through the read endpoints
 * (health, articles, search, one article, entities, events, quotes, stories, findings). Half a second in,
 * one POST /api/analyze of M MB (default 1; `word`: one long word, the input that froze the server in
 * issue 16; `prose`: repeated sentences) with `store: false` runs alongside, while /api/health is asked
 * every 50 ms until it is answered. Everything stops by itself: autocannon after N requests or S seconds
 * (default 180), the analyze request at S seconds.
 *
 * Reports errors (connection errors, timeouts, non-2xx), p50/p99 latency of the read requests, requests per
 * second, the analyze status and time, and /api/health latency (p50, max) while the analyze ran.
 * Last line: {"task":"load","requests","errors","p50Ms","p99Ms","rps","analyzeStatus","analyzeS",
 *             "healthDuringAnalyzeP50Ms","healthDuringAnalyzeMaxMs","healthChecks"}.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { request } from 'undici';

interface ServerReady {
  url: string;
  ids: string[];
}

const SERVER = fileURLToPath(new URL('./lib/load-server.ts', import.meta.url));
const HEALTH_EVERY_MS = 50;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      requests: { type: 'string', default: '20000' },
      connections: { type: 'string', default: '50' },
      'analyze-mb': { type: 'string', default: '1' },
      'analyze-text': { type: 'string', default: 'word' },
      'max-seconds': { type: 'string', default: '180' },
    },
  });
  const maxSeconds = Number(values['max-seconds']);
  const server = fork(SERVER, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    server.once('message', (m) => resolve(m as ServerReady));
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    const paths = [
      '/api/health',
      '/api/articles',
      '/api/articles?q=police',
      ...ready.ids.map((id) => `/api/articles/${encodeURIComponent(id)}`),
      '/api/entities',
      '/api/events',
      '/api/quotes',
      '/api/stories',
      '/api/findings',
    ];
    const load = new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: ready.url,
          connections: Number(values.connections),
          amount: Number(values.requests),
          timeout: 30,
          requests: paths.map((path) => ({ method: 'GET' as const, path })),
        },
        (error, result) => {
          clearTimeout(stop);
          if (error) reject(error);
          else resolve(result);
        },
      );
      // `amount` overrides autocannon's own duration: this is the bound in time.
      const stop = setTimeout(() => instance.stop(), maxSeconds * 1000);
    });
    const text = analyzeText(values['analyze-text'], Number(values['analyze-mb']));
    await sleep(500);
    const analyze = timedAnalyze(ready.url, text, maxSeconds);
    const health = healthWhile(ready.url, analyze.done, maxSeconds);
    const [result, analyzed, healthMs] = await Promise.all([load, analyze.result, health]);
    const errors = result.errors + result.timeouts + result.non2xx;
    const summary = {
      task: 'load',
      requests: result.requests.total,
      errors,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      rps: Math.round(result.requests.average),
      analyzeStatus: analyzed.status,
      analyzeS: round(analyzed.ms / 1000),
      healthDuringAnalyzeP50Ms: round(percentile(healthMs, 0.5)),
      healthDuringAnalyzeMaxMs: round(Math.max(0, ...healthMs)),
      healthChecks: healthMs.length,
    };
    for (const [k, v] of Object.entries(summary)) if (k !== 'task') console.log(`${k.padEnd(26)} ${v}`);
    console.log(JSON.stringify(summary));
  } finally {
    // A server still frozen in an analysis would not see the disconnect: it is ours, so it is killed.
    server.kill('SIGKILL');
  }
}

function analyzeText(kind: string | undefined, mb: number): string {
  const size = Math.round(mb * 1024 * 1024);
  if (kind === 'prose')
    return 'Police in Dover said on Tuesday that two men were arrested. '
      .repeat(Math.ceil(size / 60))
      .slice(0, size);
  return 'A'.repeat(size);
}

function timedAnalyze(
  url: string,
  text: string,
  maxSeconds: number,
): { result: Promise<{ status: number | string; ms: number }>; done: Promise<void> } {
  const start = performance.now();
  const result = request(`${url}/api/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, store: false }),
    signal: AbortSignal.timeout(maxSeconds * 1000),
    headersTimeout: maxSeconds * 1000,
    bodyTimeout: maxSeconds * 1000,
  }).then(
    async (response) => {
      await response.body.dump();
      return { status: response.statusCode, ms: performance.now() - start };
    },
    (error: unknown) => ({
      status: error instanceof Error ? error.name : 'error',
      ms: performance.now() - start,
    }),
  );
  return { result, done: result.then(() => undefined) };
}

/**
 * /api/health latencies, one request at a time every 50 ms, until `done` settles; a check unanswered when
 * the bench's time is up counts with the time it waited.
 */
async function healthWhile(url: string, done: Promise<void>, maxSeconds: number): Promise<number[]> {
  const timeUp = AbortSignal.timeout(maxSeconds * 1000);
  let finished = false;
  void done.then(() => (finished = true));
  const latencies: number[] = [];
  while (!finished && !timeUp.aborted) {
    const start = performance.now();
    try {
      const response = await request(`${url}/api/health`, {
        signal: timeUp,
        headersTimeout: maxSeconds * 1000,
      });
      await response.body.dump();
    } catch {
      // unanswered in time, refused or reset: the wait is still how long the server took
    }
    latencies.push(performance.now() - start);
    await sleep(HEALTH_EVERY_MS);
  }
  return latencies;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number): number => Math.round(n * 10) / 10;
