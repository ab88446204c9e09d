import { z } from 'zod';

/** The corpus events' shapes (src/store/corpus/read-types.ts), for the routes' responses and OpenAPI. */

const ActorSchema = z
  .object({
    name: z.string(),
    code: z.string().optional().describe('CAMEO actor code, e.g. RUSGOV'),
    country: z.string().optional().describe('CAMEO country code, e.g. RUS'),
  })
  .meta({ id: 'CorpusEventActor' });

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

const corpusEventFields = {
  id: z.number().int(),
  storyId: z.string(),
  type: z.string().describe('PLOVER event type'),
  cameo: z.string().describe('CAMEO root code'),
  code: z.string().optional().describe('full CAMEO event code'),
  negated: z.boolean(),
  source: ActorSchema.optional(),
  target: ActorSchema.optional(),
  from: z.string().optional().describe('first day reported (YYYY-MM-DD)'),
  to: z.string().optional().describe('last day reported'),
  place: z
    .object({ name: z.string(), country: z.string().optional(), lat: z.number(), lon: z.number() })
    .optional(),
  goldstein: z.number().optional(),
  quadClass: z.number().int().optional(),
  numMentions: z.number().int().describe('reports of it (article events)'),
  numArticles: z.number().int().describe('articles reporting it'),
  numSources: z.number().int().describe('independent sources: distinct outlets, a copy counting once'),
};

export const CorpusEventSchema = z.object(corpusEventFields).meta({ id: 'CorpusEvent' });

const MentionSchema = z
  .object({
    articleId: z.string(),
    articleTitle: z.string().optional(),
    articleSource: z.string().optional(),
    published: z.string().optional(),
    idx: z.number().int().describe("the event's index in its article"),
    outlet: z.string().describe('the independent source it counts as'),
    day: z.string().optional(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    cue: z.string(),
    sentence: SpanSchema.describe('the sentence reporting it'),
  })
  .meta({ id: 'CorpusEventMention' });

export const CorpusEventDetailSchema = z
  .object({ ...corpusEventFields, mentions: z.array(MentionSchema) })
  .meta({ id: 'CorpusEventDetail' });
