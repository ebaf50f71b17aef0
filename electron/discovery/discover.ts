// Discovery: every source (discovery/sources/) in parallel, each with its own deadline, the whole stage
// bounded. Produces server candidates (with their origin) and context, the hosting match among it;
// probing proves or refutes the candidates later.
import { setMaxListeners } from 'node:events';
import type { DiagnosisHints } from '../shared/diagnosis-types.js';
import { DEFAULT_ISPDB_BASE_URL, stageTimeouts, type DiagnosisConfig } from '../shared/engine-config.js';
import { SOURCE_STRENGTH, type CandidateSource, type ServerCandidate } from './candidate.js';
import type { DnsClient } from './dns-client.js';
import type { HttpClient } from './http-get.js';
import { DISCOVERY_SOURCES, recogniseHosting, type DnsFacts, type SourceContext } from './sources/index.js';
import type { DiscoveryReport, DiscoverySourceReport } from './types.js';
import { hostingNamedSource, registrarDefaultOf } from './recognize-provider.js';

export interface DiscoverInput {
  email: string;
  domain: string;
  hints?: DiagnosisHints | undefined;
}

export interface DiscoverDeps {
  dns: DnsClient;
  http: HttpClient;
  config?: DiagnosisConfig | undefined;
  signal?: AbortSignal | undefined;
  onSource?: (report: DiscoverySourceReport) => void;
  /**
   * Each candidate source's answer as soon as it has one (exactly once per source, possibly empty), so
   * probing can start before the slowest source: srv, autoconfig, ispdb, autoconfig-mx, autodiscover,
   * then provider once MX/NS are known.
   */
  onCandidates?: (source: CandidateSource, candidates: ServerCandidate[]) => void;
}

/** The sources that can name servers, and so hold back a verdict while they have not answered. */
export const DISCOVERY_CANDIDATE_SOURCES: readonly CandidateSource[] = DISCOVERY_SOURCES.map(
  (source) => source.name,
);

const NO_DNS_FACTS: DnsFacts = { mx: [], ns: [], mxOutcome: 'timeout' };

export async function discover(input: DiscoverInput, deps: DiscoverDeps): Promise<DiscoveryReport> {
  const started = Date.now();
  const timeouts = stageTimeouts(deps.config);
  const { dns, http } = deps;
  const { domain, email } = input;
  const sources: DiscoverySourceReport[] = [];
  const stageSignal = AbortSignal.any([
    AbortSignal.timeout(timeouts.discoveryMs),
    ...(deps.signal ? [deps.signal] : []),
  ]);
  setMaxListeners(0, stageSignal);

  /**
   * Runs one step under the stage deadline. `failed` means it could not give a full answer (a lookup
   * timed out or errored, or the stage deadline abandoned it), as opposed to answering "nothing here";
   * `ok` that it answered at all (null: it did not apply).
   */
  async function tracked<T>(
    source: string,
    run: (fail: () => void) => Promise<T | null>,
    empty: T,
    found: (result: T) => number,
  ): Promise<T> {
    let failed = false;
    const fail = () => {
      failed = true;
    };
    const report = (result: T, ok: boolean): T => {
      const entry = { source, ok, failed, found: found(result), elapsedMs: Date.now() - started };
      sources.push(entry);
      deps.onSource?.(entry);
      return result;
    };
    const abandoned = new Promise<null>((resolve) => {
      const giveUp = () => {
        fail();
        resolve(null);
      };
      if (stageSignal.aborted) giveUp();
      stageSignal.addEventListener('abort', giveUp, { once: true });
    });
    try {
      const result = await Promise.race([run(fail), abandoned]);
      return result === null ? report(empty, false) : report(result, true);
    } catch {
      fail();
      return report(empty, false);
    }
  }

  const mx = dns.mx(domain);
  const ns = dns.ns(domain);
  const domainAddress = dns.addresses(domain);
  const dnsFacts = tracked(
    'dns',
    async (fail) => {
      const [mxAnswer, nsAnswer] = await Promise.all([mx, ns]);
      if (
        [mxAnswer.outcome, nsAnswer.outcome].some((outcome) => outcome === 'timeout' || outcome === 'error')
      )
        fail();
      return {
        mx: mxAnswer.records.map((record) => record.exchange),
        ns: nsAnswer.records,
        mxOutcome: mxAnswer.outcome,
      };
    },
    NO_DNS_FACTS,
    () => 0,
  );
  const hosting = dnsFacts.then((facts) => recogniseHosting(dns, domain, input.hints, facts));
  const shared = {
    email,
    domain,
    hints: input.hints,
    dns,
    http,
    httpMs: timeouts.httpMs,
    signal: stageSignal,
    ispdbBase: deps.config?.ispdbBaseUrl ?? DEFAULT_ISPDB_BASE_URL,
    mx,
    hosting,
  };

  const found = DISCOVERY_SOURCES.map(async (source) => {
    const candidates = source.tracked
      ? await tracked(
          source.name,
          (fail) => source.run({ ...shared, fail } satisfies SourceContext),
          [] as ServerCandidate[],
          (result) => result.length,
        )
      : ((await source.run({ ...shared, fail: () => undefined })) ?? []);
    deps.onCandidates?.(source.name, candidates);
    return { source: source.name, candidates };
  });

  const [answers, facts, addresses, recognised] = await Promise.all([
    Promise.all(found),
    dnsFacts,
    domainAddress,
    hosting,
  ]);
  const srvHosts = answers.find((answer) => answer.source === 'srv')?.candidates.map((c) => c.host) ?? [];
  const srvOutsideDomain = [
    ...new Set(srvHosts.filter((host) => host !== domain && !host.endsWith(`.${domain}`))),
  ];
  return {
    domain,
    // Strongest origin first.
    candidates: answers
      .toSorted((a, b) => SOURCE_STRENGTH[a.source] - SOURCE_STRENGTH[b.source])
      .flatMap((answer) => answer.candidates),
    mx: facts.mx,
    ns: facts.ns,
    domainMissing: facts.mxOutcome === 'nxdomain' && addresses.outcome === 'nxdomain',
    dnsUnreachable: [facts.mxOutcome, addresses.outcome].every((o) => o === 'timeout' || o === 'error'),
    srvOutsideDomain,
    isp: null,
    hosting: hostingNamedSource(recognised ?? undefined),
    hostingMatch: recognised,
    registrarDefault: registrarDefaultOf(facts.ns)?.id ?? null,
    sources,
  };
}
