// A Postfix instance from apt with its own config directory, queue and log file: 25 (STARTTLS offered),
// 587 submission (TLS required, SASL AUTH through Dovecot) and 465 (smtps, wrapper mode) — or, for the
// legacy server, 25 and 587 without any TLS and AUTH offered in the clear.
import { chownSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inNamespace, run } from './shell.js';

export interface PostfixOptions {
  name: string;
  ns: string;
  listen: string;
  hostname: string;
  dir: string;
  dovecotAuthSocket: string;
  tls: { certPath: string; keyPath: string } | null;
}

export interface PostfixInstance {
  configDir: string;
  logFile: string;
}

function mainCf(options: PostfixOptions, paths: { queue: string; data: string; log: string }): string {
  const tls = options.tls
    ? [
        `smtpd_tls_chain_files = ${options.tls.keyPath}, ${options.tls.certPath}`,
        'smtpd_tls_security_level = may',
        'smtpd_tls_auth_only = yes',
        'smtpd_tls_loglevel = 1',
        'smtpd_tls_received_header = no',
      ]
    : ['smtpd_tls_security_level = none', 'smtpd_tls_auth_only = no', 'smtpd_sasl_auth_enable = yes'];
  return `# MailWiz lab: ${options.name}
compatibility_level = 3.6
queue_directory = ${paths.queue}
data_directory = ${paths.data}
maillog_file = ${paths.log}
maillog_file_prefixes = ${options.dir}
myhostname = ${options.hostname}
mydomain = ${options.hostname.split('.').slice(1).join('.')}
myorigin = $myhostname
mydestination =
inet_interfaces = ${options.listen}
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
smtpd_banner = $myhostname ESMTP
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_sasl_type = dovecot
smtpd_sasl_path = ${options.dovecotAuthSocket}
broken_sasl_auth_clients = no
default_transport = error:lab mail does not leave the lab
relay_transport = error:lab mail does not leave the lab
# One sink: a mail client can prove it really sends (the message is accepted, then discarded).
transport_maps = inline:{sink.test=discard:}
${tls.join('\n')}
`;
}

function masterCf(tls: boolean): string {
  const service = (name: string, extra: string[]) =>
    [`${name} inet n - n - - smtpd`, ...extra.map((option) => `  -o ${option}`)].join('\n');
  const submission = tls
    ? [
        service('submission', ['smtpd_tls_security_level=encrypt', 'smtpd_sasl_auth_enable=yes']),
        service('smtps', ['smtpd_tls_wrappermode=yes', 'smtpd_sasl_auth_enable=yes']),
      ]
    : [service('submission', ['smtpd_sasl_auth_enable=yes'])];
  // chroot "n" everywhere: the instances are throwaway and the SASL socket lives outside the queue.
  return (
    [
      service('smtp', []),
      ...submission,
      'pickup unix n - n 60 1 pickup',
      'cleanup unix n - n - 0 cleanup',
      'qmgr unix n - n 300 1 qmgr',
      'tlsmgr unix - - n 1000? 1 tlsmgr',
      'rewrite unix - - n - - trivial-rewrite',
      'bounce unix - - n - 0 bounce',
      'defer unix - - n - 0 bounce',
      'trace unix - - n - 0 bounce',
      'verify unix - - n - 1 verify',
      'flush unix n - n 1000? 0 flush',
      'proxymap unix - - n - - proxymap',
      'smtp unix - - n - - smtp',
      'showq unix n - n - - showq',
      'error unix - - n - - error',
      'retry unix - - n - - error',
      'discard unix - - n - - discard',
      'anvil unix - - n - 1 anvil',
      'scache unix - - n - 1 scache',
      'postlog unix-dgram n - n - 1 postlogd',
    ].join('\n') + '\n'
  );
}

export function startPostfix(options: PostfixOptions): PostfixInstance {
  const base = path.join(options.dir, `postfix-${options.name}`);
  const paths = {
    queue: path.join(base, 'queue'),
    data: path.join(base, 'data'),
    log: path.join(base, 'postfix.log'),
  };
  const configDir = path.join(base, 'etc');
  mkdirSync(configDir, { recursive: true });
  mkdirSync(paths.queue, { recursive: true });
  mkdirSync(paths.data, { recursive: true });
  chownSync(
    paths.data,
    Number(run('id', ['-u', 'postfix']).trim()),
    Number(run('id', ['-g', 'postfix']).trim()),
  );
  writeFileSync(path.join(configDir, 'main.cf'), mainCf(options, paths));
  writeFileSync(path.join(configDir, 'master.cf'), masterCf(options.tls !== null));
  writeFileSync(paths.log, '');
  // `postfix start` creates the queue layout with the right owners (post-install) and daemonizes master.
  try {
    inNamespace(options.ns, 'postfix', ['-c', configDir, 'start']);
  } catch (error) {
    // postfix(1) reports its reasons to the log file, not to stderr.
    throw new Error(
      `lab: Postfix ${options.name} did not start:\n${readFileSync(paths.log, 'utf8').slice(-2000)}`,
      { cause: error },
    );
  }
  return { configDir, logFile: paths.log };
}
