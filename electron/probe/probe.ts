// probe(): one request in, one ProbeResult out, always. Failures become stable codes; whatever was
// learned before the failure stays in the result; events stream the phases. The password is read only
// by the login step: the start event and the result are built from explicit fields, never spread.
import { randomUUID } from 'node:crypto';
import type {
  PhaseTimings,
  ProbeEvent,
  ProbePhase,
  ProbeRequest,
  ProbeResult,
} from '../shared/probe-types.js';
import { ProbeFailure } from './failure.js';
import { resolveLimits, type ProbeLimits } from './limits.js';
import { allowsPoliteQuit, emptyState, runProbe, type ProbeState } from './probe-run.js';
import { driverFor } from './drivers.js';
import { defaultResolver, type Resolver } from './resolve.js';
import type { RaceMemory } from './username-race.js';

export interface ProbeOptions {
  signal?: AbortSignal;
  onEvent?: (event: ProbeEvent) => void;
  probeId?: string;
  /** PEM CAs trusted in addition to the system store and NODE_EXTRA_CA_CERTS (tests, private CAs). */
  trustedCa?: string[];
  /** Replaces DNS A/AAAA look-ups (tests; the diagnosis engine's own resolver). */
  resolve?: Resolver;
  /** Tighter (or looser) bounds than DEFAULT_LIMITS. */
  limits?: Partial<ProbeLimits>;
  /** One per run, shared by its probes (username-race.ts). */
  raceMemory?: RaceMemory;
}

const TIMEOUT_BY_PHASE: Record<ProbePhase, ProbeFailure['code']> = {
  dns: 'DNS_FAILED',
  connect: 'CONNECT_TIMEOUT',
  tls: 'TLS_TIMEOUT',
  greeting: 'GREETING_TIMEOUT',
  capabilities: 'COMMAND_TIMEOUT',
  starttls: 'COMMAND_TIMEOUT',
  auth: 'COMMAND_TIMEOUT',
  quit: 'COMMAND_TIMEOUT',
};

function publicRequest(request: ProbeRequest): Omit<ProbeRequest, 'credentials'> {
  const copy: Omit<ProbeRequest, 'credentials'> = {
    protocol: request.protocol,
    host: request.host,
    port: request.port,
    security: request.security,
  };
  if (request.allowPlaintextAuth !== undefined) copy.allowPlaintextAuth = request.allowPlaintextAuth;
  if (request.clientName !== undefined) copy.clientName = request.clientName;
  return copy;
}

function toFailure(error: unknown): ProbeFailure {
  if (error instanceof ProbeFailure) return error;
  // A bug, not a server behaviour: still a coded result, never a thrown error with text.
  return new ProbeFailure('protocol-error', 'BAD_REPLY');
}

function buildResult(
  request: ProbeRequest,
  state: ProbeState,
  failure: ProbeFailure | null,
  failedPhase: ProbePhase | null,
  ms: PhaseTimings,
): ProbeResult {
  return {
    protocol: request.protocol,
    host: request.host,
    port: request.port,
    security: request.security,
    outcome: failure ? failure.outcome : 'ok',
    errorCode: failure ? failure.code : null,
    failedPhase: failure ? (failure.phase ?? failedPhase) : null,
    replyCode: failure ? failure.replyCode : null,
    systemCode: failure ? failure.systemCode : null,
    address: state.address,
    family: state.family,
    preauth: state.preauth,
    greeted: state.greeted,
    capabilities: state.capabilities,
    tls: state.tls,
    auth: state.auth,
    ms,
  };
}

export async function probe(request: ProbeRequest, options: ProbeOptions = {}): Promise<ProbeResult> {
  const probeId = options.probeId ?? randomUUID();
  const limits = resolveLimits(options.limits);
  const emit = (event: ProbeEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A listener's bug must not change the probe's outcome.
    }
  };
  const started = performance.now();
  const ms: PhaseTimings = { total: 0 };
  const state = emptyState();
  let phase: ProbePhase = 'dns';
  let phaseStarted = started;
  const closePhase = (now: number) => {
    ms[phase] = Math.round(((ms[phase] ?? 0) + now - phaseStarted) * 100) / 100;
  };
  const enter = (next: ProbePhase) => {
    const now = performance.now();
    closePhase(now);
    phase = next;
    phaseStarted = now;
    emit({ type: 'probe-phase', probeId, phase: next, elapsedMs: Math.round(now - started) });
  };

  // One internal signal for cancellation and the overall cap; its reason says which one fired.
  const stop = new AbortController();
  const stopWith = (failure: ProbeFailure) => {
    if (stop.signal.aborted) return;
    stop.abort(failure);
    state.connection?.abort(failure);
  };
  const onCallerAbort = () => stopWith(new ProbeFailure('cancelled', 'CANCELLED'));
  if (options.signal?.aborted) onCallerAbort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const overall = setTimeout(
    () => stopWith(new ProbeFailure('timeout', TIMEOUT_BY_PHASE[phase])),
    limits.probeTimeoutMs,
  );

  emit({ type: 'probe-start', probeId, request: publicRequest(request) });
  let failure: ProbeFailure | null = null;
  let failedPhase: ProbePhase | null = null;
  try {
    if (stop.signal.aborted) throw stop.signal.reason;
    await runProbe({
      request,
      limits,
      resolver: options.resolve ?? defaultResolver,
      trustedCa: options.trustedCa,
      signal: stop.signal,
      enter,
      state,
      raceMemory: options.raceMemory,
    });
  } catch (error) {
    failure = stop.signal.aborted ? (stop.signal.reason as ProbeFailure) : toFailure(error);
    failedPhase = phase;
    const connection = state.connection;
    if (connection && !connection.isClosed && allowsPoliteQuit(failure)) {
      enter('quit');
      await driverFor(request.protocol, '').quit(connection);
    }
  } finally {
    clearTimeout(overall);
    options.signal?.removeEventListener('abort', onCallerAbort);
    state.connection?.destroy();
  }
  closePhase(performance.now());
  ms.total = Math.round((performance.now() - started) * 100) / 100;
  const result = buildResult(request, state, failure, failedPhase, ms);
  emit({ type: 'probe-done', probeId, result });
  return result;
}
