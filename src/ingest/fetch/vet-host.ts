import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { NewsgraphError } from '../../errors.js';
import { addressProblem } from './address-policy.js';

export interface VettedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a URL's host (an IP literal resolves to itself) and checks every address it has: one non-public
 * address refuses the host, so a name cannot smuggle a loopback address in next to a public one. Throws a
 * NewsgraphError naming the URL; `allowPrivate` skips the check (tests against a local server).
 */
export async function vetHost(
  url: string,
  hostname: string,
  allowPrivate: boolean,
): Promise<VettedAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  try {
    addresses = await lookup(host, { all: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new NewsgraphError('INPUT_UNREADABLE', url, `cannot resolve ${host}: ${code}`, { cause: error });
  }
  if (addresses.length === 0) throw new NewsgraphError('INPUT_UNREADABLE', url, `${host} has no address`);
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const problem = addressProblem(address);
      if (problem) {
        const what = host === address ? address : `${host} (${address})`;
        const detail = `refused: ${what} is ${problem} address; --allow-private fetches it`;
        throw new NewsgraphError('INPUT_UNREADABLE', url, detail);
      }
    }
  }
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

/**
 * A `net` lookup that answers only from the addresses vetted before each request, so the socket connects to
 * the address that was checked: a DNS answer that changes between check and connect (rebinding) is never
 * used. An unvetted host name is an error, not a fallback to DNS.
 */
export function pinnedLookup(vetted: ReadonlyMap<string, readonly VettedAddress[]>): LookupFunction {
  return (hostname, options, callback) => {
    const pinned = vetted.get(hostname.replace(/^\[|\]$/g, ''));
    if (!pinned || pinned.length === 0) {
      const error: NodeJS.ErrnoException = new Error(`${hostname} was not vetted`);
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
      return;
    }
    // Happy eyeballs (`all`) may try each vetted address; a single answer is the first, as DNS gave it.
    if (options.all) callback(null, [...pinned]);
    else callback(null, pinned[0]!.address, pinned[0]!.family);
  };
}
