// Proves the lab itself before any scenario relies on it: DNS records, the servers' TLS and certificates,
// logins, OP25B drop/reject at the ISP, the packet delayer, the IPv6 black hole, the STARTTLS stripper and
// the autoconfig web server — all seen from the office PC.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ADDR } from './infra/addresses.js';
import { setOfficeDelay, setPort25Policy } from './infra/isp.js';
import { markLog, readSince } from './infra/logs.js';
import { clearAuthPenalty, netCheck, nodeEval, runInOffice } from './infra/office.js';
import { repoFile } from './infra/repo-paths.js';

const lab = inject('lab');

afterAll(() => {
  setPort25Policy('open');
  setOfficeDelay(lab.dir, 0);
});

describe('lab DNS (dnsmasq at the ISP)', () => {
  it('answers MX, A, AAAA, SRV, CNAME and PTR for .test and NXDOMAIN for unknown names', async () => {
    const answers = await nodeEval<Record<string, unknown>>(
      lab.caPath,
      `
      import dns from 'node:dns/promises';
      const safe = (p) => p.catch((e) => e.code);
      console.log(JSON.stringify({
        mx: await safe(dns.resolveMx('corp.test')),
        a: await safe(dns.resolve4('mail.corp.test')),
        aaaa: await safe(dns.resolve6('mail.v6.test')),
        srv: await safe(dns.resolveSrv('_submissions._tcp.srv.test')),
        srvNone: await safe(dns.resolveSrv('_pop3s._tcp.srv.test')),
        cname: await safe(dns.resolveCname('box.mailhost.test')),
        ptr: await safe(dns.reverse('${ADDR.host1Main}')),
        missing: await safe(dns.resolveMx('nosuch.test')),
        outside: await safe(dns.resolve4('example.com')),
      }));`,
    );
    expect(answers.mx).toEqual([{ exchange: 'mail.corp.test', priority: 10 }]);
    expect(answers.a).toEqual([ADDR.host1Main]);
    expect(answers.aaaa).toEqual([ADDR.v6BlackHole]);
    expect(answers.srv).toEqual([{ name: 'post.mailhost.test', port: 465, priority: 0, weight: 1 }]);
    expect(answers.srvNone).toMatchObject([{ name: '' }]); // target ".": service not offered
    expect(answers.cname).toEqual(['sv1.hosting.test']);
    expect(answers.ptr).toContain('sv1.hosting.test');
    expect(answers.missing).toBe('ENOTFOUND');
    // Nothing outside .test resolves: the lab never reaches for the real Internet.
    expect(answers.outside).not.toBeInstanceOf(Array);
  });
});

describe('lab mail servers (Postfix and Dovecot from apt)', () => {
  it('serve implicit TLS and STARTTLS with the lab CA on every mail port of hosting server 1', async () => {
    for (const port of [465, 993, 995]) {
      const check = await netCheck(lab.caPath, 'tls', 'mail.corp.test', port);
      expect(check, `port ${port}`).toMatchObject({ result: 'ok' });
      expect(check.subjectaltname).toContain('DNS:mail.corp.test');
    }
    expect(await netCheck(lab.caPath, 'starttls-smtp', 'mail.corp.test', 587)).toMatchObject({
      result: 'ok',
    });
    expect(await netCheck(lab.caPath, 'starttls-imap', 'mail.corp.test', 143)).toMatchObject({
      result: 'ok',
    });
  });

  it('gives the shared-hosting server a certificate that names only the server', async () => {
    const check = await netCheck(lab.caPath, 'tls', 'mail.shop.test', 993);
    expect(check).toMatchObject({ result: 'error', code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(await netCheck(lab.caPath, 'tls', 'sv2.hosting.test', 993)).toMatchObject({
      result: 'ok',
      subjectaltname: 'DNS:sv2.hosting.test',
    });
  });

  it('accepts the lab password over TLS and logs the attempt without the password', async () => {
    const mark = markLog(lab.logs.dovecotHost1);
    const login = (user: string, password: string) =>
      runInOffice(
        process.execPath,
        [repoFile('test/lab/clients/imap-login.mjs'), 'mail.corp.test', '993', user],
        { caPath: lab.caPath, input: password },
      );
    expect(JSON.parse((await login('taro@corp.test', lab.password)).stdout)).toMatchObject({ result: 'ok' });
    expect(JSON.parse((await login('taro@corp.test', 'wrong')).stdout)).toMatchObject({ result: 'no' });
    await clearAuthPenalty(lab.caPath, lab.password);
    const log = readSince(mark);
    expect(log).toMatch(/imap-login: Info: Login: user=<taro@corp.test>.*TLS/);
    expect(log).not.toContain(lab.password);
  });

  it('runs a legacy server with no STARTTLS at all', async () => {
    expect(await netCheck(lab.caPath, 'starttls-smtp', 'mail.old.test', 587)).toMatchObject({
      result: 'starttls-refused',
    });
    expect(await netCheck(lab.caPath, 'starttls-imap', 'mail.old.test', 143)).toMatchObject({
      result: 'starttls-refused',
    });
  });
});

describe('the ISP and the middleboxes', () => {
  it('drops, then refuses, outbound port 25 while 465 and 587 still answer', async () => {
    setPort25Policy('drop');
    expect(await netCheck(lab.caPath, 'tcp', 'mail.corp.test', 25, 1500)).toMatchObject({
      result: 'timeout',
    });
    expect(await netCheck(lab.caPath, 'tcp', 'mail.corp.test', 587)).toMatchObject({ result: 'ok' });
    setPort25Policy('reject');
    const refused = await netCheck(lab.caPath, 'tcp', 'mail.corp.test', 25);
    expect(refused.result).toBe('refused');
    setPort25Policy('open');
    expect(await netCheck(lab.caPath, 'tcp', 'mail.corp.test', 25)).toMatchObject({ result: 'ok' });
  });

  it('delays every packet of the office by 50 ms each way through NFQUEUE', async () => {
    setOfficeDelay(lab.dir, 50);
    const slow = await netCheck(lab.caPath, 'tcp', ADDR.host1Main, 465);
    setOfficeDelay(lab.dir, 0);
    const fast = await netCheck(lab.caPath, 'tcp', ADDR.host1Main, 465);
    expect(slow.result).toBe('ok');
    expect(slow.ms).toBeGreaterThanOrEqual(95); // one TCP handshake = one round trip
    expect(fast.ms).toBeLessThan(slow.ms);
  });

  it('black-holes IPv6 towards mail.v6.test while its IPv4 address works', async () => {
    expect(await netCheck(lab.caPath, 'tcp', ADDR.v6BlackHole, 465, 1500)).toMatchObject({
      result: 'timeout',
    });
    expect(await netCheck(lab.caPath, 'tls', ADDR.host1Main, 465)).toMatchObject({ result: 'error' }); // IP is not in the cert
    expect(await netCheck(lab.caPath, 'tcp', 'mail.v6.test', 465)).toMatchObject({ result: 'ok' });
  });

  it('strips STARTTLS in front of mail.strip.test the way an inspecting firewall does', async () => {
    const smtp = await netCheck(lab.caPath, 'starttls-smtp', 'mail.strip.test', 587);
    expect(smtp.result).toBe('starttls-refused');
    expect(smtp.capabilities).toContain('XXXXXXXA');
    expect(await netCheck(lab.caPath, 'tcp', 'mail.strip.test', 465)).toMatchObject({ result: 'refused' });
  });

  it('serves files over HTTPS at autoconfig.<domain> from the second hosting server', async () => {
    const dir = path.join(lab.docroot, 'autoconfig.kit.test', 'mail');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'probe.txt'), 'lab');
    const fetched = await nodeEval<{ status: number; body: string; missing: number }>(
      lab.caPath,
      `
      const ok = await fetch('https://autoconfig.kit.test/mail/probe.txt');
      const missing = await fetch('https://autoconfig.auto.test/nothing-here');
      console.log(JSON.stringify({ status: ok.status, body: await ok.text(), missing: missing.status }));`,
    );
    expect(fetched).toEqual({ status: 200, body: 'lab', missing: 404 });
  });
});
