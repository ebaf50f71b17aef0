// The provider knowledge base itself (every fact sourced, unconfirmed ones marked and pointing at real
// rules, every note worded in both languages) and the pure parts around it: user-name forms, the
// recognition a certificate makes after probing, and the findings a recognition carries.
import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../electron/diagnosis/findings.js';
import { createLoginGate, usernamesToTry } from '../../electron/diagnosis/login.js';
import type { RunProbesDeps } from '../../electron/diagnosis/run-probes.js';
import {
  hostingAfterProbes,
  isCertain,
  providerFindings,
} from '../../electron/diagnosis/provider-context.js';
import { buildVerdict } from '../../electron/diagnosis/verdict.js';
import { parseAutoconfig } from '../../electron/discovery/autoconfig-xml.js';
import {
  HOSTINGS,
  ISPS,
  REGISTRAR_DEFAULTS,
  hostingById,
  hostingCandidates,
  providerOptions,
} from '../../electron/discovery/providers.js';
import { recognizeHosting } from '../../electron/discovery/recognize-provider.js';
import {
  applyUsernameTemplate,
  expectedUsername,
  usernameCandidates,
} from '../../electron/discovery/username-template.js';
import { FINDING_CATALOGUES } from '../../electron/shared/finding-catalogue/index.js';

const { ja, en } = FINDING_CATALOGUES;
import { context, observed, tlsFacts } from '../diagnosis/fabricate.js';

const IIJ_TEMPLATE = '%EMAILLOCALPART%.%EMAILDOMAIN%';

/** The rule tokens an entry's `unverified` may name. */
function rulesOf(entry: (typeof HOSTINGS)[number]): Set<string> {
  return new Set([
    ...entry.domains.map((domain) => `domain:${domain}`),
    ...(entry.domainSuffixes ?? []).map((suffix) => `domain:${suffix}`),
    ...entry.mxSuffixes.map((suffix) => `mx:${suffix}`),
    ...(entry.mxPatterns ?? []).map((pattern) => `mx:${pattern}`),
    ...entry.nsSuffixes.map((suffix) => `ns:${suffix}`),
    ...entry.hostSuffixes.map((suffix) => `host:${suffix}`),
    ...entry.servers.map((server) => `server:${server.host}:${server.port}`),
    ...(entry.hostPattern !== undefined ? ['hostPattern'] : []),
  ]);
}

describe('provider knowledge base', () => {
  it('names a source for every entry, with unique ids', () => {
    const all = [...HOSTINGS, ...ISPS, ...REGISTRAR_DEFAULTS];
    for (const entry of all) expect(entry.source.length, entry.id).toBeGreaterThan(10);
    const ids = all.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks unconfirmed facts with tokens that name a real rule, and flags unconfirmed servers', () => {
    for (const entry of HOSTINGS) {
      const rules = rulesOf(entry);
      for (const token of entry.unverified ?? [])
        expect(rules.has(token), `${entry.id}: ${token}`).toBe(true);
      for (const server of entry.servers.filter((candidate) => candidate.unverified))
        expect(entry.unverified, entry.id).toContain(`server:${server.host}:${server.port}`);
    }
    for (const isp of ISPS)
      for (const token of isp.unverified ?? [])
        expect(
          token === 'op25b' || isp.ptrSuffixes.includes(token.replace(/^ptr:/, '')),
          `${isp.id}: ${token}`,
        ).toBe(true);
    // An unconfirmed port-25 policy is never stated as a fact.
    for (const isp of ISPS.filter((entry) => entry.unverified?.includes('op25b')))
      expect(isp.op25b, isp.id).toBeNull();
  });

  it('keeps its shapes consistent: host numbers, recognition-only entries, account-name hints', () => {
    for (const entry of HOSTINGS) {
      if (entry.needs.includes('hostNumber')) {
        expect(entry.hostPattern, entry.id).toMatch(/\(\\d\+\)/);
        expect(
          entry.servers.every((server) => server.host.includes('{hostNumber}')),
          entry.id,
        ).toBe(true);
      }
      if (entry.recognitionOnly) expect(entry.servers, entry.id).toEqual([]);
      if (entry.usernameForm === 'account-name') expect(entry.notes, entry.id).toContain(entry.usernameHint);
      if (entry.usernameForm === 'template') expect(entry.usernameTemplate, entry.id).toBeTruthy();
      const recognisable =
        entry.domains.length + (entry.domainSuffixes?.length ?? 0) + entry.mxSuffixes.length +
        (entry.mxPatterns?.length ?? 0) + entry.nsSuffixes.length + entry.hostSuffixes.length; // prettier-ignore
      expect(recognisable, entry.id).toBeGreaterThan(0);
    }
  });

  it('words every provider note in Japanese and English, in the wizard and in the engine', () => {
    const notes = new Set(HOSTINGS.flatMap((entry) => entry.notes));
    for (const note of notes) {
      expect(ja.notes, note).toHaveProperty([note]);
      expect(en.notes, note).toHaveProperty([note]);
      expect(makeFinding('PROVIDER_NOTE', { provider: 'X', noteKey: note }).message, note).not.toContain(
        note,
      );
    }
  });

  it('no longer says Google ended plain passwords on 30 September 2024 as if that were final', () => {
    const message = makeFinding('PROVIDER_NOTE', { provider: 'Google', noteKey: 'google-oauth' }).message;
    expect(message).toContain('1 May 2025');
    expect(en.notes['google-oauth']).toContain('1 May 2025');
    expect(ja.notes['google-oauth']).toContain('2025 年 5 月 1 日');
  });

  it('keeps Microsoft 365’s basic-auth note off consumer Outlook.com addresses', () => {
    expect(hostingById('outlook-com')?.notes).not.toContain('microsoft-basic-auth-2026');
    expect(hostingById('microsoft365')?.domains).toEqual([]);
  });

  it('offers no line operator as an Internet provider to choose', () => {
    const offered = providerOptions().isps.map((option) => option.id);
    expect(offered).toContain('ocn');
    expect(offered).not.toContain('v6plus');
    expect(offered).not.toContain('transix');
  });

  it('tells the wizard which hosts log in with a name they issued', () => {
    const hinted = providerOptions()
      .hostings.filter((option) => option.loginNameHint !== undefined)
      .map((option) => [option.id, option.loginNameHint]);
    expect(hinted).toEqual([
      ['asahi-net-mail', 'asahi-net-id'],
      ['kagoya', 'kagoya-account-name'],
      ['docomo-mail', 'docomo-d-account'],
    ]);
  });
});

describe('user-name forms', () => {
  const iij = { address: 'taro@iijmio-mail.jp', localPart: 'taro' };

  it('applies the IIJ template to an address', () => {
    expect(applyUsernameTemplate(IIJ_TEMPLATE, iij)).toBe('taro.iijmio-mail.jp');
    expect(applyUsernameTemplate('%EMAILADDRESS%', iij)).toBe('taro@iijmio-mail.jp');
    expect(applyUsernameTemplate('%REALNAME%', iij)).toBeNull();
    const form = { usernameStyle: 'template' as const, usernameTemplate: IIJ_TEMPLATE };
    expect(usernameCandidates(form, iij)).toEqual(['taro.iijmio-mail.jp', 'taro@iijmio-mail.jp']);
    expect(usernamesToTry(form, iij, undefined)).toEqual(['taro.iijmio-mail.jp', 'taro@iijmio-mail.jp']);
    expect(usernamesToTry(form, iij, 'given')).toEqual(['given']);
  });

  it('reads the template from an autoconfig file and from the built-in IIJmio entry', () => {
    const xml = `<clientConfig version="1.1"><emailProvider id="iijmio-mail.jp"><incomingServer type="pop3"><hostname>mbox.iijmio-mail.jp</hostname><port>110</port><socketType>STARTTLS</socketType><username>${IIJ_TEMPLATE}</username></incomingServer></emailProvider></clientConfig>`;
    expect(parseAutoconfig(xml, 'ispdb', 'iijmio-mail.jp')?.servers[0]).toMatchObject({
      usernameStyle: 'template',
      usernameTemplate: IIJ_TEMPLATE,
    });
    const [candidate] = hostingCandidates(hostingById('iijmio-mail')!, 'iijmio-mail.jp');
    expect(expectedUsername(candidate!, iij)).toBe('taro.iijmio-mail.jp');
  });

  it('never guesses an account-name login (KAGOYA, ASAHIネット, docomo)', () => {
    const email = { address: 'taro@kagoya-user.jp', localPart: 'taro' };
    for (const id of ['kagoya', 'asahi-net-mail', 'docomo-mail']) {
      const candidates = hostingCandidates(hostingById(id)!, 'kagoya-user.jp');
      expect(candidates.length, id).toBeGreaterThan(0);
      for (const candidate of candidates) {
        expect(usernamesToTry(candidate, email, undefined), id).toEqual([]);
        expect(expectedUsername(candidate, email), id).toBeNull();
      }
    }
    expect(usernamesToTry({ usernameStyle: 'account-name' }, email, 'kir123456.taro')).toEqual([
      'kir123456.taro',
    ]);
  });

  it('sends no password to an account-name host until the user gives the login name', () => {
    const email = { address: 'taro@kagoya-user.jp', localPart: 'taro' };
    const plan = observed({
      protocol: 'imap',
      host: 'imap.kagoya.net',
      port: 993,
      plan: { usernameStyle: 'account-name' },
    }).plan;
    const deps = {} as RunProbesDeps;
    const gate = createLoginGate({ email: email.address, password: 'secret' }, email, deps, () => {});
    expect(gate.credentialsFor(plan)).toBeUndefined();
    const named = createLoginGate(
      { email: email.address, password: 'secret', username: 'kir1.taro' },
      email,
      deps,
      () => {},
    );
    expect(named.credentialsFor(plan)).toMatchObject({ usernames: ['kir1.taro'], password: 'secret' });
  });

  it('recommends no user name for an account-name login until the user gives one', () => {
    const probe = observed({ host: 'smtp.kagoya.net', port: 465, plan: { usernameStyle: 'account-name' } });
    expect(buildVerdict([probe], context()).outgoing?.username).toBeNull();
    expect(buildVerdict([probe], context({ requestedUsername: 'kir1.taro' })).outgoing?.username).toBe(
      'kir1.taro',
    );
  });
});

describe('recognition after probing', () => {
  const report = { domain: 'shop.jp', mx: ['shop.jp'], ns: ['ns1.xserver.jp'], hostingMatch: null };

  it('a certificate naming the host’s own servers turns an NS guess into a strong match', () => {
    const weak = {
      ...report,
      hosting: { name: 'Xserver', id: 'xserver', source: 'ns' as const, confidence: 'weak' as const },
    };
    const probe = observed({
      host: 'mail.shop.jp',
      port: 993,
      tls: tlsFacts({ hostnameMatches: false }, ['*.xserver.jp', 'xserver.jp']),
    });
    const found = hostingAfterProbes(weak, [probe]);
    expect(found.named).toMatchObject({ id: 'xserver', recognisedBy: 'certificate', confidence: 'strong' });
    expect(found.entry?.id).toBe('xserver');
    expect(recognizeHosting({ domain: 'x.jp', certificateNames: ['www1811.sakura.ne.jp'] })).toMatchObject({
      hosting: { id: 'sakura' },
      by: 'certificate',
    });
  });

  it('leaves a strong match alone, and does not let the host’s own candidates confirm a guess', () => {
    const strong = {
      ...report,
      hosting: { name: 'Xserver', id: 'xserver', source: 'ptr' as const, confidence: 'strong' as const },
    };
    const other = observed({ host: 'mail.shop.jp', port: 993, tls: tlsFacts({}, ['*.sakura.ne.jp']) });
    expect(hostingAfterProbes(strong, [other]).named).toBe(strong.hosting);
    const none = { ...report, ns: [], hostingMatch: null, hosting: null };
    const own = observed({
      host: 'sv1.xserver.jp',
      port: 465,
      plan: { source: 'provider' },
      tls: tlsFacts({}, ['mail.example.jp']),
    });
    expect(hostingAfterProbes(none, [own]).named).toBeNull();
  });
});

describe('findings a recognition carries', () => {
  it('states only a certain recognition as fact (port 25 blocker, host notes)', () => {
    expect(isCertain({ name: 'OCN', source: 'ptr', confidence: 'strong' })).toBe(true);
    expect(isCertain({ name: 'OCN', source: 'user' })).toBe(true);
    expect(isCertain({ name: 'BIGLOBE', source: 'ptr', confidence: 'weak' })).toBe(false);
    expect(isCertain({ name: 'v6', source: 'ptr', confidence: 'strong', lineType: 'ipv4-over-ipv6' })).toBe(
      false,
    );
    expect(isCertain(null)).toBe(false);
  });

  it('says the ISP cannot be told from an IPv4-over-IPv6 line, and that a parked domain may have no mail', () => {
    const isp = {
      name: 'v6 Plus line (JPNE)',
      id: 'v6plus',
      source: 'ptr' as const,
      lineType: 'ipv4-over-ipv6' as const,
    };
    const findings = providerFindings({
      isp,
      publicPtr: ['M106072142033.v4.enabler.ne.jp'],
      registrarDefault: 'onamae-initial-ns',
      ns: ['dns1.onamae.com'],
    });
    expect(findings.map((finding) => [finding.code, finding.severity, finding.host])).toEqual([
      ['ISP_HIDDEN_BY_LINE', 'info', 'M106072142033.v4.enabler.ne.jp'],
      ['DOMAIN_REGISTRAR_DEFAULT_NS', 'warning', 'dns1.onamae.com'],
    ]);
    expect(findings[0]?.message).toContain('cannot be told');
    expect(
      providerFindings({ isp: { name: 'OCN', id: 'ocn', source: 'ptr' }, publicPtr: [], ns: [] }),
    ).toEqual([]);
  });
});
