// Probe benchmark: 200 mixed probes (SMTP/IMAP/POP3; none, STARTTLS, implicit TLS; some with a login)
// against loopback servers running in a child process, so this process's CPU is the probe's own.
// Figures: wall time per probe (p50/p95; SMTP includes smtp-server's fixed 100 ms early-talker pause),
// client CPU per probe — the probe's own overhead, TLS handshake crypto included, since on loopback the
// network costs nothing — and peak RSS while 200 more probes run through the scheduler at once.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createProbeScheduler, probe, type ProbeOptions } from '../electron/probe/index.js';
import type { ProbeRequest } from '../electron/shared/probe-types.js';
import type { BenchFigure } from './bench-types.js';

const PROBES = 200;

interface ServerInfo {
  ports: Record<string, number>;
  caPem: string;
}

async function startServers() {
  const child = spawn('node', ['build/scripts/run-ts.mjs', 'test/helpers/mail-servers/serve-all.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const [first] = (await once(lines, 'line')) as [string];
  return { info: JSON.parse(first) as ServerInfo, stop: () => child.stdin.end() };
}

function mixedRequests(ports: Record<string, number>): ProbeRequest[] {
  const credentials = { usernames: ['bench@example.test'], password: 'bench-password' };
  const shapes: Omit<ProbeRequest, 'host'>[] = [
    { protocol: 'smtp', port: ports.smtpPlain!, security: 'none' },
    { protocol: 'smtp', port: ports.smtpStarttls!, security: 'starttls', credentials },
    { protocol: 'smtp', port: ports.smtpImplicit!, security: 'tls' },
    { protocol: 'imap', port: ports.imapStarttls!, security: 'starttls' },
    { protocol: 'imap', port: ports.imapImplicit!, security: 'tls', credentials },
    { protocol: 'pop3', port: ports.pop3Plain!, security: 'none' },
    { protocol: 'pop3', port: ports.pop3Implicit!, security: 'tls', credentials },
  ];
  return Array.from({ length: PROBES }, (_, index) => ({
    host: 'mail.test',
    ...shapes[index % shapes.length]!,
  }));
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

const round = (value: number) => Math.round(value * 100) / 100;

export default async function probeBench(): Promise<BenchFigure[]> {
  const { info, stop } = await startServers();
  try {
    const options: ProbeOptions = {
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      trustedCa: [info.caPem],
    };
    const requests = mixedRequests(info.ports);
    // Warm-up (JIT, TLS context, servers' first connections) is not part of the figures.
    for (const request of requests.slice(0, 14)) await probe(request, options);
    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);

    const wall: number[] = [];
    const cpu: number[] = [];
    let failures = 0;
    for (const request of requests) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const result = await probe(request, options);
      wall.push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
      if (result.outcome !== 'ok' || (result.auth && result.auth.outcome !== 'ok')) failures += 1;
    }

    const scheduler = createProbeScheduler({ perHostLimit: 4, defaults: options });
    const batchStarted = performance.now();
    await Promise.all(
      requests.map((request, index) => scheduler.run({ ...request, host: `h${index % 50}.mail.test` })),
    );
    const batchMs = performance.now() - batchStarted;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());

    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    return [
      { name: 'probe.wall_p50_ms', value: round(percentile(wall, 0.5)), unit: 'ms' },
      { name: 'probe.wall_p95_ms', value: round(percentile(wall, 0.95)), unit: 'ms' },
      { name: 'probe.cpu_overhead_p50_ms', value: round(percentile(cpu, 0.5)), unit: 'ms' },
      {
        name: 'probe.cpu_overhead_p95_ms',
        value: round(percentile(cpu, 0.95)),
        unit: 'ms',
        target: '< 5 ms',
      },
      { name: 'probe.batch_200_parallel_ms', value: round(batchMs), unit: 'ms' },
      { name: 'probe.peak_rss_mb', value: round(peakRss / 1024 / 1024), unit: 'MB', target: '< 120 MB' },
      { name: 'probe.failed_probes', value: failures, unit: 'count', target: '0' },
    ];
  } finally {
    stop();
  }
}

// Direct run: node build/scripts/run-ts.mjs bench/probe.bench.ts
if (process.argv[1]?.endsWith('probe.bench.ts')) {
  console.table(await probeBench());
}
