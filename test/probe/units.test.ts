// Pure pieces of the engine: host normalization, address ordering, SASL encodings, reply classes.
import { describe, expect, it } from 'vitest';
import { interleaveFamilies } from '../../electron/probe/connect.js';
import { normalizeHost } from '../../electron/probe/host.js';
import { classifyImapLogin, imapQuote } from '../../electron/probe/imap.js';
import { clientNameFor } from '../../electron/probe/probe-run.js';
import { classifyPop3Login } from '../../electron/probe/pop3.js';
import { chooseMechanism, cramMd5Response, plainInitialResponse } from '../../electron/probe/sasl.js';
import { classifySmtpAuthReply } from '../../electron/probe/smtp.js';
import { smtpCapabilities } from '../../electron/probe/capabilities.js';

describe('host names', () => {
  it('normalizes case, trailing dots, brackets and IDN', () => {
    expect(normalizeHost('Mail.Example.JP.')).toEqual({ name: 'mail.example.jp', ipFamily: 0 });
    expect(normalizeHost('[::1]')).toEqual({ name: '::1', ipFamily: 6 });
    expect(normalizeHost(' 127.0.0.1 ')).toEqual({ name: '127.0.0.1', ipFamily: 4 });
    expect(normalizeHost('ドメイン.テスト').name).toBe('xn--eckwd4c7c.xn--zckzah');
  });
});

describe('Happy Eyeballs order', () => {
  it('alternates families, IPv6 first, keeping order within a family', () => {
    const ordered = interleaveFamilies([
      { address: '192.0.2.1', family: 4 },
      { address: '192.0.2.2', family: 4 },
      { address: '2001:db8::1', family: 6 },
    ]);
    expect(ordered.map((entry) => entry.address)).toEqual(['2001:db8::1', '192.0.2.1', '192.0.2.2']);
  });
});

describe('SASL', () => {
  it('computes the RFC 2195 CRAM-MD5 example', () => {
    const challenge = Buffer.from('<1896.697170952@postoffice.reston.mci.net>').toString('base64');
    expect(cramMd5Response('tim', 'tanstaaftanstaaf', challenge)).toBe(
      Buffer.from('tim b913a602c7eda7a495b4e6e7334d3890').toString('base64'),
    );
    expect(cramMd5Response('tim', 'x', 'not base64!')).toBeNull();
  });

  it('encodes PLAIN with an empty authzid and UTF-8', () => {
    expect(Buffer.from(plainInitialResponse('ユーザー', 'パス'), 'base64').toString('utf8')).toBe(
      '\0ユーザー\0パス',
    );
  });

  it('prefers PLAIN over TLS and CRAM-MD5 in cleartext', () => {
    expect(chooseMechanism(['CRAM-MD5', 'LOGIN', 'PLAIN'], true)).toBe('PLAIN');
    expect(chooseMechanism(['LOGIN', 'PLAIN', 'CRAM-MD5'], false)).toBe('CRAM-MD5');
    expect(chooseMechanism(['XOAUTH2'], true)).toBeNull();
  });
});

describe('reply classes', () => {
  it.each([
    [235, null, 'ok'],
    [535, '5.7.8', 'failed'],
    [535, '5.7.139', 'basic-auth-disabled'],
    [550, '5.7.30', 'basic-auth-disabled'],
    [530, '5.7.0', 'auth-required'],
    [534, '5.7.9', 'mechanism-too-weak'],
    [538, '5.7.11', 'encryption-required'],
    [454, '4.7.0', 'temporary-failure'],
    [504, null, 'no-mechanism'],
    [500, null, 'error'],
  ] as const)('SMTP %i %s → %s', (code, enhanced, outcome) => {
    expect(classifySmtpAuthReply({ code, enhanced, lines: [] })).toBe(outcome);
  });

  it('classifies IMAP and POP3 login replies', () => {
    expect(classifyImapLogin({ status: 'NO', code: 'AUTHENTICATIONFAILED' })).toBe('failed');
    expect(classifyImapLogin({ status: 'NO', code: 'PRIVACYREQUIRED' })).toBe('encryption-required');
    expect(classifyImapLogin({ status: 'BAD', code: null })).toBe('error');
    expect(classifyPop3Login({ ok: false, code: 'IN-USE' })).toBe('temporary-failure');
    expect(classifyPop3Login({ ok: false, code: null })).toBe('failed');
  });
});

describe('command safety', () => {
  it('quotes IMAP strings and refuses CR/LF', () => {
    expect(imapQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(imapQuote('a\r\nb')).toBeNull();
  });

  it('accepts only domain or address-literal EHLO names', () => {
    expect(clientNameFor(undefined)).toBe('[127.0.0.1]');
    expect(clientNameFor('client.example.jp')).toBe('client.example.jp');
    expect(clientNameFor('[192.0.2.1]')).toBe('[192.0.2.1]');
    expect(clientNameFor('bad name')).toBe('[127.0.0.1]');
  });

  it('reads old-style AUTH= and SIZE from EHLO', () => {
    const capabilities = smtpCapabilities([
      'mx',
      'AUTH=LOGIN PLAIN',
      'AUTH CRAM-MD5',
      'SIZE 52428800',
      '8BITMIME',
    ]);
    expect(capabilities.authMechanisms).toEqual(['LOGIN', 'PLAIN', 'CRAM-MD5']);
    expect(capabilities.size).toBe(52_428_800);
    expect(capabilities.eightBitMime).toBe(true);
    expect(capabilities.names).not.toContain('AUTH=LOGIN');
  });
});
