// The one table of mail-program texts: the wizard's repair screens and guide, and the check-client /
// fix-client output, say why a setting changes and name its values with the same words. A reason's
// parameters can come from servers (certificate names), so each is cut to one printable line.
import type { ChangeReason, ConfiguredAuth } from '../client-types.js';
import { interpolate, printable } from '../finding-catalogue/interpolate.js';
import { en } from './en.js';
import { ja } from './ja.js';
import type { ClientCatalogue, ReasonKey } from './types.js';

export type { ClientCatalogue, ReasonKey } from './types.js';

export const CLIENT_CATALOGUES: Readonly<Record<'ja' | 'en', ClientCatalogue>> = { ja, en };

/** The sentence's key and its parameters; a missing optional parameter picks the wording without it. */
export function reasonParts(
  reason: ChangeReason,
  catalogue: ClientCatalogue,
): { key: ReasonKey; params: Record<string, string> } {
  switch (reason.code) {
    case 'PORT25_BLOCKED':
      return reason.isp
        ? { key: reason.code, params: { isp: printable(reason.isp) } }
        : { key: 'PORT25_BLOCKED_NO_ISP', params: {} };
    case 'CERT_NAME_MISMATCH':
      return reason.certName
        ? { key: reason.code, params: { host: printable(reason.host), certName: printable(reason.certName) } }
        : { key: 'CERT_NAME_MISMATCH_NO_NAME', params: { host: printable(reason.host) } };
    case 'CERT_UNTRUSTED':
    case 'CERT_EXPIRED':
    case 'HOST_NOT_FOUND':
      return { key: reason.code, params: { host: printable(reason.host) } };
    case 'CONNECT_FAILED':
    case 'SUBMISSION_NEEDS_AUTH':
      return { key: reason.code, params: { port: String(reason.port) } };
    case 'SECURITY_MISMATCH':
      return {
        key: reason.code,
        params: { port: String(reason.port), security: catalogue.security[reason.security] },
      };
    case 'LOGIN_FAILED':
      return reason.username
        ? { key: reason.code, params: { username: printable(reason.username) } }
        : { key: 'LOGIN_FAILED_NO_USER', params: {} };
    case 'AUTH_METHOD_NOT_OFFERED':
      return { key: reason.code, params: { auth: authLabel(catalogue, reason.auth) } };
    case 'NOT_ENCRYPTED':
    case 'VERIFIED_SETTING':
      return { key: reason.code, params: {} };
  }
}

/** An authentication code the engine sent, in the program's words; anything else as it came. */
export function authLabel(catalogue: ClientCatalogue, auth: ConfiguredAuth | string): string {
  return (catalogue.auth as Record<string, string>)[auth] ?? printable(auth);
}

export function reasonText(lang: 'ja' | 'en', reason: ChangeReason): string {
  const catalogue = CLIENT_CATALOGUES[lang];
  const { key, params } = reasonParts(reason, catalogue);
  return interpolate(catalogue.reasons[key], params);
}
