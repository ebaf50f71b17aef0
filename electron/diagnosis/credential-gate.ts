// The trust rule (trust.ts) applied during a run: remembers which sources named each host, learns the
// matched provider once discovery knows it, and tells the login gate whether a probe or a path may
// carry the password. A chosen path it keeps the password from is remembered as withheld, with what
// the person needs to decide (host, why it is a candidate, the certificate's names).
import { hostingById, hostingCandidates } from '../discovery/providers.js';
import type { ServerCandidate } from '../discovery/candidate.js';
import type { DiagnosisRequest, UntrustedSource } from '../shared/diagnosis-types.js';
import type { MailProtocol } from '../shared/probe-types.js';
import { certificateNames } from './cert-fix.js';
import type { PlannedProbe } from './plan.js';
import type { Direction, WorkingPath } from './ranking.js';
import { credentialTrust, normalHost, type HostOrigin, type TrustFacts } from './trust.js';

export interface WithheldLogin {
  protocol: MailProtocol;
  host: string;
  port: number;
  source: UntrustedSource;
  /** The names in the certificate the server presented. */
  certNames: string[];
}

export interface CredentialGate {
  /** Candidates of a wave: their sources count for their hosts. */
  note(candidates: readonly ServerCandidate[]): void;
  /** The provider discovery matched (its listed servers and host pattern become trusted). */
  learnProvider(providerId: string | undefined): void;
  /** May this probe carry the password? `fixedFrom`: its name came from a certificate. */
  allowsPlan(plan: PlannedProbe, fixedFrom?: string): boolean;
  /** The chosen path of a direction does not get the password: remember what the person must decide. */
  withhold(direction: Direction, path: WorkingPath): void;
  withheld(direction: Direction): WithheldLogin | undefined;
}

export function createCredentialGate(domain: string, request: DiagnosisRequest): CredentialGate {
  const origins = new Map<string, Set<HostOrigin>>();
  const withheld = new Map<Direction, WithheldLogin>();
  const facts: TrustFacts = { domain, trustedHosts: request.trustedHosts ?? [] };

  const decide = (host: string, fixedFrom: string | undefined) => {
    const named = [...(origins.get(normalHost(host)) ?? [])];
    return credentialTrust(host, fixedFrom !== undefined ? [...named, 'certificate'] : named, facts);
  };

  return {
    note(candidates) {
      for (const candidate of candidates) {
        const host = normalHost(candidate.host);
        const known = origins.get(host) ?? new Set<HostOrigin>();
        known.add(candidate.source);
        origins.set(host, known);
      }
    },
    learnProvider(providerId) {
      const hosting = providerId === undefined ? undefined : hostingById(providerId);
      if (hosting === undefined) return;
      const listed = hostingCandidates(hosting, domain, request.hints?.hostNumber).map((c) => c.host);
      facts.provider = { hosts: listed, hostPattern: hosting.hostPattern };
    },
    allowsPlan(plan, fixedFrom) {
      return decide(plan.host, fixedFrom).trusted;
    },
    withhold(direction, path) {
      const { plan, result } = path.observed;
      const decision = decide(plan.host, path.observed.fixedFrom);
      if (decision.trusted) return;
      withheld.set(direction, {
        protocol: plan.protocol,
        host: plan.host,
        port: plan.port,
        source: decision.source,
        certNames: certificateNames(result.tls?.chain[0]),
      });
    },
    withheld(direction) {
      return withheld.get(direction);
    },
  };
}
