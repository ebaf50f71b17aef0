// Runs many probes at once with a cap per host, so a wizard trying a dozen port/security combinations
// never opens more than a handful of connections to one server (and never looks like a scan).
// Queued probes are cancelled without touching the network; running ones are aborted.
import type { ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import { normalizeHostKey } from './host.js';
import { DEFAULT_PER_HOST_LIMIT } from './limits.js';
import { probe, type ProbeOptions } from './probe.js';

export interface ProbeSchedulerOptions {
  /** Concurrent probes per host (host name compared case-insensitively, IDN-normalized). */
  perHostLimit?: number;
  /** Concurrent probes overall. */
  totalLimit?: number;
  /** Defaults merged into every run's options (resolver, limits, trustedCa). */
  defaults?: Omit<ProbeOptions, 'signal' | 'onEvent' | 'probeId'>;
}

export interface ProbeScheduler {
  run(request: ProbeRequest, options?: ProbeOptions): Promise<ProbeResult>;
  /** Cancels everything queued or running; each run still resolves with outcome 'cancelled'. */
  cancelAll(): void;
  readonly running: number;
  readonly queued: number;
}

interface Job {
  host: string;
  start: () => void;
}

const DEFAULT_TOTAL_LIMIT = 32;

export function createProbeScheduler(options: ProbeSchedulerOptions = {}): ProbeScheduler {
  const perHostLimit = Math.max(1, options.perHostLimit ?? DEFAULT_PER_HOST_LIMIT);
  const totalLimit = Math.max(1, options.totalLimit ?? DEFAULT_TOTAL_LIMIT);
  const activeByHost = new Map<string, number>();
  const queue: Job[] = [];
  const controllers = new Set<AbortController>();
  let running = 0;

  const pump = () => {
    for (let index = 0; index < queue.length && running < totalLimit;) {
      const job = queue[index]!;
      if ((activeByHost.get(job.host) ?? 0) >= perHostLimit) {
        index += 1;
        continue;
      }
      queue.splice(index, 1);
      running += 1;
      activeByHost.set(job.host, (activeByHost.get(job.host) ?? 0) + 1);
      job.start();
    }
  };

  const release = (host: string) => {
    running -= 1;
    const left = (activeByHost.get(host) ?? 1) - 1;
    if (left > 0) activeByHost.set(host, left);
    else activeByHost.delete(host);
    pump();
  };

  function run(request: ProbeRequest, runOptions: ProbeOptions = {}): Promise<ProbeResult> {
    const controller = new AbortController();
    controllers.add(controller);
    const callerSignal = runOptions.signal;
    const forward = () => controller.abort();
    if (callerSignal?.aborted) controller.abort();
    callerSignal?.addEventListener('abort', forward, { once: true });
    const host = normalizeHostKey(request.host);

    return new Promise<ProbeResult>((resolve) => {
      const job: Job = {
        host,
        start: () => {
          probe(request, { ...options.defaults, ...runOptions, signal: controller.signal })
            .then(resolve)
            .finally(() => {
              controllers.delete(controller);
              callerSignal?.removeEventListener('abort', forward);
              release(host);
            });
        },
      };
      // A probe cancelled while queued still produces its (cancelled) result, without any traffic.
      controller.signal.addEventListener(
        'abort',
        () => {
          const index = queue.indexOf(job);
          if (index === -1) return;
          queue.splice(index, 1);
          controllers.delete(controller);
          callerSignal?.removeEventListener('abort', forward);
          probe(request, { ...options.defaults, ...runOptions, signal: controller.signal }).then(resolve);
        },
        { once: true },
      );
      queue.push(job);
      pump();
    });
  }

  return {
    run,
    cancelAll: () => {
      for (const controller of [...controllers]) controller.abort();
    },
    get running() {
      return running;
    },
    get queued() {
      return queue.length;
    },
  };
}
