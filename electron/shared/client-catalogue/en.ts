// English mail-program texts (see types.ts).
import type { ClientCatalogue } from './types.js';

export const en: ClientCatalogue = {
  reasons: {
    PORT25_BLOCKED: 'Port 25 is blocked by your provider ({{isp}}).',
    PORT25_BLOCKED_NO_ISP: 'Port 25 is blocked on this connection.',
    CERT_NAME_MISMATCH: 'The certificate is not for {{host}} (it names {{certName}}).',
    CERT_NAME_MISMATCH_NO_NAME: 'The certificate is not for {{host}}.',
    CERT_UNTRUSTED: 'The certificate of {{host}} is not from a trusted issuer.',
    CERT_EXPIRED: 'The certificate of {{host}} has expired.',
    HOST_NOT_FOUND: 'The server name {{host}} is not found in DNS.',
    CONNECT_FAILED: 'Port {{port}} does not connect.',
    SECURITY_MISMATCH: 'Port {{port}} does not work with connection security “{{security}}”.',
    NOT_ENCRYPTED: 'It is not encrypted, so passwords and mail can be read on the way.',
    SUBMISSION_NEEDS_AUTH: 'Sending on port {{port}} needs authentication (user name and password).',
    LOGIN_FAILED: 'Login as {{username}} failed.',
    LOGIN_FAILED_NO_USER: 'Login with this user name failed.',
    AUTH_METHOD_NOT_OFFERED: 'The server does not offer this authentication method ({{auth}}).',
    VERIFIED_SETTING: 'The setting MailWiz verified from this computer.',
  },
  auth: {
    none: 'No authentication',
    password: 'Normal password',
    'password-encrypted': 'Encrypted password',
    oauth2: 'OAuth2',
    gssapi: 'Kerberos / GSSAPI',
    ntlm: 'NTLM',
    'tls-certificate': 'TLS Certificate',
    other: 'Other',
  },
  security: { tls: 'SSL/TLS', starttls: 'STARTTLS', none: 'None' },
};
