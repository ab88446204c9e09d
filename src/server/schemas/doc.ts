import { z } from 'zod';
import type { Doc } from '../../doc/types.js';

/**
 * The Doc as JSON (src/doc/types.ts is the source of truth; README.md describes it). Objects are loose:
 * fields a stage adds later pass through to clients instead of being stripped, and the OpenAPI document
 * still names the fields every client relies on.
 */

const span = { start: z.number().int(), end: z.number().int() };
export const TextSpanSchema = z.object({ ...span, text: z.string() }).meta({ id: 'TextSpan' });
const item = { ...span, text: z.string(), rule: z.string() };

const MentionSchema = z.looseObject({ ...item, label: z.string(), entity: z.string(), sentence: z.number() });
const EntitySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  attributes: z.looseObject({}).optional(),
});
const TimexSchema = z.looseObject({ ...item, type: z.string(), value: z.string(), anchored: z.boolean() });
const QuoteSchema = z.looseObject({
  ...item,
  kind: z.enum(['direct', 'indirect']),
  speaker: z.string().optional().describe('entity id'),
  speakerSpan: TextSpanSchema.optional(),
  cue: TextSpanSchema.optional(),
  scare: z.boolean().optional(),
});
const PlaceSchema = z.looseObject({
  ...item,
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().optional(),
  geonameId: z.number().optional(),
  confidence: z.number(),
  entity: z.string().optional(),
  approximate: z.boolean().optional(),
});
const EventSchema = z.looseObject({
  ...item,
  type: z.string(),
  cameo: z.string(),
  source: z.string().optional().describe('entity id'),
  target: z.string().optional().describe('entity id'),
  place: z.number().int().optional().describe('index into places'),
  time: z.number().int().optional().describe('index into timexes'),
  cue: TextSpanSchema,
  negated: z.boolean(),
  hypothetical: z.boolean(),
});
const FindingSchema = z.looseObject({
  kind: z.string(),
  message: z.string(),
  spans: z.array(TextSpanSchema),
  rule: z.string(),
});

export const DocSchema = z
  .looseObject({
    id: z.string(),
    source: z.looseObject({ kind: z.string(), uri: z.string().optional(), site: z.string().optional() }),
    meta: z.looseObject({
      title: z.string().optional(),
      published: z.string().optional(),
      site: z.string().optional(),
    }),
    raw: z.string(),
    text: z.string().describe('every span is a UTF-16 offset into this text, end exclusive'),
    toRaw: z.looseObject({
      segments: z.array(z.object({ textStart: z.number(), rawStart: z.number(), length: z.number() })),
    }),
    removed: z.array(z.looseObject({ ...item, reason: z.string() }).describe('offsets into raw')),
    sentences: z.array(z.looseObject({ ...span, text: z.string(), index: z.number() })),
    tokens: z.array(z.looseObject({ ...span, text: z.string(), pos: z.string(), sentence: z.number() })),
    mentions: z.array(MentionSchema),
    entities: z.array(EntitySchema),
    timexes: z.array(TimexSchema),
    quotes: z.array(QuoteSchema),
    places: z.array(PlaceSchema),
    events: z.array(EventSchema),
    findings: z.array(FindingSchema),
    diagnostics: z.array(z.looseObject({ stage: z.string(), message: z.string() })),
  })
  .meta({ id: 'Doc', description: 'An analysed article (see src/doc/types.ts)' });

export type DocJson = z.output<typeof DocSchema>;

/**
 * A Doc typed as its JSON schema. The loose objects' inferred types carry an index signature that no TS
 * interface has, so the compiler cannot see that every Doc fits; the serializer checks it at run time.
 */
export const asDocJson = (doc: Doc): DocJson => doc as unknown as DocJson;
