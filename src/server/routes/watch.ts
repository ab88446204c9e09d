import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NewsgraphError } from '../../errors.js';
import { AlertQuerySchema, NewAlertSchema } from '../../watch/index.js';
import { errorResponses, textParameter } from '../schemas/common.js';
import type { RouteContext } from './context.js';

const FeedHealthSchema = z
  .object({
    url: z.string(),
    everySeconds: z.number().int(),
    lastPolledAt: z.string().optional(),
    lastSuccessAt: z.string().optional(),
    lastErrorAt: z.string().optional(),
    lastError: z.string().optional().describe("the last poll's error; absent when it succeeded"),
    errorStreak: z.number().int().describe('failed polls in a row'),
    nextPollAt: z.string().optional(),
    polls: z.number().int(),
    notModified: z.number().int().describe('polls answered 304 Not Modified'),
    itemsSeen: z.number().int(),
    itemsStored: z.number().int(),
    itemsDuplicate: z.number().int(),
    itemsFailed: z.number().int(),
    itemsDisallowed: z.number().int().describe('items robots.txt forbids: never fetched'),
    itemsOpen: z.number().int().describe('being fetched, or waiting for a retry'),
  })
  .meta({ id: 'FeedHealth' });

/** The query as stored (the request's schema normalises and checks; a response is only described). */
const StoredQuery = z.object(
  Object.fromEntries(
    Object.keys(AlertQuerySchema.shape).map((key) => [key, z.string().optional()]),
  ) as Record<keyof typeof AlertQuerySchema.shape, z.ZodOptional<z.ZodString>>,
);

const AlertSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    query: StoredQuery,
    target: z.union([z.object({ jsonl: z.string() }), z.object({ webhook: z.string() })]),
    createdAt: z.string(),
  })
  .meta({ id: 'Alert' });

/**
 * A JSONL target given over HTTP must be an absolute `.jsonl` path, so a request cannot make the server
 * append to any file it can write.
 */
const ApiNewAlert = NewAlertSchema.refine(
  (alert) => !('jsonl' in alert.target) || /^\/.*\.jsonl$/.test(alert.target.jsonl),
  { message: 'a jsonl target must be an absolute path ending in .jsonl' },
);

/** Feed health (what `newsgraph feeds` lists) and saved alerts (`newsgraph alerts`). */
export const watchRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get(
    '/feeds',
    {
      schema: {
        summary: "Each watched feed's health: last success, last error, items seen and stored",
        tags: ['watch'],
        response: { 200: z.object({ items: z.array(FeedHealthSchema) }) },
      },
    },
    async () => ({ items: await ctx.store.watch().feedHealth() }),
  );

  app.get(
    '/alerts',
    {
      schema: {
        summary: 'Saved alerts, run on every article watch stores',
        tags: ['watch'],
        response: { 200: z.object({ items: z.array(AlertSchema) }) },
      },
    },
    async () => ({ items: await ctx.store.watch().listAlerts() }),
  );

  app.post(
    '/alerts',
    {
      schema: {
        summary: 'Save an alert (needs the write token off loopback)',
        tags: ['watch'],
        body: ApiNewAlert,
        response: { 201: AlertSchema, ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      ctx.authorizeWrite?.(request);
      const alert = await ctx.store.watch().addAlert(request.body, new Date().toISOString());
      return reply.code(201).send(alert);
    },
  );

  app.delete(
    '/alerts/:id',
    {
      schema: {
        summary: 'Remove an alert by id or name (needs the write token off loopback)',
        tags: ['watch'],
        params: z.object({ id: textParameter(100).min(1) }),
        response: { 204: z.null().describe('removed'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      ctx.authorizeWrite?.(request);
      if (!(await ctx.store.watch().removeAlert(request.params.id)))
        throw new NewsgraphError('NOT_FOUND', `alert ${request.params.id}`);
      return reply.code(204).send(null);
    },
  );
};
