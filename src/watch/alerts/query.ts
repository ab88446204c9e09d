import { z } from 'zod';

const field = (what: string) => z.string().trim().min(1).max(500).optional().describe(what);

/** An alert's query as the CLI and the API take it: at least one field; every field given must match. */
export const AlertQuerySchema = z
  .object({
    text: field('full text over title and text (the same syntax as search)'),
    entity: field("an entity's canonical name (case-insensitive) or KB id (VLADIMIR_PUTIN, country:RU)"),
    eventType: field('an event type (meet, protest) or CAMEO code'),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'an ISO 3166 alpha-2 code')
      .transform((code) => code.toUpperCase())
      .optional()
      .describe('ISO 3166 alpha-2: a place in it or an entity of that nationality'),
    speaker: field("a quoted speaker's canonical name or KB id"),
    findingKind: field('a finding kind (contradiction, hedged-claim, …)'),
  })
  .strict()
  .refine((query) => Object.values(query).some((value) => value !== undefined), {
    message: 'give at least one of text, entity, eventType, country, speaker, findingKind',
  });

/** Where a match goes: exactly one of a JSONL file to append to or an http(s) webhook to POST to. */
export const AlertTargetSchema = z.union([
  z
    .object({ jsonl: z.string().min(1).max(4096).describe('a JSONL file each match is appended to') })
    .strict(),
  z
    .object({
      webhook: z
        .url({ protocol: /^https?$/ })
        .max(4096)
        .describe('a URL each match is POSTed to as JSON (public addresses only unless allowed)'),
    })
    .strict(),
]);

export const NewAlertSchema = z
  .object({
    name: z.string().trim().min(1).max(100).describe('a name to list and remove it by'),
    query: AlertQuerySchema,
    target: AlertTargetSchema,
  })
  .strict();
