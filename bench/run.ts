/**
 * Benchmark dispatcher: `npm run bench -- <task> [args…]` runs `bench/<task>.ts`, whose exported
 * `run(args)` prints a table and, as its last line, one JSON object with the task's figures.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  run(args: string[]): Promise<void> | void;
}

const here = dirname(fileURLToPath(import.meta.url));
const TASK_NAME = /^[a-z0-9-]+$/;

function tasks(): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
    .map((f) => f.slice(0, -3))
    .sort();
}

const [task, ...args] = process.argv.slice(2);
if (!task || !TASK_NAME.test(task) || !existsSync(join(here, task + '.ts'))) {
  console.error(`usage: npm run bench -- <task> [args…]\ntasks: ${tasks().join(', ')}`);
  process.exit(2);
}
const bench = (await import(pathToFileURL(join(here, task + '.ts')).href)) as BenchModule;
await bench.run(args);
