// The shape every discovery source shares: a name and one `run` over what the stage knows. discover()
// runs them all at once under its deadline; each source only says what it found.
import type { DiagnosisHints } from '../../shared/diagnosis-types.js';
import type { CandidateSource, ServerCandidate } from '../candidate.js';
import type { DnsAnswer, DnsClient, MxRecord } from '../dns-client.js';
import type { HttpClient } from '../http-get.js';
import type { RecognisedHosting } from '../types.js';

/** The domain's MX hosts (preference order) and NS hosts, looked up once for every source. */
export interface DnsFacts {
  mx: string[];
  ns: string[];
  mxOutcome: string;
}

export interface SourceContext {
  email: string;
  /** A-label mailbox domain. */
  domain: string;
  hints?: DiagnosisHints | undefined;
  dns: DnsClient;
  http: HttpClient;
  /** One HTTP request. */
  httpMs: number;
  /** Aborts when the discovery stage ends or the caller cancels. */
  signal: AbortSignal;
  /** ISPDB base URL; '' when disabled. */
  ispdbBase: string;
  /** The domain's MX look-up, started once for every source. */
  mx: Promise<DnsAnswer<MxRecord>>;
  /** The hosting recognised from the domain, MX or NS (or named by the user), matched once. */
  hosting: Promise<RecognisedHosting | null>;
  /** Marks this source's answer as incomplete: a look-up timed out or failed. */
  fail: () => void;
}

export interface DiscoverySource {
  name: CandidateSource;
  /**
   * false: the source answers from facts another step already reported (no progress row and no
   * deadline of its own).
   */
  tracked: boolean;
  /** The candidates found (possibly none), or null when the source does not apply to this domain. */
  run(context: SourceContext): Promise<ServerCandidate[] | null>;
}
