import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  articlesExport,
  eventsExport,
  exportList,
  networkFile,
  placesExport,
  quotesExport,
  type ListExportFormat,
} from '../../service/index.js';
import { errorResponses } from '../schemas/common.js';
import { articleFilters, corpusViewFilters, eventFilters, quoteFilters } from '../schemas/filters.js';
import type { RouteContext } from './context.js';
import { nodesQuery } from './corpus-views.js';

const MEDIA_TYPES: Record<ListExportFormat | 'graphml' | 'gexf', string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
};

const listFormat = (formats: [ListExportFormat, ...ListExportFormat[]]) =>
  z
    .enum(formats)
    .default('csv')
    .describe(
      'csv: a header row then one row per item; json: an array of the items as the list gives them; ' +
        'geojson: a FeatureCollection, one Point feature per item (null geometry when it has no place)',
    );

const DESCRIPTION =
  'Every row the same filters select in the list route (all pages), streamed as it is read, as a download.';

function download(reply: FastifyReply, name: string, format: keyof typeof MEDIA_TYPES): FastifyReply {
  return reply
    .type(MEDIA_TYPES[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`);
}

/** Downloads of what the dashboard shows: the filtered lists and the network, in files other tools read. */
export const exportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { store }) => {
  const lists = [
    ['event-mentions', eventFilters, ['csv', 'json', 'geojson'], (f: object) => eventsExport(store, f)],
    ['articles', articleFilters, ['csv', 'json'], (f: object) => articlesExport(store, f)],
    ['quotes', quoteFilters, ['csv', 'json'], (f: object) => quotesExport(store, f)],
    ['places', corpusViewFilters, ['csv', 'json', 'geojson'], (f: object) => placesExport(store, f)],
  ] as const;
  for (const [name, filters, formats, kind] of lists) {
    app.get(
      `/export/${name}`,
      {
        schema: {
          summary: `Export the filtered ${name} (the /api/${name} filters)`,
          description: DESCRIPTION,
          tags: ['export'],
          querystring: z.object({ ...filters, format: listFormat([...formats]) }),
          response: errorResponses(400),
        },
      },
      async (request, reply) => {
        const { format, ...filter } = request.query as { format: ListExportFormat };
        const chunks = exportList(kind(filter) as Parameters<typeof exportList>[0], format);
        return download(reply, name, format).send(Readable.from(chunks));
      },
    );
  }

  app.get(
    '/export/network',
    {
      schema: {
        summary: 'Export the entity network (the /api/network filters) as GraphML, GEXF or JSON',
        tags: ['export'],
        querystring: z.object({
          ...corpusViewFilters,
          ...nodesQuery,
          format: z.enum(['graphml', 'gexf', 'json']).default('graphml'),
        }),
        response: errorResponses(400),
      },
    },
    async (request, reply) => {
      const { format, nodes, ...filter } = request.query;
      const file = networkFile(await store.getNetwork(filter, nodes), format);
      return download(reply, 'network', format).send(file);
    },
  );
};
