import { CommanderError } from 'commander';
import { ERRORS } from '../errors.js';
import { reportError } from './errors.js';
import { buildProgram } from './program.js';

/**
 * Runs the command line and returns the exit code. Known errors print one line naming the input and give
 * the catalog's code (src/errors.ts); usage errors give 64; bugs print one line and a hint, and give 70.
 */
export async function runCli(argv: readonly string[] = process.argv): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    // Commander has already printed its own message (usage error) or the help/version text.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : ERRORS.BAD_ARGUMENT.exit;
    return reportError(error);
  }
}
