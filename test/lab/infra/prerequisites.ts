// The lab needs root (namespaces, iptables) and the apt packages; say exactly what is missing.
import { existsSync } from 'node:fs';
import { run } from './shell.js';

const REQUIRED_COMMANDS: Array<[command: string, aptPackage: string]> = [
  ['ip', 'iproute2'],
  ['ss', 'iproute2'],
  ['iptables', 'iptables'],
  ['ip6tables', 'iptables'],
  ['dnsmasq', 'dnsmasq-base'],
  ['postfix', 'postfix'],
  ['dovecot', 'dovecot-imapd dovecot-pop3d'],
  ['openssl', 'openssl'],
  ['python3', 'python3'],
];

export function labPrerequisiteProblem(): string | null {
  if (process.platform !== 'linux') return 'it needs Linux network namespaces';
  if (process.getuid?.() !== 0) return 'it must run as root (network namespaces, iptables)';
  const missing = REQUIRED_COMMANDS.filter(
    ([command]) => run('sh', ['-c', `command -v ${command}`], { allowFail: true }).trim() === '',
  );
  if (missing.length > 0)
    return `missing commands: ${missing.map(([c, p]) => `${c} (apt: ${p})`).join(', ')}`;
  if (!existsSync('/proc/net/netfilter/nfnetlink_queue'))
    return 'the kernel has no nfnetlink_queue (NFQUEUE) support';
  return null;
}
