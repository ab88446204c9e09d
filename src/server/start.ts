import type { FastifyInstance } from 'fastify';
import { buildServer } from './app.js';
import { DEFAULT_HOST, DEFAULT_PORT, type ServerOptions } from './options.js';

export interface RunningServer {
  app: FastifyInstance;
  /** The address it listens on, e.g. `http://127.0.0.1:8080` (port 0 picks a free port). */
  url: string;
  close: () => Promise<void>;
}

/** Builds the server and listens on `host:port`. Closing it does not close the store (its owner does). */
export async function startServer(options: ServerOptions & { port?: number }): Promise<RunningServer> {
  const app = await buildServer(options);
  const host = options.host ?? DEFAULT_HOST;
  try {
    await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? DEFAULT_PORT);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { app, url: `http://${shownHost}:${port}`, close: () => app.close() };
}
