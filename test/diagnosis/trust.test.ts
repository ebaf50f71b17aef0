// The trust rule as a table: which host gets the password without asking, and which needs consent.
import { describe, expect, it } from 'vitest';
import {
  credentialTrust,
  inDomain,
  type HostOrigin,
  type TrustFacts,
} from '../../electron/diagnosis/trust.js';

const facts: TrustFacts = { domain: 'example.jp' };
const xserver: TrustFacts = {
  domain: 'example.jp',
  provider: { hosts: ['sv1234.xserver.jp'], hostPattern: '^sv\\d+\\.xserver\\.jp$' },
};

const table: Array<[string, HostOrigin[], TrustFacts, ReturnType<typeof credentialTrust>]> = [
  // (a) the address's own domain and its subdomains, whatever named them
  ['mail.example.jp', ['guess'], facts, { trusted: true, basis: 'domain' }],
  ['example.jp', ['guess'], facts, { trusted: true, basis: 'domain' }],
  ['MAIL.Example.JP.', ['srv'], facts, { trusted: true, basis: 'domain' }],
  ['a.b.example.jp', ['autoconfig-http'], facts, { trusted: true, basis: 'domain' }],
  ['mail.example.jp', ['certificate'], facts, { trusted: true, basis: 'domain' }],
  // a look-alike is not a subdomain
  ['mail.badexample.jp', ['srv'], facts, { trusted: false, source: 'srv' }],
  ['example.jp.evil.test', ['srv'], facts, { trusted: false, source: 'srv' }],
  // (b) provider knowledge for the matched provider: its servers and its host-name pattern
  ['sv1234.xserver.jp', ['provider'], facts, { trusted: true, basis: 'provider' }],
  ['sv1234.xserver.jp', ['srv'], xserver, { trusted: true, basis: 'provider' }],
  ['sv99.xserver.jp', ['certificate'], xserver, { trusted: true, basis: 'provider' }],
  ['sv99.xserver.jp.evil.test', ['certificate'], xserver, { trusted: false, source: 'certificate' }],
  ['sv99.xserver.jp', ['certificate'], facts, { trusted: false, source: 'certificate' }],
  // (c) HTTPS autoconfig / Autodiscover from the domain itself; (d) the ISPDB entry for the domain
  ['box.autohost.test', ['autoconfig'], facts, { trusted: true, basis: 'published' }],
  ['outlook.office365.com', ['autodiscover'], facts, { trusted: true, basis: 'published' }],
  ['imap.gmail.com', ['ispdb'], facts, { trusted: true, basis: 'published' }],
  // (e) the person's own server name, or consent to the name
  ['mail.provider.test', ['hint'], facts, { trusted: true, basis: 'user' }],
  [
    'mx.srvhost.test',
    ['srv'],
    { ...facts, trustedHosts: ['MX.srvhost.test'] },
    { trusted: true, basis: 'user' },
  ],
  // everything else needs consent, and says why it is a candidate
  ['mx.srvhost.test', ['srv'], facts, { trusted: false, source: 'srv' }],
  ['box.other.test', ['autoconfig-http'], facts, { trusted: false, source: 'autoconfig-http' }],
  ['smtp.mxhost.test', ['autoconfig-mx'], facts, { trusted: false, source: 'autoconfig-mx' }],
  ['sv1234.hosting.test', ['certificate'], facts, { trusted: false, source: 'certificate' }],
  ['mx.srvhost.test', ['autoconfig-http', 'srv'], facts, { trusted: false, source: 'srv' }],
  // consent to one name is not consent to another
  [
    'mx.srvhost.test',
    ['srv'],
    { ...facts, trustedHosts: ['srvhost.test'] },
    { trusted: false, source: 'srv' },
  ],
  // any origin that confers trust is enough
  ['box.autohost.test', ['srv', 'autoconfig'], facts, { trusted: true, basis: 'published' }],
];

describe('credentialTrust', () => {
  it.each(table)('%s named by %j', (host, origins, given, expected) => {
    expect(credentialTrust(host, origins, given)).toEqual(expected);
  });

  it('ignores a broken provider pattern instead of throwing', () => {
    const broken: TrustFacts = { domain: 'example.jp', provider: { hosts: [], hostPattern: '(' } };
    expect(credentialTrust('sv1.xserver.jp', ['srv'], broken)).toEqual({ trusted: false, source: 'srv' });
  });

  it('knows no domain for an empty one', () => {
    expect(inDomain('mail.example.jp', '')).toBe(false);
  });
});
