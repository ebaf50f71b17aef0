// The user-name race: the likely form first, the other on a second session when the first has no
// answer within the window, the first success wins — and never more than two attempts per server, as
// the server itself counts them. The servers hold rejections back like Dovecot does (1.5 s here).
import { describe, expect, it } from 'vitest';
import { createRaceMemory } from '../../electron/probe/index.js';
import type { AuthReport, LoginArbiter } from '../../electron/shared/probe-types.js';
import { startSmtpServer, type SmtpServerOptions } from '../helpers/mail-servers/smtp-server.js';
import { useProbeTestWorld, withLogin } from './fixtures.js';

const world = useProbeTestWorld();
const ADDRESS = 'jiro@race.test';
const LOCAL = 'jiro';
const PASSWORD = 'race-pass-3';
const FAILURE_DELAY_MS = 1_500;

const smtps = (users: Record<string, string>, options: SmtpServerOptions = {}) =>
  world.track(
    startSmtpServer({
      cert: world.certs.good,
      implicitTls: true,
      users,
      failureDelayMs: FAILURE_DELAY_MS,
      ...options,
    }),
  );

describe('the user-name race', () => {
  it('wins with the local part while the full address is still held back, in two attempts', async () => {
    const server = await smtps({ [LOCAL]: PASSWORD });
    const { result } = await world.probe('smtp', server, 'tls', withLogin([ADDRESS, LOCAL], PASSWORD));
    expect(result.outcome).toBe('ok');
    expect(result.auth).toMatchObject({ outcome: 'ok', username: LOCAL });
    // The full address was left unanswered (the race did not wait for its rejection).
    expect(result.auth?.attempts.map((attempt) => [attempt.username, attempt.outcome])).toEqual([
      [ADDRESS, 'error'],
      [LOCAL, 'ok'],
    ]);
    expect(server.authUsernames).toEqual([ADDRESS, LOCAL]);
  });

  it('remembers a slow first form per server, and the next service there still logs in', async () => {
    const server = await smtps({ [LOCAL]: PASSWORD });
    const raceMemory = createRaceMemory();
    const login = withLogin([ADDRESS, LOCAL], PASSWORD);
    const first = await world.probe('smtp', server, 'tls', login, { raceMemory });
    expect(raceMemory.firstFormWasSlow('127.0.0.1', ADDRESS)).toBe(true);
    expect(raceMemory.firstFormWasSlow('127.0.0.1', LOCAL)).toBe(false);
    const second = await world.probe('smtp', server, 'tls', login, { raceMemory });
    for (const { result } of [first, second])
      expect(result.auth).toMatchObject({ outcome: 'ok', username: LOCAL });
    expect(server.authUsernames).toEqual([ADDRESS, LOCAL, ADDRESS, LOCAL]);
  });

  it('sends only the first form when it succeeds at once', async () => {
    const server = await smtps({ [ADDRESS]: PASSWORD });
    const { result } = await world.probe('smtp', server, 'tls', withLogin([ADDRESS, LOCAL], PASSWORD));
    expect(result.auth).toMatchObject({ outcome: 'ok', username: ADDRESS });
    expect(server.authUsernames).toEqual([ADDRESS]);
  });

  it('reports a wrong password after both forms were rejected, two attempts in all', async () => {
    const server = await smtps({ [ADDRESS]: PASSWORD });
    const { result } = await world.probe('smtp', server, 'tls', withLogin([ADDRESS, LOCAL], 'wrong-pass'));
    expect(result.auth?.outcome).toBe('failed');
    expect(result.auth?.attempts.map((attempt) => attempt.outcome)).toEqual(['failed', 'failed']);
    expect(server.authAttempts).toBe(2);
  });

  it('tries the second form after a quick rejection, as before', async () => {
    const server = await smtps({ [LOCAL]: PASSWORD }, { failureDelayMs: 0 });
    const { result } = await world.probe('smtp', server, 'tls', withLogin([ADDRESS, LOCAL], PASSWORD));
    expect(result.auth?.attempts.map((attempt) => [attempt.username, attempt.outcome])).toEqual([
      [ADDRESS, 'failed'],
      [LOCAL, 'ok'],
    ]);
    expect(server.authUsernames).toEqual([ADDRESS, LOCAL]);
  });

  it('asks the run when the session is ready, and tries only the names it allows then', async () => {
    const server = await smtps({ [LOCAL]: PASSWORD }, { failureDelayMs: 0 });
    const settled: Array<AuthReport | null> = [];
    const arbiter: LoginArbiter = async () => ({
      usernames: [LOCAL],
      settle: (report) => void settled.push(report),
    });
    const login = { credentials: { usernames: [ADDRESS, LOCAL], password: PASSWORD, arbiter } };
    const { result } = await world.probe('smtp', server, 'tls', login);
    expect(result.auth).toMatchObject({ outcome: 'ok', username: LOCAL });
    expect(server.authUsernames).toEqual([LOCAL]);
    expect(settled.map((report) => report?.outcome)).toEqual(['ok']);
  });

  it('sends no password when the run allows no attempt, or does not answer in time', async () => {
    const server = await smtps({ [ADDRESS]: PASSWORD }, { failureDelayMs: 0 });
    const none: LoginArbiter = async () => ({ usernames: [], settle: () => undefined });
    // Late, and careless: it answers with a name only once the probe stopped waiting.
    const never: LoginArbiter = (signal) =>
      new Promise((resolve) =>
        signal.addEventListener('abort', () => resolve({ usernames: [ADDRESS], settle: () => undefined })),
      );
    for (const arbiter of [none, never]) {
      const login = { credentials: { usernames: [ADDRESS, LOCAL], password: PASSWORD, arbiter } };
      const { result } = await world.probe('smtp', server, 'tls', login, {
        limits: { commandTimeoutMs: 300 },
      });
      expect(result.outcome).toBe('ok');
      expect(result.auth).toBeNull();
    }
    expect(server.authAttempts).toBe(0);
  });
});
