import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../../errors.js';
import { ISO_DATE_OR_DATETIME } from '../../service/index.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../../store/index.js';

/** Schemas shared by the routes: paging, filters, the error body and the list envelope. */

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
    }),
  })
  .meta({ id: 'Error', description: 'Every error: a code from the catalog (src/errors.ts) and a message' });

/** A filter given as a query parameter; empty (`?q=`) counts as not given. */
export const filterText = (description: string) =>
  z
    .string()
    .max(500)
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .describe(description);

export const isoDate = (description: string) =>
  ISO_DATE_OR_DATETIME.optional().describe(`${description}: ISO 8601 date or date-time with offset`);

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe('page size'),
  offset: z.coerce.number().int().min(0).default(0).describe('rows to skip'),
};

/** The envelope every list route answers with. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().describe('rows matching the filters, over all pages'),
    limit: z.number().int(),
    offset: z.number().int(),
  });

/** Error responses a route documents, by HTTP status, besides the catalog's 500. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries([...statuses, 500].map((status) => [status, ErrorSchema]));
