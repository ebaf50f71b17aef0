import { describe, expect, it } from 'vitest';
import { createProbeScheduler } from '../../electron/probe/index.js';
import type { ProbeEvent, ProbeRequest } from '../../electron/shared/probe-types.js';
import { startTcpServer } from '../helpers/mail-servers/tcp-server.js';
import { useProbeTestWorld } from './fixtures.js';

const world = useProbeTestWorld();

/** A server that greets after a pause and records how many clients it held at once. */
async function countingServer(pauseMs: number) {
  const stats = { active: 0, peak: 0, total: 0 };
  const server = await world.track(
    startTcpServer({
      onConnection: (socket) => {
        stats.active += 1;
        stats.total += 1;
        stats.peak = Math.max(stats.peak, stats.active);
        socket.on('close', () => (stats.active -= 1));
        setTimeout(() => socket.end('+OK hi\r\n'), pauseMs);
      },
    }),
  );
  return { server, stats };
}

const request = (host: string, port: number): ProbeRequest => ({
  protocol: 'pop3',
  host,
  port,
  security: 'none',
});
const loopback = async () => [{ address: '127.0.0.1', family: 4 as const }];

/** Counts probes between their start and done events: the scheduler's own view of concurrency. */
function concurrencyMeter() {
  const stats = { active: 0, peak: 0 };
  const onEvent = (event: ProbeEvent) => {
    if (event.type === 'probe-start') stats.peak = Math.max(stats.peak, ++stats.active);
    if (event.type === 'probe-done') stats.active -= 1;
  };
  return { stats, onEvent };
}

describe('probe scheduler', () => {
  it('never runs more than perHostLimit probes against one host', async () => {
    const { server, stats } = await countingServer(80);
    const meter = concurrencyMeter();
    const scheduler = createProbeScheduler({ perHostLimit: 2, defaults: { resolve: loopback } });
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        scheduler.run(request('mail.test', server.port), { onEvent: meter.onEvent }),
      ),
    );
    expect(results.every((result) => result.greeted)).toBe(true);
    expect(stats.total).toBe(8);
    expect(meter.stats.peak).toBe(2);
  });

  it('treats case and IDN spellings of one host as the same host', async () => {
    const { server } = await countingServer(60);
    const meter = concurrencyMeter();
    const scheduler = createProbeScheduler({ perHostLimit: 1, defaults: { resolve: loopback } });
    await Promise.all(
      ['メール.テスト', 'XN--4DKUA4C.xn--zckzah', 'xn--4dkua4c.xn--zckzah.'].map((host) =>
        scheduler.run(request(host, server.port), { onEvent: meter.onEvent }),
      ),
    );
    expect(meter.stats.peak).toBe(1);
  });

  it('runs different hosts in parallel', async () => {
    const { server, stats } = await countingServer(150);
    const scheduler = createProbeScheduler({ perHostLimit: 1, defaults: { resolve: loopback } });
    await Promise.all(
      ['a.test', 'b.test', 'c.test'].map((host) => scheduler.run(request(host, server.port))),
    );
    expect(stats.peak).toBe(3);
  });

  it('cancels queued probes without traffic and running ones promptly', async () => {
    const { server, stats } = await countingServer(5_000);
    const scheduler = createProbeScheduler({ perHostLimit: 1, defaults: { resolve: loopback } });
    const runs = Array.from({ length: 4 }, () => scheduler.run(request('mail.test', server.port)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scheduler.running).toBe(1);
    expect(scheduler.queued).toBe(3);
    const started = performance.now();
    scheduler.cancelAll();
    const results = await Promise.all(runs);
    expect(results.map((result) => result.outcome)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(stats.total).toBe(1);
    expect(scheduler.running + scheduler.queued).toBe(0);
  });

  it("a caller's signal cancels only its own run", async () => {
    const { server } = await countingServer(100);
    const scheduler = createProbeScheduler({ perHostLimit: 1, defaults: { resolve: loopback } });
    const controller = new AbortController();
    const first = scheduler.run(request('mail.test', server.port));
    const second = scheduler.run(request('mail.test', server.port), { signal: controller.signal });
    controller.abort();
    expect((await second).outcome).toBe('cancelled');
    expect((await first).outcome).not.toBe('cancelled');
  });
});
