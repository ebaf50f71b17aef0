// security.md bar points 8, 9 and 12: bounded reads, absolute deadlines, odd reply codes, closes.
import { describe, expect, it } from 'vitest';
import { startHostileServer, type HostileBehaviour } from '../helpers/mail-servers/hostile.js';
import { startImapServer } from '../helpers/mail-servers/imap-server.js';
import { startScriptedSmtp, type ScriptedSmtpOptions } from '../helpers/mail-servers/scripted-smtp.js';
import type { MailProtocol } from '../../electron/shared/probe-types.js';
import { probeLocal, useProbeTestWorld } from './fixtures.js';

const world = useProbeTestWorld();
const hostile = (behaviour: HostileBehaviour) => world.track(startHostileServer(behaviour));
const scripted = (options: ScriptedSmtpOptions) => world.track(startScriptedSmtp(options));

async function probePlain(protocol: MailProtocol, port: number, limits = {}) {
  const before = process.memoryUsage().rss;
  const { result } = await probeLocal(
    null,
    { protocol, port, security: 'none' },
    { limits: { ...limitsForBounds, ...limits } },
  );
  return { result, rssGrowthMb: (process.memoryUsage().rss - before) / 1024 / 1024 };
}

const limitsForBounds = { greetingTimeoutMs: 3_000, commandTimeoutMs: 3_000, quitTimeoutMs: 500 };

describe('bounded reads (bar 8)', () => {
  it('stops an endless multiline banner at the lines-per-reply cap', async () => {
    const server = await hostile({ kind: 'endless-lines', line: '220-still greeting you\r\n' });
    const { result, rssGrowthMb } = await probePlain('smtp', server.port);
    expect(result.outcome).toBe('protocol-error');
    expect(['REPLY_TOO_LONG', 'SESSION_TOO_LARGE']).toContain(result.errorCode);
    expect(rssGrowthMb).toBeLessThan(50);
  });

  it('stops a 10 MB line at the line cap', async () => {
    const server = await hostile({ kind: 'huge-line', prefix: '220 ', bytes: 10 * 1024 * 1024 });
    const { result, rssGrowthMb } = await probePlain('smtp', server.port);
    expect(result.errorCode).toBe('LINE_TOO_LONG');
    expect(result.failedPhase).toBe('greeting');
    expect(rssGrowthMb).toBeLessThan(50);
  });

  it('stops endless 250- lines to EHLO', async () => {
    const server = await hostile({
      kind: 'reply-then',
      greeting: '220 mx.test ESMTP\r\n',
      then: { kind: 'endless-lines', line: '250-PIPELINING\r\n' },
    });
    const { result } = await probePlain('smtp', server.port);
    expect(['REPLY_TOO_LONG', 'SESSION_TOO_LARGE']).toContain(result.errorCode);
    expect(result.failedPhase).toBe('capabilities');
  });

  it('stops a huge IMAP literal', async () => {
    const server = await hostile({
      kind: 'reply-then',
      greeting: '* OK ready\r\n',
      then: { kind: 'huge-line', prefix: '* CAPABILITY {104857600}\r\n', bytes: 10 * 1024 * 1024 },
    });
    const { result } = await probePlain('imap', server.port);
    expect(result.errorCode).toBe('REPLY_TOO_LONG');
  });

  it('caps the bytes of a whole session', async () => {
    const server = await hostile({ kind: 'endless-lines', line: '220-x\r\n' });
    const { result } = await probePlain('smtp', server.port, {
      maxLinesPerReply: 1_000_000,
      maxSessionBytes: 64 * 1024,
    });
    expect(result.errorCode).toBe('SESSION_TOO_LARGE');
  });
});

describe('absolute deadlines (bar 9)', () => {
  it('a byte a second hits the greeting deadline', async () => {
    const server = await hostile({
      kind: 'slow-loris',
      text: '220 mx.test ESMTP slowly\r\n',
      intervalMs: 100,
    });
    const started = performance.now();
    const { result } = await probePlain('smtp', server.port, { greetingTimeoutMs: 800 });
    expect(result.outcome).toBe('timeout');
    expect(result.errorCode).toBe('GREETING_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a silent server hits the greeting deadline', async () => {
    const server = await hostile({ kind: 'silent' });
    const { result } = await probePlain('imap', server.port, { greetingTimeoutMs: 500 });
    expect(result.errorCode).toBe('GREETING_TIMEOUT');
    expect(result.greeted).toBe(false);
  });

  it('a dribbled EHLO reply hits the command deadline', async () => {
    const server = await hostile({
      kind: 'reply-then',
      greeting: '220 mx.test\r\n',
      then: { kind: 'slow-loris', text: '250-x\r\n', intervalMs: 50 },
    });
    const { result } = await probePlain('smtp', server.port, { commandTimeoutMs: 700 });
    expect(result.errorCode).toBe('COMMAND_TIMEOUT');
    expect(result.failedPhase).toBe('capabilities');
  });

  it('the overall probe cap holds even when phases are generous', async () => {
    const server = await hostile({ kind: 'silent' });
    const { result } = await probePlain('pop3', server.port, {
      greetingTimeoutMs: 60_000,
      probeTimeoutMs: 500,
    });
    expect(result.outcome).toBe('timeout');
    expect(result.errorCode).toBe('GREETING_TIMEOUT');
  });
});

describe('odd reply codes and closes (bar 12)', () => {
  it.each([
    ['421 at greeting', { greeting: '421 4.3.2 Service not available\r\n' }, 'GREETING_REJECTED', 421],
    ['554 at greeting', { greeting: '554 5.7.1 No SMTP service here\r\n' }, 'GREETING_REJECTED', 554],
    ['250 at greeting', { greeting: '250 hello?\r\n' }, 'BAD_REPLY', 250],
    ['354 to EHLO', { ehloReply: '354 go ahead\r\n' }, 'BAD_REPLY', 354],
    ['221 to EHLO', { ehloReply: '221 bye\r\n' }, 'BAD_REPLY', 221],
    ['421 to EHLO', { ehloReply: '421 closing\r\n' }, 'BAD_REPLY', 421],
    ['mixed codes in one reply', { ehloReply: '250-mx\r\n220 oops\r\n' }, 'BAD_REPLY', 250],
  ] as const)('%s', async (_name, options, code, replyCode) => {
    const server = await scripted(options);
    const { result } = await probePlain('smtp', server.port);
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe(code);
    expect(result.replyCode).toBe(replyCode);
  });

  it('falls back to HELO after 502 to EHLO', async () => {
    const server = await scripted({ ehloReply: '502 5.5.1 EHLO not implemented\r\n' });
    const { result } = await probePlain('smtp', server.port);
    expect(result.outcome).toBe('ok');
    expect(result.capabilities?.names).toEqual([]);
    expect(server.allReceived()).toContain('HELO [127.0.0.1]');
  });

  it('reports a connection closed mid-reply', async () => {
    const server = await hostile({ kind: 'close-mid-reply', text: '220-mx.test first line\r\n220-sec' });
    const { result } = await probePlain('smtp', server.port);
    expect(result.outcome).toBe('protocol-error');
    expect(result.errorCode).toBe('CONNECTION_CLOSED');
  });

  it('reports a server of the wrong protocol as not a mail server', async () => {
    const imap = await world.track(startImapServer({}));
    const smtpOnImap = await probePlain('smtp', imap.port);
    expect(smtpOnImap.result.errorCode).toBe('NOT_A_MAIL_SERVER');
    const http = await hostile({
      kind: 'reply-then',
      greeting: 'HTTP/1.1 400 Bad Request\r\n\r\n',
      then: { kind: 'silent' },
    });
    for (const protocol of ['smtp', 'imap', 'pop3'] as const) {
      expect((await probePlain(protocol, http.port)).result.errorCode).toBe('NOT_A_MAIL_SERVER');
    }
  });
});
