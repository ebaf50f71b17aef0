// Values a hostile server or a tampered renderer can plant: host names that are not DNS names (refused
// with a stable code, never written), and code points XML 1.0 forbids in display and user names (removed,
// so that every XML and plist export still parses with expat, the strict parser clients use).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch.js';
import { buildExport, exportCatalog } from '../../electron/export/index.js';
import { ApiFailure } from '../../electron/shared/api-errors.js';
import type { ExportFile, ExportKind } from '../../electron/shared/export-types.js';
import { webTestHandlers } from '../helpers/web-handlers.js';
import { makeDiagnosis } from './fixtures.js';

const KINDS: ExportKind[] = [...new Set(exportCatalog().flatMap((e) => e.kinds))];
const CASE = { protocol: 'imap', inSecurity: 'tls', outSecurity: 'tls', auth: 'password' } as const;

function withHosts(incoming: string, outgoing: string) {
  const diagnosis = makeDiagnosis(CASE);
  diagnosis.incoming!.host = incoming;
  diagnosis.outgoing!.host = outgoing;
  return diagnosis;
}

function refusal(run: () => unknown): ApiFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('host names are checked with the probe rule before any export writes them', () => {
  const bad = ['smtp.example.jp;', 'a(b.example.jp', 'mail.example.jp )', 'x\ny.example.jp', '$ORIGIN'];

  it.each(bad)('refuses %j in every export kind with INVALID_HOST', (host) => {
    for (const kind of KINDS) {
      for (const diagnosis of [withHosts('imap.example.jp', host), withHosts(host, 'smtp.example.jp')]) {
        const error = refusal(() => buildExport({ kind, diagnosis, displayName: 'Taro', lang: 'ja' }));
        expect(error.code, kind).toBe('INVALID_HOST');
        expect(error.params.field).toBe('server');
      }
    }
  });

  it('refuses a bad name among the alternatives too (the admin kit lists them all)', () => {
    const diagnosis = withHosts('imap.example.jp', 'smtp.example.jp');
    diagnosis.alternatives = [
      { ...diagnosis.outgoing!, protocol: 'smtp', port: 587, host: 'a(b.example.jp' },
    ];
    expect(
      refusal(() => buildExport({ kind: 'admin-kit', diagnosis, displayName: '', lang: 'en' })).code,
    ).toBe('INVALID_HOST');
  });

  it('refuses a domain that is no DNS name and an IP literal as an SRV target', () => {
    const badDomain = { ...withHosts('imap.example.jp', 'smtp.example.jp'), email: 'taro@example.jp;' };
    expect(
      refusal(() => buildExport({ kind: 'admin-kit', diagnosis: badDomain, displayName: '', lang: 'en' }))
        .params,
    ).toMatchObject({ field: 'domain' });
    const literal = withHosts('192.0.2.10', 'smtp.example.jp');
    expect(
      refusal(() => buildExport({ kind: 'admin-kit', diagnosis: literal, displayName: '', lang: 'en' })).code,
    ).toBe('INVALID_HOST');
    // An address literal is still a usable server for a mail program.
    expect(
      buildExport({ kind: 'thunderbird-autoconfig', diagnosis: literal, displayName: '', lang: 'en' })
        .content,
    ).toContain('<hostname>192.0.2.10</hostname>');
  });

  it('crosses the API as the stable code, not INTERNAL', async () => {
    const handlers = webTestHandlers();
    const log: string[] = [];
    const reply = await createDispatch(handlers, (line) => log.push(line))(
      'buildExport',
      {
        kind: 'admin-kit',
        diagnosis: withHosts('imap.example.jp', 'smtp.example.jp;'),
        displayName: '',
        lang: 'ja',
      },
      { emit: () => undefined },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_HOST' } });
    expect(log).toEqual([]);
  });

  it('writes valid names in A-label form with exactly one trailing dot in the zone', () => {
    const file = buildExport({
      kind: 'admin-kit',
      diagnosis: withHosts('IMAP.例え.jp.', 'smtp.example.jp'),
      displayName: '',
      lang: 'en',
    });
    const zone = file.extraFiles!.find((f) => f.filename === 'srv-records.zone')!.content;
    expect(zone).toContain(' 993 imap.xn--r8jz45g.jp.\n');
    expect(zone).not.toContain('..');
  });
});

// Noncharacters and lone surrogates (low before high, so they never pair up) are dropped; C0 controls
// become a space, as everywhere in the exports.
const NOT_CHARS = '\ufffe\uffff\udfff\ud800';
const CONTROLS = '\u0000\u0001\u000b\u001f';
const NAME = `山田${NOT_CHARS}太郎${CONTROLS}<&>`;
const USER = `taro${NOT_CHARS}.other${CONTROLS}x`;

function xmlFiles(file: ExportFile): ExportFile[] {
  return [file, ...(file.extraFiles ?? [])].filter((f) => /\.(xml|mobileconfig)$/.test(f.filename));
}

describe('XML 1.0-forbidden code points never reach an XML or plist export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailwiz-xml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every XML and plist export parses with expat and keeps the rest of the names', () => {
    const diagnosis = makeDiagnosis(CASE);
    diagnosis.incoming!.username = USER;
    diagnosis.outgoing!.username = USER;
    const paths: string[] = [];
    for (const kind of KINDS) {
      for (const lang of ['ja', 'en'] as const) {
        const built = buildExport({ kind, diagnosis, displayName: NAME, lang });
        for (const file of xmlFiles(built)) {
          const path = join(dir, `${kind}-${lang}-${file.filename}`);
          writeFileSync(path, file.content, 'utf8');
          paths.push(path);
        }
      }
    }
    // autoconfig (alone and in the admin kit), autodiscover, mobileconfig; both languages.
    expect(paths).toHaveLength(8);
    const script = [
      'import sys, xml.etree.ElementTree as ET',
      'for p in sys.argv[1:]:',
      '    root = ET.parse(p).getroot()',
      "    print(p.rsplit('/', 1)[-1], '|'.join(t.strip() for t in root.itertext() if t.strip()))",
    ].join('\n');
    const out = execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toHaveLength(8);
    for (const line of out.trim().split('\n')) expect(line).toContain('|taro.other x|');
    const mobileconfig = out.split('\n').find((line) => line.startsWith('apple-mobileconfig-ja'))!;
    expect(mobileconfig).toContain('|山田太郎 <&>|');
  });
});
