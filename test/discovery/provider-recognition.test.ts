// Provider recognition end to end: discover() and guessContext() against a real DNS server on loopback
// whose zone is shaped as the fact sheet (/work/shared/reference/provider-facts.md) shows each provider's
// records: MX, NS, the address and its reverse name. Asserts who was recognised, how, how surely, the
// candidate servers and the user-name form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { guessContext } from '../../electron/discovery/context.js';
import { discover } from '../../electron/discovery/discover.js';
import { createDnsClient } from '../../electron/discovery/dns-client.js';
import { createHttpClient } from '../../electron/discovery/http-get.js';
import type { ServerCandidate } from '../../electron/discovery/candidate.js';
import type { DiscoveryReport } from '../../electron/discovery/types.js';
import type { DiagnosisHints } from '../../electron/shared/diagnosis-types.js';
import { startDnsServer, type DnsServer, type Zone } from '../helpers/dns-server.js';
import { startHttpFixture, type HttpFixture } from '../helpers/http-fixture.js';

const mx = (...hosts: string[]) => hosts.map((exchange, index) => ({ priority: 10 * index, exchange }));
const reverse = (address: string) => `${address.split('.').reverse().join('.')}.in-addr.arpa`;

/** A shared host's default zone: the MX is the domain itself, its address has the server's name. */
function ownDomainMx(domain: string, address: string, ns: string[], ptr?: string): Zone {
  return {
    [domain]: { MX: mx(domain), NS: ns, A: [address] },
    ...(ptr ? { [reverse(address)]: { PTR: [ptr] } } : {}),
  };
}

const ZONE: Zone = {
  ...ownDomainMx('shop-x.test', '127.0.0.10', ['ns1.xserver.jp', 'ns2.xserver.jp'], 'sv1234.xserver.jp'),
  ...ownDomainMx('ns-only-x.test', '127.0.0.11', ['ns1.xserver.jp']),
  ...ownDomainMx('cafe.test', '127.0.0.20', ['ns1.dns.ne.jp', 'ns2.dns.ne.jp'], 'www1811.sakura.ne.jp'),
  ...ownDomainMx('dns-only.test', '127.0.0.21', ['ns1.dns.ne.jp']),
  ...ownDomainMx('biz.test', '127.0.0.30', ['ns1.xbiz.ne.jp', 'ns2.xbiz.ne.jp'], 'sv163.xbiz.ne.jp'),
  'onamae-mail.test': { MX: mx('mail89.onamae.ne.jp'), NS: ['01.dnsv.jp'] },
  'parked.test': { NS: ['dns1.onamae.com', 'dns2.onamae.com'] },
  'lolipop.test': { MX: mx('mx01.lolipop.jp'), NS: ['uns01.lolipop.jp'] },
  'wing.test': { MX: mx('mail1004.conoha.ne.jp'), NS: ['ns-a1.conoha.io'] },
  'vps.test': { NS: ['ns-a1.conoha.io'], A: ['127.0.0.40'] },
  'tenant.test': { MX: mx('tenant-test.mail.protection.outlook.com') },
  'outlook.jp': { MX: mx('outlook-jp.olc.protection.outlook.com') },
  'hotmail.co.jp': { MX: mx('hotmail-co-jp.olc.protection.outlook.com') },
  'olc.test': { MX: mx('olc-test.olc.protection.outlook.com') },
  'kagoya-user.test': { MX: mx('dmail.kagoya.net'), NS: ['ns0.kagoya.net', 'ns1.kagoya.net'] },
  'zoho-user.test': { MX: mx('mx.zoho.com', 'mx2.zoho.com', 'mx3.zoho.com') },
  'yahoo-mx.test': { MX: mx('mx.mail.yahoo.co.jp') },
  'bizmail.test': { MX: mx('mwpremgw01.ocn.ad.jp') },
  'alpha.test': { MX: mx('mxi.alpha-prm.jp') },
  'cpi.test': { MX: mx('mx01.secure.ne.jp') },
  'heteml.test': { MX: mx('mx-proxy01.heteml.jp'), NS: ['dns0.heteml.jp'] },
  'lineworks.test': { MX: mx('jp1-aspmx1.worksmobile.com') },
  'oneoffice.test': { MX: mx('mailgw01.oneoffice.jp') },
  'google.test': { MX: mx('smtp.google.com'), NS: ['ns1.xserver.jp'] },
  // This PC's public address, by line type (the fact sheet's customer-line reverse names).
  [reverse('203.0.113.1')]: { PTR: ['M106072142033.v4.enabler.ne.jp'] },
  [reverse('203.0.113.2')]: { PTR: ['119.249.2.103.shared.user.transix.jp'] },
  [reverse('203.0.113.3')]: { PTR: ['p4357013-ipoe.ipoe.ocn.ne.jp'] },
  [reverse('203.0.113.4')]: { PTR: ['FL1-119-244-79-106.tky.mesh.ad.jp'] },
};

describe('provider recognition from DNS shaped as the fact sheet shows', () => {
  let dns: DnsServer;
  let http: HttpFixture;
  let config: DiagnosisConfig;

  beforeAll(async () => {
    dns = await startDnsServer({ zone: ZONE });
    http = await startHttpFixture({ routes: { '*/ip': '127.0.0.99' } });
    config = {
      dnsServers: [dns.server],
      httpPorts: { http: http.httpPort, https: http.httpPort },
      ispdbBaseUrl: '',
      publicIpUrl: `http://127.0.0.1:${http.httpPort}/ip`,
      timeouts: { dnsMs: 500, httpMs: 500, discoveryMs: 2_000 },
    };
  });

  afterAll(async () => {
    await Promise.all([dns?.close(), http?.close()]);
  });

  const run = (email: string, hints?: DiagnosisHints): Promise<DiscoveryReport> => {
    const client = createDnsClient({ servers: config.dnsServers, timeoutMs: 500 });
    const httpClient = createHttpClient({ dns: client, portOverrides: config.httpPorts });
    const domain = email.split('@')[1]!;
    return discover({ email, domain, hints }, { dns: client, http: httpClient, config });
  };
  const provider = (report: DiscoveryReport) =>
    report.candidates
      .filter((candidate) => candidate.source === 'provider')
      .map(({ protocol, host, port, security }) => `${protocol} ${host}:${port} ${security}`);
  const styles = (report: DiscoveryReport) => [
    ...new Set(
      report.candidates
        .filter((candidate) => candidate.source === 'provider')
        .map((candidate: ServerCandidate) => candidate.usernameStyle),
    ),
  ];

  describe('the corrected rules', () => {
    it('Xserver: own-domain MX, recognised by the MX address’s reverse name, which gives the server number', async () => {
      const report = await run('taro@shop-x.test');
      expect(report.hosting).toMatchObject({ id: 'xserver', recognisedBy: 'ptr', confidence: 'strong' });
      expect(provider(report)).toEqual([
        'smtp sv1234.xserver.jp:465 tls',
        'smtp sv1234.xserver.jp:587 starttls',
        'imap sv1234.xserver.jp:993 tls',
        'pop3 sv1234.xserver.jp:995 tls',
      ]);
      expect(styles(report)).toEqual(['address']);
    });

    it('Xserver by its name servers alone is only a guess, and without the number names no server', async () => {
      const report = await run('taro@ns-only-x.test');
      expect(report.hosting).toMatchObject({ id: 'xserver', recognisedBy: 'ns', confidence: 'weak' });
      expect(provider(report)).toEqual([]);
      const guess = await guessContext('taro@ns-only-x.test', { publicIpLookup: false, config });
      expect(guess).toMatchObject({ hosting: { id: 'xserver', confidence: 'weak' }, needs: ['hostNumber'] });
      // The reverse name answers the question the wizard would otherwise ask.
      const known = await guessContext('taro@shop-x.test', { publicIpLookup: false, config });
      expect(known).toMatchObject({ hosting: { id: 'xserver', confidence: 'strong' }, needs: [] });
    });

    it('Sakura: own-domain MX, recognised by the server name www1811.sakura.ne.jp; dns.ne.jp alone is weak', async () => {
      const report = await run('info@cafe.test');
      expect(report.hosting).toMatchObject({ id: 'sakura', recognisedBy: 'ptr', confidence: 'strong' });
      expect(provider(report)).toEqual([]);
      expect((await run('info@dns-only.test')).hosting).toMatchObject({
        id: 'sakura',
        recognisedBy: 'ns',
        confidence: 'weak',
      });
    });

    it('お名前メール by its MX under onamae.ne.jp; NS onamae.com is the registrar default, not mail', async () => {
      const report = await run('taro@onamae-mail.test');
      expect(report.hosting).toMatchObject({ id: 'onamae', recognisedBy: 'mx', confidence: 'strong' });
      expect(provider(report)).toEqual([
        'smtp smtp.onamae-mail.test:465 tls',
        'smtp smtp.onamae-mail.test:587 starttls',
        'pop3 pop.onamae-mail.test:995 tls',
      ]);
      expect(styles(report)).toEqual(['address']);
      expect(report.registrarDefault).toBeNull();
      const parked = await run('taro@parked.test');
      expect(parked.hosting).toBeNull();
      expect(parked.registrarDefault).toBe('onamae-initial-ns');
    });

    it('Outlook.com consumer addresses get their own entry, Microsoft 365 tenants keep theirs', async () => {
      for (const email of ['taro@outlook.jp', 'taro@hotmail.co.jp']) {
        const report = await run(email);
        expect(report.hosting, email).toMatchObject({
          id: 'outlook-com',
          recognisedBy: 'domain',
          confidence: 'strong',
        });
        expect(provider(report)).toEqual([
          'smtp smtp-mail.outlook.com:587 starttls',
          'imap outlook.office365.com:993 tls',
          'pop3 outlook.office365.com:995 tls',
        ]);
        expect(report.candidates.find((candidate) => candidate.source === 'provider')?.auth).toEqual([
          'oauth2',
        ]);
      }
      expect((await run('a@olc.test')).hosting).toMatchObject({ id: 'outlook-com', recognisedBy: 'mx' });
      const tenant = await run('a@tenant.test');
      expect(tenant.hosting).toMatchObject({ id: 'microsoft365', recognisedBy: 'mx', confidence: 'strong' });
      expect(provider(tenant)).toContain('smtp smtp.office365.com:587 starttls');
    });

    it('an MX beats the name servers: Google mail on a domain whose DNS is at Xserver', async () => {
      expect((await run('a@google.test')).hosting).toMatchObject({
        id: 'google',
        recognisedBy: 'mx',
        confidence: 'strong',
      });
    });

    it('Lolipop and ConoHa WING by their MX; ConoHa’s NS alone (also VPS customers) is weak', async () => {
      expect((await run('a@lolipop.test')).hosting).toMatchObject({
        id: 'lolipop',
        recognisedBy: 'mx',
        confidence: 'strong',
      });
      expect((await run('a@wing.test')).hosting).toMatchObject({
        id: 'conoha-wing',
        recognisedBy: 'mx',
        confidence: 'strong',
      });
      expect((await run('a@vps.test')).hosting).toMatchObject({
        id: 'conoha-wing',
        recognisedBy: 'ns',
        confidence: 'weak',
      });
    });

    it('an MX rule no source confirmed (Yahoo! JAPAN) is a guess; its mailbox domain is not', async () => {
      expect((await run('a@yahoo-mx.test')).hosting).toMatchObject({ id: 'yahoo-jp', confidence: 'weak' });
      const report = await run('taro@yahoo.co.jp');
      expect(report.hosting).toMatchObject({ id: 'yahoo-jp', recognisedBy: 'domain', confidence: 'strong' });
      expect(styles(report)).toEqual(['localpart']);
    });
  });

  describe('the new entries', () => {
    it('XServer Business: own-domain MX, server sv163.xbiz.ne.jp from the reverse name', async () => {
      const report = await run('a@biz.test');
      expect(report.hosting).toMatchObject({
        id: 'xserver-business',
        recognisedBy: 'ptr',
        confidence: 'strong',
      });
      expect(provider(report)).toEqual([
        'smtp sv163.xbiz.ne.jp:587 starttls',
        'smtp sv163.xbiz.ne.jp:465 tls',
      ]);
      expect(styles(report)).toEqual(['address']);
    });

    it('KAGOYA: MX dmail.kagoya.net; the login is the account name, never guessed', async () => {
      const report = await run('taro@kagoya-user.test');
      expect(report.hosting).toMatchObject({ id: 'kagoya', recognisedBy: 'mx', confidence: 'strong' });
      expect(provider(report)).toEqual([
        'smtp smtp.kagoya.net:587 starttls',
        'smtp smtp.kagoya.net:465 tls',
        'imap imap.kagoya.net:993 tls',
      ]);
      expect(styles(report)).toEqual(['account-name']);
    });

    it('Zoho Mail by MX mx.zoho.com; the Japan data centre by its mailbox domains', async () => {
      const report = await run('a@zoho-user.test');
      expect(report.hosting).toMatchObject({ id: 'zoho', recognisedBy: 'mx', confidence: 'strong' });
      expect(provider(report)).toEqual(['smtp smtp.zoho.com:465 tls', 'smtp smtp.zoho.com:587 starttls']);
      for (const email of ['a@zoho.jp', 'a@zohomail.jp']) {
        const jp = await run(email);
        expect(jp.hosting).toMatchObject({ id: 'zoho-jp', recognisedBy: 'domain', confidence: 'strong' });
        expect(provider(jp)).toEqual([
          'imap imap.zoho.jp:993 tls',
          'pop3 pop.zoho.jp:995 tls',
          'smtp smtp.zoho.jp:465 tls',
          'smtp smtp.zoho.jp:587 starttls',
        ]);
        expect(styles(jp)).toEqual(['address']);
      }
    });

    it('OCN mail for any *.ocn.ne.jp address', async () => {
      const report = await run('taro@ab.ocn.ne.jp');
      expect(report.hosting).toMatchObject({ id: 'ocn-mail', recognisedBy: 'domain', confidence: 'strong' });
      expect(provider(report)).toEqual(['pop3 pop.ocn.ne.jp:995 tls', 'smtp smtp.ocn.ne.jp:465 tls']);
      expect(styles(report)).toEqual(['address']);
    });

    it('au one net mail: servers named after the address’s own subdomain', async () => {
      const report = await run('taro@ab.auone-net.jp');
      expect(report.hosting).toMatchObject({
        id: 'au-one-net-mail',
        recognisedBy: 'domain',
        confidence: 'strong',
      });
      expect(provider(report)).toEqual([
        'smtp msa.ab.auone-net.jp:465 tls',
        'smtp msa.ab.auone-net.jp:587 starttls',
        'pop3 pop.ab.auone-net.jp:995 tls',
      ]);
      expect(provider(await run('taro@cd.dion.ne.jp'))).toContain('smtp msa.cd.dion.ne.jp:465 tls');
    });

    it('docomo mail: spmode servers, the d アカウント login is never guessed', async () => {
      const report = await run('taro@docomo.ne.jp');
      expect(report.hosting).toMatchObject({
        id: 'docomo-mail',
        recognisedBy: 'domain',
        confidence: 'strong',
      });
      expect(provider(report)).toEqual(['imap imap.spmode.ne.jp:993 tls', 'smtp smtp.spmode.ne.jp:465 tls']);
      expect(styles(report)).toEqual(['account-name']);
    });

    it('iCloud: IMAP with the local part, SMTP with the address; me.com is unconfirmed, so a guess', async () => {
      const report = await run('taro@icloud.com');
      expect(report.hosting).toMatchObject({ id: 'icloud', recognisedBy: 'domain', confidence: 'strong' });
      const byProtocol = Object.fromEntries(
        report.candidates
          .filter((candidate) => candidate.source === 'provider')
          .map((candidate) => [`${candidate.host}:${candidate.port}`, candidate.usernameStyle]),
      );
      expect(byProtocol).toEqual({ 'imap.mail.me.com:993': 'localpart', 'smtp.mail.me.com:587': 'address' });
      expect((await run('taro@me.com')).hosting).toMatchObject({ id: 'icloud', confidence: 'weak' });
    });

    it('IIJmio mail keeps the ISP database’s user-name template', async () => {
      const report = await run('taro@iijmio-mail.jp');
      expect(report.hosting).toMatchObject({
        id: 'iijmio-mail',
        recognisedBy: 'domain',
        confidence: 'strong',
      });
      expect(provider(report)).toEqual([
        'pop3 mbox.iijmio-mail.jp:110 starttls',
        'smtp mbox.iijmio-mail.jp:587 starttls',
      ]);
      const candidate = report.candidates.find((entry) => entry.source === 'provider');
      expect(candidate).toMatchObject({
        usernameStyle: 'template',
        usernameTemplate: '%EMAILLOCALPART%.%EMAILDOMAIN%',
      });
    });

    it('SoftBank i.softbank.jp: IMAP and SMTP with the local part', async () => {
      const report = await run('taro@i.softbank.jp');
      expect(report.hosting).toMatchObject({
        id: 'softbank-i',
        recognisedBy: 'domain',
        confidence: 'strong',
      });
      expect(provider(report)).toEqual(['imap imap.softbank.jp:993 tls', 'smtp smtp.softbank.jp:465 tls']);
      expect(styles(report)).toEqual(['localpart']);
    });

    it.each([
      ['a@bizmail.test', 'ntt-bizmail'],
      ['a@alpha.test', 'alpha-mail'],
      ['a@cpi.test', 'cpi'],
      ['a@heteml.test', 'heteml'],
      ['a@lineworks.test', 'line-works'],
      ['a@oneoffice.test', 'tokai-oneoffice'],
    ])('names the business host of %s (%s) by its MX, without inventing settings', async (email, id) => {
      const report = await run(email);
      expect(report.hosting).toMatchObject({ id, recognisedBy: 'mx', confidence: 'strong' });
      expect(provider(report)).toEqual([]);
    });
  });

  it.each([
    ['203.0.113.1', { id: 'v6plus', lineType: 'ipv4-over-ipv6', confidence: 'strong' }],
    ['203.0.113.2', { id: 'transix', lineType: 'ipv4-over-ipv6', confidence: 'strong' }],
    ['203.0.113.3', { id: 'ocn', recognisedBy: 'ptr', confidence: 'strong' }],
    // No source ties mesh.ad.jp to BIGLOBE: named, but as a guess.
    ['203.0.113.4', { id: 'biglobe', recognisedBy: 'ptr', confidence: 'weak' }],
  ])('names the line of public address %s from its reverse name', async (address, expected) => {
    http.routes['*/ip'] = address;
    const guess = await guessContext('a@lolipop.test', { publicIpLookup: true, config });
    expect(guess.isp).toMatchObject(expected);
    if (expected.id === 'ocn') expect(guess.isp?.lineType).toBeUndefined();
  });

  it('a host the user chose is strong, and a server name the user gave recognises the host', async () => {
    expect((await run('a@unknown.test', { hosting: 'kagoya' })).hosting).toMatchObject({
      id: 'kagoya',
      source: 'user',
      confidence: 'strong',
    });
    const given = await run('a@unknown.test', { serverHost: 'sv77.xserver.jp' });
    expect(given.hosting).toMatchObject({ id: 'xserver', recognisedBy: 'host', confidence: 'strong' });
    expect(provider(given)).toContain('smtp sv77.xserver.jp:465 tls');
  });
});
