/** `npm run bench -- fuzz [args…]`: the fuzz harness (bench/fuzz/main.ts, also `npm run fuzz`) as a bench task. */
import { fuzzCommand } from './fuzz/main.js';

export async function run(args: string[]): Promise<void> {
  process.exitCode = await fuzzCommand(args);
}
