// The lab's small Internet: the `.test` domains every scenario uses, their DNS records and mailboxes.
import { ADDR } from './addresses.js';

/** The one password every lab mailbox uses (a lab secret only, never a real one). */
export const LAB_PASSWORD = 'Lab-Pass-7391';

export interface HostRecord {
  name: string;
  v4?: string;
  v6?: string;
}

export interface SrvRecord {
  service: string;
  /** null publishes target "." — "this service is not offered". */
  target: string | null;
  port: number;
}

export const HOSTS: HostRecord[] = [
  { name: 'sv1.hosting.test', v4: ADDR.host1Main },
  { name: 'sv2.hosting.test', v4: ADDR.host2Shared },
  { name: 'mail.corp.test', v4: ADDR.host1Main },
  { name: 'mail.local.test', v4: ADDR.host1Main },
  { name: 'mail.shop.test', v4: ADDR.host2Shared },
  { name: 'mail.sub.test', v4: ADDR.host1Submission587 },
  { name: 'post.mailhost.test', v4: ADDR.host1Main },
  { name: 'send.mailhost.test', v4: ADDR.host1Main },
  { name: 'recv.mailhost.test', v4: ADDR.host1Main },
  { name: 'out.mailhost.test', v4: ADDR.host1Main },
  { name: 'in.mailhost.test', v4: ADDR.host1Main },
  { name: 'autoconfig.auto.test', v4: ADDR.host2Web },
  { name: 'autoconfig.kit.test', v4: ADDR.host2Web },
  { name: 'mail.v6.test', v4: ADDR.host1Main, v6: ADDR.v6BlackHole },
  { name: 'mail.strip.test', v4: ADDR.host1StripProxy },
  { name: 'mail.old.test', v4: ADDR.host2Legacy },
  { name: 'smtp.bench.test', v4: ADDR.host1MxRelay },
  { name: 'mail.bench.test', v4: ADDR.host1Main },
  { name: 'mail.dead.test', v4: ADDR.host1Unresponsive },
];

export const CNAMES: Array<{ alias: string; target: string }> = [
  { alias: 'box.mailhost.test', target: 'sv1.hosting.test' },
];

export const MX: Array<{ domain: string; host: string }> = [
  { domain: 'corp.test', host: 'mail.corp.test' },
  { domain: 'local.test', host: 'mail.local.test' },
  { domain: 'shop.test', host: 'mail.shop.test' },
  { domain: 'sub.test', host: 'mail.sub.test' },
  { domain: 'v6.test', host: 'mail.v6.test' },
  { domain: 'strip.test', host: 'mail.strip.test' },
  { domain: 'old.test', host: 'mail.old.test' },
  { domain: 'bench.test', host: 'smtp.bench.test' },
  { domain: 'dead.test', host: 'mail.dead.test' },
];

/** srv.test publishes nothing but RFC 6186/8314 SRV records, towards names no guess would find. */
export const SRV: SrvRecord[] = [
  { service: '_submissions._tcp.srv.test', target: 'post.mailhost.test', port: 465 },
  { service: '_submission._tcp.srv.test', target: 'post.mailhost.test', port: 587 },
  { service: '_imaps._tcp.srv.test', target: 'box.mailhost.test', port: 993 },
  { service: '_imap._tcp.srv.test', target: 'box.mailhost.test', port: 143 },
  { service: '_pop3s._tcp.srv.test', target: null, port: 0 },
  { service: '_pop3._tcp.srv.test', target: null, port: 0 },
];

/** Every name the certificate of hosting server 1 carries (it serves all of them from one address). */
export const HOST1_CERT_NAMES = [
  'sv1.hosting.test',
  'mail.corp.test',
  'mail.local.test',
  'mail.sub.test',
  'post.mailhost.test',
  'box.mailhost.test',
  'send.mailhost.test',
  'recv.mailhost.test',
  'out.mailhost.test',
  'in.mailhost.test',
  'mail.v6.test',
  'mail.strip.test',
  'mail.bench.test',
  'smtp.bench.test',
];

/** Shared hosting: the certificate names the server, not the customers' mail.<domain> names. */
export const HOST2_SHARED_CERT_NAMES = ['sv2.hosting.test'];

export const WEB_CERT_NAMES = ['autoconfig.auto.test', 'autoconfig.kit.test'];

/** Mailbox logins per server. jiro@local.test logs in with the local part only. */
export const USERS = {
  host1: [
    'taro@corp.test',
    'jiro',
    'sora@srv.test',
    'aki@auto.test',
    'ken@kit.test',
    'rok@v6.test',
    'strip@strip.test',
    'ben@bench.test',
  ],
  host2Shared: ['hanako@shop.test'],
  host2Legacy: ['old@old.test'],
  submission587: ['sub@sub.test'],
} as const;
