// No waiting on no progress: when, some seconds into a run, no mail server has shown a sign of life, the
// phase deadlines (10 s connect, 10 s TLS, 15 s greeting) would only add up to a longer wait for the same
// answer. Progress is judged by evidence, not by sockets: a completed TLS handshake or a valid greeting
// is progress; an accepted connection that stays silent, or one that streams bytes no mail protocol
// sends, is not. The deadline lies beyond the greeting delay some servers impose on purpose against
// spam (a few seconds, Postfix postscreen's default is 6 s), so such a server is still found; the
// deadline itself is StageTimeouts.noProgressMs.
import type { ProbeEvent, ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import type { ProbeFn } from './run-probes.js';

export interface ProgressWatch {
  /** The probe function, with every probe's phases and result feeding the watch. */
  wrap(probe: ProbeFn): ProbeFn;
  /** Aborted once the deadline passed without any evidence of a mail server. */
  readonly signal: AbortSignal;
  /** True when the run was ended for lack of progress. */
  readonly stalled: boolean;
  /** Ends the watch (the run is over): the deadline no longer fires. */
  stop(): void;
}

/** What a finished probe proves: it spoke TLS or a mail protocol's greeting. */
export function resultShowsProgress(result: ProbeResult): boolean {
  return result.greeted || result.tls !== null;
}

/**
 * What a phase change proves. 'capabilities' follows a valid greeting; 'greeting' on an implicit-TLS
 * probe follows a completed handshake. Connect alone proves nothing (a silent listener accepts too).
 */
export function phaseShowsProgress(request: Pick<ProbeRequest, 'security'>, event: ProbeEvent): boolean {
  if (event.type !== 'probe-phase') return false;
  if (event.phase === 'greeting') return request.security === 'tls';
  return event.phase === 'capabilities' || event.phase === 'starttls' || event.phase === 'auth';
}

export function createProgressWatch(deadlineMs: number): ProgressWatch {
  const controller = new AbortController();
  let progressed = false;
  let stalled = false;
  const timer = setTimeout(() => {
    if (progressed) return;
    stalled = true;
    controller.abort();
  }, deadlineMs);
  timer.unref?.();
  const progress = () => {
    if (progressed || stalled) return;
    progressed = true;
    clearTimeout(timer);
  };

  return {
    wrap: (probe) => async (request, options) => {
      const result = await probe(request, {
        ...options,
        onEvent: (event) => {
          if (phaseShowsProgress(request, event)) progress();
          options.onEvent(event);
        },
      });
      if (resultShowsProgress(result)) progress();
      return result;
    },
    signal: controller.signal,
    get stalled() {
      return stalled;
    },
    stop: () => clearTimeout(timer),
  };
}
