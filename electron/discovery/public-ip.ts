// Learn the public IPv4 address and its reverse DNS, to name the access ISP (OP25B context). Optional,
// and every failure quietly degrades into "unknown".
import net from 'node:net';
import type { NamedSource } from '../shared/diagnosis-types.js';
import type { DnsClient } from './dns-client.js';
import type { HttpClient } from './http-get.js';
import type { IspEntry } from './providers.js';
import { ispNamedSource, recognizeIsp, type IspRecognition } from './recognize-provider.js';

export interface PublicIpFacts {
  address: string | null;
  ptr: string[];
  isp: IspEntry | undefined;
  recognition?: IspRecognition | undefined;
}

function parseAddress(body: string): string | null {
  let candidate = body.trim();
  if (candidate.startsWith('{')) {
    try {
      const parsed = JSON.parse(candidate) as { ip?: unknown };
      candidate = typeof parsed.ip === 'string' ? parsed.ip : '';
    } catch {
      return null;
    }
  }
  return net.isIPv4(candidate) ? candidate : null;
}

export async function lookupPublicIp(
  url: string,
  http: HttpClient,
  dns: DnsClient,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<PublicIpFacts> {
  const none: PublicIpFacts = { address: null, ptr: [], isp: undefined };
  if (url === '') return none;
  const response = await http({ url, timeoutMs, signal });
  if (response.outcome !== 'ok') return none;
  const address = parseAddress(response.body);
  if (address === null) return none;
  const ptr = await dns.ptr(address);
  const recognition = recognizeIsp(ptr.records);
  return { address, ptr: ptr.records, isp: recognition?.isp, recognition };
}

export function ispSource(facts: PublicIpFacts | undefined): NamedSource | null {
  return ispNamedSource(facts?.recognition);
}
