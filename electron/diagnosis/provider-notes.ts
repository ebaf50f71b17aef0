// Which provider notes agree with the verdict: a note that tells the user which host to use is shown
// only when nothing was found or the chosen host is of that kind; a note explaining a certificate
// warning only when there is one. Every other note always holds.
import type { FindingCode } from '../shared/diagnosis-types.js';

const HOST_ADVICE: Readonly<Record<string, RegExp>> = {
  'xserver-host-name': /\.xserver\.jp$/,
  'sakura-initial-domain': /\.sakura\.ne\.jp$/,
};

const CERTIFICATE_CODES: ReadonlySet<FindingCode> = new Set([
  'CERT_UNTRUSTED',
  'CERT_EXPIRED',
  'CERT_SELF_SIGNED',
  'CERT_NAME_MISMATCH',
]);

export function noteApplies(note: string, chosenHosts: string[], codes: ReadonlySet<FindingCode>): boolean {
  const host = HOST_ADVICE[note];
  if (host !== undefined) return chosenHosts.length === 0 || chosenHosts.some((chosen) => host.test(chosen));
  if (note === 'onamae-certificate') return [...codes].some((code) => CERTIFICATE_CODES.has(code));
  return true;
}
