// Host names reach zone files, XML and client settings verbatim, so each one must pass the same rule
// the probe applies before it sends a packet (probe/host.ts). A name that fails it is refused with a
// stable code rather than cleaned up: `smtp.example.jp;` would silently become a zone-file comment and
// `a(b.example.jp` a parenthesised group, and guessing what was meant would be worse than saying no.
import { normalizeHost } from '../probe/index.js';
import { ApiFailure } from '../shared/api-errors.js';
import { singleLine } from './text.js';

export type HostField = 'server' | 'domain';

function ruleName(host: string, allowIp: boolean): string | null {
  // Controls or line breaks are never part of a name, even where the URL parser would drop them.
  if (singleLine(host, 300) !== host.trim()) return null;
  try {
    const normalized = normalizeHost(host);
    return allowIp || normalized.ipFamily === 0 ? normalized.name : null;
  } catch {
    return null;
  }
}

/** The A-label form of `host` (lowercase, no trailing dot), or ApiFailure INVALID_HOST. */
export function checkedHost(host: string, field: HostField, allowIp = true): string {
  const name = ruleName(host, allowIp);
  if (name === null) throw new ApiFailure('INVALID_HOST', { field, host: singleLine(host, 100) });
  return name;
}
