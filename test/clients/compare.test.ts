// The difference model on fabricated probe results: which fields change, with which label and reason,
// and when today's settings are left alone.
import { describe, expect, it } from 'vitest';
import { classify } from '../../electron/clients/check.js';
import { compareAccount } from '../../electron/clients/compare.js';
import type { ClientAccount, ConfiguredServer } from '../../electron/shared/client-types.js';
import type { DiagnosisResult, Finding } from '../../electron/shared/diagnosis-types.js';
import type { ProbeResult, TlsFacts } from '../../electron/shared/probe-types.js';
import { tlsFacts } from '../diagnosis/fabricate.js';

function tls(names: string[], overrides: Partial<TlsFacts> = {}): TlsFacts {
  return tlsFacts(overrides, names);
}

function result(server: ConfiguredServer, overrides: Partial<ProbeResult> = {}): ProbeResult {
  return {
    protocol: 'smtp',
    host: server.host,
    port: server.port,
    security: server.security,
    outcome: 'ok',
    errorCode: null,
    failedPhase: null,
    replyCode: null,
    systemCode: null,
    address: '192.0.2.1',
    family: 4,
    preauth: false,
    greeted: true,
    capabilities: null,
    tls: server.security === 'none' ? null : tls([server.host]),
    auth: null,
    ms: { total: 1 },
    ...overrides,
  };
}

const account: ClientAccount = {
  client: 'thunderbird',
  source: '/p',
  accountKey: 'account1',
  email: 'taro@example.jp',
  displayName: '',
  incoming: {
    protocol: 'imap',
    host: 'mail.example.jp',
    port: 993,
    security: 'tls',
    auth: 'password',
    username: 'taro@example.jp',
  },
  outgoing: { host: 'mail.example.jp', port: 25, security: 'none', auth: 'none', username: null },
};

const blocked: Finding = {
  code: 'PORT25_BLOCKED',
  severity: 'error',
  message: '',
  host: 'mail.example.jp',
  port: 25,
  isp: 'OCN',
};

const diagnosis: DiagnosisResult = {
  email: 'taro@example.jp',
  status: 'ok',
  outgoing: {
    host: 'mail.example.jp',
    port: 465,
    security: 'tls',
    auth: 'password',
    username: 'taro@example.jp',
    verified: true,
    login: 'ok',
  },
  incoming: { ...account.incoming!, auth: 'password', verified: true, login: 'ok' },
  alternatives: [],
  findings: [blocked],
  probes: [],
  isp: { name: 'OCN', source: 'ptr' },
  hosting: null,
  elapsedMs: 0,
};

const okAuth = { outcome: 'ok' as const, username: 'taro@example.jp', attempts: [] };

describe('what the configured settings do', () => {
  it('names OP25B with the ISP when port 25 times out', () => {
    const check = classify(
      'outgoing',
      account.outgoing!,
      result(account.outgoing!, { outcome: 'timeout' }),
      diagnosis,
    );
    expect(check).toMatchObject({ status: 'fails', reason: { code: 'PORT25_BLOCKED', isp: 'OCN' } });
  });

  it("names the certificate's own name on a mismatch", () => {
    const server = { ...account.incoming! };
    const probe = result(server, { tls: tls(['sv1234.host.test'], { hostnameMatches: false }) });
    expect(classify('incoming', server, probe, diagnosis).reason).toEqual({
      code: 'CERT_NAME_MISMATCH',
      host: 'mail.example.jp',
      certName: 'sv1234.host.test',
    });
  });

  it('tells a wrong TLS mode from a closed port', () => {
    const server = { ...account.incoming!, port: 143 };
    const wrong = result(server, { outcome: 'tls-error', errorCode: 'TLS_HANDSHAKE_FAILED', tls: null });
    expect(classify('incoming', server, wrong, diagnosis).reason).toMatchObject({
      code: 'SECURITY_MISMATCH',
    });
    const closed = result(server, {
      outcome: 'refused',
      errorCode: 'CONNECT_REFUSED',
      tls: null,
      greeted: false,
    });
    expect(classify('incoming', server, closed, diagnosis).reason).toMatchObject({
      code: 'CONNECT_FAILED',
      outcome: 'refused',
    });
  });

  it('reports a failed login with the user name tried', () => {
    const probe = result(account.incoming!, {
      auth: {
        outcome: 'failed',
        username: null,
        attempts: [{ username: 'taro', mechanism: 'PLAIN', outcome: 'failed', reply: 'NO' }],
      },
    });
    expect(classify('incoming', account.incoming!, probe, diagnosis)).toMatchObject({
      status: 'fails',
      reason: { code: 'LOGIN_FAILED', username: 'taro' },
      loginTried: true,
    });
  });
});

describe('the difference to the verified settings', () => {
  it('lists only the outgoing fields that change, with Thunderbird labels and reasons', () => {
    const checks = [
      classify('incoming', account.incoming!, result(account.incoming!, { auth: okAuth }), diagnosis),
      classify('outgoing', account.outgoing!, result(account.outgoing!, { outcome: 'timeout' }), diagnosis),
    ];
    const report = compareAccount(account, checks, diagnosis);
    expect(report.verdict).toBe('CHANGES_NEEDED');
    expect(report.changes.map((c) => [c.side, c.field, c.from, c.to, c.reason.code])).toEqual([
      ['outgoing', 'port', 25, 465, 'PORT25_BLOCKED'],
      ['outgoing', 'security', 'none', 'tls', 'NOT_ENCRYPTED'],
      ['outgoing', 'auth', 'none', 'password', 'SUBMISSION_NEEDS_AUTH'],
      ['outgoing', 'username', null, 'taro@example.jp', 'SUBMISSION_NEEDS_AUTH'],
    ]);
    expect(report.changes[0]!.label).toEqual({
      ja: '送信 (SMTP) サーバー › ポート番号',
      en: 'Outgoing Server (SMTP) › Port',
    });
  });

  it('says CURRENT_SETTINGS_WORK when both servers work as configured, even if MailWiz would pick another port', () => {
    const outgoing: ConfiguredServer = {
      host: 'mail.example.jp',
      port: 587,
      security: 'starttls',
      auth: 'password',
      username: 'taro@example.jp',
    };
    const mine = { ...account, outgoing };
    const checks = [
      classify('incoming', mine.incoming!, result(mine.incoming!, { auth: okAuth }), diagnosis),
      classify('outgoing', outgoing, result(outgoing, { auth: okAuth }), diagnosis),
    ];
    const report = compareAccount(mine, checks, diagnosis);
    expect(report).toMatchObject({ verdict: 'CURRENT_SETTINGS_WORK', changes: [] });
    expect(report.lookElsewhere).toEqual(['PASSWORD', 'MAILBOX_FULL', 'OFFLINE_MODE']);
  });

  it('uses classic Outlook labels for Outlook accounts', () => {
    const outlook = { ...account, client: 'outlook' as const };
    const checks = [
      classify('incoming', outlook.incoming!, result(outlook.incoming!, { auth: okAuth }), diagnosis),
      classify('outgoing', outlook.outgoing!, result(outlook.outgoing!, { outcome: 'timeout' }), diagnosis),
    ];
    const [port] = compareAccount(outlook, checks, diagnosis).changes;
    expect(port!.label.ja).toBe('詳細設定 › サーバーのポート番号 › 送信サーバー (SMTP)(O)');
  });
});
