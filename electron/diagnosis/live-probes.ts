// Probes run as their waves arrive, and the engine stops as soon as the verdict cannot change: once no
// probe still running and no discovery source still due could beat a direction's best proven path, that
// direction is settled (its login may start); once both are, the probes left get a short grace (scaled
// to the measured connect time), then those still waiting for the TCP handshake are stopped: a port-25
// probe still unanswered at that point is the OP25B "silently dropped" signature. Probes the server has
// already answered run to their end (bounded by the probe limits and a last stop), so the same network
// gives the same alternatives whatever the timing — except those whose answer could add nothing (with
// a password, a probe that carries no login of its own): they stop with the unanswered ones. A probe
// stopped this way is `not-needed`.
import type { CandidateSource } from '../discovery/candidate.js';
import type { ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import type { ProbeCredentialPolicy } from './login.js';
import type { PlannedProbe } from './plan.js';
import {
  directionOf,
  isSettled,
  rankPaths,
  type Direction,
  type ObservedProbe,
  type WorkingPath,
} from './ranking.js';
import { runOne, type RunProbesDeps } from './run-probes.js';

// Port-25 probes start with the others, so by the time a TLS path is proven (3+ round trips) a refusal
// would long have arrived; the grace only covers jitter and late starters.
const MIN_GRACE_MS = 50;
const GRACE_RTT_FACTOR = 2;
/** After the grace, how long answered probes may still take (in port-25 graces) before they are stopped. */
const ANSWERED_STOP_FACTOR = 4;

/** A probe stopped because the verdict was already decided proved nothing: it is not-needed, not cancelled. */
function notNeeded(result: ProbeResult): ProbeResult {
  if (result.outcome !== 'cancelled') return result;
  const unanswered = result.failedPhase === 'connect' || result.failedPhase === 'dns';
  return { ...result, outcome: 'not-needed', errorCode: unanswered ? 'NO_ANSWER' : null };
}

export interface LiveProbes {
  /** A source that may still name servers: settling waits for it until the returned release is called. */
  expect(source: CandidateSource): () => void;
  /** Starts a wave; probes of a settled direction are dropped (they could not change its verdict). */
  start(plans: PlannedProbe[]): void;
  /** Every probe ended and nothing is due (or both directions are settled); in planning order. */
  finished: Promise<ObservedProbe[]>;
}

export function createLiveProbes(
  deps: RunProbesDeps,
  onSettled: (direction: Direction, best: WorkingPath | null) => void,
  credentials?: ProbeCredentialPolicy,
): LiveProbes {
  const observed: ObservedProbe[] = [];
  const order = new Map<string, number>();
  const pending = new Map<string, { plan: PlannedProbe; controller: AbortController; startedAt: number }>();
  const due = new Map<number, CandidateSource>();
  const settled = new Set<Direction>();
  const cancelledByGrace = new Set<string>();
  /** Probes past the TCP handshake (the server answered). */
  const answered = new Set<string>();
  let dueCount = 0;
  let graceTimer: NodeJS.Timeout | undefined;
  let stopTimer: NodeJS.Timeout | undefined;
  let closed = false;
  let finish: (result: ObservedProbe[]) => void = () => undefined;
  const finished = new Promise<ObservedProbe[]>((resolve) => {
    finish = resolve;
  });
  const orderOf = (plan: PlannedProbe) => order.get(plan.id) ?? Number.MAX_SAFE_INTEGER;

  const cancelPending = (markUnanswered: boolean, onlyUnanswered = false) => {
    for (const entry of pending.values()) {
      const useless = credentials?.addsNothingOnceSettled?.(entry.plan) === true;
      if (onlyUnanswered && answered.has(entry.plan.id) && !useless) continue;
      if (markUnanswered) cancelledByGrace.add(entry.plan.id);
      entry.controller.abort();
    }
  };

  const startGrace = () => {
    const slowestConnect = Math.max(
      0,
      ...observed
        .filter((entry) => entry.result.outcome === 'ok')
        .map((entry) => entry.result.ms.connect ?? 0),
    );
    const grace = Math.min(deps.maxGraceMs, Math.max(MIN_GRACE_MS, GRACE_RTT_FACTOR * slowestConnect));
    // The grace counts from each probe's own start: one that has waited that long already is not
    // waited for again (a dropped port 25 started with the others, round trips ago).
    const youngest = Math.max(...[...pending.values()].map((entry) => entry.startedAt));
    graceTimer = setTimeout(
      () => {
        cancelPending(true, true);
        stopTimer = setTimeout(() => cancelPending(true), ANSWERED_STOP_FACTOR * deps.maxGraceMs);
      },
      Math.max(0, grace - (Date.now() - youngest)),
    );
  };

  const review = () => {
    if (closed) return;
    const waiting = [...pending.values()].map((entry) => entry.plan);
    for (const direction of ['outgoing', 'incoming'] as const) {
      if (settled.has(direction) || deps.signal.aborted) continue;
      if (!isSettled(observed, waiting, [...due.values()], direction, orderOf)) continue;
      settled.add(direction);
      onSettled(direction, rankPaths(observed, direction)[0] ?? null);
    }
    const bothSettled = settled.size === 2;
    if (bothSettled && graceTimer === undefined && pending.size > 0) startGrace();
    if (pending.size > 0 || (due.size > 0 && !bothSettled && !deps.signal.aborted)) return;
    closed = true;
    clearTimeout(graceTimer);
    clearTimeout(stopTimer);
    deps.signal.removeEventListener('abort', onAbort);
    finish([...observed]);
  };

  const onAbort = () => {
    cancelPending(false);
    review();
  };
  deps.signal.addEventListener('abort', onAbort, { once: true });

  const launch = (plan: PlannedProbe) => {
    const controller = new AbortController();
    order.set(plan.id, order.size);
    pending.set(plan.id, { plan, controller, startedAt: Date.now() });
    if (deps.signal.aborted) controller.abort();
    const request: Omit<ProbeRequest, 'port'> = {
      protocol: plan.protocol,
      host: plan.host,
      security: plan.security,
    };
    if (deps.clientName !== undefined) request.clientName = deps.clientName;
    const login = credentials?.credentialsFor(plan);
    if (login !== undefined) request.credentials = login;
    const hooks = {
      onProbeEvent: (event: { type: string; phase?: string }) => {
        if (event.type === 'probe-phase' && event.phase !== 'dns' && event.phase !== 'connect')
          answered.add(plan.id);
      },
      relabel: (result: ProbeResult) => (cancelledByGrace.has(plan.id) ? notNeeded(result) : result),
    };
    void runOne(plan, request, deps, controller.signal, hooks).then(
      (result) => {
        pending.delete(plan.id);
        credentials?.observe(plan, result);
        const item: ObservedProbe = { plan, result };
        // Cancelled while still waiting for the TCP handshake: no SYN-ACK in several round trips.
        if (result.outcome === 'not-needed' && result.errorCode === 'NO_ANSWER') item.unanswered = true;
        observed.push(item);
        // Ties in the ranking go to the earlier planned probe, whatever answered first.
        observed.sort((a, b) => orderOf(a.plan) - orderOf(b.plan));
        review();
      },
      () => {
        pending.delete(plan.id);
        credentials?.observe(plan, null);
        review();
      },
    );
  };

  return {
    expect(source) {
      const token = (dueCount += 1);
      due.set(token, source);
      return () => {
        if (due.delete(token)) review();
      };
    },
    start(plans) {
      if (closed) return;
      credentials?.prepare?.(plans);
      for (const plan of plans) if (!settled.has(directionOf(plan))) launch(plan);
    },
    finished,
  };
}
