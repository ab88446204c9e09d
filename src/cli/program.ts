import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../util/paths.js';
import { alertsCommand } from './commands/alerts.js';
import { analyzeCommand } from './commands/analyze.js';
import { errorsCommand } from './commands/errors.js';
import { exportCommand } from './commands/export.js';
import { feedsCommand } from './commands/feeds.js';
import { ingestCommand } from './commands/ingest.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { storiesCommand } from './commands/stories.js';
import { watchCommand } from './commands/watch.js';

/** The `newsgraph` command with its subcommands; errors are thrown to `main`, not printed by commander. */
export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('reads news articles and records who did or said what, to whom, where and when')
    .version(packageVersion());
  for (const command of [
    analyzeCommand(),
    ingestCommand(),
    errorsCommand(),
    searchCommand(),
    showCommand(),
    serveCommand(),
    exportCommand(),
    storiesCommand(),
    watchCommand(),
    feedsCommand(),
    alertsCommand(),
  ]) {
    program.addCommand(command);
  }
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
