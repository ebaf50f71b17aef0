// The one rule for where a password may go without asking (issue 13). Discovery is unauthenticated: on a
// rogue Wi-Fi whoever answers DNS or plain HTTP can name any host, and an ordinary certificate for a
// host the attacker owns proves only that host's name. So a host earns the password without asking only
// when its name is tied to the address by something such an attacker cannot forge:
//   (a) it lies in the address's own domain (or a subdomain): the certificate then proves the domain's
//       own server;
//   (b) MailWiz's provider knowledge (electron/providers) lists it for the provider the domain was
//       matched to (its servers, or its host-name pattern such as sv1234.xserver.jp);
//   (c) an autoconfig document fetched over HTTPS with a valid certificate from the email domain itself
//       (autoconfig.<domain>, <domain>/.well-known) names it; Autodiscover fetched over HTTPS from
//       autodiscover.<domain> or <domain> has the same standing (redirects are never followed);
//   (d) Thunderbird's ISPDB entry for the email domain itself: a curated database fetched over HTTPS
//       from a fixed host, which a network attacker cannot write to (a judgement call, see README);
//   (e) the person named it: a server typed in the wizard or --server hint, or consent to that name.
// Anything else — an SRV target outside the domain, a host only a plain-HTTP autoconfig names, the
// autoconfig or ISPDB entry of the MX's domain (the MX itself is unauthenticated DNS), a certificate's
// name outside the domain — is probed without credentials and gets the password only after consent.
import type { CandidateSource } from '../discovery/candidate.js';
import type { UntrustedSource } from '../shared/diagnosis-types.js';

/** Where a host name came from: a discovery source, or the certificate-name follow-up. */
export type HostOrigin = CandidateSource | 'certificate';

/** Why a host may receive the password without asking. */
export type TrustBasis = 'domain' | 'provider' | 'published' | 'user';

export type TrustDecision =
  | { trusted: true; basis: TrustBasis }
  /** `source`: the origin to show the person ("the DNS SRV record points to this server"). */
  | { trusted: false; source: UntrustedSource };

export interface TrustFacts {
  /** The email address's domain, lower-case A-labels. */
  domain: string;
  /** What the provider knowledge lists for the provider the domain was matched to, if any. */
  provider?: { hosts: readonly string[]; hostPattern?: string | undefined } | null | undefined;
  /** Host names the person consented to (DiagnosisRequest.trustedHosts). */
  trustedHosts?: readonly string[] | undefined;
}

/** Origins whose names carry trust on their own (see (b)–(e) above). */
const TRUSTED_ORIGINS: Partial<Record<HostOrigin, TrustBasis>> = {
  hint: 'user',
  provider: 'provider',
  autoconfig: 'published',
  autodiscover: 'published',
  ispdb: 'published',
};

/** Untrusted origins, the most telling first: what the consent question names as the reason. */
const UNTRUSTED_ORDER: readonly UntrustedSource[] = [
  'srv',
  'autoconfig-http',
  'autoconfig-mx',
  'certificate',
  'guess',
];

export function normalHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export function inDomain(host: string, domain: string): boolean {
  const name = normalHost(host);
  const own = normalHost(domain);
  return own !== '' && (name === own || name.endsWith(`.${own}`));
}

function providerLists(host: string, provider: TrustFacts['provider']): boolean {
  if (provider === null || provider === undefined) return false;
  if (provider.hosts.some((listed) => normalHost(listed) === host)) return true;
  if (provider.hostPattern === undefined) return false;
  try {
    return new RegExp(provider.hostPattern).test(host);
  } catch {
    return false;
  }
}

/**
 * May `host` receive the password without asking? `origins`: every source that named this host (a host
 * named by several counts as trusted when any of them confers trust).
 */
export function credentialTrust(
  host: string,
  origins: readonly HostOrigin[],
  facts: TrustFacts,
): TrustDecision {
  const name = normalHost(host);
  if ((facts.trustedHosts ?? []).some((consented) => normalHost(consented) === name))
    return { trusted: true, basis: 'user' };
  if (inDomain(name, facts.domain)) return { trusted: true, basis: 'domain' };
  if (providerLists(name, facts.provider)) return { trusted: true, basis: 'provider' };
  for (const origin of origins) {
    const basis = TRUSTED_ORIGINS[origin];
    if (basis !== undefined) return { trusted: true, basis };
  }
  const source = UNTRUSTED_ORDER.find((origin) => origins.includes(origin)) ?? 'guess';
  return { trusted: false, source };
}
