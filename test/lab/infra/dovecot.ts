// A Dovecot instance from apt with its own config file, base_dir, users and log: IMAP 143 (STARTTLS) and
// 993, POP3 110 (STLS) and 995, or without any TLS for the legacy server. auth_debug logs every
// authentication request (never the password: auth_debug_passwords stays off), which is how the
// scenarios count login attempts, and Postfix authenticates through the same auth service.
import { chownSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, spawnInNamespace } from './shell.js';

export interface DovecotOptions {
  name: string;
  ns: string;
  listen: string;
  dir: string;
  users: readonly string[];
  password: string;
  /** null: a legacy server without TLS that accepts passwords in the clear. */
  tls: { certPath: string; keyPath: string } | null;
}

export interface DovecotInstance {
  pid: number;
  logFile: string;
  /** Unix socket Postfix uses for SASL (smtpd_sasl_type = dovecot). */
  authSocket: string;
}

function passwdFile(users: readonly string[], password: string): string {
  return users.map((user) => `${user}:{PLAIN}${password}::::::`).join('\n') + '\n';
}

function config(
  options: DovecotOptions,
  paths: { run: string; log: string; users: string; mail: string },
): string {
  const tls = options.tls
    ? [
        `ssl = yes`,
        `ssl_cert = <${options.tls.certPath}`,
        `ssl_key = <${options.tls.keyPath}`,
        'ssl_min_protocol = TLSv1.2',
        'disable_plaintext_auth = yes',
      ]
    : ['ssl = no', 'disable_plaintext_auth = no'];
  const secure = (name: string, port: number) =>
    options.tls ? `  inet_listener ${name} {\n    port = ${port}\n    ssl = yes\n  }` : '';
  return `# MailWiz lab: ${options.name}
instance_name = mwlab-${options.name}
base_dir = ${paths.run}
state_dir = ${paths.run}/state
listen = ${options.listen}
protocols = imap pop3
log_path = ${paths.log}
info_log_path = ${paths.log}
debug_log_path = ${paths.log}
auth_verbose = yes
auth_debug = yes
auth_debug_passwords = no
auth_mechanisms = plain login
login_trusted_networks =
# lport added: the real-Thunderbird proof must show which port the client came in on.
login_log_format_elements = user=<%u> method=%m rip=%r lip=%l lport=%{local_port} mpid=%e %c session=<%{session}>
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 1
mail_location = maildir:${paths.mail}/%d/%n
pop3_uidl_format = %08Xu%08Xv
${tls.join('\n')}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${paths.users}
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=${paths.mail}/%d/%n
}
service imap-login {
  inet_listener imap {
    port = 143
  }
${secure('imaps', 993)}
}
service pop3-login {
  inet_listener pop3 {
    port = 110
  }
${secure('pop3s', 995)}
}
service auth {
  unix_listener auth-client {
    mode = 0666
  }
}
`;
}

export function startDovecot(options: DovecotOptions): DovecotInstance {
  const base = path.join(options.dir, `dovecot-${options.name}`);
  const paths = {
    run: path.join(base, 'run'),
    log: path.join(base, 'dovecot.log'),
    users: path.join(base, 'users'),
    mail: path.join(base, 'mail'),
  };
  mkdirSync(paths.run, { recursive: true });
  mkdirSync(paths.mail, { recursive: true });
  const dovecotUser = run('id', ['-u', 'dovecot']).trim();
  const dovecotGroup = run('id', ['-g', 'dovecot']).trim();
  chownSync(paths.mail, Number(dovecotUser), Number(dovecotGroup));
  writeFileSync(paths.users, passwdFile(options.users, options.password), { mode: 0o640 });
  chownSync(paths.users, 0, Number(dovecotGroup));
  writeFileSync(paths.log, '');
  const configFile = path.join(base, 'dovecot.conf');
  writeFileSync(configFile, config(options, paths));
  const pid = spawnInNamespace(options.ns, 'dovecot', ['-F', '-c', configFile], {
    logFile: path.join(base, 'stdout.log'),
  });
  return { pid, logFile: paths.log, authSocket: path.join(paths.run, 'auth-client') };
}
