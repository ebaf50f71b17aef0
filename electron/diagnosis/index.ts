// diagnose(): from an email address (and optionally a password) to proven settings. Discovery and the
// public-IP look-up run in parallel; candidates are probed in parallel with an early finish; a trusted
// certificate naming another host at the same address is followed; the chosen servers are logged in to
// when a password is given. Returns exactly the DiagnosisResult the CLI prints with --json.
import { setMaxListeners } from 'node:events';
import { domainToASCII } from 'node:url';
import { discover } from '../discovery/discover.js';
import { hostingById, ispById, requiresOAuth } from '../discovery/providers.js';
import { ispSource, lookupPublicIp, type PublicIpFacts } from '../discovery/public-ip.js';
import type { DiscoveryReport } from '../discovery/types.js';
import { ApiFailure } from '../shared/api-errors.js';
import type {
  DiagnosisEvent,
  DiagnosisRequest,
  DiagnosisResult,
  ProbeSummary,
} from '../shared/diagnosis-types.js';
import { parseEmailAddress } from '../shared/email-address.js';
import { suggestHostForCertificate } from './cert-fix.js';
import {
  DEFAULT_PUBLIC_IP_URL,
  DEFAULT_TOTAL_TIMEOUT_MS,
  stageTimeouts,
  type DiagnosisConfig,
} from './config.js';
import { createEngineDeps } from './engine-deps.js';
import { verifyLogin } from './login.js';
import { buildProbePlan, guessCandidates, type PlannedProbe } from './plan.js';
import { rankPaths, workingPath, type ObservedProbe } from './ranking.js';
import { runOne, runProbes, summarize, unresolvedSummaries, type RunProbesDeps } from './run-probes.js';
import { testMessageIfVerified } from './test-message.js';
import { buildVerdict, type VerdictContext } from './verdict.js';

export type { DiagnosisConfig, StageTimeouts } from './config.js';

export interface DiagnoseOptions {
  signal?: AbortSignal;
  onEvent?: (event: DiagnosisEvent) => void;
  /** Engine settings for tests and the lab; omitted in the app. */
  config?: DiagnosisConfig;
}

const PROBE_ORDER: Record<string, number> = { smtp: 0, imap: 1, pop3: 2 };

/** SMTP first (port 25 must start early to tell "dropped" from "queued"), then incoming. */
function orderPlans(plans: PlannedProbe[]): PlannedProbe[] {
  return [...plans].sort((a, b) => (PROBE_ORDER[a.protocol] ?? 0) - (PROBE_ORDER[b.protocol] ?? 0));
}

async function followCertificateNames(
  observed: ObservedProbe[],
  deps: RunProbesDeps,
  dnsDeps: ReturnType<typeof createEngineDeps>,
): Promise<ObservedProbe[]> {
  const extra: ObservedProbe[] = [];
  const tried = new Set<string>();
  for (const direction of ['outgoing', 'incoming'] as const) {
    const best = rankPaths(observed, direction)[0];
    if (best?.certProblem !== 'name') continue;
    const suggested = await suggestHostForCertificate(best.observed, dnsDeps.dns);
    if (suggested === null) continue;
    // Re-probe every working path on that server under its own name.
    const sameServer = observed.filter(
      (entry) =>
        entry.plan.addressKey === best.observed.plan.addressKey && workingPath(entry)?.certProblem === 'name',
    );
    for (const entry of sameServer) {
      const key = `${entry.plan.protocol}|${entry.plan.port}|${entry.plan.security}`;
      if (tried.has(key)) continue;
      tried.add(key);
      const plan: PlannedProbe = {
        ...entry.plan,
        id: `${entry.plan.id}-cert`,
        host: suggested,
        aliases: [entry.plan.host, ...entry.plan.aliases],
      };
      const result = await runOne(
        plan,
        { protocol: plan.protocol, host: plan.host, security: plan.security },
        deps,
        deps.signal,
      );
      extra.push({ plan, result, fixedFrom: entry.plan.host });
    }
  }
  return [...observed, ...extra];
}

async function addressesOf(
  hosts: string[],
  dns: ReturnType<typeof createEngineDeps>['dns'],
): Promise<string[]> {
  const answers = await Promise.all(hosts.map((host) => dns.addresses(host)));
  return answers.flatMap((answer) => answer.records);
}

export async function diagnose(
  request: DiagnosisRequest,
  options: DiagnoseOptions = {},
): Promise<DiagnosisResult> {
  const startedAt = Date.now();
  const emit = (event: DiagnosisEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A listener's bug must not change the diagnosis.
    }
  };
  const elapsed = () => Date.now() - startedAt;
  emit({ type: 'stage', stage: 'validating', elapsedMs: 0 });
  const parsed = parseEmailAddress(request.email, domainToASCII);
  if (!parsed.ok)
    throw new ApiFailure(parsed.problem === 'INVALID_IDN' ? 'INVALID_IDN' : 'INVALID_EMAIL', {
      problem: parsed.problem,
    });
  const email = parsed.email;
  const config = options.config;
  const timeouts = stageTimeouts(config);
  // The test message's inbox wait comes on top of the usual budget unless the caller set one.
  const defaultTotal =
    DEFAULT_TOTAL_TIMEOUT_MS + (request.sendTestMessage === true ? timeouts.testMessageMs : 0);
  const total = AbortSignal.timeout(request.timeoutMs ?? defaultTotal);
  const signal = AbortSignal.any([total, ...(options.signal ? [options.signal] : [])]);
  // Every probe listens on this signal: dozens of listeners are expected, not a leak.
  setMaxListeners(0, signal);
  const deps = createEngineDeps(config);
  signal.addEventListener('abort', () => deps.cancelAll(), { once: true });

  emit({ type: 'stage', stage: 'discovery', elapsedMs: elapsed() });
  const publicIpUrl = config?.publicIpUrl ?? DEFAULT_PUBLIC_IP_URL;
  const publicIpTask: Promise<PublicIpFacts> =
    request.publicIpLookup === false || request.hints?.isp
      ? Promise.resolve({ address: null, ptr: [], isp: undefined })
      : lookupPublicIp(publicIpUrl, deps.http, deps.dns, timeouts.publicIpMs, signal).catch(() => ({
          address: null,
          ptr: [],
          isp: undefined,
        }));
  const report: DiscoveryReport = await discover(
    { email: email.address, domain: email.asciiDomain, hints: request.hints },
    {
      dns: deps.dns,
      http: deps.http,
      config,
      signal,
      onSource: ({ source, ok, found, elapsedMs }) =>
        emit({ type: 'discovery', source, ok, found, elapsedMs }),
    },
  );
  const hintedIsp = request.hints?.isp ? ispById(request.hints.isp) : undefined;
  const publicIp = await publicIpTask;
  const ispEntry = hintedIsp ?? publicIp.isp;
  const isp = hintedIsp
    ? { name: hintedIsp.name, id: hintedIsp.id, source: 'user' }
    : ispSource(publicIp.isp);
  emit({ type: 'context', isp, hosting: report.hosting });

  const candidates = [...report.candidates, ...guessCandidates(email.asciiDomain)];
  if (request.hints?.serverHost) {
    const host = request.hints.serverHost.toLowerCase();
    candidates.unshift(
      ...(['smtp', 'imap', 'pop3'] as const).map((protocol) => ({
        protocol,
        host,
        port: 0,
        security: 'tls' as const,
        source: 'hint' as const,
      })),
    );
  }
  const plan = await buildProbePlan(candidates, deps.dns);
  emit({ type: 'stage', stage: 'probing', elapsedMs: elapsed() });
  const unresolved = unresolvedSummaries(plan.unresolved);
  for (const probe of unresolved) emit({ type: 'probe-done', probe, elapsedMs: elapsed() });
  const runDeps: RunProbesDeps = {
    probe: deps.probe,
    config,
    signal,
    startedAt,
    maxGraceMs: timeouts.port25GraceMs,
    emit,
  };
  let observed = await runProbes(orderPlans(plan.probes), runDeps);
  if (!signal.aborted) observed = await followCertificateNames(observed, runDeps, deps);

  const hosting = report.providerIds[0] ? hostingById(report.providerIds[0]) : undefined;
  const context: VerdictContext = {
    email: { address: email.address, localPart: email.localPart, domain: email.asciiDomain },
    requestedUsername: request.username,
    isp: ispEntry ? { name: ispEntry.name, op25b: ispEntry.op25b } : null,
    hosting: hosting
      ? {
          name: hosting.name,
          oauth: requiresOAuth(hosting),
          appPasswords: hosting.appPasswords === true,
          notes: hosting.notes,
          needsHostNumber: hosting.needs.includes('hostNumber') && !request.hints?.hostNumber,
        }
      : null,
    mxAddresses: await addressesOf(report.mx.slice(0, 3), deps.dns),
    domainMissing: report.domainMissing,
    srvOutsideDomain: report.srvOutsideDomain,
    discoveryPartial: report.sources.some((source) => source.failed && source.found === 0),
    cancelled: options.signal?.aborted === true,
  };
  const first = buildVerdict(observed, context);

  const logins: {
    outgoing: Awaited<ReturnType<typeof verifyLogin>>;
    incoming: Awaited<ReturnType<typeof verifyLogin>>;
  } = { outgoing: null, incoming: null };
  if (request.password && !signal.aborted && (first.chosen.outgoing || first.chosen.incoming)) {
    emit({ type: 'stage', stage: 'verifying', elapsedMs: elapsed() });
    [logins.outgoing, logins.incoming] = await Promise.all([
      verifyLogin(first.chosen.outgoing, request, email, runDeps),
      verifyLogin(first.chosen.incoming, request, email, runDeps),
    ]);
  }
  const verdict = buildVerdict(observed, context, logins);
  if (request.sendTestMessage === true && request.password && !signal.aborted) {
    const finding = await testMessageIfVerified(verdict, logins, {
      email,
      password: request.password,
      config,
      ...deps.sessions,
      waitMs: timeouts.testMessageMs,
      signal,
    });
    if (finding !== null) verdict.findings.push(finding);
  }
  for (const finding of verdict.findings) emit({ type: 'finding', finding });
  emit({ type: 'verdict', outgoing: verdict.outgoing, incoming: verdict.incoming });
  emit({ type: 'stage', stage: 'done', elapsedMs: elapsed() });

  const probes: ProbeSummary[] = [
    ...unresolved,
    ...observed.map((entry) => summarize(entry.plan.id, entry.plan, entry.result)),
    ...[logins.outgoing, logins.incoming].flatMap((result, index) => {
      const path = index === 0 ? verdict.chosen.outgoing : verdict.chosen.incoming;
      return result && path
        ? [
            summarize(
              `${path.observed.plan.id}-login`,
              { ...path.observed.plan, security: path.security },
              result,
            ),
          ]
        : [];
    }),
  ];
  return {
    email: email.input,
    outgoing: verdict.outgoing,
    incoming: verdict.incoming,
    alternatives: verdict.alternatives,
    findings: verdict.findings,
    probes,
    isp,
    hosting: report.hosting,
    elapsedMs: elapsed(),
  };
}
