/**
 * Address ranges a fetch refuses unless `--allow-private`: everything that is not the public internet, so a
 * URL list cannot make newsgraph probe the machine it runs on or its network. Sources: RFC 6890 (special-
 * purpose registries), RFC 1918 (private), RFC 6598 (CGNAT), RFC 3927 / RFC 4291 (link-local), RFC 4193
 * (unique local), RFC 5771 / RFC 4291 (multicast). IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is judged as its IPv4.
 */
export interface BlockedRange {
  family: 'ipv4' | 'ipv6';
  network: string;
  prefix: number;
  /** What the user is told: `127.0.0.1 is a loopback address`. */
  kind: string;
}

export const BLOCKED_RANGES: readonly BlockedRange[] = [
  { family: 'ipv4', network: '0.0.0.0', prefix: 8, kind: 'an unspecified ("this network")' },
  { family: 'ipv4', network: '10.0.0.0', prefix: 8, kind: 'a private' },
  { family: 'ipv4', network: '100.64.0.0', prefix: 10, kind: 'a carrier-grade NAT (shared)' },
  { family: 'ipv4', network: '127.0.0.0', prefix: 8, kind: 'a loopback' },
  { family: 'ipv4', network: '169.254.0.0', prefix: 16, kind: 'a link-local' },
  { family: 'ipv4', network: '172.16.0.0', prefix: 12, kind: 'a private' },
  { family: 'ipv4', network: '192.0.0.0', prefix: 24, kind: 'an IETF protocol-assignment' },
  { family: 'ipv4', network: '192.168.0.0', prefix: 16, kind: 'a private' },
  { family: 'ipv4', network: '198.18.0.0', prefix: 15, kind: 'a benchmarking' },
  { family: 'ipv4', network: '224.0.0.0', prefix: 4, kind: 'a multicast' },
  { family: 'ipv4', network: '240.0.0.0', prefix: 4, kind: 'a reserved (or broadcast)' },
  { family: 'ipv6', network: '::', prefix: 128, kind: 'an unspecified' },
  { family: 'ipv6', network: '::1', prefix: 128, kind: 'a loopback' },
  { family: 'ipv6', network: 'fc00::', prefix: 7, kind: 'a private (unique local)' },
  { family: 'ipv6', network: 'fe80::', prefix: 10, kind: 'a link-local' },
  { family: 'ipv6', network: 'ff00::', prefix: 8, kind: 'a multicast' },
];
