// The lab's certificates, from a CA generated at run time (test/helpers/test-ca.ts): one for hosting
// server 1 naming every host it serves, one for the shared-hosting server naming only itself, one for
// the autoconfig web server. Copied out of the CA's directory, which is removed at once.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTestCa } from '../../helpers/test-ca.js';
import { HOST1_CERT_NAMES, HOST2_SHARED_CERT_NAMES, WEB_CERT_NAMES } from './zone.js';

export interface TlsFiles {
  /** Leaf followed by the CA certificate: what a real server sends. */
  certPath: string;
  keyPath: string;
}

export interface LabCertificates {
  caPath: string;
  host1: TlsFiles;
  shared: TlsFiles;
  web: TlsFiles;
}

export function issueLabCertificates(dir: string): LabCertificates {
  const ca = createTestCa('MailWiz Lab CA');
  try {
    const caPath = path.join(dir, 'lab-ca.pem');
    writeFileSync(caPath, ca.certPem);
    const save = (name: string, dnsNames: string[]): TlsFiles => {
      const cert = ca.issue({ dnsNames });
      const files = {
        certPath: path.join(dir, `${name}-chain.pem`),
        keyPath: path.join(dir, `${name}-key.pem`),
      };
      writeFileSync(files.certPath, cert.chainPem);
      writeFileSync(files.keyPath, cert.keyPem, { mode: 0o600 });
      return files;
    };
    return {
      caPath,
      host1: save('host1', HOST1_CERT_NAMES),
      shared: save('shared', HOST2_SHARED_CERT_NAMES),
      web: save('web', WEB_CERT_NAMES),
    };
  } finally {
    ca.cleanup();
  }
}
