// What the TLS session proves, as plain data: version, cipher, chain (leaf first), chain trust, and the
// RFC 6125 name check against the host we meant to reach, each recorded on its own.
import tls from 'node:tls';
import type { CertificateInfo, TlsFacts } from '../shared/probe-types.js';
import type { NormalizedHost } from './host.js';
import { detailedPeerCertificate } from './tls-connect.js';

function firstValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function altNames(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(', ')
    .map((entry) => entry.replace(/^(DNS|IP Address):/, '').trim())
    .filter((entry) => entry.length > 0);
}

function isoDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

function describe(cert: tls.DetailedPeerCertificate): CertificateInfo {
  const issuer = cert.issuerCertificate;
  const selfSigned =
    (issuer !== undefined && issuer.fingerprint256 === cert.fingerprint256) ||
    JSON.stringify(cert.subject) === JSON.stringify(cert.issuer);
  return {
    subjectCN: firstValue(cert.subject?.CN),
    subjectAltNames: altNames(cert.subjectaltname),
    issuerCN: firstValue(cert.issuer?.CN),
    issuerO: firstValue(cert.issuer?.O),
    validFrom: isoDate(cert.valid_from),
    validTo: isoDate(cert.valid_to),
    selfSigned,
    fingerprint256: cert.fingerprint256,
  };
}

function chainOf(leaf: tls.DetailedPeerCertificate, maxLength: number): CertificateInfo[] {
  const chain: CertificateInfo[] = [];
  const seen = new Set<string>();
  let current: tls.DetailedPeerCertificate | undefined = leaf;
  while (current && current.fingerprint256 && !seen.has(current.fingerprint256) && chain.length < maxLength) {
    seen.add(current.fingerprint256);
    chain.push(describe(current));
    current = current.issuerCertificate;
  }
  return chain;
}

export function collectTlsFacts(
  socket: tls.TLSSocket,
  host: NormalizedHost,
  maxChainLength: number,
): TlsFacts {
  const leaf = detailedPeerCertificate(socket);
  const hasLeaf = leaf !== undefined && Object.keys(leaf).length > 0;
  const chain = hasLeaf ? chainOf(leaf, maxChainLength) : [];
  const now = Date.now();
  const validFrom = hasLeaf ? new Date(leaf.valid_from).getTime() : NaN;
  const validTo = hasLeaf ? new Date(leaf.valid_to).getTime() : NaN;
  const trustError = socket.authorizationError ? String(socket.authorizationError) : null;
  return {
    protocol: socket.getProtocol() ?? null,
    cipher: socket.getCipher()?.name ?? null,
    trusted: socket.authorized === true,
    trustError: socket.authorized
      ? null
      : trustError && /^[A-Z0-9_]{2,64}$/.test(trustError)
        ? trustError
        : 'UNKNOWN',
    hostnameMatches: hasLeaf && tls.checkServerIdentity(host.name, leaf) === undefined,
    expired: validTo < now,
    notYetValid: validFrom > now,
    chain,
  };
}
