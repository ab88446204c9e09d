import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getArticle, listPage } from '../../service/index.js';
import { listings } from '../../store/index.js';
import { errorResponses, textParameter, listOf, pageQuery } from '../schemas/common.js';
import { articleFilters } from '../schemas/filters.js';
import { asDocJson, DocSchema } from '../schemas/doc.js';
import { ArticleSummarySchema } from '../schemas/listings.js';
import type { RouteContext } from './context.js';

const ArticlesQuery = z.object({ ...articleFilters, ...pageQuery });

export const articleRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { store }) => {
  app.get(
    '/articles',
    {
      schema: {
        summary: 'Stored articles, newest first (best match first with q)',
        tags: ['articles'],
        querystring: ArticlesQuery,
        response: { 200: listOf(ArticleSummarySchema), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return listPage(store, listings.articles, filter, { limit, offset });
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        summary: 'One stored article: the whole Doc',
        tags: ['articles'],
        params: z.object({ id: textParameter(200).min(1) }),
        response: { 200: DocSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => asDocJson(await getArticle(store, request.params.id)),
  );
};
