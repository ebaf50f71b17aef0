// One discovery source cannot make the engine flood the network: a 2,000-host autoconfig file, an
// Autodiscover answer and SRV records naming too many hosts or non-mail ports are cut down to at most
// 8 hosts on mail ports. Counted where it matters: queries at the test DNS server, connections at the
// TCP listeners every mail port is sent to (and at the one the other ports would reach). No root.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../electron/diagnosis/index.js';
import { parseAutoconfig } from '../../electron/discovery/autoconfig-xml.js';
import { parseAutodiscover } from '../../electron/discovery/autodiscover-xml.js';
import {
  capSourceCandidates,
  MAIL_PORTS,
  MAX_HOSTS_PER_SOURCE,
} from '../../electron/discovery/candidate-caps.js';
import { discover } from '../../electron/discovery/discover.js';
import { createDnsClient } from '../../electron/discovery/dns-client.js';
import { createHttpClient } from '../../electron/discovery/http-get.js';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import {
  closedLoopbackPort,
  isolatedConfig,
  listening,
  type Closable,
} from '../diagnosis/isolated-config.js';
import { startDnsServer, type DnsServer, type Zone } from '../helpers/dns-server.js';
import { startHttpFixture, type HttpFixture } from '../helpers/http-fixture.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';

const HOSTS = 2_000;
// Non-mail ports first in each cycle: hosts published on them must be skipped, not just re-ported.
const PORT_CYCLE = [22, 993, 8080, 143, 3306, 993];
const MAIL_PORT_LIST = [...MAIL_PORTS];
const OTHER_PORTS = [22, 8080, 3306];

const hostName = (index: number) => `h${index}.big.test`;
const addressOf = (index: number) => `127.77.${Math.floor(index / 200)}.${(index % 200) + 1}`;
const portOf = (index: number) => PORT_CYCLE[index % PORT_CYCLE.length]!;

function bigAutoconfig(): string {
  const servers = Array.from({ length: HOSTS }, (_, index) => {
    const port = portOf(index);
    const socket = port === 993 ? 'SSL' : 'STARTTLS';
    return `<incomingServer type="imap"><hostname>${hostName(index)}</hostname><port>${port}</port><socketType>${socket}</socketType></incomingServer>`;
  });
  return `<clientConfig version="1.1"><emailProvider id="big.test">${servers.join('')}<outgoingServer type="smtp"><hostname>smtp;.big.test</hostname><port>465</port><socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>`;
}

/** The first MAX_HOSTS_PER_SOURCE hosts of the file that are on a mail port. */
function expectedHosts(): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < HOSTS && indexes.length < MAX_HOSTS_PER_SOURCE; index += 1)
    if (MAIL_PORTS.has(portOf(index))) indexes.push(index);
  return indexes;
}

interface CountingListener extends Closable {
  port: number;
  /** The address each connection was made to. */
  dialed: string[];
}

async function countingListener(): Promise<CountingListener> {
  const dialed: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    dialed.push(socket.localAddress ?? '');
    sockets.add(socket);
    socket.destroy();
  });
  const port = await listening(server, '0.0.0.0');
  return {
    port,
    dialed,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

describe('parsers cap what one source may name', () => {
  it('keeps the first 8 hosts on mail ports of a 2,000-host autoconfig, and no invalid name', () => {
    const doc = parseAutoconfig(bigAutoconfig(), 'autoconfig', 'big.test')!;
    const hosts = [...new Set(doc.servers.map((server) => server.host))];
    expect(hosts).toEqual(expectedHosts().map(hostName));
    expect(doc.servers.every((server) => MAIL_PORTS.has(server.port))).toBe(true);
  });

  it('caps an Autodiscover answer the same way', () => {
    const protocols = Array.from(
      { length: 50 },
      (_, index) =>
        `<Protocol><Type>IMAP</Type><Server>x${index}.ad.test</Server><Port>${index % 2 ? 993 : 8443}</Port></Protocol>`,
    ).join('');
    const xml = `<Autodiscover><Response><Account>${protocols}</Account></Response></Autodiscover>`;
    const candidates = parseAutodiscover(xml);
    expect(candidates.map((c) => c.host)).toEqual(
      Array.from({ length: 8 }, (_, n) => `x${2 * n + 1}.ad.test`),
    );
  });

  it('keeps every port of an admitted host but no duplicate, and normalises names', () => {
    const base = { protocol: 'smtp', security: 'tls', source: 'srv' } as const;
    const kept = capSourceCandidates([
      { ...base, host: 'Mail.Example.JP.', port: 465 },
      { ...base, host: 'mail.example.jp', port: 465 },
      { ...base, host: 'mail.example.jp', port: 587, security: 'starttls' },
      { ...base, host: 'mail.example.jp', port: 2525 },
      { ...base, host: 'a(b.example.jp', port: 465 },
    ]);
    expect(kept.map((c) => `${c.host}:${c.port}`)).toEqual(['mail.example.jp:465', 'mail.example.jp:587']);
  });
});

describe('a hostile source cannot make the engine flood the network', () => {
  let ca: TestCa;
  let dns: DnsServer;
  let web: HttpFixture;
  let mail: CountingListener;
  let other: CountingListener;
  let config: DiagnosisConfig;

  beforeAll(async () => {
    ca = createTestCa();
    const zone: Zone = {
      'big.test': { TXT: ['v=spf1 -all'] },
      'autoconfig.big.test': { A: ['127.0.0.1'] },
      'srv.test': { TXT: ['v=spf1 -all'] },
    };
    for (let index = 0; index < HOSTS; index += 1) zone[hostName(index)] = { A: [addressOf(index)] };
    // Twelve SRV targets across the six services, plus one on a non-mail port.
    const services = ['_submissions', '_submission', '_imaps', '_imap', '_pop3s', '_pop3'];
    services.forEach((service, index) => {
      zone[`${service}._tcp.srv.test`] = {
        SRV: [
          { priority: 0, weight: 1, port: 465, target: `s${2 * index}.srv.test` },
          { priority: 1, weight: 1, port: index === 0 ? 8080 : 993, target: `s${2 * index + 1}.srv.test` },
        ],
      };
    });
    dns = await startDnsServer({ zone });
    web = await startHttpFixture({
      routes: { 'autoconfig.big.test/mail/config-v1.1.xml': bigAutoconfig() },
    });
    mail = await countingListener();
    other = await countingListener();
    config = isolatedConfig({
      dnsServer: dns.server,
      caPem: ca.certPem,
      closedPort: await closedLoopbackPort(),
      servers: {},
      otherPorts: [],
      httpPort: web.httpPort,
      httpMs: 3_000,
    });
    for (const port of MAIL_PORT_LIST) config.portOverrides![`*:${port}`] = mail.port;
    for (const port of OTHER_PORTS) config.portOverrides![`*:${port}`] = other.port;
  });

  afterAll(async () => {
    await Promise.allSettled([dns, web, mail, other].map((closable) => closable?.close()));
    ca?.cleanup();
  });

  it('a 2,000-host autoconfig costs a bounded number of DNS queries and connections', async () => {
    const result = await diagnose(
      { email: 'ken@big.test', publicIpLookup: false, timeoutMs: 20_000 },
      { config },
    );
    expect(result.outgoing).toBeNull();

    const askedHosts = new Set(
      dns.queries.filter((q) => /^h\d+\.big\.test$/.test(q.name)).map((q) => q.name),
    );
    expect([...askedHosts].sort()).toEqual(expectedHosts().map(hostName).sort());
    // A and AAAA per admitted host, the guesses, MX/NS/SRV of the domain: far from 2,000 × 2.
    expect(dns.queries.length).toBeLessThan(120);

    const allowed = new Set(expectedHosts().map(addressOf));
    const fromFile = mail.dialed.filter((address) => address.startsWith('127.77.'));
    expect(new Set(fromFile).size).toBe(MAX_HOSTS_PER_SOURCE);
    expect(fromFile.every((address) => allowed.has(address))).toBe(true);
    // IMAP's own ports per admitted host (993 and 143), nothing more.
    expect(fromFile.length).toBeLessThanOrEqual(MAX_HOSTS_PER_SOURCE * 2);
    expect(other.dialed).toEqual([]);
  });

  it('SRV answers naming 12 targets and a non-mail port give at most 8 hosts', async () => {
    const client = createDnsClient({ servers: [dns.server], timeoutMs: 2_000 });
    const http = createHttpClient({ dns: client, portOverrides: config.httpPorts });
    const report = await discover({ email: 'a@srv.test', domain: 'srv.test' }, { dns: client, http, config });
    const srv = report.candidates.filter((candidate) => candidate.source === 'srv');
    expect(new Set(srv.map((c) => c.host)).size).toBe(MAX_HOSTS_PER_SOURCE);
    expect(srv.every((c) => MAIL_PORTS.has(c.port))).toBe(true);
    expect(srv.map((c) => c.host)).not.toContain('s1.srv.test');
  });
});
