// Built-in provider knowledge (electron/providers/*.json) and the matching rules over it: access ISP by
// the reverse DNS of the public address, hosting by mailbox domain, MX or NS suffix.
import hostingData from '../providers/hostings.json' with { type: 'json' };
import ispData from '../providers/isps.json' with { type: 'json' };
import type { AuthKind, ProviderOption } from '../shared/diagnosis-types.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';
import type { ServerCandidate, UsernameStyle } from './types.js';

/**
 * `overseas: true` marks a provider outside Japan; the wizard lists those after the Japanese ones,
 * under 海外. Left out means a Japanese provider.
 */
interface ProviderNames {
  id: string;
  name: string;
  nameJa: string;
  overseas?: boolean;
}

export interface IspEntry extends ProviderNames {
  /** null: unconfirmed, never presented as fact. */
  op25b: boolean | null;
  ptrSuffixes: string[];
  relay?: { host: string; port: number; security: string };
  source: string;
}

export interface HostingEntry extends ProviderNames {
  nsSuffixes: string[];
  mxSuffixes: string[];
  domains: string[];
  hostPattern?: string;
  hostTemplate?: string;
  needs: string[];
  servers: Array<{ protocol: string; host: string; port: number; security: string }>;
  usernameStyle?: string;
  auth?: string[];
  appPasswords?: boolean;
  notes: string[];
  source: string;
}

export const ISPS: readonly IspEntry[] = ispData.isps as IspEntry[];
export const HOSTINGS: readonly HostingEntry[] = hostingData.hostings as HostingEntry[];

function endsWithSuffix(name: string, suffix: string): boolean {
  const host = name.toLowerCase().replace(/\.$/, '');
  return host === suffix || host.endsWith(`.${suffix}`);
}

export function ispById(id: string): IspEntry | undefined {
  return ISPS.find((isp) => isp.id === id);
}

export function hostingById(id: string): HostingEntry | undefined {
  return HOSTINGS.find((hosting) => hosting.id === id);
}

export function ispByPtr(ptrNames: string[]): IspEntry | undefined {
  return ISPS.find((isp) =>
    ptrNames.some((ptr) => isp.ptrSuffixes.some((suffix) => endsWithSuffix(ptr, suffix))),
  );
}

export interface HostingMatch {
  hosting: HostingEntry;
  source: 'domain' | 'mx' | 'ns';
}

export function matchHosting(domain: string, mx: string[], ns: string[]): HostingMatch | undefined {
  for (const hosting of HOSTINGS) {
    if (hosting.domains.includes(domain)) return { hosting, source: 'domain' };
  }
  for (const hosting of HOSTINGS) {
    if (mx.some((host) => hosting.mxSuffixes.some((suffix) => endsWithSuffix(host, suffix))))
      return { hosting, source: 'mx' };
  }
  for (const hosting of HOSTINGS) {
    if (ns.some((host) => hosting.nsSuffixes.some((suffix) => endsWithSuffix(host, suffix))))
      return { hosting, source: 'ns' };
  }
  return undefined;
}

const PROTOCOLS = new Set(['smtp', 'imap', 'pop3']);
const SECURITIES = new Set(['tls', 'starttls', 'none']);

/** Server candidates a hosting entry publishes, with placeholders filled; skips those missing a value. */
export function hostingCandidates(
  hosting: HostingEntry,
  domain: string,
  hostNumber?: string,
): ServerCandidate[] {
  const candidates: ServerCandidate[] = [];
  for (const server of hosting.servers) {
    if (!PROTOCOLS.has(server.protocol) || !SECURITIES.has(server.security)) continue;
    if (server.host.includes('{hostNumber}') && (hostNumber === undefined || !/^\d{1,6}$/.test(hostNumber)))
      continue;
    const host = server.host.replace('{domain}', domain).replace('{hostNumber}', hostNumber ?? '');
    const candidate: ServerCandidate = {
      protocol: server.protocol as MailProtocol,
      host,
      port: server.port,
      security: server.security as Security,
      source: 'provider',
    };
    if (hosting.usernameStyle !== undefined) candidate.usernameStyle = hosting.usernameStyle as UsernameStyle;
    if (hosting.auth !== undefined) candidate.auth = hosting.auth as AuthKind[];
    candidates.push(candidate);
  }
  return candidates;
}

export function requiresOAuth(hosting: HostingEntry | undefined): boolean {
  return hosting?.auth?.includes('oauth2') === true;
}

export function providerOptions(): { isps: ProviderOption[]; hostings: ProviderOption[] } {
  const option = (entry: ProviderNames): ProviderOption => ({
    id: entry.id,
    name: entry.name,
    nameJa: entry.nameJa,
    overseas: entry.overseas === true,
  });
  return { isps: ISPS.map(option), hostings: HOSTINGS.map(option) };
}
