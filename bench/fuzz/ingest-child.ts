/**
 * Runs the real CLI (`newsgraph ingest …`, src/cli/main.ts) in this process and, on exit, prints its peak
 * RSS on stderr for the fuzzer, which cannot read a child's resource usage otherwise.
 * Usage: node --import tsx bench/fuzz/ingest-child.ts <cli args…>
 */
import { writeSync } from 'node:fs';

const RSS_MARK = 'FUZZ_PEAK_RSS_KB';

process.on('exit', () => writeSync(2, `\n${RSS_MARK} ${process.resourceUsage().maxRSS}\n`));
process.argv = [process.argv[0]!, 'newsgraph', ...process.argv.slice(2)];
await import('../../src/cli/main.js');
