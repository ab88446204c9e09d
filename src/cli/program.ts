import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../util/paths.js';

/**
 * Each subcommand's module, loaded only when needed: `analyze` should not pay for the HTTP server, the
 * PostgreSQL driver and the feed readers (about a second of module loading on this project's machine).
 * The order is the order of `newsgraph --help`.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand(),
  ingest: async () => (await import('./commands/ingest.js')).ingestCommand(),
  errors: async () => (await import('./commands/errors.js')).errorsCommand(),
  search: async () => (await import('./commands/search.js')).searchCommand(),
  show: async () => (await import('./commands/show.js')).showCommand(),
  serve: async () => (await import('./commands/serve.js')).serveCommand(),
  export: async () => (await import('./commands/export.js')).exportCommand(),
  stories: async () => (await import('./commands/stories.js')).storiesCommand(),
  worker: async () => (await import('./commands/worker.js')).workerCommand(),
  enqueue: async () => (await import('./commands/enqueue.js')).enqueueCommand(),
  corrections: async () => (await import('./commands/corrections.js')).correctionsCommand(),
  watch: async () => (await import('./commands/watch.js')).watchCommand(),
  feeds: async () => (await import('./commands/feeds.js')).feedsCommand(),
  alerts: async () => (await import('./commands/alerts.js')).alertsCommand(),
  events: async () => (await import('./commands/events.js')).eventsCommand(),
};

/**
 * The `newsgraph` command with its subcommands; errors are thrown to `main`, not printed by commander.
 * Given the command line, only the subcommand it names is loaded (all of them for help, the version or a
 * name that is no command, so commander's messages stay complete).
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command('newsgraph')
    .description('reads news articles and records who did or said what, to whom, where and when')
    .version(packageVersion());
  const named = argv?.[2];
  const load =
    named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]!] : Object.values(COMMANDS);
  for (const command of await Promise.all(load.map((loader) => loader()))) program.addCommand(command);
  exitOverrideEverywhere(program);
  return program;
}

/** Commander exits the process by itself unless told otherwise, on every (sub)command. */
function exitOverrideEverywhere(command: Command): void {
  command.exitOverride();
  for (const sub of command.commands) exitOverrideEverywhere(sub);
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
