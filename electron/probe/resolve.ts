// Name resolution with failures told apart: NXDOMAIN (the name does not exist) versus NODATA (it exists
// but has no A/AAAA). dns.resolve* asks DNS directly, which is what distinguishes the two; names only
// known to the hosts file (localhost) fall back to getaddrinfo.
import { promises as dns } from 'node:dns';
import { ProbeFailure, systemCodeOf } from './failure.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Injected by tests and by the diagnosis engine (own resolver); default: DNS A + AAAA. */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

const NXDOMAIN_CODES = new Set(['ENOTFOUND', 'NXDOMAIN']);
const NODATA_CODES = new Set(['ENODATA', 'NODATA']);

export const defaultResolver: Resolver = async (host) => {
  const [v6, v4] = await Promise.allSettled([dns.resolve6(host), dns.resolve4(host)]);
  const addresses: ResolvedAddress[] = [];
  if (v6.status === 'fulfilled')
    addresses.push(...v6.value.map((address) => ({ address, family: 6 as const })));
  if (v4.status === 'fulfilled')
    addresses.push(...v4.value.map((address) => ({ address, family: 4 as const })));
  if (addresses.length > 0) return addresses;

  try {
    const fromHosts = await dns.lookup(host, { all: true, verbatim: true });
    const usable = fromHosts.filter((entry) => entry.family === 4 || entry.family === 6);
    if (usable.length > 0)
      return usable.map((entry) => ({ address: entry.address, family: entry.family as 4 | 6 }));
  } catch {
    // fall through: the DNS answers explain the failure better than getaddrinfo's
  }
  const codes = [v6, v4].map((outcome) =>
    outcome.status === 'rejected' ? systemCodeOf(outcome.reason) : 'ENODATA',
  );
  const error = new Error('resolve failed') as Error & { code: string };
  error.code =
    codes.find((code) => code !== null && NXDOMAIN_CODES.has(code)) ??
    codes.find((code) => code !== null) ??
    'ENODATA';
  throw error;
};

/** Turns whatever a resolver threw into a dns-error with a stable code. */
export function dnsFailure(error: unknown): ProbeFailure {
  if (error instanceof ProbeFailure) return error;
  const systemCode = systemCodeOf(error);
  if (systemCode !== null && NXDOMAIN_CODES.has(systemCode)) {
    return new ProbeFailure('dns-error', 'DNS_NXDOMAIN', { systemCode, phase: 'dns' });
  }
  if (systemCode !== null && NODATA_CODES.has(systemCode)) {
    return new ProbeFailure('dns-error', 'DNS_NODATA', { systemCode, phase: 'dns' });
  }
  return new ProbeFailure('dns-error', 'DNS_FAILED', { systemCode, phase: 'dns' });
}
