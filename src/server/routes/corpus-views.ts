import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listPage } from '../../service/index.js';
import { listings, DEFAULT_NETWORK_NODES, MAX_NETWORK_NODES } from '../../store/index.js';
import { errorResponses, listOf, pageQuery } from '../schemas/common.js';
import { NetworkSchema, PlaceSchema } from '../schemas/corpus-views.js';
import { corpusViewFilters } from '../schemas/filters.js';
import type { RouteContext } from './context.js';

/** How many entities the network shows: a query parameter of the network and its export. */
export const nodesQuery = {
  nodes: z.coerce
    .number()
    .int()
    .min(2)
    .max(MAX_NETWORK_NODES)
    .default(DEFAULT_NETWORK_NODES)
    .describe('the entities in most articles, at most this many'),
};

/** What the corpus map and network draw: places and entities over all stored articles (or a filter). */
export const corpusViewRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { store }) => {
  app.get(
    '/places',
    {
      schema: {
        summary: 'Place names across the articles, in most articles first (the map)',
        tags: ['layers'],
        querystring: z.object({ ...corpusViewFilters, ...pageQuery }),
        response: { 200: listOf(PlaceSchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listPage(store, listings.places, filter, { limit, offset });
    },
  );

  app.get(
    '/network',
    {
      schema: {
        summary: 'The entity network: entities in most articles, linked by shared articles and events',
        tags: ['layers'],
        querystring: z.object({ ...corpusViewFilters, ...nodesQuery }),
        response: { 200: NetworkSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const { nodes, ...filter } = request.query;
      return store.getNetwork(filter, nodes);
    },
  );
};
