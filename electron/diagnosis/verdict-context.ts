// What the verdict knows beyond the probes: the address, the recognised providers and what discovery
// learnt about the domain. Its own file so the finding rules can read it without importing the verdict.
export interface VerdictContext {
  email: { address: string; localPart: string; domain: string };
  /** User name the caller insisted on (--username). */
  requestedUsername?: string | undefined;
  isp: { name: string; op25b: boolean | null } | null;
  hosting: {
    name: string;
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
  cancelled: boolean;
}
