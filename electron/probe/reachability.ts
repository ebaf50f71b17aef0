// A bare TCP handshake to one port, closed at once, under the probe engine's connect bounds: the
// control connection that tells "this network filters mail ports" from "the server is not there".
// Nothing is sent.
import { connectHappyEyeballs } from './connect.js';
import { ProbeFailure } from './failure.js';
import { resolveLimits, type ProbeLimits } from './limits.js';
import type { ResolvedAddress } from './resolve.js';
import type { ProbeOutcome } from '../shared/probe-types.js';

export interface ReachabilityOptions {
  limits?: Partial<ProbeLimits> | undefined;
  signal: AbortSignal;
}

/** 'ok' when the handshake completed; otherwise the connect failure's outcome (refused, timeout, …). */
export async function tcpReachable(
  addresses: ResolvedAddress[],
  port: number,
  options: ReachabilityOptions,
): Promise<ProbeOutcome> {
  const limits = resolveLimits(options.limits);
  try {
    const connected = await connectHappyEyeballs(addresses, {
      port,
      timeoutMs: limits.connectTimeoutMs,
      attemptDelayMs: limits.happyEyeballsDelayMs,
      signal: options.signal,
    });
    connected.socket.destroy();
    return 'ok';
  } catch (error) {
    return error instanceof ProbeFailure ? error.outcome : 'unreachable';
  }
}
