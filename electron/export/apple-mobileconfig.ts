// Apple configuration profile with one com.apple.mail.managed payload: unsigned, no password (the
// device asks for it on install). UUIDs are derived from the content, so the same settings always
// give the same profile and re-installing replaces rather than duplicates.
import { createHash } from 'node:crypto';
import { build } from 'plist';
import type { PlistValue } from 'plist';
import type { ExportModel, ExportServer, Lang } from './model.js';
import { pickFor } from './model.js';
import { requireServers } from './require-servers.js';
import { fnv1a } from './text.js';

/** Apple's keys only say "use SSL or not"; with SSL off Mail upgrades with STARTTLS when offered. */
export function appleUseSsl(server: ExportServer): boolean {
  return server.security === 'tls';
}

export const APPLE_AUTH = {
  password: 'EmailAuthPassword',
  'password-encrypted': 'EmailAuthCRAMMD5',
  oauth2: 'EmailAuthPassword',
  none: 'EmailAuthNone',
} as const;

/** A UUID (RFC 4122 layout, version 5 bits) from a SHA-256 of the given text. */
export function stableUuid(text: string): string {
  const bytes = createHash('sha256').update(text).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toUpperCase();
}

export function appleChoice(model: ExportModel): { incoming: ExportServer; outgoing: ExportServer } {
  const required = requireServers(model);
  const prefersTls = (s: ExportServer) => s.security !== 'starttls';
  return {
    incoming: pickFor(model.incoming, prefersTls) ?? required.incoming,
    outgoing: pickFor(model.outgoing, prefersTls) ?? required.outgoing,
  };
}

export function appleMobileconfig(model: ExportModel, lang: Lang): string {
  const { incoming, outgoing } = appleChoice(model);
  const id = `jp.mailwiz.mail.${fnv1a(model.email.toLowerCase()).toString(16).padStart(8, '0')}`;
  const sameLogin = outgoing.username === null || outgoing.username === incoming.username;
  const description = lang === 'ja' ? `メール設定（${model.email}）` : `Mail settings (${model.email})`;

  const mail: Record<string, PlistValue> = {
    PayloadType: 'com.apple.mail.managed',
    PayloadVersion: 1,
    PayloadIdentifier: `${id}.account`,
    PayloadDisplayName: model.email,
    EmailAccountType: incoming.protocol === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP',
    EmailAccountDescription: model.email,
    EmailAccountName: model.displayName || model.localPart,
    EmailAddress: model.email,
    IncomingMailServerHostName: incoming.host,
    IncomingMailServerPortNumber: incoming.port,
    IncomingMailServerUseSSL: appleUseSsl(incoming),
    IncomingMailServerAuthentication: APPLE_AUTH[incoming.auth],
    IncomingMailServerUsername: incoming.username ?? '',
    OutgoingMailServerHostName: outgoing.host,
    OutgoingMailServerPortNumber: outgoing.port,
    OutgoingMailServerUseSSL: appleUseSsl(outgoing),
    OutgoingMailServerAuthentication: APPLE_AUTH[outgoing.auth],
    OutgoingMailServerUsername: outgoing.username ?? '',
    OutgoingPasswordSameAsIncomingPassword: sameLogin && outgoing.auth !== 'none',
  };
  const contentKey = JSON.stringify(mail);
  mail.PayloadUUID = stableUuid(`account|${contentKey}`);

  const profile: Record<string, PlistValue> = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: id,
    PayloadUUID: stableUuid(`profile|${contentKey}`),
    PayloadDisplayName: description,
    PayloadDescription:
      lang === 'ja'
        ? 'MailWiz が確認したメールサーバーの設定です。パスワードは含まれていません。'
        : 'Mail server settings checked by MailWiz. No password is included.',
    PayloadOrganization: 'MailWiz',
    PayloadRemovalDisallowed: false,
    PayloadContent: [mail],
  };
  return build(profile);
}
