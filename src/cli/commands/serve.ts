import { Command, InvalidArgumentError, Option } from 'commander';
import { checkExposure, DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/index.js';
import { openStore } from '../../store/index.js';
import { dbOption, deadlineOption, megabytes } from '../options.js';

interface ServeFlags {
  db: string;
  port: number;
  host: string;
  maxBody: number;
  deadline: number;
  log?: boolean;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'serve the HTTP API (/api, OpenAPI UI at /api/docs) and the dashboard; beyond loopback, writes ' +
        'need Authorization: Bearer $NEWSGRAPH_TOKEN and the server refuses to start without it',
    )
    .addOption(dbOption())
    .addOption(
      new Option('--port <n>', 'port to listen on (0: any free port)').default(DEFAULT_PORT).argParser(port),
    )
    .addOption(new Option('--host <address>', 'address to listen on').default(DEFAULT_HOST))
    .addOption(
      new Option('--max-body <MB>', 'largest request body accepted, in megabytes')
        .default(2)
        .argParser(positive),
    )
    .addOption(deadlineOption())
    .option('--log', 'log every request (JSON lines on stdout)')
    .action(async (flags: ServeFlags) => {
      // Before opening the store: a refused start must not leave a new, empty database behind.
      const token = checkExposure(flags.host, process.env.NEWSGRAPH_TOKEN);
      const store = openStore(flags.db);
      try {
        const server = await startServer({
          store,
          host: flags.host,
          port: flags.port,
          maxBodyBytes: megabytes(flags.maxBody),
          deadlineSeconds: flags.deadline,
          logger: flags.log ?? false,
          ...(token ? { token } : {}),
        });
        process.stderr.write(
          `newsgraph: serving ${flags.db} at ${server.url} (API docs: ${server.url}/api/docs)\n`,
        );
        await untilStopped();
        await server.close();
      } finally {
        await store.close();
      }
    });
}

/** Resolves on Ctrl-C or SIGTERM, so the server closes its connections and the store its file. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('expected a port from 0 to 65535.');
  return n;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number.');
  return n;
}
