// Outlook Autodiscover POX: the request we send (address only, never a password) and the parsing of the
// `responseschema/2006a` answer into candidates.
import { XMLParser } from 'fast-xml-parser';
import type { MailProtocol, Security } from '../shared/probe-types.js';
import { capSourceCandidates } from './candidate-caps.js';
import { IMPLICIT_TLS_PORTS } from './ports.js';
import type { ServerCandidate } from './candidate.js';

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  isArray: (name) => name === 'Protocol' || name === 'Account',
  parseTagValue: false,
  trimValues: true,
});

function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function autodiscoverRequestBody(email: string): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">',
    '<Request>',
    `<EMailAddress>${escapeXml(email)}</EMailAddress>`,
    '<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>',
    '</Request>',
    '</Autodiscover>',
  ].join('');
}

const TYPES: Record<string, MailProtocol> = { IMAP: 'imap', POP3: 'pop3', SMTP: 'smtp' };

function securityOf(encryption: string | undefined, ssl: string | undefined, port: number): Security {
  switch ((encryption ?? '').toLowerCase()) {
    case 'ssl':
      return 'tls';
    case 'tls':
      return 'starttls';
    case 'none':
      return 'none';
    default:
      // Outlook's default: SSL on unless the document says off; the port tells implicit from STARTTLS.
      if ((ssl ?? 'on').toLowerCase() === 'off') return 'none';
      return IMPLICIT_TLS_PORTS.has(port) ? 'tls' : 'starttls';
  }
}

export function parseAutodiscover(xml: string): ServerCandidate[] {
  if (/<!ENTITY/i.test(xml)) return [];
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch {
    return [];
  }
  const accounts =
    (document as { Autodiscover?: { Response?: { Account?: unknown[] } } } | null)?.Autodiscover?.Response
      ?.Account ?? [];
  const candidates: ServerCandidate[] = [];
  for (const account of accounts) {
    const protocols = (account as { Protocol?: unknown[] }).Protocol ?? [];
    for (const raw of protocols) {
      const record = raw as Record<string, string | undefined>;
      const protocol = TYPES[(record['Type'] ?? '').toUpperCase()];
      const host = record['Server']?.toLowerCase();
      const port = Number(record['Port']);
      if (protocol === undefined || !host || !Number.isInteger(port) || port < 1 || port > 65535) continue;
      const candidate: ServerCandidate = {
        protocol,
        host,
        port,
        security: securityOf(record['Encryption'], record['SSL'], port),
        source: 'autodiscover',
      };
      const login = record['LoginName'];
      if (login !== undefined && login !== '')
        candidate.usernameStyle = login.includes('@') ? 'address' : 'localpart';
      candidates.push(candidate);
    }
  }
  return capSourceCandidates(candidates);
}
