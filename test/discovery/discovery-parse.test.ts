// Parsers and knowledge base: autoconfig, Autodiscover, providers, base domains, the probe plan.
import { describe, expect, it } from 'vitest';
import { planProbes, collectHosts, guessCandidates } from '../../electron/diagnosis/plan.js';
import { parseAutoconfig } from '../../electron/discovery/autoconfig-xml.js';
import { autodiscoverRequestBody, parseAutodiscover } from '../../electron/discovery/autodiscover-xml.js';
import { baseDomain } from '../../electron/discovery/base-domain.js';
import { HOSTINGS, ISPS, hostingCandidates, providerOptions } from '../../electron/discovery/providers.js';
import { recognizeHosting, recognizeIsp } from '../../electron/discovery/recognize-provider.js';

const AUTOCONFIG = `<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="example.jp">
    <domain>example.jp</domain><domain>example.co.jp</domain>
    <displayName>Example</displayName>
    <incomingServer type="imap"><hostname>imap.example.jp</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication><authentication>OAuth2</authentication></incomingServer>
    <incomingServer type="pop3"><hostname>pop.%EMAILDOMAIN%</hostname><port>110</port><socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username></incomingServer>
    <outgoingServer type="smtp"><hostname>smtp.example.jp</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer>
    <outgoingServer type="smtp"><hostname>bad</hostname><port>99999</port><socketType>SSL</socketType></outgoingServer>
    <unknownElement>ignored</unknownElement>
  </emailProvider>
</clientConfig>`;

describe('autoconfig', () => {
  it('reads servers in order with security, user name style and auth', () => {
    const document = parseAutoconfig(AUTOCONFIG, 'autoconfig', 'example.jp');
    expect(document?.domains).toEqual(['example.jp', 'example.co.jp']);
    expect(document?.servers).toEqual([
      {
        protocol: 'imap',
        host: 'imap.example.jp',
        port: 993,
        security: 'tls',
        source: 'autoconfig',
        usernameStyle: 'address',
        auth: ['password', 'oauth2'],
      },
      {
        protocol: 'pop3',
        host: 'pop.example.jp',
        port: 110,
        security: 'starttls',
        source: 'autoconfig',
        usernameStyle: 'localpart',
      },
      { protocol: 'smtp', host: 'smtp.example.jp', port: 587, security: 'starttls', source: 'autoconfig' },
    ]);
  });

  it('rejects non-autoconfig documents and entity declarations', () => {
    expect(parseAutoconfig('<html><body>404</body></html>', 'autoconfig', 'x.jp')).toBeNull();
    expect(parseAutoconfig('not xml at all <<<', 'autoconfig', 'x.jp')).toBeNull();
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><clientConfig><emailProvider id="x"/></clientConfig>';
    expect(parseAutoconfig(bomb, 'autoconfig', 'x.jp')).toBeNull();
  });
});

describe('Autodiscover POX', () => {
  it('sends only the address (escaped), never a password', () => {
    const body = autodiscoverRequestBody('a&b@example.jp');
    expect(body).toContain('<EMailAddress>a&#38;b@example.jp</EMailAddress>');
    expect(body).not.toMatch(/password/i);
  });

  it('parses IMAP/POP3/SMTP protocols with Encryption and SSL', () => {
    const xml = `<?xml version="1.0"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
      <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"><Account>
      <AccountType>email</AccountType><Action>settings</Action>
      <Protocol><Type>IMAP</Type><Server>imap.example.jp</Server><Port>993</Port><SSL>on</SSL><LoginName>taro</LoginName></Protocol>
      <Protocol><Type>SMTP</Type><Server>smtp.example.jp</Server><Port>587</Port><Encryption>TLS</Encryption></Protocol>
      <Protocol><Type>POP3</Type><Server>pop.example.jp</Server><Port>110</Port><SSL>off</SSL></Protocol>
      </Account></Response></Autodiscover>`;
    expect(parseAutodiscover(xml)).toEqual([
      {
        protocol: 'imap',
        host: 'imap.example.jp',
        port: 993,
        security: 'tls',
        source: 'autodiscover',
        usernameStyle: 'localpart',
      },
      { protocol: 'smtp', host: 'smtp.example.jp', port: 587, security: 'starttls', source: 'autodiscover' },
      { protocol: 'pop3', host: 'pop.example.jp', port: 110, security: 'none', source: 'autodiscover' },
    ]);
    expect(parseAutodiscover('<garbage')).toEqual([]);
  });
});

describe('provider knowledge', () => {
  it('cites a source for every entry and has unique ids', () => {
    for (const entry of [...ISPS, ...HOSTINGS]) expect(entry.source.length).toBeGreaterThan(3);
    const ids = [...ISPS, ...HOSTINGS].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(providerOptions().isps.find((isp) => isp.id === 'plala')?.nameJa).toBe('ぷらら');
  });

  it('names the access ISP from reverse DNS', () => {
    expect(recognizeIsp(['p443174-ipngn12901marunouchi.tokyo.ocn.ne.jp'])?.isp.id).toBe('ocn');
    expect(recognizeIsp(['softbank126012062002.bbtec.net'])?.isp.id).toBe('softbank');
    expect(recognizeIsp(['KD106146000088.au-net.ne.jp'])?.isp.id).toBe('au');
    expect(recognizeIsp(['host.example.com'])).toBeUndefined();
    expect(recognizeIsp(['evil-ocn.ne.jp.example.com'])).toBeUndefined();
  });

  it('recognises hosting by mailbox domain, MX and NS', () => {
    expect(recognizeHosting({ domain: 'gmail.com' })).toMatchObject({
      hosting: { id: 'google' },
      by: 'domain',
    });
    expect(
      recognizeHosting({ domain: 'corp.jp', mx: ['corp-jp.mail.protection.outlook.com'] }),
    ).toMatchObject({
      hosting: { id: 'microsoft365' },
      by: 'mx',
    });
    expect(recognizeHosting({ domain: 'shop.jp', mx: ['shop.jp'], ns: ['ns1.xserver.jp'] })).toMatchObject({
      hosting: { id: 'xserver' },
      by: 'ns',
      confidence: 'weak',
    });
  });

  it('fills the Xserver host number only when it is a number', () => {
    const xserver = HOSTINGS.find((entry) => entry.id === 'xserver')!;
    expect(hostingCandidates(xserver, 'shop.jp')).toEqual([]);
    expect(hostingCandidates(xserver, 'shop.jp', '1234')[0]).toMatchObject({
      host: 'sv1234.xserver.jp',
      port: 465,
      security: 'tls',
    });
    expect(hostingCandidates(xserver, 'shop.jp', '12.evil.com')).toEqual([]);
  });
});

describe('base domain', () => {
  it('handles two-label public suffixes', () => {
    expect(baseDomain('mx1.mail.example.co.jp')).toBe('example.co.jp');
    expect(baseDomain('aspmx.l.google.com.')).toBe('google.com');
  });
});

describe('probe plan', () => {
  it('deduplicates hosts by address and keeps the strongest source name', () => {
    const entries = collectHosts([
      ...guessCandidates('example.jp'),
      { protocol: 'smtp', host: 'submit.example.jp', port: 2525, security: 'starttls', source: 'autoconfig' },
    ]);
    const addresses = new Map<string, string[]>([
      ['smtp.example.jp', ['192.0.2.1']],
      ['mail.example.jp', ['192.0.2.1']],
      ['submit.example.jp', ['192.0.2.1']],
      ['imap.example.jp', ['192.0.2.1']],
      ['pop.example.jp', []],
      ['example.jp', ['192.0.2.9']],
    ]);
    const probes = planProbes(entries, addresses);
    const smtpOnShared = probes.filter(
      (probe) => probe.protocol === 'smtp' && probe.addressKey === '192.0.2.1',
    );
    expect(new Set(smtpOnShared.map((probe) => probe.host))).toEqual(new Set(['submit.example.jp']));
    expect(smtpOnShared.map((probe) => probe.port)).toEqual([2525, 465, 587, 25]);
    expect(smtpOnShared[0]?.aliases).toEqual(expect.arrayContaining(['smtp.example.jp', 'mail.example.jp']));
    const imap = probes.filter((probe) => probe.protocol === 'imap' && probe.addressKey === '192.0.2.1');
    expect(imap[0]?.host).toBe('imap.example.jp');
    expect(probes.some((probe) => probe.host === 'example.jp')).toBe(true);
    expect(probes.every((probe) => probe.host !== 'pop.example.jp')).toBe(true);
  });
});
