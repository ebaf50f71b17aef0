// An encrypted password (CRAM-MD5 and other challenge mechanisms) stays distinct from a cleartext one:
// in the parsed autoconfig, in the verdict, and in the exports that can say so.
import { describe, expect, it } from 'vitest';
import { passwordKindOf } from '../../electron/diagnosis/password-kind.js';
import { buildVerdict } from '../../electron/diagnosis/verdict.js';
import { parseAutoconfig } from '../../electron/discovery/autoconfig-xml.js';
import { buildExport } from '../../electron/export/index.js';
import { context, observed } from '../diagnosis/fabricate.js';
import { makeDiagnosis } from '../export/fixtures.js';

const server = (type: string, host: string, port: number, auth: string[]) =>
  `<${type === 'smtp' ? 'outgoingServer' : 'incomingServer'} type="${type}"><hostname>${host}</hostname><port>${port}</port><socketType>SSL</socketType>${auth
    .map((name) => `<authentication>${name}</authentication>`)
    .join('')}</${type === 'smtp' ? 'outgoingServer' : 'incomingServer'}>`;

describe('password-encrypted', () => {
  it('is parsed apart from password-cleartext', () => {
    const xml = `<clientConfig version="1.1"><emailProvider id="p">${server('imap', 'imap.p.jp', 993, ['password-encrypted'])}${server('smtp', 'smtp.p.jp', 465, ['password-cleartext'])}${server('pop3', 'pop.p.jp', 995, ['password-encrypted', 'password-cleartext'])}</emailProvider></clientConfig>`;
    const servers = parseAutoconfig(xml, 'autoconfig', 'p.jp')!.servers;
    expect(servers.map((candidate) => candidate.auth)).toEqual([
      ['password-encrypted'],
      ['password-encrypted', 'password'],
      ['password'],
    ]);
  });

  it('is what the verdict recommends when published alone, or when the server offers only a challenge', () => {
    expect(passwordKindOf(['password-encrypted'], ['PLAIN'])).toBe('password-encrypted');
    expect(passwordKindOf(['password-encrypted', 'password'], ['PLAIN'])).toBe('password');
    expect(passwordKindOf(undefined, ['CRAM-MD5'])).toBe('password-encrypted');
    expect(passwordKindOf(undefined, ['CRAM-MD5', 'PLAIN', 'LOGIN'])).toBe('password');
    expect(passwordKindOf(undefined, ['XOAUTH2'])).toBe('password');
    const published = observed({ host: 'smtp.p.jp', port: 465, plan: { auth: ['password-encrypted'] } });
    expect(buildVerdict([published], context()).outgoing?.auth).toBe('password-encrypted');
    const challengeOnly = observed({
      protocol: 'imap',
      host: 'imap.p.jp',
      port: 993,
      authMechanisms: ['CRAM-MD5'],
    });
    expect(buildVerdict([challengeOnly], context()).incoming?.auth).toBe('password-encrypted');
    const cleartext = observed({ protocol: 'imap', host: 'imap.p.jp', port: 993 });
    expect(buildVerdict([cleartext], context()).incoming?.auth).toBe('password');
  });

  it('reaches Thunderbird as authMethod 4 and the autoconfig file as password-encrypted', () => {
    const diagnosis = makeDiagnosis({
      protocol: 'imap',
      inSecurity: 'tls',
      outSecurity: 'tls',
      auth: 'password-encrypted',
    });
    const prefs = buildExport({
      kind: 'thunderbird-prefs',
      diagnosis,
      displayName: 'Taro',
      lang: 'ja',
    }).content;
    expect(prefs).toMatch(/authMethod", 4\)/);
    expect(prefs).not.toMatch(/authMethod", 3\)/);
    const xml = buildExport({
      kind: 'thunderbird-autoconfig',
      diagnosis,
      displayName: 'Taro',
      lang: 'en',
    }).content;
    expect(xml).toContain('<authentication>password-encrypted</authentication>');
    expect(xml).not.toContain('password-cleartext');
    const profile = buildExport({
      kind: 'apple-mobileconfig',
      diagnosis,
      displayName: 'Taro',
      lang: 'en',
    }).content;
    expect(profile).toContain('EmailAuthCRAMMD5');
  });
});
