// The verdict as a pure function over fabricated probe results: ranking, OP25B, certificates, logins.
import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../electron/diagnosis/findings.js';
import { isDecided, isSettled } from '../../electron/diagnosis/ranking.js';
import { buildVerdict } from '../../electron/diagnosis/verdict.js';
import type { FindingCode, Severity } from '../../electron/shared/diagnosis-types.js';
import type { ProbeResult } from '../../electron/shared/probe-types.js';
import { context, observed, tlsFacts } from './fabricate.js';

const codes = (findings: Array<{ code: string }>) => findings.map((finding) => finding.code);

describe('ranking', () => {
  it('prefers implicit TLS over STARTTLS and STARTTLS 587 over 25', () => {
    const verdict = buildVerdict(
      [observed({ port: 25 }), observed({ port: 587 }), observed({ port: 465 })],
      context(),
    );
    expect(verdict.outgoing).toMatchObject({ port: 465, security: 'tls' });
    expect(verdict.alternatives.map((alt) => alt.port)).toEqual([587]);
  });

  it('prefers IMAP over POP3 even when POP3 has implicit TLS and IMAP only STARTTLS', () => {
    const verdict = buildVerdict(
      [observed({ protocol: 'pop3', port: 995 }), observed({ protocol: 'imap', port: 143 })],
      context(),
    );
    expect(verdict.incoming).toMatchObject({ protocol: 'imap', port: 143 });
  });

  it('takes POP3 when it is the only thing that works', () => {
    const verdict = buildVerdict(
      [
        observed({ protocol: 'imap', port: 993, outcome: 'refused', errorCode: 'CONNECT_REFUSED' }),
        observed({ protocol: 'pop3', port: 995 }),
      ],
      context(),
    );
    expect(verdict.incoming).toMatchObject({ protocol: 'pop3', port: 995 });
  });

  it('never recommends or lists cleartext while a TLS path works', () => {
    const cleartext = observed({ port: 25, errorCode: 'STARTTLS_UNAVAILABLE', outcome: 'protocol-error' });
    const verdict = buildVerdict(
      [
        cleartext,
        observed({
          port: 587,
          tls: tlsFacts({ trusted: false, trustError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }),
        }),
      ],
      context(),
    );
    expect(verdict.outgoing).toMatchObject({ port: 587, security: 'starttls' });
    expect(verdict.alternatives).toEqual([]);
    expect(codes(verdict.findings)).toContain('CERT_UNTRUSTED');
  });

  it('recommends cleartext only when nothing else works, and says so', () => {
    const verdict = buildVerdict(
      [observed({ port: 587, errorCode: 'STARTTLS_UNAVAILABLE', outcome: 'protocol-error' })],
      context(),
    );
    expect(verdict.outgoing).toMatchObject({ port: 587, security: 'none' });
    // One finding for the fact (no encryption at all), not a STARTTLS warning next to it.
    expect(codes(verdict.findings)).toEqual(['PLAINTEXT_ONLY', 'NO_INCOMING_FOUND']);
  });

  it('never recommends cleartext through a middlebox that stripped STARTTLS', () => {
    const verdict = buildVerdict(
      [observed({ port: 587, errorCode: 'STARTTLS_UNAVAILABLE', outcome: 'protocol-error', tampered: true })],
      context(),
    );
    expect(verdict.outgoing).toBeNull();
    expect(verdict.alternatives).toEqual([]);
    expect(codes(verdict.findings)).toEqual(expect.arrayContaining(['STARTTLS_TAMPERED']));
    expect(codes(verdict.findings)).not.toContain('STARTTLS_UNAVAILABLE');
  });

  it('is decided once nothing pending could beat the best proven path', () => {
    const done = [observed({ port: 465 })];
    const pending25 = observed({ port: 25 }).plan;
    const pending993 = observed({ protocol: 'imap', port: 993 }).plan;
    expect(isDecided(done, [pending25], 'outgoing')).toBe(true);
    expect(isDecided([observed({ port: 587 })], [observed({ port: 465 }).plan], 'outgoing')).toBe(false);
    expect(isDecided(done, [pending993], 'incoming')).toBe(false);
  });

  it('is not settled while a discovery source that could name a better server is still due', () => {
    const guessed = [observed({ port: 465 })];
    expect(isSettled(guessed, [], ['autoconfig'], 'outgoing')).toBe(false);
    const published = [observed({ port: 465, plan: { source: 'srv' } })];
    expect(isSettled(published, [], ['autoconfig', 'provider'], 'outgoing')).toBe(true);
    // Only STARTTLS proven: even a guess-strength source could still bring implicit TLS.
    expect(isSettled([observed({ port: 587, plan: { source: 'srv' } })], [], ['ispdb'], 'outgoing')).toBe(
      false,
    );
    // Nothing proven and nothing running: settled only once no source is due.
    expect(isSettled([], [], ['srv'], 'incoming')).toBe(false);
    expect(isSettled([], [], [], 'incoming')).toBe(true);
  });

  it('breaks ties the way the final ranking does: the earlier planned probe wins', () => {
    const first = observed({ port: 465, address: '192.0.2.1' });
    const second = observed({ port: 465, address: '192.0.2.2' });
    const order = (plan: { id: string }) => (plan.id === first.plan.id ? 0 : 1);
    expect(isSettled([second], [first.plan], [], 'outgoing', order)).toBe(false);
    expect(isSettled([first], [second.plan], [], 'outgoing', order)).toBe(true);
  });
});

describe('OP25B', () => {
  it('reports a dropped port 25 with the ISP and the working ports', () => {
    const verdict = buildVerdict(
      [
        observed({ port: 465 }),
        observed({ port: 587 }),
        observed({ port: 25, outcome: 'not-needed', errorCode: 'NO_ANSWER', unanswered: true }),
      ],
      context({ isp: { name: 'OCN', op25b: true } }),
    );
    const finding = verdict.findings.find((entry) => entry.code === 'PORT25_BLOCKED');
    expect(finding).toMatchObject({
      blockedBy: 'drop',
      isp: 'OCN',
      workingPorts: [465, 587],
      severity: 'warning',
    });
    expect(finding?.message).toContain('OCN');
  });

  it('reports a timeout on 25 as a drop', () => {
    const verdict = buildVerdict(
      [observed({ port: 587 }), observed({ port: 25, outcome: 'timeout' })],
      context(),
    );
    expect(verdict.findings.find((entry) => entry.code === 'PORT25_BLOCKED')).toMatchObject({
      blockedBy: 'drop',
    });
  });

  it('counts a refusal only on the MX (a submission-only server may simply not listen on 25)', () => {
    const probes = [
      observed({ port: 465 }),
      observed({ port: 25, outcome: 'refused', errorCode: 'CONNECT_REFUSED' }),
    ];
    expect(codes(buildVerdict(probes, context()).findings)).not.toContain('PORT25_BLOCKED');
    const onMx = buildVerdict(probes, context({ mxAddresses: ['192.0.2.10'] }));
    expect(onMx.findings.find((entry) => entry.code === 'PORT25_BLOCKED')).toMatchObject({
      blockedBy: 'reject',
    });
  });

  it('says nothing when 25 is unreachable but the submission ports are too', () => {
    const verdict = buildVerdict(
      [observed({ port: 587, outcome: 'timeout' }), observed({ port: 25, outcome: 'timeout' })],
      context(),
    );
    expect(codes(verdict.findings)).not.toContain('PORT25_BLOCKED');
  });

  it('does not call a cancelled probe a drop unless it was still connecting at the decision', () => {
    const verdict = buildVerdict(
      [observed({ port: 465 }), observed({ port: 25, outcome: 'cancelled', errorCode: 'CANCELLED' })],
      context(),
    );
    expect(codes(verdict.findings)).not.toContain('PORT25_BLOCKED');
  });
});

describe('certificates', () => {
  it('recommends the name from the certificate when the re-probe under it matched', () => {
    const original = observed({
      port: 465,
      host: 'mail.customer.jp',
      tls: tlsFacts({ hostnameMatches: false }, ['sv1234.xserver.jp']),
    });
    const fixed = observed({
      port: 465,
      host: 'sv1234.xserver.jp',
      fixedFrom: 'mail.customer.jp',
      tls: tlsFacts({}, ['sv1234.xserver.jp']),
    });
    const verdict = buildVerdict([original, fixed], context());
    expect(verdict.outgoing?.host).toBe('sv1234.xserver.jp');
    expect(verdict.findings.find((entry) => entry.code === 'CERT_NAME_MISMATCH')).toMatchObject({
      host: 'mail.customer.jp',
      suggestedHost: 'sv1234.xserver.jp',
      certNames: ['sv1234.xserver.jp'],
    });
  });

  it('reports expired and self-signed certificates distinctly', () => {
    const expired = buildVerdict(
      [
        observed({
          port: 465,
          tls: tlsFacts({ trusted: false, expired: true, trustError: 'CERT_HAS_EXPIRED' }),
        }),
      ],
      context(),
    );
    expect(codes(expired.findings)).toContain('CERT_EXPIRED');
    const self = tlsFacts({ trusted: false, trustError: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(codes(buildVerdict([observed({ port: 465, tls: self })], context()).findings)).toContain(
      'CERT_SELF_SIGNED',
    );
  });

  it('flags outdated TLS versions', () => {
    const verdict = buildVerdict([observed({ port: 465, tls: tlsFacts({ protocol: 'TLSv1' }) })], context());
    expect(verdict.findings.find((entry) => entry.code === 'TLS_OUTDATED')).toMatchObject({
      tlsVersion: 'TLSv1',
    });
  });
});

describe('logins', () => {
  const loginResult = (
    base: ProbeResult,
    outcome: 'ok' | 'failed' | 'basic-auth-disabled',
    username: string | null,
  ): ProbeResult => ({
    ...base,
    auth: {
      outcome,
      username,
      attempts: [
        {
          username: username ?? 'taro@example.jp',
          mechanism: 'PLAIN',
          outcome,
          reply: outcome === 'ok' ? '235' : '535',
        },
      ],
    },
  });

  it('marks verified only after a successful login over trusted TLS and reports a local-part user name', () => {
    const smtp = observed({ port: 465 });
    const verdict = buildVerdict([smtp], context(), { outgoing: loginResult(smtp.result, 'ok', 'taro') });
    expect(verdict.outgoing).toMatchObject({ verified: true, username: 'taro' });
    expect(codes(verdict.findings)).toEqual(expect.arrayContaining(['AUTH_OK', 'AUTH_USERNAME_LOCALPART']));
  });

  it('reports failures and basic-auth shutdowns', () => {
    const smtp = observed({ port: 587 });
    const failed = buildVerdict([smtp], context(), { outgoing: loginResult(smtp.result, 'failed', null) });
    expect(failed.outgoing?.verified).toBe(false);
    expect(codes(failed.findings)).toContain('AUTH_FAILED');
    const disabled = buildVerdict([smtp], context(), {
      outgoing: loginResult(smtp.result, 'basic-auth-disabled', null),
    });
    expect(codes(disabled.findings)).toContain('AUTH_BASIC_DISABLED');
  });

  it('says OAuth2 for providers that require it', () => {
    const hosting = {
      name: 'Google Workspace / Gmail',
      oauth: true,
      appPasswords: true,
      notes: [],
      needsHostNumber: false,
    };
    const verdict = buildVerdict([observed({ port: 465, host: 'smtp.gmail.com' })], context({ hosting }));
    expect(verdict.outgoing?.auth).toBe('oauth2');
    expect(codes(verdict.findings)).toEqual(
      expect.arrayContaining(['OAUTH_REQUIRED', 'APP_PASSWORD_POSSIBLE']),
    );
  });

  it('uses the local part as user name when the provider config says so', () => {
    const verdict = buildVerdict([observed({ port: 465, plan: { usernameStyle: 'localpart' } })], context());
    expect(verdict.outgoing?.username).toBe('taro');
  });
});

describe('nothing found', () => {
  it('says NO_MAIL_HOST when the domain does not exist', () => {
    const verdict = buildVerdict([], context({ domainMissing: true }));
    expect(verdict.outgoing).toBeNull();
    expect(codes(verdict.findings)).toEqual(['NO_MAIL_HOST']);
  });

  it('says which direction is missing when servers answered', () => {
    const verdict = buildVerdict(
      [observed({ protocol: 'imap', port: 993 }), observed({ port: 587, outcome: 'timeout' })],
      context(),
    );
    expect(codes(verdict.findings)).toContain('NO_OUTGOING_FOUND');
  });
});

describe('partial discovery', () => {
  it('says so when a source failed and settings were still found, not when nothing was found', () => {
    const found = buildVerdict([observed({ port: 465 })], context({ discoveryPartial: true }));
    expect(found.findings.map((finding) => finding.code)).toContain('DISCOVERY_PARTIAL');
    const none = buildVerdict([], context({ discoveryPartial: true }));
    expect(none.findings.map((finding) => finding.code)).not.toContain('DISCOVERY_PARTIAL');
  });
});

describe('severities for an office user', () => {
  // error = mail does not work or the password is wrong; warning = the user must act or take care.
  const expected: Array<[Severity, FindingCode[]]> = [
    [
      'error',
      ['AUTH_FAILED', 'NO_MAIL_HOST', 'NO_OUTGOING_FOUND', 'NO_INCOMING_FOUND', 'SERVERS_UNRESPONSIVE'],
    ],
    [
      'warning',
      [
        'PORT25_BLOCKED',
        'CERT_UNTRUSTED',
        'CERT_EXPIRED',
        'CERT_SELF_SIGNED',
        'CERT_NAME_MISMATCH',
        'PLAINTEXT_ONLY',
        'STARTTLS_UNAVAILABLE',
        'OAUTH_REQUIRED',
        'AUTH_BASIC_DISABLED',
        'TLS_OUTDATED',
        'TEST_MESSAGE_FAILED',
      ],
    ],
    ['info', ['AUTH_OK', 'AUTH_USERNAME_LOCALPART', 'DISCOVERY_PARTIAL', 'TEST_MESSAGE_DELIVERED']],
  ];

  it.each(expected)('rates as %s: %j', (severity, codes) => {
    for (const code of codes) expect(makeFinding(code).severity, code).toBe(severity);
  });
});
