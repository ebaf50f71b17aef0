// discover() and guessContext() against a real DNS server and HTTP(S) fixture on 127.0.0.1 (ephemeral
// ports, so no root needed: the config's httpPorts point the well-known URLs at the fixture).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { guessContext } from '../../electron/discovery/context.js';
import { discover } from '../../electron/discovery/discover.js';
import { createDnsClient } from '../../electron/discovery/dns-client.js';
import { createHttpClient } from '../../electron/discovery/http-get.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';
import { startHttpFixture, type HttpFixture } from '../helpers/http-fixture.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';

const LOOPBACK = { A: ['127.0.0.1'] };

function autoconfigFor(host: string, port = 465): string {
  return `<clientConfig version="1.1"><emailProvider id="p"><outgoingServer type="smtp"><hostname>${host}</hostname><port>${port}</port><socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>`;
}

describe('discovery sources', () => {
  let dns: DnsServer;
  let http: HttpFixture;
  let ca: TestCa;
  let config: DiagnosisConfig;

  beforeAll(async () => {
    ca = createTestCa();
    const leaf = ca.issue({
      dnsNames: [
        'autoconfig.ac.test',
        'autodiscover.ad.test',
        'ad.test',
        'wk.test',
        'autoconfig.mailhost.test',
      ],
    });
    dns = await startDnsServer({
      zone: {
        'ac.test': { MX: [{ priority: 10, exchange: 'mx.ac.test' }], NS: ['ns1.xserver.jp'] },
        'autoconfig.ac.test': LOOPBACK,
        'srv.test': { TXT: ['x'] },
        '_submissions._tcp.srv.test': {
          SRV: [{ priority: 0, weight: 1, port: 465, target: 'mail.srv.test' }],
        },
        '_imaps._tcp.srv.test': {
          SRV: [{ priority: 0, weight: 1, port: 993, target: 'imap.elsewhere.test' }],
        },
        '_pop3._tcp.srv.test': { SRV: [{ priority: 0, weight: 0, port: 0, target: '.' }] },
        'wk.test': LOOPBACK,
        'ad.test': LOOPBACK,
        'autodiscover.ad.test': LOOPBACK,
        'customer.test': { MX: [{ priority: 5, exchange: 'mx2.mailhost.test' }] },
        'autoconfig.mailhost.test': LOOPBACK,
        'slow.test': { MX: [{ priority: 5, exchange: 'mx.slow.test' }] },
        'gmail.com': { MX: [{ priority: 5, exchange: 'gmail-smtp-in.l.google.com' }] },
        '9.113.0.203.in-addr.arpa': { PTR: ['softbank126012062002.bbtec.net'] },
      },
      silent: ['_submissions._tcp.slow.test'],
    });
    http = await startHttpFixture({
      tls: { key: leaf.keyPem, cert: leaf.chainPem },
      routes: {
        'autoconfig.ac.test/mail/config-v1.1.xml': autoconfigFor('smtp.ac.test'),
        'wk.test/.well-known/autoconfig/mail/config-v1.1.xml': autoconfigFor('smtp.wk.test', 587),
        '*/v1.1/ispdb-only.test': autoconfigFor('smtp.ispdb.test'),
        'autoconfig.mailhost.test/mail/config-v1.1.xml': autoconfigFor('smtp.mailhost.test'),
        'autodiscover.ad.test/autodiscover/autodiscover.xml': {
          method: 'POST',
          body: '<Autodiscover><Response><Account><Protocol><Type>SMTP</Type><Server>smtp.ad.test</Server><Port>465</Port><SSL>on</SSL></Protocol></Account></Response></Autodiscover>',
        },
        '*/ip': { body: '{"ip":"203.0.113.9"}', contentType: 'application/json' },
      },
    });
    config = {
      dnsServers: [dns.server],
      httpPorts: { http: http.httpPort, https: http.httpsPort ?? 0 },
      ispdbBaseUrl: `http://127.0.0.1:${http.httpPort}/v1.1/`,
      publicIpUrl: `http://127.0.0.1:${http.httpPort}/ip`,
      extraCaPem: [ca.certPem],
      timeouts: { dnsMs: 500, httpMs: 1_500, discoveryMs: 2_500 },
    };
  });

  afterAll(async () => {
    await Promise.all([dns?.close(), http?.close()]);
    ca?.cleanup();
  });

  const run = (email: string) => {
    const client = createDnsClient({ servers: config.dnsServers, timeoutMs: 500 });
    const httpClient = createHttpClient({
      dns: client,
      extraCaPem: config.extraCaPem,
      portOverrides: config.httpPorts,
    });
    return discover({ email, domain: email.split('@')[1]! }, { dns: client, http: httpClient, config });
  };

  it('reads autoconfig over HTTPS, and recognises the host by its name servers', async () => {
    const report = await run('taro@ac.test');
    expect(report.candidates).toContainEqual({
      protocol: 'smtp',
      host: 'smtp.ac.test',
      port: 465,
      security: 'tls',
      source: 'autoconfig',
    });
    expect(report.mx).toEqual(['mx.ac.test']);
    expect(report.hosting).toMatchObject({ id: 'xserver', source: 'ns' });
    expect(
      http.requests.some(
        (request) => request.scheme === 'https' && request.path.includes('emailaddress=taro%40ac.test'),
      ),
    ).toBe(true);
  });

  it('reads the .well-known autoconfig and Autodiscover (POST, address only)', async () => {
    expect((await run('a@wk.test')).candidates).toContainEqual(
      expect.objectContaining({ host: 'smtp.wk.test', port: 587 }),
    );
    const report = await run('a@ad.test');
    expect(report.candidates).toContainEqual(
      expect.objectContaining({ host: 'smtp.ad.test', source: 'autodiscover', security: 'tls' }),
    );
    const post = http.requests.find(
      (request) => request.method === 'POST' && request.host === 'autodiscover.ad.test',
    );
    expect(post?.body).toContain('<EMailAddress>a@ad.test</EMailAddress>');
  });

  it('uses RFC 6186 SRV records, skipping "." targets and noting targets outside the domain', async () => {
    const report = await run('a@srv.test');
    const srv = report.candidates.filter((candidate) => candidate.source === 'srv');
    expect(srv).toEqual([
      { protocol: 'smtp', host: 'mail.srv.test', port: 465, security: 'tls', source: 'srv' },
      { protocol: 'imap', host: 'imap.elsewhere.test', port: 993, security: 'tls', source: 'srv' },
    ]);
    expect(report.srvOutsideDomain).toEqual(['imap.elsewhere.test']);
  });

  it('asks the ISPDB and the MX-based autoconfig', async () => {
    expect((await run('a@ispdb-only.test')).candidates).toContainEqual(
      expect.objectContaining({ host: 'smtp.ispdb.test', source: 'ispdb' }),
    );
    expect((await run('a@customer.test')).candidates).toContainEqual(
      expect.objectContaining({ host: 'smtp.mailhost.test', source: 'autoconfig-mx' }),
    );
  });

  it('marks a missing domain and survives a DNS server that never answers', async () => {
    expect((await run('a@missing.test')).domainMissing).toBe(true);
    const started = Date.now();
    const slow = await run('a@slow.test');
    expect(Date.now() - started).toBeLessThan(2_400);
    expect(slow.domainMissing).toBe(false);
    // A timeout is a failure; "nothing published" (NXDOMAIN, 404) is an answer.
    expect(slow.sources.find((source) => source.source === 'srv')).toMatchObject({ failed: true });
    const answered = await run('taro@ac.test');
    expect(answered.sources.filter((source) => source.failed)).toEqual([]);
  });

  it('guesses the context: ISP from the public address, hosting from the domain', async () => {
    const guess = await guessContext('someone@gmail.com', { publicIpLookup: true, config });
    expect(guess).toMatchObject({
      domain: 'gmail.com',
      isp: { id: 'softbank', source: 'ptr' },
      hosting: { id: 'google' },
      needs: [],
    });
    const xserver = await guessContext('taro@ac.test', { publicIpLookup: false, config });
    expect(xserver).toMatchObject({ isp: null, hosting: { id: 'xserver' }, needs: ['hostNumber'] });
    expect(await guessContext('broken', { publicIpLookup: false, config })).toMatchObject({ domain: '' });
  });
});
