/** Fetching pages from URLs safely: address policy, time and size limits, charset decoding. */
export { addressProblem, isPublicAddress } from './address-policy.js';
export { decodeBody, headerCharset, metaCharset, type DecodedBody } from './charset.js';
export { fetchPage, type FetchedPage, type PageRequest } from './fetch-page.js';
export { DEFAULT_FETCH_TIMEOUT_MS, MAX_REDIRECTS, USER_AGENT, type FetchOptions } from './options.js';
export { isUrl, readUrlList } from './url-list.js';
export { pinnedLookup, vetHost, type VettedAddress } from './vet-host.js';
