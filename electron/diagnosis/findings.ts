// Findings: a stable code plus parameters. The English `message` (from the shared finding catalogue)
// is for logs and JSON readers; the wizard, the CLI and the exports render from the code and
// parameters through the same catalogue, never from this text.
import type { Finding, FindingCode, FindingParams, Severity } from '../shared/diagnosis-types.js';
import { findingLine } from '../shared/finding-catalogue/index.js';

// What an office user must do about it: error = mail does not work (or the password is wrong);
// warning = works, but the user must act or take care (a blocked port, a certificate or encryption
// problem, a sign-in method to change); info = confirmation or context.
const SEVERITY: Record<FindingCode, Severity> = {
  PORT25_BLOCKED: 'warning',
  CERT_UNTRUSTED: 'warning',
  CERT_EXPIRED: 'warning',
  CERT_SELF_SIGNED: 'warning',
  CERT_NAME_MISMATCH: 'warning',
  STARTTLS_UNAVAILABLE: 'warning',
  STARTTLS_TAMPERED: 'warning',
  STARTTLS_INJECTION: 'warning',
  PLAINTEXT_ONLY: 'warning',
  PREAUTH_CLEARTEXT: 'warning',
  AUTH_OK: 'info',
  AUTH_FAILED: 'error',
  AUTH_USERNAME_LOCALPART: 'info',
  AUTH_BASIC_DISABLED: 'warning',
  OAUTH_REQUIRED: 'warning',
  APP_PASSWORD_POSSIBLE: 'info',
  NO_MAIL_HOST: 'error',
  NO_INCOMING_FOUND: 'error',
  NO_OUTGOING_FOUND: 'error',
  TLS_OUTDATED: 'warning',
  PROVIDER_NOTE: 'info',
  HOST_HINT_NEEDED: 'warning',
  SRV_TARGET_OUTSIDE_DOMAIN: 'info',
  DISCOVERY_PARTIAL: 'info',
  ISP_HIDDEN_BY_LINE: 'info',
  // Mail for such a domain usually is not set up at all: worth acting on.
  DOMAIN_REGISTRAR_DEFAULT_NS: 'warning',
  CANCELLED: 'warning',
  DNS_UNREACHABLE: 'error',
  MAIL_PORTS_BLOCKED: 'error',
  SERVER_UNREACHABLE: 'error',
  SERVERS_UNRESPONSIVE: 'error',
  CREDENTIALS_WITHHELD: 'warning',
  TEST_MESSAGE_DELIVERED: 'info',
  // Login and sending worked; a message still on its way (filtering, greylisting) is no proof of failure.
  TEST_MESSAGE_FAILED: 'warning',
};

export function makeFinding(code: FindingCode, params: FindingParams = {}, severity?: Severity): Finding {
  const clean = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined),
  ) as FindingParams;
  const finding = { code, severity: severity ?? SEVERITY[code], message: '', ...clean };
  finding.message = findingLine(finding, 'en');
  return finding;
}
