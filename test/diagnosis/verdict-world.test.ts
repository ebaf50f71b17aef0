// The verdict's truthfulness in the loopback world (real servers, DNS and iptables; see
// test/helpers/loopback-world.ts): alternatives that really work, one finding per fact, and the same
// JSON for the same network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../electron/diagnosis/index.js';
import type { DiagnosisResult } from '../../electron/shared/diagnosis-types.js';
import { loopbackWorldSupport, startLoopbackWorld, type LoopbackWorld } from '../helpers/loopback-world.js';

const support = loopbackWorldSupport();
if (!support.ok) console.warn(`skipping verdict-world: ${support.reason}`);

/** The result without its timings: what must not change between runs on the same network. */
function withoutTimings(result: DiagnosisResult): unknown {
  return JSON.parse(
    JSON.stringify(result, (key, value: unknown) =>
      key === 'ms' || key === 'elapsedMs' ? undefined : value,
    ),
  );
}

describe.skipIf(!support.ok)('verdicts in the loopback world', () => {
  let world: LoopbackWorld;
  beforeAll(async () => {
    world = await startLoopbackWorld();
  });
  afterAll(async () => {
    await world?.stop();
  });

  const run = (email: string, password?: string) =>
    diagnose(
      { email, publicIpLookup: true, timeoutMs: 20_000, ...(password ? { password } : {}) },
      { config: world.config },
    );

  it('never offers the certificate-mismatch host or a sending port without AUTH as an alternative', async () => {
    const result = await run(world.accounts.shared.email);
    expect(result.outgoing).toMatchObject({ host: 'sv1234.hosting.test', port: 465 });
    expect(result.alternatives.length).toBeGreaterThan(0);
    expect(result.alternatives.map((alt) => alt.host)).not.toContain('mail.shared.test');
    expect(result.alternatives.some((alt) => alt.protocol === 'smtp' && alt.port === 25)).toBe(false);
    const mismatch = result.findings.filter((finding) => finding.code === 'CERT_NAME_MISMATCH');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({
      host: 'mail.shared.test',
      suggestedHost: 'sv1234.hosting.test',
      protocols: ['smtp', 'imap'],
    });
  });

  it('reports a local-part login once, for the account', async () => {
    const result = await run(world.accounts.auto.email, world.accounts.auto.password);
    expect(result.status).toBe('ok');
    expect(result.outgoing).toMatchObject({ username: 'shiro', login: 'ok' });
    expect(result.incoming).toMatchObject({ username: 'shiro', login: 'ok' });
    const localPart = result.findings.filter((finding) => finding.code === 'AUTH_USERNAME_LOCALPART');
    expect(localPart).toHaveLength(1);
    expect(localPart[0]).toMatchObject({ username: 'shiro', protocols: ['smtp', 'imap'] });
  });

  it('names each refusing server and protocol for a wrong password', async () => {
    const result = await run(world.accounts.pop.email, 'wrong-password');
    expect(result.status).toBe('login-failed');
    expect(result.outgoing).toMatchObject({ login: 'failed', verified: false });
    expect(result.incoming).toMatchObject({ protocol: 'pop3', login: 'failed', verified: false });
    const refusals = result.findings.filter((finding) => finding.code === 'AUTH_FAILED');
    expect(refusals).toHaveLength(1);
    // The server's two attempts went to the login first ready; the other protocol was never sent the
    // password the server had already refused, so it is not named.
    expect(refusals[0]).toMatchObject({ host: 'mail.pop.test' });
    expect(refusals[0]?.protocols).toHaveLength(1);
    expect(result.alternatives).toEqual([]);
  });

  it('gives the same JSON, timings aside, for five runs on the same network', async () => {
    const email = world.op25bActive ? world.accounts.op25b.email : world.accounts.alpha.email;
    const first = withoutTimings(await run(email));
    for (let index = 1; index < 5; index += 1) expect(withoutTimings(await run(email))).toEqual(first);
    const again = (await run(email)).probes.find((probe) => probe.port === 25);
    if (world.op25bActive) expect(again).toMatchObject({ result: 'not-needed', errorCode: 'NO_ANSWER' });
  });
});
