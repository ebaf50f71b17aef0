// DNS zone and discovery files of the loopback world (see loopback-world.ts for the domains): one zone
// per world, every address under the world's random 127.B.C prefix.
import type { Zone } from './dns-server.js';

export function autoconfigXml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="autohost.test">
    <domain>auto.test</domain>
    <displayName>Auto Host</displayName>
    <incomingServer type="imap">
      <hostname>box.autohost.test</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>box.autohost.test</hostname><port>465</port><socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>`;
}

/** ::ffff:a.b.c.d in hex groups: an IPv6 answer whose packets travel as IPv4 (so iptables can drop them). */
function ipv4Mapped(ipv4: string): string {
  const [a = 0, b = 0, c = 0, d = 0] = ipv4.split('.').map(Number);
  return `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

export function zoneFor(p: string): Zone {
  const a = (suffix: number) => ({ A: [`${p}.${suffix}`] });
  const notOffered = [{ priority: 0, weight: 0, port: 0, target: '.' }];
  return {
    'alpha.test': { ...a(10), MX: [{ priority: 10, exchange: 'mail.alpha.test' }], NS: ['ns.alpha.test'] },
    'mail.alpha.test': a(10),
    'smtp.alpha.test': a(10),
    'imap.alpha.test': a(10),
    'pop.alpha.test': a(10),
    'ns.alpha.test': a(1),
    'op25b.test': { MX: [{ priority: 10, exchange: 'mail.op25b.test' }] },
    'slowcfg.test': { MX: [{ priority: 10, exchange: 'mail.slowcfg.test' }] },
    'mail.slowcfg.test': a(20),
    'mail.op25b.test': a(20),
    'smtp.op25b.test': a(20),
    'reject25.test': { MX: [{ priority: 10, exchange: 'mail.reject25.test' }] },
    'mail.reject25.test': a(21),
    'shared.test': { MX: [{ priority: 10, exchange: 'mail.shared.test' }] },
    'mail.shared.test': a(30),
    'sv1234.hosting.test': a(30),
    'srvonly.test': { TXT: ['v=spf1 -all'] },
    '_submissions._tcp.srvonly.test': {
      SRV: [{ priority: 0, weight: 1, port: 465, target: 'mx.srvhost.test' }],
    },
    '_submission._tcp.srvonly.test': { SRV: notOffered },
    '_imaps._tcp.srvonly.test': { SRV: [{ priority: 0, weight: 1, port: 993, target: 'mx.srvhost.test' }] },
    '_imap._tcp.srvonly.test': { SRV: notOffered },
    '_pop3s._tcp.srvonly.test': { SRV: notOffered },
    '_pop3._tcp.srvonly.test': { SRV: notOffered },
    'mx.srvhost.test': a(40),
    'auto.test': { TXT: ['v=spf1 -all'] },
    'autoconfig.auto.test': a(2),
    'box.autohost.test': a(50),
    'pop.test': { MX: [{ priority: 10, exchange: 'mail.pop.test' }] },
    'mail.pop.test': a(60),
    '_submissions._tcp.partial.test': {
      SRV: [{ priority: 0, weight: 1, port: 465, target: 'mail.alpha.test' }],
    },
    '_imaps._tcp.partial.test': { SRV: [{ priority: 0, weight: 1, port: 993, target: 'mail.alpha.test' }] },
    '_pop3s._tcp.partial.test': {
      SRV: [{ priority: 0, weight: 1, port: 995, target: 'pop.gone.partial.test' }],
    },
    'v6hole.test': { MX: [{ priority: 10, exchange: 'mail.v6hole.test' }] },
    'mail.v6hole.test': { A: [`${p}.70`], AAAA: [ipv4Mapped(`${p}.71`)] },
    '7.113.0.203.in-addr.arpa': { PTR: ['p1234-ipngn100.tokyo.ocn.ne.jp'] },
  };
}
