// Diagnoses for export tests: every protocol × security × auth, a hostile display name, IDN hosts,
// and a password planted in the request and in places an export must never copy from.
import {
  emptyDiagnosisResult,
  type AuthKind,
  type DiagnosisRequest,
  type DiagnosisResult,
  type IncomingProtocol,
} from '../../electron/shared/diagnosis-types.js';
import type { Security } from '../../electron/shared/probe-types.js';

export const PASSWORD = 'Pw-7q!"<&>\'x;[General]';
export const HOSTILE_NAME = '山田 "Taro" <&> 太郎';
export const LANGS = ['ja', 'en'] as const;
export const SECURITIES: Security[] = ['tls', 'starttls', 'none'];
export const AUTHS: AuthKind[] = ['password', 'password-encrypted', 'oauth2', 'none'];
export const PROTOCOLS: IncomingProtocol[] = ['imap', 'pop3'];

export const PORTS: Record<'imap' | 'pop3' | 'smtp', Record<Security, number>> = {
  imap: { tls: 993, starttls: 143, none: 143 },
  pop3: { tls: 995, starttls: 110, none: 110 },
  smtp: { tls: 465, starttls: 587, none: 25 },
};

/** What the wizard would have sent: the password lives only here. */
export function requestFor(email: string): DiagnosisRequest {
  return { email, password: PASSWORD };
}

export interface Case {
  protocol: IncomingProtocol;
  inSecurity: Security;
  outSecurity: Security;
  auth: AuthKind;
}

export function allCases(): Case[] {
  const cases: Case[] = [];
  for (const protocol of PROTOCOLS)
    for (const inSecurity of SECURITIES)
      for (const outSecurity of SECURITIES)
        for (const auth of AUTHS) cases.push({ protocol, inSecurity, outSecurity, auth });
  return cases;
}

export function caseName(c: Case): string {
  return `${c.protocol}/${c.inSecurity}+smtp/${c.outSecurity}/${c.auth}`;
}

export function makeDiagnosis(c: Case, email = 'taro@example.jp', host = 'example.jp'): DiagnosisResult {
  const username = c.auth === 'none' ? null : email;
  return {
    ...emptyDiagnosisResult(email),
    status: 'ok',
    incoming: {
      protocol: c.protocol,
      host: `${c.protocol === 'imap' ? 'imap' : 'pop'}.${host}`,
      port: PORTS[c.protocol][c.inSecurity],
      security: c.inSecurity,
      auth: c.auth,
      username,
      verified: c.auth === 'password',
      login: c.auth === 'password' ? 'ok' : 'not-tried',
    },
    outgoing: {
      host: `smtp.${host}`,
      port: PORTS.smtp[c.outSecurity],
      security: c.outSecurity,
      auth: c.auth,
      username,
      verified: c.auth === 'password',
      login: c.auth === 'password' ? 'ok' : 'not-tried',
    },
    elapsedMs: 1234,
  };
}

/** A realistic rich diagnosis: alternatives, IDN domain, findings (one carrying the password). */
export function richDiagnosis(): DiagnosisResult {
  return {
    email: 'taro@例え.jp',
    status: 'ok',
    incoming: {
      protocol: 'imap',
      host: 'mail.例え.jp',
      port: 993,
      security: 'tls',
      auth: 'password',
      username: 'taro@例え.jp',
      verified: true,
      login: 'ok',
    },
    outgoing: {
      host: 'mail.例え.jp',
      port: 465,
      security: 'tls',
      auth: 'password',
      username: 'taro@例え.jp',
      verified: true,
      login: 'ok',
    },
    alternatives: [
      {
        protocol: 'imap',
        host: 'mail.例え.jp',
        port: 143,
        security: 'starttls',
        auth: 'password',
        username: 'taro@例え.jp',
        verified: false,
        login: 'not-tried',
      },
      {
        protocol: 'pop3',
        host: 'mail.例え.jp',
        port: 995,
        security: 'tls',
        auth: 'password',
        username: 'taro@例え.jp',
        verified: true,
        login: 'ok',
      },
      {
        protocol: 'imap',
        host: 'mail.例え.jp',
        port: 143,
        security: 'none',
        auth: 'password',
        username: 'taro@例え.jp',
        verified: false,
        login: 'not-tried',
      },
      {
        protocol: 'smtp',
        host: 'mail.例え.jp',
        port: 587,
        security: 'starttls',
        auth: 'password',
        username: 'taro@例え.jp',
        verified: true,
        login: 'ok',
      },
    ],
    findings: [
      {
        code: 'PORT25_BLOCKED',
        severity: 'warning',
        message: PASSWORD,
        isp: 'OCN',
        workingPorts: [465, 587],
      },
      {
        code: 'CERT_NAME_MISMATCH',
        severity: 'warning',
        message: 'x',
        host: 'mail.例え.jp',
        port: 993,
        certNames: ['sv1.host.jp'],
        suggestedHost: 'sv1.host.jp',
      },
      { code: 'AUTH_OK', severity: 'info', message: 'x', host: 'mail.例え.jp', port: 993 },
      Object.assign(
        {
          code: 'AUTH_FAILED' as const,
          severity: 'error' as const,
          message: 'x',
          host: 'smtp.例え.jp',
          port: 25,
        },
        { password: PASSWORD },
      ),
    ],
    probes: [
      Object.assign(
        {
          id: 'p1',
          protocol: 'imap' as const,
          host: 'mail.例え.jp',
          address: '127.0.0.1',
          port: 993,
          security: 'tls' as const,
          result: 'ok' as const,
          errorCode: null,
          ms: 42,
        },
        { secret: PASSWORD },
      ),
    ],
    isp: { name: 'OCN', id: 'ocn', source: 'ptr' },
    hosting: { name: 'Example Hosting', source: 'mx' },
    elapsedMs: 5000,
  };
}
