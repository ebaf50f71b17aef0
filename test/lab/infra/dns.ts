// The ISP's resolver: dnsmasq (from apt) answering for `.test` only, with everything else refused, so
// nothing in the lab ever looks up a real name.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DNS_SERVER, NS } from './addresses.js';
import { spawnInNamespace } from './shell.js';
import { CNAMES, HOSTS, MX, SRV } from './zone.js';

export function dnsmasqConfig(logFile: string): string {
  const lines = [
    'no-resolv',
    'no-hosts',
    'no-poll',
    'bind-interfaces',
    `listen-address=${DNS_SERVER}`,
    'port=53',
    // Answer all of .test from this file; names not listed get NXDOMAIN ("no such domain").
    'local=/test/',
    'log-queries',
    `log-facility=${logFile}`,
  ];
  for (const host of HOSTS)
    lines.push(`host-record=${[host.name, host.v4, host.v6].filter(Boolean).join(',')}`);
  for (const { alias, target } of CNAMES) lines.push(`cname=${alias},${target}`);
  for (const { domain, host } of MX) lines.push(`mx-host=${domain},${host},10`);
  for (const srv of SRV)
    lines.push(
      srv.target ? `srv-host=${srv.service},${srv.target},${srv.port},0,1` : `srv-host=${srv.service}`,
    );
  return lines.join('\n') + '\n';
}

export function startDns(dir: string): { pid: number; logFile: string } {
  const logFile = path.join(dir, 'dnsmasq.log');
  const configFile = path.join(dir, 'dnsmasq.conf');
  writeFileSync(configFile, dnsmasqConfig(logFile));
  const pid = spawnInNamespace(
    NS.isp,
    'dnsmasq',
    ['--keep-in-foreground', `--conf-file=${configFile}`, '--user=root', '--group=root', '--pid-file'],
    { logFile: path.join(dir, 'dnsmasq.out') },
  );
  return { pid, logFile };
}
