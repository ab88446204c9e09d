/**
 * The fuzzer's analysis child: reads each file it is sent with the library's `analyzePath` (decoding and
 * pipeline, as `newsgraph analyze` does) and answers with the outcome, the time and the peak RSS so far.
 * A hang is the parent's to detect: it kills this process at the deadline and starts another.
 */
import { NewsgraphError } from '../../src/errors.js';
import { analyzePath, loadAnalyzer } from '../../src/service/index.js';

export interface AnalyzeRequest {
  path: string;
}
export interface AnalyzeReply {
  outcome: 'ok' | 'refused' | 'crash';
  /** The catalog's exit code for a refusal, 70 for anything else thrown. */
  exit: number;
  ms: number;
  peakRssMb: number;
  message?: string;
}

const send = (reply: AnalyzeReply): void => void process.send?.(reply);

process.on('message', (request: AnalyzeRequest) => {
  const start = performance.now();
  const finish = (outcome: AnalyzeReply['outcome'], exit: number, message?: string): void =>
    send({
      outcome,
      exit,
      ms: performance.now() - start,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      ...(message ? { message } : {}),
    });
  analyzePath(request.path, { published: '2016-09-12' }).then(
    () => finish('ok', 0),
    (error: unknown) => {
      if (error instanceof NewsgraphError && error.code !== 'INTERNAL')
        finish('refused', error.exitCode, error.message);
      else finish('crash', 70, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    },
  );
});
// Models load before the first case is timed: a case's time is its own, not the loading's.
const analyze = await loadAnalyzer();
analyze({ kind: 'text', content: 'Police in Dover said on Tuesday that two men were arrested.' });
send({ outcome: 'ok', exit: 0, ms: 0, peakRssMb: process.resourceUsage().maxRSS / 1024, message: 'ready' });
