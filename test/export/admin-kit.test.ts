import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../electron/export/index.js';
import { allCases, caseName, HOSTILE_NAME, LANGS, makeDiagnosis, richDiagnosis } from './fixtures.js';

type Protocol = Record<string, string>;

function parsePox(xml: string): Protocol[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (n) => n === 'Protocol',
  }).parse(xml);
  expect(doc.Autodiscover['@_xmlns']).toBe(
    'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006',
  );
  const response = doc.Autodiscover.Response;
  expect(response['@_xmlns']).toBe(
    'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a',
  );
  expect(response.Account.AccountType).toBe('email');
  expect(response.Account.Action).toBe('settings');
  return response.Account.Protocol;
}

interface Srv {
  owner: string;
  ttl: number;
  priority: number;
  weight: number;
  port: number;
  target: string;
}

function parseZone(text: string): { records: Srv[]; commented: string[] } {
  const records: Srv[] = [];
  const commented: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith(';')) {
      commented.push(line);
      continue;
    }
    const m = /^(\S+\.) (\d+) IN SRV (\d+) (\d+) (\d+) (\S+\.)$/.exec(line);
    if (!m) throw new Error(`not an SRV line: ${line}`);
    records.push({
      owner: m[1]!,
      ttl: +m[2]!,
      priority: +m[3]!,
      weight: +m[4]!,
      port: +m[5]!,
      target: m[6]!,
    });
  }
  return { records, commented };
}

const ENCRYPTION = { tls: 'SSL', starttls: 'TLS', none: 'None' };

describe('admin kit', () => {
  for (const c of allCases())
    for (const lang of LANGS)
      it(`round-trips ${caseName(c)} (${lang})`, () => {
        const diagnosis = makeDiagnosis(c);
        const file = buildExport({ kind: 'admin-kit', diagnosis, displayName: HOSTILE_NAME, lang });
        const extras = Object.fromEntries((file.extraFiles ?? []).map((f) => [f.filename, f.content]));
        expect(Object.keys(extras).sort()).toEqual([
          'autodiscover.xml',
          'config-v1.1.xml',
          'srv-records.zone',
        ]);
        for (const content of Object.values(extras)) expect(file.content).toContain(content.trimEnd());

        const [incoming, outgoing] = parsePox(extras['autodiscover.xml']!);
        expect(incoming!.Type).toBe(c.protocol.toUpperCase());
        expect(incoming!.Server).toBe(diagnosis.incoming!.host);
        expect(Number(incoming!.Port)).toBe(diagnosis.incoming!.port);
        expect(incoming!.Encryption).toBe(ENCRYPTION[c.inSecurity]);
        expect(incoming!.SSL).toBe(c.inSecurity === 'none' ? 'off' : 'on');
        expect(incoming!.SPA).toBe('off');
        expect(incoming!.AuthRequired).toBe(c.auth === 'none' ? 'off' : 'on');
        expect(incoming!.LoginName).toBeUndefined();
        expect(outgoing!.Type).toBe('SMTP');
        expect(outgoing!.Server).toBe('smtp.example.jp');
        expect(Number(outgoing!.Port)).toBe(diagnosis.outgoing!.port);
        expect(outgoing!.Encryption).toBe(ENCRYPTION[c.outSecurity]);

        const { records } = parseZone(extras['srv-records.zone']!);
        const inService = {
          imap: { tls: '_imaps', starttls: '_imap', none: '_imap' },
          pop3: { tls: '_pop3s', starttls: '_pop3', none: '_pop3' },
        }[c.protocol][c.inSecurity];
        const outService = { tls: '_submissions', starttls: '_submission', none: '_submission' }[
          c.outSecurity
        ];
        expect(records).toEqual([
          {
            owner: `${inService}._tcp.example.jp.`,
            ttl: 3600,
            priority: 0,
            weight: 1,
            port: diagnosis.incoming!.port,
            target: `${diagnosis.incoming!.host}.`,
          },
          {
            owner: `${outService}._tcp.example.jp.`,
            ttl: 3600,
            priority: 0,
            weight: 1,
            port: diagnosis.outgoing!.port,
            target: 'smtp.example.jp.',
          },
        ]);
      });

  it('gives SRV priorities in preference order and IDN owners as A-labels', () => {
    const file = buildExport({ kind: 'admin-kit', diagnosis: richDiagnosis(), displayName: '', lang: 'en' });
    const zone = file.extraFiles!.find((f) => f.filename === 'srv-records.zone')!.content;
    const { records, commented } = parseZone(zone);
    expect(records.map((r) => `${r.owner} ${r.priority} ${r.port}`)).toEqual([
      '_imaps._tcp.xn--r8jz45g.jp. 0 993',
      '_pop3s._tcp.xn--r8jz45g.jp. 10 995',
      '_imap._tcp.xn--r8jz45g.jp. 20 143',
      '_submissions._tcp.xn--r8jz45g.jp. 0 465',
      '_submission._tcp.xn--r8jz45g.jp. 10 587',
    ]);
    expect(commented.some((l) => l.includes('_pop3._tcp.xn--r8jz45g.jp. 3600 IN SRV 0 0 0 .'))).toBe(true);
  });

  it('spells out LoginName only when it does not follow from the address', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'tls',
      outSecurity: 'tls',
      auth: 'password',
    });
    diagnosis.incoming!.username = 'taro';
    const file = buildExport({ kind: 'admin-kit', diagnosis, displayName: '', lang: 'ja' });
    const [incoming, outgoing] = parsePox(
      file.extraFiles!.find((f) => f.filename === 'autodiscover.xml')!.content,
    );
    expect(incoming!.LoginName).toBe('taro');
    expect(outgoing!.LoginName).toBeUndefined();
    expect(outgoing!.UsePOPAuth).toBe('off');
  });
});
