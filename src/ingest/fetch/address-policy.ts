import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { BLOCKED_RANGES } from './blocked-ranges.js';

/** One BlockList per range, built once, so the refusal can say which kind of address it was. */
const RULES = BLOCKED_RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { ...range, list };
});

/** `::ffff:127.0.0.1` and `::ffff:7f00:1` are IPv4 addresses in IPv6 clothing; judge them as IPv4. */
const MAPPED_DOTTED = /^(?:0{0,4}:){0,5}:?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const MAPPED_HEX = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

export function unmapIPv4(ip: string): string {
  const dotted = MAPPED_DOTTED.exec(ip);
  if (dotted) return dotted[1]!;
  const hex = MAPPED_HEX.exec(ip);
  if (!hex) return ip;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/**
 * Why an address is not on the public internet (`a loopback`, `a private`…), or undefined when it is.
 * Anything that is not an IP address at all is refused too.
 */
export function addressProblem(ip: string): string | undefined {
  const address = unmapIPv4(ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
  if (!family) return 'not an IP';
  return RULES.find((rule) => rule.family === family && rule.list.check(address, family))?.kind;
}

export function isPublicAddress(ip: string): boolean {
  return addressProblem(ip) === undefined;
}
