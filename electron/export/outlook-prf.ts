// Outlook (classic) profile file, applied with `outlook.exe /importprf file.prf`. Adds one POP3 or
// IMAP account to the default profile (or creates one). PRFs carry no password; Outlook asks for it.
// Values are single printable lines (model.ts), so no value can start a new key or [section].
import type { ExportModel, ExportServer } from './model.js';
import { pickFor } from './model.js';
import { requireServers } from './require-servers.js';

/** SMTPSecureConnection: 0 none, 1 SSL/TLS (implicit), 2 STARTTLS ("TLS" in Outlook's API). */
export const PRF_SMTP_SECURE = { none: 0, tls: 1, starttls: 2 } as const;

/** Outlook's POP3/IMAP settings only say "SSL on/off": STARTTLS there is not expressible in a PRF. */
export function outlookCanExpress(server: ExportServer): boolean {
  return server.protocol === 'smtp' || server.security !== 'starttls';
}

export interface PrfChoice {
  incoming: ExportServer;
  outgoing: ExportServer;
}

export function outlookChoice(model: ExportModel): PrfChoice {
  const required = requireServers(model);
  return {
    incoming: pickFor(model.incoming, outlookCanExpress) ?? required.incoming,
    outgoing: required.outgoing,
  };
}

const MAPPING_COMMON = [
  'AccountName=PT_UNICODE,0x0002',
  'DisplayName=PT_UNICODE,0x000B',
  'EmailAddress=PT_UNICODE,0x000C',
];
const MAPPING_SMTP = [
  'SMTPServer=PT_UNICODE,0x0200',
  'SMTPUseAuth=PT_LONG,0x0203',
  'SMTPAuthMethod=PT_LONG,0x0208',
  'SMTPUserName=PT_UNICODE,0x0204',
  'SMTPUseSPA=PT_LONG,0x0207',
  'SMTPPort=PT_LONG,0x0201',
  'SMTPSecureConnection=PT_LONG,0x020A',
  'ServerTimeOut=PT_LONG,0x0209',
];
function incomingMapping(prefix: 'POP3' | 'IMAP'): string[] {
  return [
    `${prefix}Server=PT_UNICODE,0x0100`,
    `${prefix}UserName=PT_UNICODE,0x0101`,
    `${prefix}UseSPA=PT_LONG,0x0108`,
    `${prefix}Port=PT_LONG,0x0104`,
    `${prefix}UseSSL=PT_LONG,0x0105`,
  ];
}

export function outlookPrf(model: ExportModel): string {
  const { incoming, outgoing } = outlookChoice(model);
  const prefix = incoming.protocol === 'imap' ? 'IMAP' : 'POP3';
  const accountType = incoming.protocol === 'imap' ? 'IMAP_I_Mail' : 'I_Mail';
  const sameLogin = outgoing.username === null || outgoing.username === incoming.username;

  const account: Array<[string, string | number]> = [
    ['UniqueService', 'No'],
    ['AccountName', model.email],
    ['DisplayName', model.displayName || model.localPart],
    ['EmailAddress', model.email],
    [`${prefix}Server`, incoming.host],
    [`${prefix}UserName`, incoming.username ?? model.email],
    [`${prefix}UseSPA`, 0],
    [`${prefix}Port`, incoming.port],
    [`${prefix}UseSSL`, incoming.security === 'tls' ? 1 : 0],
    ['SMTPServer', outgoing.host],
    ['SMTPUseAuth', outgoing.auth === 'none' ? 0 : 1],
    // 0 = same user name and password as incoming; 1 = its own user name (password asked by Outlook).
    ['SMTPAuthMethod', sameLogin ? 0 : 1],
    ...(sameLogin ? [] : [['SMTPUserName', outgoing.username ?? model.email] as [string, string]]),
    ['SMTPUseSPA', 0],
    ['SMTPPort', outgoing.port],
    ['SMTPSecureConnection', PRF_SMTP_SECURE[outgoing.security]],
  ];

  const lines = [
    `; MailWiz: Outlook profile file for ${model.email} (no password inside).`,
    '; Apply with: outlook.exe /importprf <this file>  (close Outlook first)',
    '',
    '[General]',
    'Custom=1',
    'ProfileName=Outlook',
    'DefaultProfile=Yes',
    'OverwriteProfile=Append',
    'ModifyDefaultProfileIfPresent=TRUE',
    '',
    '[Service List]',
    '',
    '[Internet Account List]',
    `Account1=${accountType}`,
    '',
    '[Account1]',
    ...account.map(([key, value]) => `${key}=${value}`),
    '',
    '[I_Mail]',
    ...MAPPING_COMMON,
    ...incomingMapping('POP3'),
    ...MAPPING_SMTP,
    'LeaveOnServer=PT_LONG,0x1000',
    '',
    '[IMAP_I_Mail]',
    ...MAPPING_COMMON,
    ...incomingMapping('IMAP'),
    ...MAPPING_SMTP,
    'CheckNewImap=PT_LONG,0x1100',
    'RootFolder=PT_UNICODE,0x1101',
    '',
  ];
  // Windows profile files use CRLF.
  return lines.join('\r\n');
}

/** Windows reads profile files as UTF-16LE when they start with a BOM; pure ASCII works either way. */
export function prfNeedsUnicode(content: string): boolean {
  return /[^\p{ASCII}]/u.test(content);
}
