/**
 * A list view's state lives in the URL (`#/view?from=…&entity=…&offset=50`), so a filtered page can be
 * shared and survives a reload. These helpers read it and build links that change part of it.
 */
import { href } from '../router.js';

export const PAGE_SIZE = 50;

/** The params as a plain record, empty values left out. */
export function paramsOf(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (value.trim()) out[key] = value.trim();
  return out;
}

/** The page offset the URL asks for (a whole number, 0 when absent or bad). */
export function offsetOf(params: URLSearchParams): number {
  const n = Number(params.get('offset') ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** A link to `view` with `params` changed by `changes` (undefined or '' removes a key). */
export function linkWith(
  view: string,
  params: URLSearchParams,
  changes: Record<string, string | undefined>,
): string {
  const next: Record<string, string | undefined> = { ...paramsOf(params), ...changes };
  return href([view], next);
}

/** Thousands separated: 5,088. */
export const count = (n: number): string => n.toLocaleString('en-GB');
