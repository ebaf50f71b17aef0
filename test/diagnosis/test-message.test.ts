// The optional test message, end to end in the loopback world: smtp-server accepts it over the verified
// submission path and delivers it into the account's mailbox, where the engine finds it over IMAP
// (SEARCH HEADER Subject) or POP3 (STAT + TOP). Also: never without consent or a verified login, never
// more than one message, bounded wait when it does not arrive, and the password never in any output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../electron/diagnosis/index.js';
import { subjectHasToken } from '../../electron/probe/test-message-find.js';
import { composeTestMessage } from '../../electron/probe/test-message-send.js';
import type { DiagnosisEvent, DiagnosisResult } from '../../electron/shared/diagnosis-types.js';
import {
  loopbackWorldSupport,
  startLoopbackWorld,
  type LoopbackWorld,
  type WorldAccount,
} from '../helpers/loopback-world.js';

describe('the test message itself', () => {
  it('carries one random token in Subject and Message-ID and asks for no auto-replies', () => {
    const first = composeTestMessage('taro@example.jp', 'example.jp');
    const second = composeTestMessage('taro@example.jp', 'example.jp');
    expect(first.token).not.toBe(second.token);
    expect(first.lines).toContain(`Message-ID: <${first.token}@example.jp>`);
    expect(first.lines).toContain('Auto-Submitted: auto-generated');
    expect(subjectHasToken(first.lines.slice(0, first.lines.indexOf('')), first.token)).toBe(true);
    expect(first.lines.every((line) => /^[\x20-\x7e]*$/.test(line))).toBe(true);
  });

  it('finds the token only in the Subject header, also when folded', () => {
    expect(subjectHasToken(['From: a@b.jp', 'Subject: hello', ' mailwiz-test-1'], 'mailwiz-test-1')).toBe(
      true,
    );
    expect(subjectHasToken(['X-Note: mailwiz-test-1', 'Subject: hello'], 'mailwiz-test-1')).toBe(false);
  });
});

const support = loopbackWorldSupport();

describe.skipIf(!support.ok)('sendTestMessage in the loopback world', () => {
  let world: LoopbackWorld;
  beforeAll(async () => {
    world = await startLoopbackWorld({ op25b: false });
  });
  afterAll(async () => {
    await world?.stop();
  });

  const run = async (
    account: WorldAccount,
    extra: { password?: string; sendTestMessage?: boolean; testMessageMs?: number } = {},
  ) => {
    const events: DiagnosisEvent[] = [];
    const config = {
      ...world.config,
      timeouts: { ...world.config.timeouts, testMessageMs: extra.testMessageMs ?? 10_000 },
    };
    const result = await diagnose(
      {
        email: account.email,
        password: extra.password ?? account.password,
        sendTestMessage: extra.sendTestMessage ?? true,
        // srvonly.test's SRV target lies outside its domain: consented here, as the person would.
        trustedHosts: ['mx.srvhost.test'],
        publicIpLookup: false,
        timeoutMs: 30_000,
      },
      { config, onEvent: (event) => events.push(event) },
    );
    return { result, events };
  };
  const finding = (result: DiagnosisResult, prefix: string) =>
    result.findings.filter((entry) => entry.code.startsWith(prefix));

  it('sends one message over SMTP and finds it in the inbox over IMAP', async () => {
    const account = world.accounts.alpha;
    const before = world.mailboxes[account.email]!.length;
    const { result, events } = await run(account);
    expect(finding(result, 'TEST_MESSAGE')).toEqual([
      expect.objectContaining({ code: 'TEST_MESSAGE_DELIVERED', severity: 'info', protocol: 'imap' }),
    ]);
    const delivered = world.mailboxes[account.email]!.slice(before);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatch(/^Subject: MailWiz test message mailwiz-test-[0-9a-f]{16} /m);
    expect(delivered[0]).toContain(`To: <${account.email}>`);
    expect(events).toContainEqual({
      type: 'finding',
      finding: expect.objectContaining({ code: 'TEST_MESSAGE_DELIVERED' }),
    });
    expect(JSON.stringify({ result, events, delivered })).not.toContain(account.password);
  });

  it('keeps looking over POP3 (a new session each time) when delivery takes a moment', async () => {
    const account = world.accounts.pop;
    const mailbox = world.mailboxes[account.email]!;
    const before = mailbox.length;
    // Local delivery 800 ms after the server accepted the message: the first looks find nothing.
    mailbox.push = (...messages: string[]) => {
      setTimeout(() => Array.prototype.push.apply(mailbox, messages), 800);
      return mailbox.length;
    };
    try {
      const { result } = await run(account);
      expect(result.incoming).toMatchObject({ protocol: 'pop3', verified: true });
      expect(finding(result, 'TEST_MESSAGE')).toEqual([
        expect.objectContaining({ code: 'TEST_MESSAGE_DELIVERED', protocol: 'pop3' }),
      ]);
      expect(mailbox.length - before).toBe(1);
    } finally {
      delete (mailbox as { push?: unknown }).push;
    }
  });

  it('sends nothing unless asked, and nothing when the login was not verified', async () => {
    const account = world.accounts.srvonly;
    const before = world.mailboxes[account.email]!.length;
    const notAsked = await run(account, { sendTestMessage: false });
    expect(finding(notAsked.result, 'TEST_MESSAGE')).toEqual([]);
    const wrongPassword = await run(account, { password: 'not-the-password' });
    expect(wrongPassword.result.outgoing?.verified).toBe(false);
    expect(finding(wrongPassword.result, 'TEST_MESSAGE')).toEqual([]);
    expect(world.mailboxes[account.email]!.length).toBe(before);
  });

  it('gives up after the bounded wait when the message never arrives, having sent exactly one', async () => {
    const account = world.accounts.srvonly;
    const mailbox = world.mailboxes[account.email]!;
    let accepted = 0;
    // The server accepts the message and loses it.
    mailbox.push = () => {
      accepted += 1;
      return mailbox.length;
    };
    try {
      const started = Date.now();
      const { result } = await run(account, { testMessageMs: 1_500 });
      expect(finding(result, 'TEST_MESSAGE')).toEqual([
        expect.objectContaining({ code: 'TEST_MESSAGE_FAILED', severity: 'warning', protocol: 'imap' }),
      ]);
      expect(accepted).toBe(1);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      delete (mailbox as { push?: unknown }).push;
    }
  });
});
