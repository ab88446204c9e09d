import { z } from 'zod';
import { MAX_MENTION_LIMIT } from '../../store/index.js';
import { CoEntitySchema } from './corpus-views.js';
import { TextSpanSchema } from './doc.js';

/** Items of the list routes (the store's `queries.ts` types, as JSON). */

/** The article a layer item is from, named as lists show it. */
const articleNamed = {
  articleTitle: z.string().optional().describe("the article's title"),
  articleSource: z.string().optional().describe("the article's URL, else the file path it was ingested from"),
};

export const ArticleReferenceSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    source: z.string().optional().describe('its URL, else the file path it was ingested from'),
    published: z.string().optional(),
  })
  .meta({ id: 'ArticleReference' });

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    source: z.string().optional().describe('its URL, else the file path it was ingested from'),
    site: z.string().optional(),
    published: z.string().optional(),
    snippet: z
      .string()
      .optional()
      .describe(
        'with q: words around the best match, matched terms in [brackets]; else the start of the text',
      ),
    counts: z.object({
      entities: z.number().int(),
      quotes: z.number().int().describe('speech only: scare quotes are not counted'),
      places: z.number().int(),
      events: z.number().int(),
      findings: z.number().int(),
    }),
  })
  .meta({ id: 'ArticleSummary' });

export const EntitySummarySchema = z
  .object({
    name: z.string(),
    type: z.string().describe('the type most articles give this name'),
    articles: z.number().int(),
    mentions: z.number().int(),
  })
  .meta({ id: 'EntitySummary' });

export const EntityDetailSchema = z
  .object({
    name: z.string(),
    type: z.string(),
    articles: z.array(ArticleReferenceSchema),
    mentions: z
      .array(
        z.object({
          articleId: z.string(),
          start: z.number().int(),
          end: z.number().int(),
          text: z.string(),
          sentence: z.string().describe('the text of the sentence the mention is in'),
        }),
      )
      .describe(
        `newest article first, then in text order; capped at ?mentions= (default 100, at most ${MAX_MENTION_LIMIT})`,
      ),
    mentionsTotal: z.number().int().describe('all mentions, more than mentions.length when capped'),
    aliases: z.array(z.string()).describe('other names its articles used for it, most used first'),
    roles: z.array(z.string()).describe('roles its articles gave it, most used first'),
    kb: z
      .object({
        id: z.string().describe('knowledge-base id'),
        name: z.string(),
        codes: z.array(z.string()).describe('CAMEO actor codes, most used first'),
      })
      .optional()
      .describe('the knowledge-base identity most of its newest articles linked it to'),
    coOccurring: z.array(CoEntitySchema).describe('entities in the same articles, most shared first (20)'),
  })
  .meta({ id: 'EntityDetail' });

export const EventItemSchema = z
  .object({
    articleId: z.string(),
    ...articleNamed,
    published: z.string().optional().describe("the article's publication date (for events without a time)"),
    type: z.string().describe('PLOVER event type'),
    mode: z.string().optional(),
    cameo: z.string().describe('CAMEO root code'),
    source: z.string().optional().describe('entity name'),
    target: z.string().optional().describe('entity name'),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    cue: z.string().describe('the cue word or phrase'),
    time: z.string().optional().describe('TimeML value of the time expression'),
    place: z.string().optional().describe('place name'),
    lat: z.number().optional().describe("the place's latitude (WGS84)"),
    lon: z.number().optional().describe("the place's longitude (WGS84)"),
    negated: z.boolean(),
    hypothetical: z.boolean(),
  })
  .meta({ id: 'EventItem' });

export const QuoteItemSchema = z
  .object({
    articleId: z.string(),
    ...articleNamed,
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    kind: z.enum(['direct', 'indirect']),
    speaker: z.string().optional().describe('canonical name of the speaker'),
  })
  .meta({ id: 'QuoteItem' });

export const FindingItemSchema = z
  .object({
    articleId: z.string(),
    ...articleNamed,
    kind: z.string(),
    message: z.string(),
    spans: z.array(TextSpanSchema),
  })
  .meta({ id: 'FindingItem' });

export const StorySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    articles: z.array(z.string()).describe('member article ids, newest first'),
    members: z
      .array(ArticleReferenceSchema)
      .describe('the member articles by title and source, newest first'),
    from: z.string().optional(),
    to: z.string().optional(),
  })
  .meta({ id: 'Story' });
