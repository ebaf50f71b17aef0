// The verdict words as pure functions: each setting's login state, the run's status, one finding per
// fact, and provider notes that agree with the verdict.
import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../electron/diagnosis/findings.js';
import { oneFindingPerFact } from '../../electron/diagnosis/merge-findings.js';
import { diagnosisStatus, loginStateOf } from '../../electron/diagnosis/status.js';
import { buildVerdict } from '../../electron/diagnosis/verdict.js';
import type { AuthOutcome, ProbeResult } from '../../electron/shared/probe-types.js';
import { context, observed } from './fabricate.js';

const withAuth = (outcome: AuthOutcome): ProbeResult => ({
  ...observed({ port: 465 }).result,
  auth: {
    outcome,
    username: null,
    attempts: [{ username: 'taro', mechanism: 'PLAIN', outcome, reply: null }],
  },
});

describe('login state', () => {
  it('is ok only when the server accepted, failed only when it refused', () => {
    expect(loginStateOf(withAuth('ok'))).toBe('ok');
    expect(loginStateOf(withAuth('failed'))).toBe('failed');
    expect(loginStateOf(withAuth('basic-auth-disabled'))).toBe('failed');
    expect(loginStateOf(withAuth('temporary-failure'))).toBe('not-tried');
    expect(loginStateOf(null)).toBe('not-tried');
    expect(loginStateOf(null, true)).toBe('withheld');
  });
});

describe('status', () => {
  const ok = { login: 'ok' as const };
  const base = { findings: [], cancelled: false, passwordGiven: true };
  it('decides the headline from the settings and findings', () => {
    expect(diagnosisStatus({ ...base, outgoing: ok, incoming: ok })).toBe('ok');
    expect(diagnosisStatus({ ...base, outgoing: ok, incoming: { login: 'failed' } })).toBe('login-failed');
    expect(diagnosisStatus({ ...base, outgoing: ok, incoming: { login: 'withheld' } })).toBe('partial');
    expect(diagnosisStatus({ ...base, outgoing: ok, incoming: null })).toBe('partial');
    expect(diagnosisStatus({ ...base, passwordGiven: false, outgoing: { login: 'not-tried' }, incoming: { login: 'not-tried' } })).toBe('ok'); // prettier-ignore
    expect(diagnosisStatus({ ...base, outgoing: null, incoming: null })).toBe('not-found');
    expect(
      diagnosisStatus({
        ...base,
        outgoing: null,
        incoming: null,
        findings: [{ code: 'MAIL_PORTS_BLOCKED' }],
      }),
    ).toBe('network');
    expect(diagnosisStatus({ ...base, cancelled: true, outgoing: ok, incoming: ok })).toBe('cancelled');
  });
});

describe('one finding per fact', () => {
  it('joins the protocols of one server, keeps servers apart', () => {
    const merged = oneFindingPerFact([
      makeFinding('AUTH_FAILED', { protocol: 'smtp', host: 'a.example.jp', port: 465, username: 'taro' }),
      makeFinding('AUTH_FAILED', { protocol: 'imap', host: 'a.example.jp', port: 993, username: 'taro' }),
      makeFinding('AUTH_FAILED', { protocol: 'imap', host: 'b.example.jp', port: 993, username: 'taro' }),
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ host: 'a.example.jp', protocols: ['smtp', 'imap'] });
    expect(merged[0]?.port).toBeUndefined();
    expect(merged[0]?.message).toContain('a.example.jp');
    expect(merged[1]).toMatchObject({ host: 'b.example.jp', protocol: 'imap', port: 993 });
  });
});

describe('provider notes', () => {
  const hosting = {
    name: 'Xserver',
    nameJa: 'エックスサーバー',
    oauth: false,
    appPasswords: false,
    notes: ['xserver-host-name', 'xserver-foreign-smtp', 'xserver-host-name'],
    needsHostNumber: false,
  };
  const notes = (host: string) =>
    buildVerdict([observed({ port: 465, host })], context({ hosting }))
      .findings.filter((finding) => finding.code === 'PROVIDER_NOTE')
      .map((finding) => finding.noteKey);

  it('appear once, and a host advice only where it agrees with the verdict', () => {
    expect(notes('mail.example.jp')).toEqual(['xserver-foreign-smtp']);
    expect(notes('sv1234.xserver.jp')).toEqual(['xserver-host-name', 'xserver-foreign-smtp']);
  });
});
