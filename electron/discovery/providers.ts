// Built-in provider knowledge (electron/providers/*.json): the entries, and the server candidates a
// hosting entry publishes. Recognising a provider from the facts is recognize-provider.ts.
import hostingData from '../providers/hostings.json' with { type: 'json' };
import ispData from '../providers/isps.json' with { type: 'json' };
import {
  HOSTING_NEEDS,
  type AuthKind,
  type HostingNeed,
  type ProviderOption,
} from '../shared/diagnosis-types.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';
import type { ServerCandidate, UsernameStyle } from './candidate.js';

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
  /** The reverse name is an IPv4-over-IPv6 operator's (v6プラス, transix): it does not name the ISP. */
  lineType?: 'ipv4-over-ipv6';
  /** Facts no source confirmed ('op25b', 'ptr:<suffix>'): a match on them is only a guess. */
  unverified?: string[];
  source: string;
}

/** How a hosting entry says the user name is formed (see hostings.json's $comment). */
export type HostingUsernameForm = 'address' | 'localpart' | 'template' | 'account-name';

export interface HostingServer {
  protocol: string;
  host: string;
  port: number;
  security: string;
  /** This server's own user-name form, when it differs from the entry's (iCloud: IMAP local part). */
  usernameForm?: HostingUsernameForm;
  /** No source confirmed this server: it is tried, never presented as the provider's published one. */
  unverified?: boolean;
}

export interface HostingEntry extends ProviderNames {
  /** The company can be named, but its client settings are not known (no servers). */
  recognitionOnly?: boolean;
  domains: string[];
  /** Mailbox domains under these (e.g. any *.ocn.ne.jp address). */
  domainSuffixes?: string[];
  mxSuffixes: string[];
  /** Regular expressions over the MX host, for names a suffix would over-match (mwpremgw*.ocn.ad.jp). */
  mxPatterns?: string[];
  nsSuffixes: string[];
  /** The host's own server names: as the domain address's reverse name, in certificates, as servers. */
  hostSuffixes: string[];
  /** The contract's server name; its first group is the host number (Xserver's sv1234). */
  hostPattern?: string;
  hostTemplate?: string;
  needs: string[];
  servers: HostingServer[];
  usernameForm?: HostingUsernameForm;
  usernameTemplate?: string;
  /** With usernameForm 'account-name': the provider note key that says where the login name is found. */
  usernameHint?: string;
  auth?: string[];
  appPasswords?: boolean;
  notes: string[];
  unverified?: string[];
  source: string;
}

/** A registrar's initial name servers: the domain is registered but not set up (no mail yet). */
export interface RegistrarDefault {
  id: string;
  name: string;
  nameJa: string;
  nsSuffixes: string[];
  source: string;
}

export const ISPS: readonly IspEntry[] = ispData.isps as IspEntry[];
export const HOSTINGS: readonly HostingEntry[] = hostingData.hostings as HostingEntry[];
export const REGISTRAR_DEFAULTS: readonly RegistrarDefault[] = hostingData.registrarDefaults;

export function ispById(id: string): IspEntry | undefined {
  return ISPS.find((isp) => isp.id === id);
}

export function hostingById(id: string): HostingEntry | undefined {
  return HOSTINGS.find((hosting) => hosting.id === id);
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
    const form = server.usernameForm ?? hosting.usernameForm;
    if (form !== undefined) candidate.usernameStyle = form satisfies UsernameStyle;
    if (form === 'template' && hosting.usernameTemplate !== undefined)
      candidate.usernameTemplate = hosting.usernameTemplate;
    if (hosting.auth !== undefined) candidate.auth = hosting.auth as AuthKind[];
    candidates.push(candidate);
  }
  return candidates;
}

export function requiresOAuth(hosting: HostingEntry | undefined): boolean {
  return hosting?.auth?.includes('oauth2') === true;
}

/** The needs of a hosting entry that the wizard knows how to ask for. */
export function hostingNeeds(hosting: HostingEntry): HostingNeed[] {
  return HOSTING_NEEDS.filter((need) => hosting.needs.includes(need));
}

export function providerOptions(): { isps: ProviderOption[]; hostings: ProviderOption[] } {
  const option = (entry: ProviderNames, needs: HostingNeed[]): ProviderOption => ({
    id: entry.id,
    name: entry.name,
    nameJa: entry.nameJa,
    needs,
    overseas: entry.overseas === true,
  });
  const hostingOption = (hosting: HostingEntry): ProviderOption => {
    const result = option(hosting, hostingNeeds(hosting));
    if (hosting.usernameForm === 'account-name' && hosting.usernameHint !== undefined)
      result.loginNameHint = hosting.usernameHint;
    return result;
  };
  // A line operator is no ISP to choose.
  return {
    isps: ISPS.filter((isp) => isp.lineType === undefined).map((isp) => option(isp, [])),
    hostings: HOSTINGS.map(hostingOption),
  };
}
