// Failed logins are counted per server, not per name: smtp. → [A], mail. and the bare domain → [A, B],
// imap. → [A] plus an AAAA, pop. → [B] are all one machine, and SMTP, IMAP and POP3 on it share one
// account, so a wrong password costs it at most two failed attempts in the whole run. Three separate
// servers stop at the run's cap of four. Counted by the servers themselves (the user names the SMTP
// server was asked to authenticate, the IMAP and POP3 servers' own login checks), listening dual-stack
// so every address reaches them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAttemptBudget } from '../../electron/diagnosis/attempt-budget.js';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';
import { diagnose } from '../../electron/diagnosis/index.js';
import type { AuthReport } from '../../electron/shared/probe-types.js';
import { startDnsServer } from '../helpers/dns-server.js';
import { startImapServer, type ImapTestServer } from '../helpers/mail-servers/imap-server.js';
import { startPop3Server, type Pop3TestServer } from '../helpers/mail-servers/pop3-server.js';
import { startSmtpServer, type SmtpTestServer } from '../helpers/mail-servers/smtp-server.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';
import { closedLoopbackPort, isolatedConfig, type Closable } from './isolated-config.js';

const PASSWORD = 'budget-pass-3';
/** Accounts as the servers know them: ov.test logs in with the local part only. */
const USERS = { ken: PASSWORD, 'mio@three.test': PASSWORD };

describe.sequential('login attempts are counted per server and per run', () => {
  let ca: TestCa;
  let config: DiagnosisConfig;
  let smtp: SmtpTestServer;
  let imap: ImapTestServer;
  let pop3: Pop3TestServer;
  const closables: Closable[] = [];

  beforeAll(async () => {
    ca = createTestCa();
    const names = ['ov.test', 'smtp.ov.test', 'mail.ov.test', 'imap.ov.test', 'pop.ov.test'];
    const three = ['smtp.three.test', 'imap.three.test', 'pop.three.test'];
    const issued = ca.issue({ dnsNames: [...names, ...three] });
    const a = '127.0.0.1';
    const b = '127.0.0.2';
    const dns = await startDnsServer({
      zone: {
        'ov.test': { A: [a, b], MX: [{ priority: 10, exchange: 'mail.ov.test' }] },
        'smtp.ov.test': { A: [a] },
        'mail.ov.test': { A: [a, b] },
        'imap.ov.test': { A: [a], AAAA: ['::1'] },
        'pop.ov.test': { A: [b] },
        'three.test': { TXT: ['v=spf1 -all'] },
        'smtp.three.test': { A: ['127.0.0.3'] },
        'imap.three.test': { A: ['127.0.0.4'] },
        'pop.three.test': { A: ['127.0.0.5'] },
      },
    });
    const cert = { key: issued.keyPem, cert: issued.chainPem };
    smtp = await startSmtpServer({ listenHost: '::', cert, implicitTls: true, users: USERS });
    imap = await startImapServer({ host: '::', cert, implicitTls: true, users: USERS });
    pop3 = await startPop3Server({ host: '::', cert, implicitTls: true, users: USERS });
    closables.push(dns, smtp, imap, pop3);
    config = isolatedConfig({
      dnsServer: dns.server,
      caPem: ca.certPem,
      closedPort: await closedLoopbackPort(),
      servers: { '*:465': smtp.port, '*:993': imap.port, '*:995': pop3.port },
      otherPorts: [25, 587, 143, 110],
      httpMs: 2_000,
    });
  });
  afterAll(async () => {
    await Promise.allSettled(closables.map((closable) => closable.close()));
    ca?.cleanup();
  });

  /** What the servers saw during one run: every login they checked, and the failed ones. */
  async function runAndCount(email: string, password: string) {
    const before = { smtp: smtp.authUsernames.length, imap: imap.loginAttempts, pop3: pop3.loginAttempts };
    const result = await diagnose({ email, password, publicIpLookup: false, timeoutMs: 15_000 }, { config });
    const smtpAuth = smtp.authUsernames.slice(before.smtp);
    const seen = {
      smtp: smtpAuth.length,
      imap: imap.loginAttempts - before.imap,
      pop3: pop3.loginAttempts - before.pop3,
    };
    // Every run here gives the one right user name of its domain; any other name the server saw failed.
    const smtpFailed = smtpAuth.filter((name) => !(name in USERS) || password !== PASSWORD).length;
    return { result, seen, total: seen.smtp + seen.imap + seen.pop3, smtpFailed };
  }

  it('a wrong password costs the one machine behind all the names at most two attempts', async () => {
    const { result, total } = await runAndCount('ken@ov.test', 'wrong-password');
    expect(result.outgoing?.verified).toBe(false);
    expect(result.findings.map((finding) => finding.code)).toContain('AUTH_FAILED');
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(2);
  });

  it('the user name the first login proved is the only one the other direction tries', async () => {
    const { result, seen, total, smtpFailed } = await runAndCount('ken@ov.test', PASSWORD);
    expect(result.outgoing).toMatchObject({ verified: true, username: 'ken' });
    expect(result.incoming).toMatchObject({ verified: true, username: 'ken' });
    // The full address failed once (where the first login ran), the local part then worked everywhere.
    const incoming = seen.imap + seen.pop3;
    expect([seen.smtp, incoming].sort()).toEqual([1, 2]);
    expect(smtpFailed).toBe(seen.smtp - 1);
    expect(total).toBe(3);
  });

  it('separate servers stop at four failed attempts in the run', async () => {
    const { result, seen, total } = await runAndCount('mio@three.test', 'wrong-password');
    expect(result.outgoing?.verified).toBe(false);
    expect(seen.smtp).toBeGreaterThan(0);
    expect(seen.imap + seen.pop3).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(4);
  });
});

describe('the attempt budget', () => {
  const failed = (...usernames: string[]): AuthReport => ({
    outcome: 'failed',
    username: null,
    attempts: usernames.map((username) => ({
      username,
      mechanism: 'PLAIN',
      outcome: 'failed',
      reply: '535',
    })),
  });

  it('merges names whose addresses overlap, even when they meet only later', () => {
    const budget = createAttemptBudget();
    const smtpKey = budget.serverKey(['192.0.2.1']);
    const popKey = budget.serverKey(['192.0.2.2']);
    budget.reserve(smtpKey, 1).settle(failed('a@example.jp'), false);
    budget.reserve(popKey, 1).settle(failed('a@example.jp'), false);
    expect(budget.remaining(smtpKey)).toBe(1);
    // mail. → [A, B] joins both: one server, two failures, nothing left.
    const mailKey = budget.serverKey(['192.0.2.2', '192.0.2.1']);
    expect(budget.remaining(mailKey)).toBe(0);
    expect(budget.mayAttempt(smtpKey)).toBe(false);
    expect(budget.mayAttempt(budget.serverKey(['192.0.2.1', '2001:db8::1']))).toBe(false);
  });

  it('holds attempts for logins in flight, counts a login that died in auth as all it was granted', () => {
    const budget = createAttemptBudget();
    const key = budget.serverKey(['192.0.2.1']);
    const first = budget.reserve(key, 2);
    expect(first.granted).toBe(2);
    expect(budget.reserve(key, 2).granted).toBe(0);
    first.settle(null, true);
    expect(budget.remaining(key)).toBe(0);
  });

  it('stops at four failures in a run and remembers the user name that worked', async () => {
    const budget = createAttemptBudget();
    const keys = ['192.0.2.1', '192.0.2.2', '192.0.2.3'].map((address) => budget.serverKey([address]));
    budget.reserve(keys[0]!, 2).settle(failed('a', 'b'), false);
    const second = budget.reserve(keys[1]!, 2);
    second.settle(
      {
        outcome: 'ok',
        username: 'b',
        attempts: [...failed('a').attempts, { ...failed('b').attempts[0]!, outcome: 'ok' }],
      },
      false,
    );
    expect(budget.workingUsername(keys[1]!)).toBe('b');
    // Three failures so far: the third server may see one more, whatever its own count.
    expect(budget.remaining(keys[2]!)).toBe(1);
    const third = budget.reserve(keys[2]!, 2);
    expect(third.granted).toBe(1);
    third.settle(failed('a'), false);
    const fourth = budget.serverKey(['192.0.2.4']);
    expect(budget.remaining(fourth)).toBe(0);
    const aborted = new AbortController();
    aborted.abort();
    expect((await budget.reserveWhenSettled(fourth, 2, aborted.signal)).granted).toBe(0);
  });

  it('lets a login wait for the one in flight on its server, then use what is left', async () => {
    const budget = createAttemptBudget();
    const key = budget.serverKey(['192.0.2.1']);
    const first = budget.reserve(key, 2);
    const waiting = budget.reserveWhenSettled(key, 2, new AbortController().signal);
    first.settle(
      {
        outcome: 'ok',
        username: 'b',
        attempts: [...failed('a').attempts, { ...failed('b').attempts[0]!, outcome: 'ok' }],
      },
      false,
    );
    const next = await waiting;
    expect(next.granted).toBe(1);
    expect(budget.workingUsername(key)).toBe('b');
  });
});
