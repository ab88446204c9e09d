import { decodeBody } from '../fetch/charset.js';
import { fetchPage } from '../fetch/fetch-page.js';
import { ACCEPTED_MEDIA_TYPES, mediaType } from '../fetch/media-types.js';
import type { FetchOptions } from '../fetch/options.js';
import { failed, type ItemOutcome } from '../item-types.js';

/**
 * One web page as pipeline input: fetched under the address policy and limits, decoded by its charset,
 * `html` or `text` by its content type, with `uri` the URL it ended at after redirects. Never throws: a page
 * that cannot be had is a failure naming the URL and why.
 */
export async function readUrlItem(
  url: string,
  maxBytes: number,
  options: FetchOptions = {},
): Promise<ItemOutcome> {
  try {
    const page = await fetchPage(url, maxBytes, options);
    const kind = ACCEPTED_MEDIA_TYPES[mediaType(page.contentType)] ?? 'html';
    const body = decodeBody(url, page.bytes, page.contentType, kind === 'html');
    const redirected = page.finalUrl !== url ? [`redirected to ${page.finalUrl}`] : [];
    return {
      ok: true,
      input: {
        kind,
        content: body.text,
        uri: page.finalUrl,
        meta: {},
        path: url,
        encoding: body.encoding,
        notes: [...redirected, ...body.notes],
      },
    };
  } catch (error) {
    return failed(url, error);
  }
}
