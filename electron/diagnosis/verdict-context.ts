// What the verdict knows beyond the probes: the address, the recognised providers and what discovery
// learnt about the domain. Its own file so the finding rules can read it without importing the verdict.
import type { ControlAnswer } from './network-findings.js';

export interface VerdictContext {
  email: { address: string; localPart: string; domain: string };
  /** User name the caller insisted on (--username). */
  requestedUsername?: string | undefined;
  isp: { name: string; nameJa?: string; op25b: boolean | null } | null;
  hosting: {
    name: string;
    nameJa?: string;
    oauth: boolean;
    appPasswords: boolean;
    notes: string[];
    needsHostNumber: boolean;
  } | null;
  mxAddresses: string[];
  domainMissing: boolean;
  srvOutsideDomain: string[];
  /** A discovery source failed or timed out without an answer. */
  discoveryPartial?: boolean;
  /** The domain's MX and A/AAAA look-ups timed out or failed (no answer, as opposed to NXDOMAIN). */
  dnsUnreachable?: boolean;
  /** The control connection to the web ports, when every mail port went unanswered. */
  control?: ControlAnswer | null;
  /** A password was given: the verdict's level of proof is a login. */
  passwordGiven?: boolean;
  cancelled: boolean;
}
