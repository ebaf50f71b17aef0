// Builds the namespaces: office PC —— ISP router —— hosting servers 1 and 2, with IPv4 and IPv6.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADDR, DNS_SERVER, LINKS, NS } from './addresses.js';
import { inNamespace, run } from './shell.js';

function ipIn(ns: string, args: string[]): void {
  run('ip', ['-n', ns, ...args]);
}

function writeResolvConf(ns: string): void {
  const dir = path.join('/etc/netns', ns);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'resolv.conf'), `nameserver ${DNS_SERVER}\noptions timeout:2 attempts:2\n`);
  // An own hosts file too, so nothing from the host machine's /etc/hosts leaks into name resolution.
  writeFileSync(path.join(dir, 'hosts'), '127.0.0.1 localhost\n::1 localhost ip6-localhost\n');
}

export function buildTopology(): void {
  for (const ns of Object.values(NS)) {
    run('ip', ['netns', 'add', ns]);
    ipIn(ns, ['link', 'set', 'lo', 'up']);
    writeResolvConf(ns);
  }
  inNamespace(NS.isp, 'sysctl', ['-q', '-w', 'net.ipv4.ip_forward=1', 'net.ipv6.conf.all.forwarding=1']);
  for (const link of LINKS) {
    // Created inside the router namespace, so no interface ever appears in the host's own namespace.
    ipIn(NS.isp, [
      'link',
      'add',
      link.peerIfName,
      'type',
      'veth',
      'peer',
      'name',
      link.ifName,
      'netns',
      link.ns,
    ]);
    // IPv6 duplicate address detection would hold new addresses for a second or two.
    inNamespace(link.ns, 'sysctl', [
      '-q',
      '-w',
      'net.ipv6.conf.all.accept_dad=0',
      'net.ipv6.conf.default.accept_dad=0',
    ]);
    inNamespace(NS.isp, 'sysctl', [
      '-q',
      '-w',
      'net.ipv6.conf.all.accept_dad=0',
      'net.ipv6.conf.default.accept_dad=0',
    ]);
    ipIn(NS.isp, ['addr', 'add', `${link.routerV4}/24`, 'dev', link.peerIfName]);
    ipIn(NS.isp, ['-6', 'addr', 'add', `${link.routerV6}/64`, 'dev', link.peerIfName, 'nodad']);
    for (const v4 of link.v4) ipIn(link.ns, ['addr', 'add', `${v4}/24`, 'dev', link.ifName]);
    for (const v6 of link.v6) ipIn(link.ns, ['-6', 'addr', 'add', `${v6}/64`, 'dev', link.ifName, 'nodad']);
    ipIn(NS.isp, ['link', 'set', link.peerIfName, 'up']);
    ipIn(link.ns, ['link', 'set', link.ifName, 'up']);
    ipIn(link.ns, ['route', 'add', 'default', 'via', link.routerV4]);
    ipIn(link.ns, ['-6', 'route', 'add', 'default', 'via', link.routerV6]);
  }
  // The black-hole prefix is routed (so the office sees a normal route and no ICMP error) and dropped.
  ipIn(NS.isp, ['-6', 'route', 'add', 'fd77:66::/64', 'via', 'fd77:2::10']);
  inNamespace(NS.isp, 'ip6tables', ['-A', 'FORWARD', '-d', `${ADDR.v6BlackHole}/64`, '-j', 'DROP']);
}
