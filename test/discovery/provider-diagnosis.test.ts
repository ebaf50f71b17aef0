// Provider knowledge through the whole diagnose(): a certificate that names the host's own servers
// recognises it after probing, an account-name host gets no guessed login (server-side evidence), an
// IPv4-over-IPv6 line is said to hide the ISP, and a domain on its registrar's initial name servers is
// said to have perhaps no mail. Real DNS, HTTP and SMTP servers on 127.0.0.1 with ephemeral ports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { diagnose } from '../../electron/diagnosis/index.js';
import type { DiagnosisRequest } from '../../electron/shared/diagnosis-types.js';
import { closedLoopbackPort, isolatedConfig, type Closable } from '../diagnosis/isolated-config.js';
import { startDnsServer } from '../helpers/dns-server.js';
import { startHttpFixture, type HttpFixture } from '../helpers/http-fixture.js';
import { startSmtpServer, type SmtpTestServer } from '../helpers/mail-servers/smtp-server.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';

const LOOPBACK = { A: ['127.0.0.1'] };

describe('provider knowledge in diagnose()', () => {
  let ca: TestCa;
  let http: HttpFixture;
  let config: DiagnosisConfig;
  let shared: SmtpTestServer;
  let kagoya: SmtpTestServer;
  const closables: Closable[] = [];

  beforeAll(async () => {
    ca = createTestCa();
    const cert = (names: string[]) => {
      const leaf = ca.issue({ dnsNames: names });
      return { key: leaf.keyPem, cert: leaf.chainPem };
    };
    const dns = await startDnsServer({
      zone: {
        // Xserver's default zone without a reverse name: only the name servers hint at it (weak) until
        // the server's certificate names it.
        'shop-cert.test': {
          MX: [{ priority: 0, exchange: 'shop-cert.test' }],
          NS: ['ns1.xserver.jp'],
          ...LOOPBACK,
        },
        'mail.shop-cert.test': LOOPBACK,
        'kagoya-user.test': { MX: [{ priority: 10, exchange: 'dmail.kagoya.net' }], NS: ['ns0.kagoya.net'] },
        'smtp.kagoya.net': LOOPBACK,
        'parked.test': { NS: ['dns1.onamae.com', 'dns2.onamae.com'] },
        '1.113.0.203.in-addr.arpa': { PTR: ['M106072142033.v4.enabler.ne.jp'] },
      },
    });
    closables.push(dns);
    shared = await startSmtpServer({ cert: cert(['sv1234.xserver.jp', '*.xserver.jp']), implicitTls: true });
    kagoya = await startSmtpServer({
      cert: cert(['smtp.kagoya.net']),
      implicitTls: true,
      users: { 'kir123456.taro': 'kagoya-pass' },
    });
    closables.push(shared, kagoya);
    http = await startHttpFixture({ routes: { '*/ip': '203.0.113.1' } });
    closables.push(http);
    const closedPort = await closedLoopbackPort();
    config = {
      ...isolatedConfig({
        dnsServer: dns.server,
        caPem: ca.certPem,
        closedPort,
        servers: {
          'shop-cert.test:465': shared.port,
          'mail.shop-cert.test:465': shared.port,
          'smtp.kagoya.net:465': kagoya.port,
        },
        otherPorts: [25, 587, 993, 143, 995, 110],
        httpMs: 1_000,
      }),
      publicIpUrl: `http://127.0.0.1:${http.httpPort}/ip`,
    };
  });

  afterAll(async () => {
    await Promise.allSettled(closables.map((closable) => closable.close()));
    ca?.cleanup();
  });

  const run = (request: Partial<DiagnosisRequest> & { email: string }) =>
    diagnose({ publicIpLookup: false, timeoutMs: 15_000, ...request }, { config });

  it('recognises the host from the certificate its server presents', async () => {
    const result = await run({ email: 'taro@shop-cert.test' });
    expect(result.hosting).toMatchObject({
      id: 'xserver',
      recognisedBy: 'certificate',
      confidence: 'strong',
    });
    // Now certain, the host's notes are stated.
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'PROVIDER_NOTE', noteKey: 'xserver-foreign-smtp' }),
    );
  });

  it('sends no guessed login to an account-name host, and the given login name when there is one', async () => {
    const guessed = await run({ email: 'taro@kagoya-user.test', password: 'kagoya-pass' });
    expect(guessed.hosting).toMatchObject({ id: 'kagoya', recognisedBy: 'mx', confidence: 'strong' });
    expect(guessed.outgoing).toMatchObject({
      host: 'smtp.kagoya.net',
      port: 465,
      username: null,
      verified: false,
    });
    expect(kagoya.authUsernames).toEqual([]);
    expect(guessed.findings).toContainEqual(
      expect.objectContaining({ code: 'PROVIDER_NOTE', noteKey: 'kagoya-account-name' }),
    );

    const given = await run({
      email: 'taro@kagoya-user.test',
      password: 'kagoya-pass',
      username: 'kir123456.taro',
    });
    expect(kagoya.authUsernames).toEqual(['kir123456.taro']);
    expect(given.outgoing).toMatchObject({ username: 'kir123456.taro', verified: true });
  });

  it('says the ISP cannot be told from an IPv4-over-IPv6 line, and that a parked domain may have no mail', async () => {
    const result = await run({ email: 'taro@parked.test', publicIpLookup: true });
    expect(result.isp).toMatchObject({ id: 'v6plus', lineType: 'ipv4-over-ipv6' });
    expect(result.hosting).toBeNull();
    const codes = result.findings.map((finding) => finding.code);
    expect(codes).toContain('ISP_HIDDEN_BY_LINE');
    expect(codes).toContain('DOMAIN_REGISTRAR_DEFAULT_NS');
    expect(result.findings.find((finding) => finding.code === 'ISP_HIDDEN_BY_LINE')).toMatchObject({
      host: 'm106072142033.v4.enabler.ne.jp',
    });
  });
});
