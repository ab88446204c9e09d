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

/** C0 control characters other than tab and line breaks (NUL among them), and DEL. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** A text parameter (query or path): bounded, and refused when it holds a control character. */
export const textParameter = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !hasControlCharacter(value), 'must not contain control characters (such as NUL)');

/** A filter given as a query parameter; empty (`?q=`) counts as not given. */
export const filterText = (description: string) =>
  textParameter(500)
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .describe(description);

export const isoDate = (description: string) =>
  ISO_DATE_OR_DATETIME.optional().describe(`${description}: ISO 8601 date or date-time with offset`);

/** The filters every layer list shares: the article's site and story, and a date range. */
export const scopeQuery = {
  site: filterText("the article's site name, exactly (case-insensitive)"),
  story: filterText('articles of this story (its id, e.g. s12)'),
  from: isoDate('published on or after'),
  to: isoDate('published on or before (a bare date includes that day)'),
};

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
