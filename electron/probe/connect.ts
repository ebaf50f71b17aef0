// TCP connect with Happy Eyeballs (RFC 8305) over addresses we resolved ourselves, so we know exactly
// which address answered and why the others did not. Families are interleaved IPv6-first; each attempt
// gets a short head start, a failed attempt starts the next one at once, the first success wins and the
// rest are destroyed. One absolute deadline covers the whole race.
import net from 'node:net';
import { ProbeFailure, socketFailure, systemCodeOf } from './failure.js';
import type { ResolvedAddress } from './resolve.js';

export interface ConnectedSocket {
  socket: net.Socket;
  address: string;
  family: 4 | 6;
}

export interface ConnectOptions {
  port: number;
  timeoutMs: number;
  attemptDelayMs: number;
  signal: AbortSignal;
}

/** RFC 8305 §4: alternate families, starting with IPv6, keeping the resolver's order within a family. */
export function interleaveFamilies(addresses: ResolvedAddress[]): ResolvedAddress[] {
  const v6 = addresses.filter((entry) => entry.family === 6);
  const v4 = addresses.filter((entry) => entry.family === 4);
  const ordered: ResolvedAddress[] = [];
  for (let index = 0; index < Math.max(v6.length, v4.length); index += 1) {
    const six = v6[index];
    const four = v4[index];
    if (six) ordered.push(six);
    if (four) ordered.push(four);
  }
  return ordered;
}

/** When every address failed, the most telling failure speaks for all: a refusal proves the host is there. */
const FAILURE_RANK: Record<string, number> = { refused: 0, reset: 1, timeout: 2, unreachable: 3 };

function mostTelling(failures: ProbeFailure[]): ProbeFailure {
  return [...failures].sort((a, b) => (FAILURE_RANK[a.outcome] ?? 9) - (FAILURE_RANK[b.outcome] ?? 9))[0]!;
}

export function connectHappyEyeballs(
  addresses: ResolvedAddress[],
  options: ConnectOptions,
): Promise<ConnectedSocket> {
  const queue = interleaveFamilies(addresses);
  return new Promise<ConnectedSocket>((resolve, reject) => {
    const live = new Set<net.Socket>();
    const failures: ProbeFailure[] = [];
    let nextTimer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;

    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(nextTimer);
      options.signal.removeEventListener('abort', onAbort);
      outcome();
    };
    const destroyAll = () => {
      for (const socket of live) socket.destroy();
      live.clear();
    };
    const onAbort = () =>
      finish(() => {
        destroyAll();
        reject(new ProbeFailure('cancelled', 'CANCELLED'));
      });
    const deadline = setTimeout(
      () =>
        finish(() => {
          destroyAll();
          reject(new ProbeFailure('timeout', 'CONNECT_TIMEOUT'));
        }),
      options.timeoutMs,
    );

    const startNext = () => {
      clearTimeout(nextTimer);
      const target = queue.shift();
      if (!target) {
        if (live.size === 0) finish(() => reject(mostTelling(failures)));
        return;
      }
      const socket = net.connect({
        host: target.address,
        port: options.port,
        family: target.family,
        noDelay: true,
      });
      live.add(socket);
      socket.once('connect', () => {
        live.delete(socket);
        socket.removeAllListeners('error');
        // Until the session attaches its own listener, a stray error must not crash the process.
        socket.on('error', () => undefined);
        finish(() => {
          destroyAll();
          resolve({ socket, address: target.address, family: target.family });
        });
      });
      socket.once('error', (error) => {
        live.delete(socket);
        socket.destroy();
        failures.push(
          systemCodeOf(error) ? socketFailure(error) : new ProbeFailure('unreachable', 'HOST_UNREACHABLE'),
        );
        if (!settled) startNext();
      });
      if (queue.length > 0) nextTimer = setTimeout(startNext, options.attemptDelayMs);
    };

    if (options.signal.aborted) return onAbort();
    options.signal.addEventListener('abort', onAbort, { once: true });
    if (queue.length === 0) return finish(() => reject(new ProbeFailure('dns-error', 'DNS_NODATA')));
    startNext();
  });
}
