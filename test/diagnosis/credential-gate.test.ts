// The trust rule as the engine applies it during a run, without sockets: which planned probes may carry
// the password, what a withheld chosen path records, and how the verdict reports it.
import { describe, expect, it } from 'vitest';
import { createCredentialGate } from '../../electron/diagnosis/credential-gate.js';
import { workingPath } from '../../electron/diagnosis/ranking.js';
import { buildVerdict } from '../../electron/diagnosis/verdict.js';
import type { ServerCandidate } from '../../electron/discovery/candidate.js';
import { context, observed, tlsFacts } from './fabricate.js';

const candidate = (host: string, source: ServerCandidate['source']): ServerCandidate => ({
  protocol: 'smtp',
  host,
  port: 465,
  security: 'tls',
  source,
});

describe('the credential gate', () => {
  it('trusts names from HTTPS autoconfig, never from its plain-HTTP twin', () => {
    const gate = createCredentialGate('example.jp', { email: 'a@example.jp' });
    gate.note([candidate('box.https.test', 'autoconfig'), candidate('box.http.test', 'autoconfig-http')]);
    const plan = (host: string) => observed({ port: 465, host }).plan;
    expect(gate.allowsPlan(plan('box.https.test'))).toBe(true);
    expect(gate.allowsPlan(plan('box.http.test'))).toBe(false);
    expect(gate.allowsPlan(plan('never-named.test'))).toBe(false);
  });

  it('trusts the matched provider’s host pattern once discovery names the provider', () => {
    const gate = createCredentialGate('example.jp', { email: 'a@example.jp' });
    gate.note([candidate('sv77.xserver.jp', 'srv')]);
    const plan = observed({ port: 465, host: 'sv77.xserver.jp' }).plan;
    expect(gate.allowsPlan(plan)).toBe(false);
    gate.learnProvider('xserver');
    expect(gate.allowsPlan(plan)).toBe(true);
  });

  it('withholds from a certificate’s name outside the domain until consent to it', () => {
    const gate = createCredentialGate('shared.jp', { email: 'a@shared.jp' });
    const fixed = observed({
      port: 465,
      host: 'sv1.hosting.test',
      fixedFrom: 'mail.shared.jp',
      tls: tlsFacts({}, ['sv1.hosting.test']),
    });
    expect(gate.allowsPlan(fixed.plan, fixed.fixedFrom)).toBe(false);
    gate.withhold('outgoing', workingPath(fixed)!);
    expect(gate.withheld('outgoing')).toEqual({
      protocol: 'smtp',
      host: 'sv1.hosting.test',
      port: 465,
      source: 'certificate',
      certNames: ['sv1.hosting.test'],
    });
    const consented = createCredentialGate('shared.jp', {
      email: 'a@shared.jp',
      trustedHosts: ['SV1.hosting.test'],
    });
    expect(consented.allowsPlan(fixed.plan, fixed.fixedFrom)).toBe(true);
  });

  it('records nothing for a path the rule trusts', () => {
    const gate = createCredentialGate('example.jp', { email: 'a@example.jp' });
    gate.withhold('incoming', workingPath(observed({ protocol: 'imap', port: 993 }))!);
    expect(gate.withheld('incoming')).toBeUndefined();
  });
});

describe('a withheld login in the verdict', () => {
  it('is CREDENTIALS_WITHHELD with host, source and certificate names, and login "withheld"', () => {
    const probe = observed({ port: 465, host: 'mx.other.test', tls: tlsFacts({}, ['mx.other.test']) });
    const withheld = {
      protocol: 'smtp' as const,
      host: 'mx.other.test',
      port: 465,
      source: 'srv' as const,
      certNames: ['mx.other.test'],
    };
    const verdict = buildVerdict([probe], context(), { outgoing: null, withheld: { outgoing: withheld } });
    expect(verdict.outgoing).toMatchObject({ host: 'mx.other.test', verified: false, login: 'withheld' });
    expect(verdict.findings).toContainEqual(
      expect.objectContaining({
        code: 'CREDENTIALS_WITHHELD',
        severity: 'warning',
        host: 'mx.other.test',
        source: 'srv',
        certNames: ['mx.other.test'],
      }),
    );
    const message = verdict.findings.find((finding) => finding.code === 'CREDENTIALS_WITHHELD')?.message;
    expect(message).toContain('A DNS SRV record points to this server');
  });

  it('says "not-tried" without a login and "ok" / "failed" after one', () => {
    const probe = observed({ port: 465 });
    expect(buildVerdict([probe], context()).outgoing?.login).toBe('not-tried');
    const login = (outcome: 'ok' | 'failed') => ({
      ...probe.result,
      auth: {
        outcome,
        mechanism: 'PLAIN',
        username: 'a@example.jp',
        attempts: [{ username: 'a@example.jp', reply: '' }],
      },
    });
    expect(buildVerdict([probe], context(), { outgoing: login('ok') as never }).outgoing?.login).toBe('ok');
    expect(buildVerdict([probe], context(), { outgoing: login('failed') as never }).outgoing?.login).toBe(
      'failed',
    );
  });
});
