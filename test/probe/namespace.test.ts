// Black holes and ICMP errors need packet filters, so these run in a network namespace created for
// this file (root only; skipped otherwise): the probe runs in a child process inside it.
//   bar 13: an IPv6 address that silently drops SYNs, with working IPv4 → IPv4 in bounded time.
//   OP25B signature: IPv4 that drops SYNs → timeout.  ICMP host-unreachable → unreachable.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeRequest, ProbeResult } from '../../electron/shared/probe-types.js';

const run = promisify(execFile);
const NAMESPACE = `mwprobe-${process.pid}`;
const BLACKHOLE_V6 = 'fdff:6d77:6970::1';
const BLACKHOLE_V4 = '127.0.0.2';
const UNREACHABLE_V4 = '127.0.0.3';

function canUseNamespaces(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const available = canUseNamespaces();
if (!available) console.warn('namespace.test.ts skipped: needs root and `ip netns` (iptables/ip6tables)');

function inNamespace(args: string[]): void {
  execFileSync('ip', ['netns', 'exec', NAMESPACE, ...args], { stdio: 'ignore' });
}

beforeAll(() => {
  if (!available) return;
  execFileSync('ip', ['netns', 'add', NAMESPACE]);
  inNamespace(['ip', 'link', 'set', 'lo', 'up']);
  inNamespace(['ip', 'addr', 'add', `${BLACKHOLE_V6}/128`, 'dev', 'lo']);
  inNamespace(['ip6tables', '-A', 'OUTPUT', '-d', BLACKHOLE_V6, '-p', 'tcp', '-j', 'DROP']);
  inNamespace(['iptables', '-A', 'OUTPUT', '-d', BLACKHOLE_V4, '-p', 'tcp', '-j', 'DROP']);
  inNamespace([
    'iptables',
    '-A',
    'OUTPUT',
    '-d',
    UNREACHABLE_V4,
    '-p',
    'tcp',
    '-j',
    'REJECT',
    '--reject-with',
    'icmp-host-unreachable',
  ]);
});
afterAll(() => {
  if (available) execFileSync('ip', ['netns', 'del', NAMESPACE], { stdio: 'ignore' });
});

interface ChildOutput {
  result: ProbeResult;
  wallMs: number;
}

async function probeInNamespace(
  resolve: { address: string; family: 4 | 6 }[],
  limits: Record<string, number>,
) {
  const request: ProbeRequest = { protocol: 'imap', host: 'mail.test', port: 143, security: 'none' };
  const input = JSON.stringify({ request, resolve, limits, server: 'imap-ipv4' });
  const { stdout } = await run('ip', [
    'netns', 'exec', NAMESPACE, 'node', 'build/scripts/run-ts.mjs', 'test/probe/child/probe-child.ts', input,
  ]); // prettier-ignore
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildOutput;
}

describe.skipIf(!available)('network namespace: black holes and ICMP', () => {
  it('an IPv6 black hole falls back to working IPv4 within the Happy Eyeballs delay', async () => {
    const { result, wallMs } = await probeInNamespace(
      [
        { address: BLACKHOLE_V6, family: 6 },
        { address: '127.0.0.1', family: 4 },
      ],
      { connectTimeoutMs: 10_000, happyEyeballsDelayMs: 250 },
    );
    expect(result).toMatchObject({ outcome: 'ok', address: '127.0.0.1', family: 4 });
    expect(result.ms.connect).toBeGreaterThanOrEqual(200);
    expect(result.ms.connect).toBeLessThan(3_000);
    expect(wallMs).toBeLessThan(8_000);
  });

  it('dropped SYNs on IPv4 (the OP25B signature) end in a connect timeout', async () => {
    const { result } = await probeInNamespace([{ address: BLACKHOLE_V4, family: 4 }], {
      connectTimeoutMs: 700,
    });
    expect(result).toMatchObject({
      outcome: 'timeout',
      errorCode: 'CONNECT_TIMEOUT',
      failedPhase: 'connect',
    });
  });

  it('ICMP host unreachable is reported as unreachable', async () => {
    const { result } = await probeInNamespace([{ address: UNREACHABLE_V4, family: 4 }], {
      connectTimeoutMs: 5_000,
    });
    expect(result).toMatchObject({
      outcome: 'unreachable',
      errorCode: 'HOST_UNREACHABLE',
      systemCode: 'EHOSTUNREACH',
    });
  });
});
