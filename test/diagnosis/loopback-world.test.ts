// The loopback world itself: DNS, HTTP discovery files, mail servers and the OP25B rules all answer.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient } from '../../electron/discovery/dns-client.js';
import { createHttpClient } from '../../electron/discovery/http-get.js';
import { loopbackWorldSupport, startLoopbackWorld, type LoopbackWorld } from '../helpers/loopback-world.js';

const support = loopbackWorldSupport();

function connectOutcome(
  host: string,
  port: number,
  timeoutMs: number,
): Promise<'connected' | 'refused' | 'timeout'> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('timeout');
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', () => {
      clearTimeout(timer);
      resolve('refused');
    });
  });
}

describe.skipIf(!support.ok)('loopback world', () => {
  let world: LoopbackWorld;
  beforeAll(async () => {
    world = await startLoopbackWorld();
  });
  afterAll(async () => {
    await world?.stop();
  });

  it('answers DNS for its domains and NXDOMAIN for the unknown one', async () => {
    const dns = createDnsClient({ servers: world.config.dnsServers, timeoutMs: 2_000 });
    expect((await dns.mx('alpha.test')).records).toEqual([{ exchange: 'mail.alpha.test', priority: 10 }]);
    expect((await dns.a('mail.shared.test')).records).toEqual([world.addresses.shared]);
    expect((await dns.srv('_submission._tcp.srvonly.test')).records[0]?.name).toBe('');
    expect((await dns.mx('nowhere.test')).outcome).toBe('nxdomain');
    expect((await dns.mx('srvonly.test')).outcome).toBe('nodata');
    expect((await dns.ptr('203.0.113.7')).records).toEqual(['p1234-ipngn100.tokyo.ocn.ne.jp']);
  });

  it('serves the autoconfig file over HTTPS trusted through the test CA', async () => {
    const dns = createDnsClient({ servers: world.config.dnsServers });
    const http = createHttpClient({ dns, extraCaPem: world.config.extraCaPem });
    const response = await http({
      url: 'https://autoconfig.auto.test/mail/config-v1.1.xml',
      timeoutMs: 3_000,
    });
    expect(response.outcome).toBe('ok');
    expect(response.body).toContain('box.autohost.test');
  });

  it('drops and rejects port 25 on the OP25B servers while 587 answers', async () => {
    expect(await connectOutcome(world.addresses.op25b, 587, 2_000)).toBe('connected');
    expect(await connectOutcome(world.addresses.alpha, 25, 2_000)).toBe('connected');
    if (!world.op25bActive) return;
    expect(await connectOutcome(world.addresses.op25b, 25, 500)).toBe('timeout');
    expect(await connectOutcome(world.addresses.reject25, 25, 2_000)).toBe('refused');
  });

  it('stops at once even while clients hold connections open, mid-TLS-handshake included', async () => {
    const other = await startLoopbackWorld({ op25b: false });
    const held = await Promise.all(
      [
        [other.addresses.alpha, 587],
        [other.addresses.alpha, 993],
        [other.addresses.alpha, 110],
        [other.addresses.dns, 53],
        [other.addresses.http, 80],
        [other.addresses.http, 443],
      ].map(
        ([host, port]) =>
          new Promise<net.Socket>((resolve) => {
            // Connected and silent: a TLS listener is left waiting for the ClientHello.
            const socket = net.connect({ host: host as string, port: port as number }, () => resolve(socket));
            socket.on('error', () => undefined);
          }),
      ),
    );
    const started = Date.now();
    await other.stop();
    // It used to wait for these clients (forever for the TLS ones); generous bound for a loaded machine.
    expect(Date.now() - started).toBeLessThan(3_000);
    for (const socket of held) socket.destroy();
  });
});
