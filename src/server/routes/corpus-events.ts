import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getCorpusEventById, listPage } from '../../service/index.js';
import { listings } from '../../store/index.js';
import { errorResponses, filterText, isoDate, listOf, pageQuery } from '../schemas/common.js';
import { CorpusEventDetailSchema, CorpusEventSchema } from '../schemas/corpus-events.js';
import type { RouteContext } from './context.js';

/** Corpus events: one per real event across articles (GDELT's Events), each with its mentions. */
export const corpusEventRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { store }) => {
  app.get(
    '/events',
    {
      schema: {
        summary: 'Events across articles, one per real event, with how many independent sources report it',
        tags: ['events'],
        querystring: z.object({
          type: filterText('PLOVER event type, e.g. CONSULT'),
          actor: filterText('source or target: name or CAMEO actor code'),
          country: filterText("the place's country (US) or an actor's CAMEO country (RUS)"),
          story: filterText('events of this story (its id)'),
          from: isoDate('reported on or after this day'),
          to: isoDate('reported on or before this day'),
          ...pageQuery,
        }),
        response: { 200: listOf(CorpusEventSchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listPage(store, listings.corpusEvents, filter, { limit, offset });
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        summary: 'One event across articles with its mentions (article, sentence span)',
        tags: ['events'],
        params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
        response: { 200: CorpusEventDetailSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => getCorpusEventById(store, request.params.id),
  );
};
