import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../electron/export/index.js';
import { allCases, caseName, HOSTILE_NAME, LANGS, makeDiagnosis, richDiagnosis } from './fixtures.js';

const SOCKET = { tls: 'SSL', starttls: 'STARTTLS', none: 'plain' };
const AUTH = { password: 'password-cleartext', oauth2: 'OAuth2', none: 'none' };

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    isArray: (name) => ['incomingServer', 'outgoingServer', 'domain', 'authentication'].includes(name),
  });
  return parser.parse(xml).clientConfig.emailProvider;
}

describe('config-v1.1.xml', () => {
  for (const c of allCases())
    for (const lang of LANGS)
      it(`round-trips ${caseName(c)} (${lang})`, () => {
        const diagnosis = makeDiagnosis(c);
        const file = buildExport({
          kind: 'thunderbird-autoconfig',
          diagnosis,
          displayName: HOSTILE_NAME,
          lang,
        });
        expect(file.filename).toBe('config-v1.1.xml');
        const provider = parse(file.content);
        expect(provider['@_id']).toBe('example.jp');
        expect(provider.domain).toEqual(['example.jp']);
        const [incoming] = provider.incomingServer;
        const [outgoing] = provider.outgoingServer;
        const wantIn = diagnosis.incoming!;
        const wantOut = diagnosis.outgoing!;
        expect(incoming['@_type']).toBe(c.protocol);
        expect(incoming.hostname).toBe(wantIn.host);
        expect(Number(incoming.port)).toBe(wantIn.port);
        expect(incoming.socketType).toBe(SOCKET[c.inSecurity]);
        expect(incoming.authentication).toEqual([AUTH[c.auth]]);
        expect(incoming.username).toBe(c.auth === 'none' ? undefined : '%EMAILADDRESS%');
        expect(outgoing['@_type']).toBe('smtp');
        expect(outgoing.hostname).toBe(wantOut.host);
        expect(Number(outgoing.port)).toBe(wantOut.port);
        expect(outgoing.socketType).toBe(SOCKET[c.outSecurity]);
        expect(outgoing.authentication).toEqual([AUTH[c.auth]]);
      });

  it('lists alternatives in preference order, IDN hosts as A-labels, no cleartext fallback', () => {
    const file = buildExport({
      kind: 'thunderbird-autoconfig',
      diagnosis: richDiagnosis(),
      displayName: HOSTILE_NAME,
      lang: 'ja',
    });
    const provider = parse(file.content);
    expect(provider['@_id']).toBe('xn--r8jz45g.jp');
    const incoming = provider.incomingServer.map(
      (s: Record<string, string>) => `${s['@_type']}:${s.hostname}:${s.port}:${s.socketType}`,
    );
    // verdict first, then verified alternatives, then unverified; the cleartext 143 is dropped.
    expect(incoming).toEqual([
      'imap:mail.xn--r8jz45g.jp:993:SSL',
      'pop3:mail.xn--r8jz45g.jp:995:SSL',
      'imap:mail.xn--r8jz45g.jp:143:STARTTLS',
    ]);
    const outgoing = provider.outgoingServer.map((s: Record<string, string>) => `${s.port}:${s.socketType}`);
    expect(outgoing).toEqual(['465:SSL', '587:STARTTLS']);
    expect(provider.incomingServer[0].username).toBe('%EMAILADDRESS%');
  });

  it('uses %EMAILLOCALPART% when the login is the local part', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'tls',
      outSecurity: 'tls',
      auth: 'password',
    });
    diagnosis.incoming!.username = 'taro';
    const provider = parse(
      buildExport({ kind: 'thunderbird-autoconfig', diagnosis, displayName: '', lang: 'en' }).content,
    );
    expect(provider.incomingServer[0].username).toBe('%EMAILLOCALPART%');
    expect(provider.outgoingServer[0].username).toBe('%EMAILADDRESS%');
  });

  it('escapes hostile text that reaches the XML', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'tls',
      outSecurity: 'tls',
      auth: 'password',
    });
    diagnosis.incoming!.username = 'a"<&>\'b\n</username><x>';
    const provider = parse(
      buildExport({ kind: 'thunderbird-autoconfig', diagnosis, displayName: HOSTILE_NAME, lang: 'en' })
        .content,
    );
    expect(provider.incomingServer[0].username).toBe('a"<&>\'b </username><x>');
    expect(provider.displayName).toBe('example.jp');
  });

  it('refuses to write a file without servers', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'tls',
      outSecurity: 'tls',
      auth: 'password',
    });
    diagnosis.outgoing = null;
    expect(() =>
      buildExport({ kind: 'thunderbird-autoconfig', diagnosis, displayName: '', lang: 'en' }),
    ).toThrow('NO_OUTGOING_SERVER');
  });
});
