// The overlapped middle of diagnose(): probing starts with the guesses (and hints) while discovery is
// still asking, each discovery source's candidates are probed as soon as it answers, and a direction's
// login starts as soon as its best path cannot be beaten. The certificate-name follow-up comes last,
// once the probes are done.
import { discover, DISCOVERY_CANDIDATE_SOURCES } from '../discovery/discover.js';
import { SOURCE_STRENGTH, type ServerCandidate } from '../discovery/candidate.js';
import type { DiscoveryReport } from '../discovery/types.js';
import type { DiagnosisEvent, DiagnosisRequest, ProbeSummary } from '../shared/diagnosis-types.js';
import { followCertificateNames } from './cert-fix.js';
import type { DiagnosisConfig } from '../shared/engine-config.js';
import { createCredentialGate, type CredentialGate } from './credential-gate.js';
import type { EngineDeps } from './engine-deps.js';
import { createLiveProbes } from './live-probes.js';
import { createLoginGate, type LoginGate } from './login.js';
import { guessCandidates } from './plan.js';
import type { ObservedProbe } from './ranking.js';
import { unresolvedSummaries, type RunProbesDeps } from './run-probes.js';
import { createWavePlanner } from './wave-planner.js';

export interface PipelineInput {
  request: DiagnosisRequest;
  email: { address: string; localPart: string; asciiDomain: string };
  config: DiagnosisConfig | undefined;
  deps: EngineDeps;
  runDeps: RunProbesDeps;
  elapsed: () => number;
  emit: (event: DiagnosisEvent) => void;
}

export interface Pipeline {
  /** Discovery's report, once every source and every wave it started have been planned. */
  report: Promise<DiscoveryReport>;
  /** Every probe (certificate follow-ups included) in planning order. */
  observed: Promise<ObservedProbe[]>;
  /** dns-error rows for published hosts that do not resolve; complete once `report` is. */
  unresolved: ProbeSummary[];
  logins: LoginGate;
  /** The trust rule for this run: which chosen paths had their login withheld. */
  credentials: CredentialGate;
}

function hintCandidates(request: DiagnosisRequest): ServerCandidate[] {
  const host = request.hints?.serverHost?.toLowerCase();
  if (!host) return [];
  return (['smtp', 'imap', 'pop3'] as const).map((protocol) => ({
    protocol,
    host,
    port: 0,
    security: 'tls' as const,
    source: 'hint' as const,
  }));
}

export function startPipeline(input: PipelineInput): Pipeline {
  const { request, email, deps, runDeps, emit, elapsed } = input;
  const planner = createWavePlanner(deps.dns);
  const unresolved: ProbeSummary[] = [];
  const waves: Array<Promise<void>> = [];
  let probingAnnounced = false;
  const announceProbing = () => {
    if (probingAnnounced) return;
    probingAnnounced = true;
    emit({ type: 'stage', stage: 'probing', elapsedMs: elapsed() });
  };
  const credentials = createCredentialGate(email.asciiDomain, request);
  const logins = createLoginGate(
    request,
    email,
    runDeps,
    () => emit({ type: 'stage', stage: 'verifying', elapsedMs: elapsed() }),
    credentials,
  );
  const live = createLiveProbes(runDeps, (direction, best) => logins.early(direction, best), logins);

  const wave = (candidates: ServerCandidate[], release: () => void) => {
    credentials.note(candidates);
    const planned = planner.plan(candidates).then(({ probes, unresolved: hosts }) => {
      announceProbing();
      const rows = unresolvedSummaries(hosts, unresolved.length);
      unresolved.push(...rows);
      for (const probe of rows) emit({ type: 'probe-done', probe, elapsedMs: elapsed() });
      live.start(probes);
    });
    waves.push(planned.finally(release));
  };

  // Guesses (and the user's server) need nothing from discovery: their DNS runs alongside it.
  const firstWave = [...hintCandidates(request), ...guessCandidates(email.asciiDomain)];
  const strongest = firstWave.reduce((a, b) =>
    SOURCE_STRENGTH[b.source] < SOURCE_STRENGTH[a.source] ? b : a,
  );
  wave(firstWave, live.expect(strongest.source));
  const releases = new Map(DISCOVERY_CANDIDATE_SOURCES.map((source) => [source, live.expect(source)]));

  const discovered = discover(
    { email: email.address, domain: email.asciiDomain, hints: request.hints },
    {
      dns: deps.dns,
      http: deps.http,
      config: input.config,
      signal: runDeps.signal,
      onSource: ({ source, ok, found, elapsedMs }) =>
        emit({ type: 'discovery', source, ok, found, elapsedMs }),
      onCandidates: (source, candidates) => {
        const release = releases.get(source) ?? (() => undefined);
        releases.delete(source);
        if (candidates.length === 0) release();
        else wave(candidates, release);
      },
    },
  );
  const report = discovered
    .finally(() => {
      // Only a source that never answered (its wave holds its own release until planned).
      for (const release of releases.values()) release();
    })
    .then(async (result) => {
      credentials.learnProvider(result.hostingMatch?.hosting.id);
      await Promise.all(waves);
      announceProbing();
      return result;
    });
  const observed = live.finished.then(async (probed) =>
    runDeps.signal.aborted ? probed : followCertificateNames(probed, runDeps, deps),
  );
  return { report, observed, unresolved, logins, credentials };
}
