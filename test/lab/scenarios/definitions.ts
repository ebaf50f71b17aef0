// The lab scenarios: each is one `mailwiz diagnose --json` on the office PC against a prepared corner of
// the lab, with what the verdict, the findings and the servers' own logs must show.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Finding, FindingCode } from '../../../electron/shared/diagnosis-types.js';
import type { CliRun } from '../infra/cli.js';
import type { Port25Policy } from '../infra/isp.js';
import type { LabInfo } from '../infra/lab.js';
import { authRequests } from '../infra/logs.js';

export type LogName = keyof LabInfo['logs'];

export interface Scenario {
  name: string;
  email: string;
  /** 'lab' = the right password, any other string = a wrong one, undefined = none given. */
  password?: 'lab' | string;
  port25?: Port25Policy;
  /** Extra CLI arguments, e.g. `--trust-host` for a server outside the address's domain. */
  args?: string[];
  prepare?: (lab: LabInfo) => void;
  /** Fails logins on purpose: Dovecot's auth penalty must be cleared before the next scenario. */
  failsLogins?: boolean;
  /** Logs whose new lines (since the scenario started) `check` receives. */
  watch?: LogName[];
  check: (run: CliRun, logs: Partial<Record<LogName, string>>) => void;
}

function finding(run: CliRun, code: FindingCode): Finding | undefined {
  return run.result?.findings.find((f) => f.code === code);
}

function codes(run: CliRun): FindingCode[] {
  return run.result?.findings.map((f) => f.code) ?? [];
}

function expectVerifiedTls(
  run: CliRun,
  outgoing: { host: string; port: number },
  incoming?: { host: string; port: number },
): void {
  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.result?.outgoing).toMatchObject({ ...outgoing, security: 'tls', verified: true });
  if (incoming)
    expect(run.result?.incoming).toMatchObject({
      protocol: 'imap',
      ...incoming,
      security: 'tls',
      verified: true,
    });
}

function op25b(policy: 'drop' | 'reject'): Scenario {
  return {
    name: `OP25B ${policy}`,
    email: 'taro@corp.test',
    password: 'lab',
    port25: policy,
    check(run) {
      expectVerifiedTls(run, { host: 'mail.corp.test', port: 465 }, { host: 'mail.corp.test', port: 993 });
      const blocked = finding(run, 'PORT25_BLOCKED');
      expect(blocked, `findings: ${codes(run).join(',')}`).toBeDefined();
      if (blocked?.blockedBy) expect(blocked.blockedBy).toBe(policy);
      expect(run.result?.status).toBe('ok');
      // A dropped port 25 stopped once the verdict was decided reads as unanswered, never "cancelled".
      const port25 = run.result?.probes.filter((probe) => probe.port === 25) ?? [];
      expect(port25.map((probe) => probe.result)).not.toContain('cancelled');
    },
  };
}

const AUTOCONFIG_ONLY_XML = `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="auto.test">
    <domain>auto.test</domain>
    <displayName>Auto Test Mail</displayName>
    <incomingServer type="imap">
      <hostname>recv.mailhost.test</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>send.mailhost.test</hostname><port>465</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
`;

export function publishAutoconfig(lab: LabInfo, host: string, xml: string): void {
  const dir = path.join(lab.docroot, host, 'mail');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'config-v1.1.xml'), xml);
}

export const SCENARIOS: Scenario[] = [
  op25b('drop'),
  op25b('reject'),
  {
    name: 'shared-hosting certificate',
    email: 'hanako@shop.test',
    password: 'lab',
    // The certificate's name lies outside shop.test: the password goes there only with consent.
    args: ['--trust-host', 'sv2.hosting.test'],
    check(run) {
      expectVerifiedTls(
        run,
        { host: 'sv2.hosting.test', port: 465 },
        { host: 'sv2.hosting.test', port: 993 },
      );
      expect(finding(run, 'CERT_NAME_MISMATCH')).toMatchObject({ suggestedHost: 'sv2.hosting.test' });
      expect(codes(run).filter((code) => code === 'CERT_NAME_MISMATCH')).toHaveLength(1);
      const alternatives = run.result?.alternatives ?? [];
      expect(alternatives.every((alt) => alt.host === 'sv2.hosting.test' && alt.login === 'ok')).toBe(true);
      expect(alternatives.some((alt) => alt.protocol === 'smtp' && alt.port === 25)).toBe(false);
    },
  },
  {
    name: 'submission on 587 only',
    email: 'sub@sub.test',
    password: 'lab',
    watch: ['submission587'],
    check(run, logs) {
      expect(run.exitCode, run.stderr).toBe(0);
      expect(run.result?.outgoing).toMatchObject({
        host: 'mail.sub.test',
        port: 587,
        security: 'starttls',
        verified: true,
      });
      expect(logs.submission587).toMatch(/auth user=sub@sub.test .*tls=true/);
      // 465 is closed but 25 answers: nothing here is the ISP's doing.
      expect(finding(run, 'PORT25_BLOCKED')).toBeUndefined();
    },
  },
  {
    name: 'SRV-only domain',
    email: 'sora@srv.test',
    password: 'lab',
    args: ['--trust-host', 'post.mailhost.test', '--trust-host', 'box.mailhost.test'],
    check(run) {
      expectVerifiedTls(
        run,
        { host: 'post.mailhost.test', port: 465 },
        { host: 'box.mailhost.test', port: 993 },
      );
    },
  },
  {
    name: 'SRV-only domain without consent',
    email: 'sora@srv.test',
    password: 'lab',
    watch: ['dovecotHost1'],
    check(run, logs) {
      expect(run.exitCode, run.stderr).toBe(0);
      // SRV targets outside srv.test: probed (TLS, capabilities) but never given the password.
      expect(run.result?.outgoing).toMatchObject({ host: 'post.mailhost.test', login: 'withheld' });
      expect(run.result?.incoming).toMatchObject({ host: 'box.mailhost.test', login: 'withheld' });
      expect(finding(run, 'CREDENTIALS_WITHHELD')).toMatchObject({ source: 'srv' });
      expect(authRequests(logs.dovecotHost1)).toEqual({});
    },
  },
  {
    name: 'autoconfig-only domain',
    email: 'aki@auto.test',
    password: 'lab',
    prepare: (lab) => publishAutoconfig(lab, 'autoconfig.auto.test', AUTOCONFIG_ONLY_XML),
    watch: ['web'],
    check(run, logs) {
      expectVerifiedTls(
        run,
        { host: 'send.mailhost.test', port: 465 },
        { host: 'recv.mailhost.test', port: 993 },
      );
      expect(logs.web).toMatch(/GET https:\/\/autoconfig\.auto\.test\/mail\/config-v1\.1\.xml 200/);
    },
  },
  {
    name: 'local-part login',
    email: 'jiro@local.test',
    password: 'lab',
    failsLogins: true,
    watch: ['dovecotHost1'],
    check(run, logs) {
      expectVerifiedTls(run, { host: 'mail.local.test', port: 465 }, { host: 'mail.local.test', port: 993 });
      expect(run.result?.outgoing?.username).toBe('jiro');
      expect(run.result?.incoming?.username).toBe('jiro');
      expect(codes(run).filter((code) => code === 'AUTH_USERNAME_LOCALPART')).toHaveLength(1);
      for (const [service, count] of Object.entries(authRequests(logs.dovecotHost1)))
        expect(count, service).toBeLessThanOrEqual(2);
    },
  },
  {
    name: 'wrong password',
    email: 'taro@corp.test',
    password: 'not-the-password',
    failsLogins: true,
    watch: ['dovecotHost1', 'postfixHost1'],
    check(run, logs) {
      expect(finding(run, 'AUTH_FAILED'), `findings: ${codes(run).join(',')}`).toBeDefined();
      expect(run.result?.status).toBe('login-failed');
      expect(run.result?.outgoing).toMatchObject({ verified: false, login: 'failed' });
      expect(run.result?.incoming).toMatchObject({ verified: false, login: 'failed' });
      // One finding per refusing server, naming it and the protocols that really refused: the server's
      // two attempts may all go to one protocol, and the other login is then never sent.
      const refusals = run.result?.findings.filter((f) => f.code === 'AUTH_FAILED') ?? [];
      expect(refusals.length).toBeGreaterThan(0);
      expect(new Set(refusals.map((f) => f.host)).size).toBe(refusals.length);
      for (const protocol of refusals.flatMap((f) => f.protocols ?? []))
        expect(['imap', 'smtp']).toContain(protocol);
      const attempts = authRequests(logs.dovecotHost1);
      expect(Object.keys(attempts).length, 'login attempts were made').toBeGreaterThan(0);
      for (const [service, count] of Object.entries(attempts))
        expect(count, `${service} attempts`).toBeLessThanOrEqual(2);
      // One machine, one account: SMTP, IMAP and POP3 together see at most two failed attempts.
      const total = Object.values(attempts).reduce((sum, count) => sum + count, 0);
      expect(total, `attempts across services: ${JSON.stringify(attempts)}`).toBeLessThanOrEqual(2);
      expect(logs.postfixHost1?.match(/SASL \w+ authentication failed/g)?.length ?? 0).toBeLessThanOrEqual(2);
    },
  },
  {
    name: 'plaintext-only legacy server',
    email: 'old@old.test',
    password: 'lab',
    watch: ['dovecotLegacy', 'postfixLegacy'],
    check(run, logs) {
      expect(finding(run, 'PLAINTEXT_ONLY'), `findings: ${codes(run).join(',')}`).toBeDefined();
      expect(codes(run).filter((code) => code === 'PLAINTEXT_ONLY')).toHaveLength(1);
      expect(codes(run)).not.toContain('STARTTLS_UNAVAILABLE');
      expect(run.result?.outgoing?.verified ?? false).toBe(false);
      // The server was really talked to, but no password went over the wire without the user's consent.
      expect(logs.dovecotLegacy).toMatch(/no auth attempts/);
      expect(authRequests(logs.dovecotLegacy)).toEqual({});
      expect(logs.postfixLegacy).not.toMatch(/sasl_method|authentication failed/);
    },
  },
  {
    name: 'IPv6 black hole, IPv4 works',
    email: 'rok@v6.test',
    password: 'lab',
    check(run) {
      expectVerifiedTls(run, { host: 'mail.v6.test', port: 465 }, { host: 'mail.v6.test', port: 993 });
    },
  },
  {
    name: 'STARTTLS stripped by a middlebox',
    email: 'strip@strip.test',
    password: 'lab',
    watch: ['dovecotHost1', 'postfixHost1', 'stripper'],
    check(run, logs) {
      expect(logs.stripper, 'the probes went through the middlebox').toMatch(/connect /);
      expect(finding(run, 'STARTTLS_TAMPERED'), `findings: ${codes(run).join(',')}`).toBeDefined();
      expect(codes(run)).not.toContain('STARTTLS_UNAVAILABLE');
      // A cleartext path through a middlebox that rewrites the dialogue is never recommended, and the
      // password never crossed it.
      expect(run.result?.outgoing ?? null).toBeNull();
      expect(run.result?.incoming ?? null).toBeNull();
      expect(authRequests(logs.dovecotHost1)).toEqual({});
      expect(logs.dovecotHost1 ?? '').not.toContain('strip@strip.test');
    },
  },
  {
    name: 'unresponsive host',
    email: 'x@dead.test',
    password: 'lab',
    watch: ['unresponsive'],
    check(run, logs) {
      expect(finding(run, 'SERVERS_UNRESPONSIVE'), `findings: ${codes(run).join(',')}`).toBeDefined();
      expect(finding(run, 'NO_MAIL_HOST')).toBeUndefined();
      expect(run.result?.outgoing ?? null).toBeNull();
      expect(run.result?.incoming ?? null).toBeNull();
      // The host really accepted on 465 and really streamed garbage on 587.
      expect(logs.unresponsive).toMatch(/connect 465 /);
      expect(logs.unresponsive).toMatch(/connect 587 /);
    },
  },
  {
    name: 'no such domain',
    email: 'taro@nosuch.test',
    check(run) {
      expect(run.exitCode).toBe(3);
      expect(run.result?.outgoing).toBeNull();
      expect(run.result?.incoming).toBeNull();
      expect(finding(run, 'NO_MAIL_HOST'), `findings: ${codes(run).join(',')}`).toBeDefined();
      expect(run.result?.status).toBe('not-found');
    },
  },
];
