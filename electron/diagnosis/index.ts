// diagnose(): from an email address (and optionally a password) to proven settings. Discovery, probing
// and the public-IP look-up overlap (see pipeline.ts: probes start with the guesses, discovery's
// candidates join as they arrive, each login starts once its path cannot be beaten); then the verdict
// and the optional test message. Returns exactly the DiagnosisResult the CLI prints with --json.
import { setMaxListeners } from 'node:events';
import { domainToASCII } from 'node:url';
import { ispById, requiresOAuth } from '../discovery/providers.js';
import { ispSource, lookupPublicIp, type PublicIpFacts } from '../discovery/public-ip.js';
import { ApiFailure } from '../shared/api-errors.js';
import type {
  DiagnosisEvent,
  DiagnosisRequest,
  DiagnosisResult,
  ProbeSummary,
} from '../shared/diagnosis-types.js';
import { parseEmailAddress } from '../shared/email-address.js';
import {
  DEFAULT_PUBLIC_IP_URL,
  DEFAULT_TOTAL_TIMEOUT_MS,
  stageTimeouts,
  type DiagnosisConfig,
} from '../shared/engine-config.js';
import { controlConnection } from './control-connection.js';
import { createEngineDeps, type EngineDeps } from './engine-deps.js';
import { makeFinding } from './findings.js';
import { startPipeline } from './pipeline.js';
import { hostingAfterProbes, isCertain, providerFindings } from './provider-context.js';
import { createProgressWatch } from './progress-watch.js';
import { summarize, type RunProbesDeps } from './run-probes.js';
import { refusedByServer } from './shared-refusal.js';
import { diagnosisStatus } from './status.js';
import { testMessageIfVerified } from './test-message.js';
import type { VerdictContext } from './verdict-context.js';
import { buildVerdict, chooseSettings } from './verdict.js';

export type { DiagnosisConfig, StageTimeouts } from '../shared/engine-config.js';

export interface DiagnoseOptions {
  signal?: AbortSignal;
  onEvent?: (event: DiagnosisEvent) => void;
  /** Engine settings for tests and the lab; omitted in the app. */
  config?: DiagnosisConfig;
}

async function addressesOf(hosts: string[], dns: EngineDeps['dns']): Promise<string[]> {
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
  const watch = createProgressWatch(timeouts.noProgressMs);
  const signal = AbortSignal.any([total, watch.signal, ...(options.signal ? [options.signal] : [])]);
  // Every probe listens on this signal: dozens of listeners are expected, not a leak.
  setMaxListeners(0, signal);
  const deps = createEngineDeps(config);
  signal.addEventListener('abort', () => deps.cancelAll(), { once: true });

  emit({ type: 'stage', stage: 'discovery', elapsedMs: elapsed() });
  const publicIpUrl = config?.publicIpUrl ?? DEFAULT_PUBLIC_IP_URL;
  // Only names the ISP: it never holds back a probe, and the context event comes when it is ready.
  const publicIpTask: Promise<PublicIpFacts> =
    request.publicIpLookup === false || request.hints?.isp
      ? Promise.resolve({ address: null, ptr: [], isp: undefined })
      : lookupPublicIp(publicIpUrl, deps.http, deps.dns, timeouts.publicIpMs, signal).catch(() => ({
          address: null,
          ptr: [],
          isp: undefined,
        }));
  const runDeps: RunProbesDeps = {
    probe: watch.wrap(deps.probe),
    config,
    signal,
    startedAt,
    maxGraceMs: timeouts.port25GraceMs,
    emit,
  };
  const pipeline = startPipeline({ request, email, config, deps, runDeps, elapsed, emit });
  const hintedIsp = request.hints?.isp ? ispById(request.hints.isp) : undefined;
  const isp = publicIpTask.then((publicIp) =>
    hintedIsp ? { name: hintedIsp.name, id: hintedIsp.id, source: 'user' as const } : ispSource(publicIp),
  );
  const contextShown = Promise.all([isp, pipeline.report]).then(([named, report]) =>
    emit({ type: 'context', isp: named, hosting: report.hosting }),
  );
  const mxAddresses = pipeline.report.then((report) => addressesOf(report.mx.slice(0, 3), deps.dns));

  const observed = await pipeline.observed;
  watch.stop();
  const report = await pipeline.report;
  await contextShown;
  const ispEntry = hintedIsp ?? (await publicIpTask).isp;
  const unresolved = pipeline.unresolved;

  const hostingFound = hostingAfterProbes(report, observed);
  const hosting = hostingFound.entry;
  const context: VerdictContext = {
    email: { address: email.address, localPart: email.localPart, domain: email.asciiDomain },
    requestedUsername: request.username,
    isp:
      ispEntry && isCertain(await isp)
        ? { name: ispEntry.name, nameJa: ispEntry.nameJa, op25b: ispEntry.op25b }
        : null,
    hosting: hosting
      ? {
          name: hosting.name,
          nameJa: hosting.nameJa,
          oauth: requiresOAuth(hosting),
          appPasswords: hosting.appPasswords === true,
          notes: isCertain(hostingFound.named) ? hosting.notes : [],
          needsHostNumber: hosting.needs.includes('hostNumber') && !request.hints?.hostNumber,
        }
      : null,
    mxAddresses: await mxAddresses,
    domainMissing: report.domainMissing,
    srvOutsideDomain: report.srvOutsideDomain,
    discoveryPartial: report.sources.some((source) => source.failed && source.found === 0),
    dnsUnreachable: report.dnsUnreachable,
    control: await controlConnection(observed, config, signal),
    passwordGiven: request.password !== undefined && request.password !== '',
    cancelled: options.signal?.aborted === true,
  };
  const chosen = chooseSettings(observed);
  const [outgoingLogin, incomingLogin] = await Promise.all([
    pipeline.logins.final('outgoing', chosen.outgoing),
    pipeline.logins.final('incoming', chosen.incoming),
  ]);
  const logins = {
    outgoing: outgoingLogin,
    incoming: incomingLogin,
    withheld: {
      outgoing: pipeline.credentials.withheld('outgoing'),
      incoming: pipeline.credentials.withheld('incoming'),
    },
    refusedByServer: refusedByServer(chosen, { outgoing: outgoingLogin, incoming: incomingLogin }),
  };
  const verdict = buildVerdict(observed, context, logins);
  // Hosts were found and connected to, they just never spoke: "no mail host" would be untrue.
  if (watch.stalled && !verdict.findings.some((finding) => finding.code === 'SERVERS_UNRESPONSIVE'))
    verdict.findings = [
      makeFinding('SERVERS_UNRESPONSIVE'),
      ...verdict.findings.filter((finding) => finding.code !== 'NO_MAIL_HOST'),
    ];
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
  verdict.findings.push(
    ...providerFindings({
      isp: await isp,
      publicPtr: (await publicIpTask).ptr,
      registrarDefault: report.registrarDefault,
      ns: report.ns,
    }),
  );
  for (const finding of verdict.findings) emit({ type: 'finding', finding });
  emit({ type: 'verdict', outgoing: verdict.outgoing, incoming: verdict.incoming });
  emit({ type: 'stage', stage: 'done', elapsedMs: elapsed() });

  const probes: ProbeSummary[] = [
    ...unresolved,
    ...observed.map((entry) => summarize(entry.plan.id, entry.plan, entry.result)),
    ...[logins.outgoing, logins.incoming].flatMap((result, index) => {
      const path = index === 0 ? verdict.chosen.outgoing : verdict.chosen.incoming;
      // A login the chosen probe made itself opened no connection of its own: no row of its own either.
      const ownConnection = result !== null && !observed.some((entry) => entry.result === result);
      return result && path && ownConnection
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
    status: diagnosisStatus({
      ...verdict,
      cancelled: context.cancelled,
      passwordGiven: context.passwordGiven === true,
    }),
    outgoing: verdict.outgoing,
    incoming: verdict.incoming,
    alternatives: verdict.alternatives,
    findings: verdict.findings,
    probes,
    isp: await isp,
    hosting: hostingFound.named,
    elapsedMs: elapsed(),
  };
}
