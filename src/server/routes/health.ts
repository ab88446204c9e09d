import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../schemas/common.js';
import type { RouteContext } from './context.js';

export const healthRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { store }) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'The server is up and its store answers',
        tags: ['health'],
        response: {
          200: z.object({ ok: z.literal(true), articles: z.number().int() }),
          ...errorResponses(),
        },
      },
    },
    async () => ({ ok: true as const, articles: await store.count() }),
  );
};
