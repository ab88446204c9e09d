#!/usr/bin/env node
// The `newsgraph` bin (package.json points at its bundle, dist/cli/main.js: scripts/bundle-cli.ts). Everything
// else is in run.ts.
import { ignoreBrokenPipe } from './output.js';
import { runCli } from './run.js';

ignoreBrokenPipe();
process.exitCode = await runCli();
