// Discovery: every source in parallel, each with its own deadline, the whole stage bounded. Produces
// server candidates (with their origin) and context; probing proves or refutes them later.
import { setMaxListeners } from 'node:events';
import type { DiagnosisHints } from '../shared/diagnosis-types.js';
import { DEFAULT_ISPDB_BASE_URL, stageTimeouts, type DiagnosisConfig } from '../diagnosis/config.js';
import { parseAutoconfig } from './autoconfig-xml.js';
import { autodiscoverRequestBody, parseAutodiscover } from './autodiscover-xml.js';
import { baseDomain } from './base-domain.js';
import type { DnsClient } from './dns-client.js';
import type { HttpClient } from './http-get.js';
import { SRV_SERVICES } from './ports.js';
import { hostingById, hostingCandidates, matchHosting } from './providers.js';
import type { CandidateSource, DiscoveryReport, DiscoverySourceReport, ServerCandidate } from './types.js';

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
export const DISCOVERY_CANDIDATE_SOURCES: readonly CandidateSource[] = [
  'srv',
  'autoconfig',
  'ispdb',
  'autoconfig-mx',
  'autodiscover',
  'provider',
];

interface SourceResult {
  candidates: ServerCandidate[];
}

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
   * Runs one source under the stage deadline. `failed` means it could not give a full answer (a lookup
   * timed out or errored, or the stage deadline abandoned it), as opposed to answering "nothing here".
   */
  async function tracked<T extends SourceResult>(
    source: string,
    run: (fail: () => void) => Promise<T>,
    empty: T,
  ): Promise<T> {
    let failed = false;
    const fail = () => {
      failed = true;
    };
    const report = (result: T, ok: boolean): T => {
      const entry = { source, ok, failed, found: result.candidates.length, elapsedMs: Date.now() - started };
      sources.push(entry);
      deps.onSource?.(entry);
      if ((DISCOVERY_CANDIDATE_SOURCES as readonly string[]).includes(source))
        deps.onCandidates?.(source as CandidateSource, result.candidates);
      return result;
    };
    const abandoned = new Promise<T>((resolve) => {
      const giveUp = () => {
        fail();
        resolve(empty);
      };
      if (stageSignal.aborted) giveUp();
      stageSignal.addEventListener('abort', giveUp, { once: true });
    });
    try {
      const result = await Promise.race([run(fail), abandoned]);
      return report(result, result !== empty);
    } catch {
      fail();
      return report(empty, false);
    }
  }

  const fetchAutoconfig = async (
    url: string,
    source: CandidateSource,
    forDomain: string,
    fail: () => void,
  ): Promise<ServerCandidate[] | null> => {
    const response = await http({ url, timeoutMs: timeouts.httpMs, signal: stageSignal });
    if (response.outcome === 'timeout') fail();
    if (response.outcome !== 'ok') return null;
    return parseAutoconfig(response.body, source, forDomain)?.servers ?? null;
  };

  const firstFound = async (
    attempts: Array<Promise<ServerCandidate[] | null>>,
  ): Promise<ServerCandidate[] | null> => {
    // All start at once; the earliest in preference order that found something wins.
    const results = await Promise.all(attempts.map((attempt) => attempt.catch(() => null)));
    return results.find((result) => result !== null && result.length > 0) ?? null;
  };

  const query = `?emailaddress=${encodeURIComponent(email)}`;
  const ispdbBase = deps.config?.ispdbBaseUrl ?? DEFAULT_ISPDB_BASE_URL;
  const emptyResult: SourceResult = { candidates: [] };

  const mxPromise = dns.mx(domain);
  const nsPromise = dns.ns(domain);
  const domainAddressPromise = dns.addresses(domain);

  const srvTask = tracked(
    'srv',
    async (fail) => {
      const answers = await Promise.all(
        SRV_SERVICES.map(async (service) => ({
          service,
          answer: await dns.srv(`${service.label}.${domain}`),
        })),
      );
      const candidates: ServerCandidate[] = [];
      for (const { service, answer } of answers) {
        if (answer.outcome === 'timeout' || answer.outcome === 'error') fail();
        for (const record of answer.records) {
          // RFC 6186 §4: a target of "." means the service is decidedly not offered.
          if (record.name === '' || record.name === '.') continue;
          candidates.push({
            protocol: service.protocol,
            host: record.name,
            port: record.port,
            security: service.security,
            source: 'srv',
          });
        }
      }
      return { candidates };
    },
    emptyResult,
  );

  const autoconfigTask = tracked(
    'autoconfig',
    async (fail) => {
      const found = await firstFound(
        [
          `https://autoconfig.${domain}/mail/config-v1.1.xml${query}`,
          `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
          `http://autoconfig.${domain}/mail/config-v1.1.xml${query}`,
          `http://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
        ].map((url) => fetchAutoconfig(url, 'autoconfig', domain, fail)),
      );
      return { candidates: found ?? [] };
    },
    emptyResult,
  );

  const ispdbTask = tracked(
    'ispdb',
    async (fail) => {
      if (ispdbBase === '') return emptyResult;
      return { candidates: (await fetchAutoconfig(`${ispdbBase}${domain}`, 'ispdb', domain, fail)) ?? [] };
    },
    emptyResult,
  );

  const mxBasedTask = tracked(
    'autoconfig-mx',
    async (fail) => {
      const mx = await mxPromise;
      const preferred = mx.records[0]?.exchange;
      if (preferred === undefined) return emptyResult;
      const base = baseDomain(preferred);
      if (base === domain) return emptyResult;
      const found = await firstFound([
        ispdbBase === ''
          ? Promise.resolve(null)
          : fetchAutoconfig(`${ispdbBase}${base}`, 'autoconfig-mx', domain, fail),
        fetchAutoconfig(
          `https://autoconfig.${base}/mail/config-v1.1.xml${query}`,
          'autoconfig-mx',
          domain,
          fail,
        ),
      ]);
      return { candidates: found ?? [] };
    },
    emptyResult,
  );

  const autodiscoverTask = tracked(
    'autodiscover',
    async (fail) => {
      const body = autodiscoverRequestBody(email);
      const attempt = async (url: string): Promise<ServerCandidate[] | null> => {
        const response = await http({
          url,
          method: 'POST',
          body,
          timeoutMs: timeouts.httpMs,
          signal: stageSignal,
        });
        if (response.outcome === 'timeout') fail();
        return response.outcome === 'ok' ? parseAutodiscover(response.body) : null;
      };
      const found = await firstFound([
        attempt(`https://autodiscover.${domain}/autodiscover/autodiscover.xml`),
        attempt(`https://${domain}/autodiscover/autodiscover.xml`),
      ]);
      return { candidates: found ?? [] };
    },
    emptyResult,
  );

  const contextTask = tracked(
    'dns',
    async (fail) => {
      const [mx, ns] = await Promise.all([mxPromise, nsPromise]);
      if ([mx.outcome, ns.outcome].some((outcome) => outcome === 'timeout' || outcome === 'error')) fail();
      return {
        candidates: [] as ServerCandidate[],
        mx: mx.records.map((record) => record.exchange),
        ns: ns.records,
        mxOutcome: mx.outcome,
      };
    },
    {
      candidates: [] as ServerCandidate[],
      mx: [] as string[],
      ns: [] as string[],
      mxOutcome: 'timeout' as string,
    },
  );

  const providerTask = contextTask.then((context) => {
    const hintedHosting = input.hints?.hosting ? hostingById(input.hints.hosting) : undefined;
    const matched = hintedHosting
      ? { hosting: hintedHosting, source: 'user' as const }
      : matchHosting(domain, context.mx, context.ns);
    const candidates = matched ? hostingCandidates(matched.hosting, domain, input.hints?.hostNumber) : [];
    deps.onCandidates?.('provider', candidates);
    return { matched, candidates };
  });

  const [srv, autoconfig, ispdb, mxBased, autodiscover, context, domainAddress, provider] = await Promise.all([
    srvTask, autoconfigTask, ispdbTask, mxBasedTask, autodiscoverTask, contextTask, domainAddressPromise,
    providerTask,
  ]); // prettier-ignore
  const { matched, candidates: providerCandidates } = provider;

  const srvOutsideDomain = [
    ...new Set(
      srv.candidates.map((c) => c.host).filter((host) => host !== domain && !host.endsWith(`.${domain}`)),
    ),
  ];
  return {
    domain,
    candidates: [
      ...srv.candidates,
      ...autoconfig.candidates,
      ...autodiscover.candidates,
      ...ispdb.candidates,
      ...mxBased.candidates,
      ...providerCandidates,
    ],
    mx: context.mx,
    ns: context.ns,
    domainMissing: context.mxOutcome === 'nxdomain' && domainAddress.outcome === 'nxdomain',
    dnsUnreachable: [context.mxOutcome, domainAddress.outcome].every((o) => o === 'timeout' || o === 'error'),
    srvOutsideDomain,
    isp: null,
    hosting: matched ? { name: matched.hosting.name, id: matched.hosting.id, source: matched.source } : null,
    providerIds: matched ? [matched.hosting.id] : [],
    sources,
  };
}
