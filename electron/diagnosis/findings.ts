// Findings: a stable code plus parameters. The English `message` is for the CLI and logs; the wizard and
// the Japanese CLI translate from the code and parameters, never from this text.
import type { Finding, FindingCode, FindingParams, Severity } from '../shared/diagnosis-types.js';

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
  SERVERS_UNRESPONSIVE: 'error',
  TLS_OUTDATED: 'warning',
  PROVIDER_NOTE: 'info',
  HOST_HINT_NEEDED: 'warning',
  SRV_TARGET_OUTSIDE_DOMAIN: 'info',
  DISCOVERY_PARTIAL: 'info',
  CANCELLED: 'warning',
  TEST_MESSAGE_DELIVERED: 'info',
  // Login and sending worked; a message still on its way (filtering, greylisting) is no proof of failure.
  TEST_MESSAGE_FAILED: 'warning',
};

/** Provider notes from electron/providers/hostings.json (facts with sources there). */
const NOTES_EN: Record<string, string> = {
  'xserver-host-name':
    'use your server name sv****.xserver.jp for incoming and outgoing mail; the user name is the full address.',
  'xserver-foreign-smtp':
    'sending from outside Japan is blocked unless "SMTP認証の国外アクセス制限" is lifted in the server panel.',
  'sakura-initial-domain':
    'own certificates cannot be used for mail over SSL: use your initial domain name (*.sakura.ne.jp).',
  'onamae-certificate':
    "a certificate warning comes from the certificate naming the provider's host, not your domain.",
  'google-oauth':
    'plain-password IMAP/SMTP ended on 2024-09-30 for Workspace: sign in with OAuth2 or use an app password.',
  'microsoft-basic-auth-2026':
    'SMTP AUTH with a password is disabled by default for existing tenants at the end of December 2026 (error 550 5.7.30): use OAuth2.',
  'asahi-net-587-no-starttls': 'port 587 works WITHOUT STARTTLS only; prefer 465 SSL.',
};

const where = (p: FindingParams) =>
  p.host !== undefined ? `${p.host}${p.port !== undefined ? `:${p.port}` : ''}` : 'the server';

const MESSAGES: Record<FindingCode, (p: FindingParams) => string> = {
  PORT25_BLOCKED: (p) =>
    `Port 25 to ${p.host ?? 'the server'} is ${p.blockedBy === 'reject' ? 'refused' : 'silently dropped'} on this network` +
    `${p.isp ? ` (${p.isp} blocks outbound port 25, "OP25B")` : ' (outbound port 25 blocking, "OP25B")'}` +
    `${p.workingPorts?.length ? `, while ${p.workingPorts.length > 1 ? 'ports' : 'port'} ${p.workingPorts.join(' and ')} ${p.workingPorts.length > 1 ? 'work' : 'works'}: use ${p.workingPorts[0]} for sending.` : '.'}`,
  CERT_UNTRUSTED: (p) =>
    `The certificate of ${where(p)} is not signed by a trusted authority. Do not accept it unless the provider confirms it.`,
  CERT_EXPIRED: (p) =>
    `The certificate of ${where(p)} has expired${p.validTo ? ` (${p.validTo})` : ''}. Ask the provider to renew it.`,
  CERT_SELF_SIGNED: (p) =>
    `${where(p)} presents a self-signed certificate. Do not accept it unless the provider confirms its fingerprint.`,
  CERT_NAME_MISMATCH: (p) =>
    `The certificate of ${where(p)} is for ${p.certNames?.join(', ') ?? 'another name'}` +
    `${p.suggestedHost ? `; use ${p.suggestedHost}, the server's own name at the same address.` : '.'}`,
  STARTTLS_UNAVAILABLE: (p) => `${where(p)} does not offer STARTTLS: the connection would not be encrypted.`,
  STARTTLS_TAMPERED: (p) =>
    `Something on the network removed STARTTLS from the answer of ${where(p)} (possible interception).`,
  STARTTLS_INJECTION: (p) =>
    `${where(p)} sent data before encryption started (STARTTLS injection): the connection was abandoned.`,
  PLAINTEXT_ONLY: (p) => `${where(p)} works only without encryption: your password would be sent readable.`,
  PREAUTH_CLEARTEXT: (p) => `${where(p)} logs you in before encryption (PREAUTH): insecure.`,
  AUTH_OK: (p) => `Login succeeded on ${where(p)}${p.username ? ` as ${p.username}` : ''}.`,
  AUTH_FAILED: (p) =>
    `Login failed on ${where(p)}: check the password${p.username ? ` and the user name (${p.username})` : ''}.`,
  AUTH_USERNAME_LOCALPART: (p) =>
    `${where(p)} expects the user name without the domain: ${p.username ?? ''}.`,
  AUTH_BASIC_DISABLED: (p) =>
    `${where(p)} no longer accepts password login (basic authentication disabled): use OAuth2 sign-in.`,
  OAUTH_REQUIRED: (p) =>
    `${p.provider ?? 'This provider'} requires OAuth2 sign-in (or an app password): the normal password will not work.`,
  APP_PASSWORD_POSSIBLE: (p) =>
    `${p.provider ?? 'This provider'} lets you create an app password for mail programs that cannot sign in with OAuth2.`,
  NO_MAIL_HOST: () =>
    'No mail server was found for this domain. Check the address for typos, or ask the provider for the server names.',
  NO_INCOMING_FOUND: () => 'No working incoming (IMAP/POP3) server was found from this network.',
  NO_OUTGOING_FOUND: () => 'No working outgoing (SMTP) server was found from this network.',
  SERVERS_UNRESPONSIVE: () =>
    'The mail servers did not answer: connections were accepted or dropped, but no server greeted or started encryption.',
  TLS_OUTDATED: (p) => `${where(p)} uses an outdated TLS version (${p.tlsVersion ?? 'unknown'}).`,
  PROVIDER_NOTE: (p) => `${p.provider ?? 'Provider'}: ${NOTES_EN[p.noteKey ?? ''] ?? p.noteKey ?? ''}`,
  HOST_HINT_NEEDED: (p) =>
    `${p.provider ?? 'Your hosting service'} uses a server name specific to your contract (for example sv1234): enter it to continue.`,
  SRV_TARGET_OUTSIDE_DOMAIN: (p) =>
    `The DNS service record points to ${p.host ?? 'a host'} outside your domain; it was tested before being trusted.`,
  DISCOVERY_PARTIAL: () => 'Some lookups did not answer in time; the result is based on what did.',
  CANCELLED: () => 'The diagnosis was cancelled before it finished.',
  TEST_MESSAGE_DELIVERED: (p) =>
    `The test message sent to your own address arrived in the inbox${p.host ? ` on ${p.host}` : ''}: sending and receiving both work.`,
  TEST_MESSAGE_FAILED: (p) =>
    p.protocol === 'smtp'
      ? `${where(p)} did not accept the test message although the login worked: ask the provider whether sending from this account is allowed.`
      : `The test message was accepted for sending but did not reach the inbox${p.host ? ` on ${p.host}` : ''} while we waited. It may still arrive: check the inbox (and the spam folder) in a few minutes.`,
};

export function makeFinding(code: FindingCode, params: FindingParams = {}, severity?: Severity): Finding {
  const clean = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined),
  ) as FindingParams;
  return { code, severity: severity ?? SEVERITY[code], message: MESSAGES[code](clean), ...clean };
}
