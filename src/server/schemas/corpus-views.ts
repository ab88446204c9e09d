import { z } from 'zod';

/** The corpus map's places and the corpus network, as the API answers them. */

export const PlaceSchema = z
  .object({
    name: z.string().describe('the place name (places are grouped by it, ignoring case)'),
    country: z.string().optional().describe('ISO 3166-1 alpha-2'),
    lat: z.number().describe('where most of its mentions resolved to (WGS84)'),
    lon: z.number(),
    mentions: z.number().int(),
    articles: z.number().int().describe('articles naming it: what /api/articles?place=NAME lists'),
  })
  .meta({ id: 'Place' });

export const NetworkSchema = z
  .object({
    nodes: z.array(
      z.object({
        id: z.string().describe('type:name in lower case'),
        name: z.string(),
        type: z.string(),
        articles: z.number().int(),
        mentions: z.number().int(),
      }),
    ),
    links: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        weight: z.number().int().describe('shared articles plus events between them'),
        kinds: z
          .array(z.enum(['article', 'event']))
          .describe('article: named in the same article; event: source and target of an event'),
      }),
    ),
  })
  .meta({ id: 'Network' });

export const CoEntitySchema = z
  .object({ name: z.string(), type: z.string(), articles: z.number().int().describe('shared articles') })
  .meta({ id: 'CoEntity' });
