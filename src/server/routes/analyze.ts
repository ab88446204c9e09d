import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { analyzeAndStore, analyzeContent, ISO_DATE_OR_DATETIME } from '../../service/index.js';
import { errorResponses } from '../schemas/common.js';
import { asDocJson, DocSchema } from '../schemas/doc.js';
import type { RouteContext } from './context.js';

const AnalyzeBody = z
  .object({
    text: z.string().optional().describe('the article as plain text'),
    html: z.string().optional().describe('the article page as HTML'),
    url: z.url().optional().describe('where the article is from (never fetched): its source URI and id'),
    published: ISO_DATE_OR_DATETIME.optional().describe('publication date; wins over what the page says'),
    homeRegion: z
      .string()
      .optional()
      .describe('where the publication is based, a prior for place names: US, US/Louisiana or US/LA'),
    eventDictionaries: z
      .object({
        actors: z.string().optional().describe('a PETRARCH actor dictionary (text of a *.actors.txt file)'),
        agents: z.string().optional().describe('a PETRARCH agent dictionary (text of a *.agents.txt file)'),
        kbRows: z.string().optional().describe('knowledge-base rows as TSV: id, type, name, aliases, codes'),
        mode: z
          .enum(['add', 'replace'])
          .default('add')
          .describe('on top of the shipped dictionaries, or instead'),
      })
      .strict()
      .optional()
      .describe('your own event dictionaries and KB rows for this analysis (same formats as the CLI)'),
    store: z.boolean().default(false).describe('also store it (needs the write token off loopback)'),
  })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.html === undefined), {
    message: 'give exactly one of text or html (newsgraph never fetches a url)',
  });

export const analyzeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.post(
    '/analyze',
    {
      schema: {
        summary: 'Analyse one article; with store: true also store it',
        description:
          'Answers the Doc. The header X-Newsgraph-Stored says `inserted` or `duplicate` when stored. ' +
          'When the server listens beyond loopback, store: true needs Authorization: Bearer $NEWSGRAPH_TOKEN.',
        tags: ['analyze'],
        body: AnalyzeBody,
        security: [{ bearer: [] }],
        response: { 200: DocSchema, ...errorResponses(400, 401, 413, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const { store, eventDictionaries, ...content } = request.body;
      const options = eventDictionaries
        ? {
            ...ctx.analyze,
            dictionaries: { inline: inlineOf(eventDictionaries), mode: eventDictionaries.mode },
          }
        : ctx.analyze;
      if (!store) return asDocJson(await analyzeContent(content, options));
      ctx.authorizeWrite?.(request);
      const { doc, inserted } = await analyzeAndStore(ctx.store, content, options);
      void reply.header('X-Newsgraph-Stored', inserted ? 'inserted' : 'duplicate');
      return asDocJson(doc);
    },
  );
};

/** The dictionary texts given, without the absent ones (the options type has no `undefined` members). */
function inlineOf(d: {
  actors?: string | undefined;
  agents?: string | undefined;
  kbRows?: string | undefined;
}) {
  return {
    ...(d.actors !== undefined ? { actors: d.actors } : {}),
    ...(d.agents !== undefined ? { agents: d.agents } : {}),
    ...(d.kbRows !== undefined ? { kbRows: d.kbRows } : {}),
  };
}
