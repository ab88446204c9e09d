import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getStory, listPage } from '../../service/index.js';
import { listings } from '../../store/index.js';
import {
  errorResponses,
  filterText,
  listOf,
  pageQuery,
  scopeQuery,
  textParameter,
} from '../schemas/common.js';
import { eventFilters, quoteFilters } from '../schemas/filters.js';
import { EventItemSchema, FindingItemSchema, QuoteItemSchema, StorySchema } from '../schemas/listings.js';
import type { RouteContext } from './context.js';

/**
 * The corpus-wide lists of one layer each: event mentions (every article's events; `/events` lists them
 * merged into one per real event), quotes, findings, stories. Newest article first.
 */
export const layerRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { store }) => {
  app.get(
    '/event-mentions',
    {
      schema: {
        summary: 'Event mentions (each article event), newest article first, in text order',
        tags: ['layers'],
        querystring: z.object({ ...eventFilters, ...pageQuery }),
        response: { 200: listOf(EventItemSchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listPage(store, listings.events, filter, { limit, offset });
    },
  );

  app.get(
    '/quotes',
    {
      schema: {
        summary: 'Quotations (direct and indirect speech; scare quotes left out)',
        tags: ['layers'],
        querystring: z.object({ ...quoteFilters, ...pageQuery }),
        response: { 200: listOf(QuoteItemSchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listPage(store, listings.quotes, filter, { limit, offset });
    },
  );

  app.get(
    '/findings',
    {
      schema: {
        summary: 'Findings of the checks, contradictions and time arithmetic first, estimates last',
        tags: ['layers'],
        querystring: z.object({
          kind: filterText('finding kind: contradiction, time-arithmetic, number, estimate'),
          ...scopeQuery,
          ...pageQuery,
        }),
        response: { 200: listOf(FindingItemSchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listPage(store, listings.findings, filter, { limit, offset });
    },
  );

  app.get(
    '/stories',
    {
      schema: {
        summary: 'Stories (clusters of articles), largest first, with their articles by title and source',
        tags: ['layers'],
        querystring: z.object({
          entity: filterText('stories with an article naming an entity of this canonical name'),
          ...pageQuery,
        }),
        response: { 200: listOf(StorySchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listPage(store, listings.stories, filter, { limit, offset });
    },
  );

  app.get(
    '/stories/:id',
    {
      schema: {
        summary: 'One story by id, with its articles by title and source',
        tags: ['layers'],
        params: z.object({ id: textParameter(200).min(1) }),
        response: { 200: StorySchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => getStory(store, request.params.id),
  );
};
