import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reportCorrection } from '../../service/index.js';
import { listings } from '../../store/index.js';
import { errorResponses, filterText, listOf, pageQuery, textParameter } from '../schemas/common.js';
import type { RouteContext } from './context.js';

const CorrectionSchema = z
  .object({
    id: z.number().int(),
    articleId: z.string(),
    kind: z.string().describe('the annotation kind: quote, entity, place, event, time, finding…'),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string().describe('the annotated text, from the article'),
    label: z.string().optional().describe('what the annotation said (label, speaker, place)'),
    note: z.string().describe('what is wrong'),
    createdAt: z.string(),
  })
  .meta({ id: 'Correction' });

const CorrectionBody = z
  .object({
    articleId: textParameter(200).min(1),
    kind: textParameter(40).min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    label: textParameter(500).optional(),
    note: textParameter(4000).min(1).describe('what is wrong, in your words'),
  })
  .strict();

/** Mistakes analysts report on annotations ("report a mistake"), kept so fixes can become test cases. */
export const correctionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/corrections',
    {
      schema: {
        summary: 'Report a mistake in an annotation: stores a correction',
        description:
          'When the server listens beyond loopback, this needs Authorization: Bearer $NEWSGRAPH_TOKEN. ' +
          'Listed by `newsgraph corrections`.',
        tags: ['corrections'],
        body: CorrectionBody,
        security: [{ bearer: [] }],
        response: { 201: CorrectionSchema, ...errorResponses(400, 401, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      ctx.authorizeWrite?.(request);
      const stored = await reportCorrection(ctx.store, request.body);
      return reply.status(201).send(stored);
    },
  );

  app.get(
    '/corrections',
    {
      schema: {
        summary: 'Corrections reported so far, oldest first',
        tags: ['corrections'],
        querystring: z.object({ article: filterText('one article id'), ...pageQuery }),
        response: { 200: listOf(CorrectionSchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, article } = request.query;
      const page = await ctx.store.query(listings.corrections, article ? { articleId: article } : {}, {
        limit,
        offset,
      });
      return { ...page, limit, offset };
    },
  );
};
