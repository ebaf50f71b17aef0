// A throwaway certificate authority for tests, generated at test time with the openssl CLI so no key
// material is ever committed. Leaf options cover the certificate faults the probe must tell apart:
// expired, not yet valid, self-signed, wrong name (issue a leaf for other names).
//
// Trust in-process: pass `ca.certPem` in ProbeOptions.trustedCa. Trust in a child process: write a bundle
// with writeCaBundle() and set NODE_EXTRA_CA_CERTS for that child (Node reads it once at start).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LeafOptions {
  /** subjectAltName DNS entries; the first is also the subject CN unless commonName is given. */
  dnsNames: string[];
  /** subjectAltName IP entries, e.g. '127.0.0.1'. */
  ipAddresses?: string[];
  commonName?: string;
  /** Validity ended in the past (CERT_HAS_EXPIRED). */
  expired?: boolean;
  /** Validity starts in the future (CERT_NOT_YET_VALID). */
  notYetValid?: boolean;
  /** Signed by its own key instead of the test CA (DEPTH_ZERO_SELF_SIGNED_CERT). */
  selfSigned?: boolean;
}

export interface CertFiles {
  certPem: string;
  keyPem: string;
  certPath: string;
  keyPath: string;
}

export interface LeafCert extends CertFiles {
  /** Leaf followed by the CA certificate (empty CA part for self-signed leaves): what a server sends. */
  chainPem: string;
}

export interface TestCa extends CertFiles {
  dir: string;
  issue(options: LeafOptions): LeafCert;
  /** Writes the CA certificate (plus extra PEMs) to a file usable as NODE_EXTRA_CA_CERTS. */
  writeCaBundle(extraPems?: string[]): string;
  /** Removes the temp directory; safe to call twice. */
  cleanup(): void;
}

const CA_CONFIG = `[ca]
default_ca = test_ca
[test_ca]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no
[policy_any]
commonName = supplied
`;

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** openssl ca wants YYYYMMDDHHMMSSZ. */
function asn1Time(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

const DAY_MS = 86_400_000;

function validityWindow(options: LeafOptions): { start: Date; end: Date } {
  const now = Date.now();
  if (options.expired) return { start: new Date(now - 400 * DAY_MS), end: new Date(now - 30 * DAY_MS) };
  if (options.notYetValid) return { start: new Date(now + 30 * DAY_MS), end: new Date(now + 400 * DAY_MS) };
  return { start: new Date(now - DAY_MS), end: new Date(now + 365 * DAY_MS) };
}

function extensionsFile(options: LeafOptions): string {
  const alt = [
    ...options.dnsNames.map((name) => `DNS:${name}`),
    ...(options.ipAddresses ?? []).map((ip) => `IP:${ip}`),
  ];
  const lines = [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
  ];
  if (alt.length > 0) lines.push(`subjectAltName=${alt.join(',')}`);
  return lines.join('\n') + '\n';
}

function readFiles(certPath: string, keyPath: string): CertFiles {
  return {
    certPath,
    keyPath,
    certPem: readFileSync(certPath, 'utf8'),
    keyPem: readFileSync(keyPath, 'utf8'),
  };
}

export function createTestCa(commonName = 'MailWiz Test CA'): TestCa {
  const dir = mkdtempSync(path.join(tmpdir(), 'mailwiz-test-ca-'));
  writeFileSync(path.join(dir, 'ca.cnf'), CA_CONFIG);
  writeFileSync(path.join(dir, 'index.txt'), '');
  writeFileSync(path.join(dir, 'serial'), '1000\n');
  openssl(dir, [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3650', '-subj', `/O=MailWiz Tests/CN=${commonName}`,
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]); // prettier-ignore
  const caFiles = readFiles(path.join(dir, 'ca.pem'), path.join(dir, 'ca.key'));
  let counter = 0;

  function issue(options: LeafOptions): LeafCert {
    counter += 1;
    const base = `leaf-${counter}`;
    const cn = options.commonName ?? options.dnsNames[0] ?? options.ipAddresses?.[0] ?? 'leaf';
    writeFileSync(path.join(dir, `${base}.ext`), extensionsFile(options));
    openssl(dir, [
      'req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', `${base}.key`, '-out', `${base}.csr`, '-subj', `/CN=${cn}`,
    ]); // prettier-ignore
    const { start, end } = validityWindow(options);
    const signer = options.selfSigned
      ? ['-selfsign', '-keyfile', `${base}.key`]
      : ['-cert', 'ca.pem', '-keyfile', 'ca.key'];
    openssl(dir, [
      'ca', '-batch', '-notext', '-config', 'ca.cnf', ...signer,
      '-in', `${base}.csr`, '-out', `${base}.pem`, '-extfile', `${base}.ext`,
      '-startdate', asn1Time(start), '-enddate', asn1Time(end),
    ]); // prettier-ignore
    const files = readFiles(path.join(dir, `${base}.pem`), path.join(dir, `${base}.key`));
    const chainPem = options.selfSigned ? files.certPem : files.certPem + caFiles.certPem;
    return { ...files, chainPem };
  }

  function writeCaBundle(extraPems: string[] = []): string {
    const bundlePath = path.join(dir, `bundle-${++counter}.pem`);
    writeFileSync(bundlePath, [caFiles.certPem, ...extraPems].join('\n'));
    return bundlePath;
  }

  return {
    ...caFiles,
    dir,
    issue,
    writeCaBundle,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
