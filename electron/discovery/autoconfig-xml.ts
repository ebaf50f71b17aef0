// Thunderbird autoconfig (config-v1.1.xml) parsing with a real XML parser. Unknown elements are ignored
// (the draft allows them); servers keep document order, which is the provider's preference.
import { XMLParser } from 'fast-xml-parser';
import type { AuthKind } from '../shared/diagnosis-types.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';
import { capSourceCandidates } from './candidate-caps.js';
import type { CandidateSource, ServerCandidate, UsernameStyle } from './candidate.js';
import { usernameStyleOfTemplate } from './username-template.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) =>
    ['incomingServer', 'outgoingServer', 'domain', 'authentication', 'emailProvider'].includes(name),
  processEntities: true,
  parseTagValue: false,
  trimValues: true,
});

export interface AutoconfigDocument {
  providerId: string | null;
  displayName: string | null;
  domains: string[];
  servers: ServerCandidate[];
}

const SOCKET: Record<string, Security> = { SSL: 'tls', STARTTLS: 'starttls', plain: 'none' };
const TYPES: Record<string, MailProtocol> = { imap: 'imap', pop3: 'pop3', smtp: 'smtp' };

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && '#text' in value)
    return text((value as { '#text': unknown })['#text']);
  return null;
}

export function usernameStyleOf(template: string | null): UsernameStyle | undefined {
  if (template === null || template === '') return undefined;
  return usernameStyleOfTemplate(template);
}

function authKinds(values: unknown[]): AuthKind[] {
  const kinds = new Set<AuthKind>();
  for (const value of values) {
    const name = text(value) ?? '';
    if (name === 'OAuth2') kinds.add('oauth2');
    else if (name === 'none' || name === 'client-IP-address') kinds.add('none');
    else if (name === 'password-encrypted') kinds.add('password-encrypted');
    else if (name.startsWith('password')) kinds.add('password');
  }
  return [...kinds];
}

function server(raw: unknown, source: CandidateSource, domain: string): ServerCandidate | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const protocol = TYPES[String(record['@type'] ?? '')];
  const host = text(record['hostname'])?.toLowerCase().replace('%emaildomain%', domain);
  const port = Number(text(record['port']));
  const security = SOCKET[text(record['socketType']) ?? ''];
  if (protocol === undefined || !host || !Number.isInteger(port) || port < 1 || port > 65535 || !security)
    return null;
  const candidate: ServerCandidate = { protocol, host, port, security, source };
  const template = text(record['username']);
  const style = usernameStyleOf(template);
  if (style !== undefined) candidate.usernameStyle = style;
  if (style === 'template' && template !== null) candidate.usernameTemplate = template;
  const auth = authKinds(Array.isArray(record['authentication']) ? record['authentication'] : []);
  if (auth.length > 0) candidate.auth = auth;
  return candidate;
}

/** Returns null when the document is not an autoconfig file at all. */
export function parseAutoconfig(
  xml: string,
  source: CandidateSource,
  domain: string,
): AutoconfigDocument | null {
  // Entity declarations have no place in a config file and are the classic expansion attack.
  if (/<!ENTITY/i.test(xml)) return null;
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch {
    return null;
  }
  const clientConfig = (document as { clientConfig?: { emailProvider?: unknown[] } } | null)?.clientConfig;
  const provider = clientConfig?.emailProvider?.[0] as Record<string, unknown> | undefined;
  if (provider === undefined) return null;
  const servers = capSourceCandidates(
    [
      ...(Array.isArray(provider['incomingServer']) ? provider['incomingServer'] : []),
      ...(Array.isArray(provider['outgoingServer']) ? provider['outgoingServer'] : []),
    ]
      .map((raw) => server(raw, source, domain))
      .filter((candidate): candidate is ServerCandidate => candidate !== null),
  );
  const domains = (Array.isArray(provider['domain']) ? provider['domain'] : [])
    .map((value) => (text(value) ?? '').toLowerCase())
    .filter(Boolean);
  return {
    providerId: typeof provider['@id'] === 'string' ? provider['@id'] : null,
    displayName: text(provider['displayName']),
    domains,
    servers,
  };
}
