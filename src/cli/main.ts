#!/usr/bin/env node
// The `newsgraph` bin (package.json points at its bundle, dist/cli/main.js: scripts/bundle-cli.ts). Everything
// else is in run.ts, loaded only after `analyze` has started its worker (prestart.ts).
import { prestartAnalysis } from './prestart.js';

prestartAnalysis();
const { ignoreBrokenPipe } = await import('./output.js');
const { runCli } = await import('./run.js');
ignoreBrokenPipe();
process.exitCode = await runCli();
