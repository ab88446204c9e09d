import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getEntityByName, listPage } from '../../service/index.js';
import { listings, DEFAULT_MENTION_LIMIT, MAX_MENTION_LIMIT } from '../../store/index.js';
import { errorResponses, filterText, textParameter, listOf, pageQuery } from '../schemas/common.js';
import { EntityDetailSchema, EntitySummarySchema } from '../schemas/listings.js';
import type { RouteContext } from './context.js';

export const entityRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { store }) => {
  app.get(
    '/entities',
    {
      schema: {
        summary: 'Entities across articles, by canonical name; in most articles first',
        tags: ['entities'],
        querystring: z.object({
          q: filterText('part of the name (case-insensitive)'),
          type: filterText('entity type: PERSON, ORG, GPE, LOC, FAC, NORP, PRODUCT, WEAPON, EVENT, MISC'),
          ...pageQuery,
        }),
        response: { 200: listOf(EntitySummarySchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, q, type } = request.query;
      return listPage(store, listings.entities, { q, type: type?.toUpperCase() }, { limit, offset });
    },
  );

  app.get(
    '/entities/:name',
    {
      schema: {
        summary: 'One entity by canonical name: its articles and (capped) mentions',
        tags: ['entities'],
        params: z.object({ name: textParameter(500).min(1) }),
        querystring: z.object({
          mentions: z.coerce
            .number()
            .int()
            .min(1)
            .max(MAX_MENTION_LIMIT)
            .default(DEFAULT_MENTION_LIMIT)
            .describe('at most this many mentions'),
        }),
        response: { 200: EntityDetailSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => getEntityByName(store, request.params.name, { mentionLimit: request.query.mentions }),
  );
};
