// Host names as users type them: IDN (メール.example.jp), trailing dots, bracketed IPv6. The probe only
// ever works with the A-label form; anything that cannot become a valid DNS name is rejected before a
// single packet is sent (docs/probe-safety.md).
import net from 'node:net';
import { domainToASCII } from 'node:url';
import { ProbeFailure } from './failure.js';

export interface NormalizedHost {
  /** A-label host name or IP literal (no brackets). */
  name: string;
  /** 4 or 6 when the host is an IP literal, else 0. */
  ipFamily: 0 | 4 | 6;
}

const MAX_NAME_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

export function normalizeHost(input: string): NormalizedHost {
  let host = input.trim();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  const literalFamily = net.isIP(host);
  if (literalFamily === 4 || literalFamily === 6)
    return { name: host.toLowerCase(), ipFamily: literalFamily };

  if (host.endsWith('.')) host = host.slice(0, -1);
  const ascii = host === '' ? '' : domainToASCII(host);
  if (
    ascii === '' ||
    ascii.length > MAX_NAME_LENGTH ||
    !ascii.split('.').every((label) => LABEL.test(label))
  ) {
    throw new ProbeFailure('dns-error', 'INVALID_HOST', { phase: 'dns' });
  }
  return { name: ascii, ipFamily: 0 };
}

/** Grouping key for per-host limits: the normalized name, or the raw text when it is not valid. */
export function normalizeHostKey(input: string): string {
  try {
    return normalizeHost(input).name;
  } catch {
    return input.trim().toLowerCase();
  }
}
