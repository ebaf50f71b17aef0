// One normalised view of a diagnosis for every export: hosts in A-label form, user names resolved,
// servers in preference order. Formats read this, never the raw (untrusted) diagnosis.
import type {
  AuthKind,
  DiagnosisResult,
  Finding,
  LoginState,
  ServerSetting,
} from '../shared/diagnosis-types.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';
import { checkedHost } from './host-check.js';
import { singleLine, unicodeHost } from './text.js';

export type { Lang } from '../shared/languages.js';
export type UsernameForm = 'address' | 'local-part' | 'other' | 'none';

export interface ExportServer {
  protocol: MailProtocol;
  /** A-label form: what clients and DNS get. */
  host: string;
  /** U-label form: what people read. */
  displayHost: string;
  port: number;
  security: Security;
  auth: AuthKind;
  /** The login name; null when the server takes no login. */
  username: string | null;
  usernameForm: UsernameForm;
  verified: boolean;
  login: LoginState;
  /** The diagnosis' own verdict (as opposed to an alternative). */
  chosen: boolean;
}

export interface ExportModel {
  /** local@asciiDomain: what files and clients get. */
  email: string;
  /** local@unicodeDomain: the address as its owner knows it, for guides and the sheet. */
  displayEmail: string;
  localPart: string;
  domain: string;
  displayDomain: string;
  /** Cleaned display name; '' when none was given. */
  displayName: string;
  /** Preference order; the diagnosis' verdict first when there is one. */
  incoming: ExportServer[];
  outgoing: ExportServer[];
  findings: Finding[];
  isp: string | null;
  hosting: string | null;
}

const SECURITY_RANK: Record<Security, number> = { tls: 0, starttls: 1, none: 2 };
const SECURITIES = new Set<string>(['tls', 'starttls', 'none']);
const AUTHS = new Set<string>(['password', 'password-encrypted', 'oauth2', 'none']);

/** A setting as it arrives from the (untrusted) diagnosis, before normalise() checks every field. */
type RawSetting = ServerSetting;

export function buildModel(diagnosis: DiagnosisResult, displayName: string): ExportModel {
  const rawEmail = singleLine(diagnosis.email, 320);
  const at = rawEmail.lastIndexOf('@');
  const localPart = at > 0 ? rawEmail.slice(0, at) : rawEmail;
  const domain = at > 0 ? checkedHost(rawEmail.slice(at + 1), 'domain', false) : '';
  const email = domain ? `${localPart}@${domain}` : localPart;
  const identity = { email, localPart, rawEmail };

  const incomingChosen = diagnosis.incoming ? [{ ...diagnosis.incoming }] : [];
  const outgoingChosen = diagnosis.outgoing ? [{ ...diagnosis.outgoing, protocol: 'smtp' as const }] : [];
  const alternatives = Array.isArray(diagnosis.alternatives) ? diagnosis.alternatives : [];

  const displayDomain = domain ? unicodeHost(domain) : '';
  return {
    email,
    displayEmail: displayDomain ? `${localPart}@${displayDomain}` : email,
    localPart,
    domain,
    displayDomain,
    displayName: singleLine(displayName, 200),
    incoming: orderServers(
      incomingChosen,
      alternatives.filter((s) => s.protocol === 'imap' || s.protocol === 'pop3'),
      identity,
    ),
    outgoing: orderServers(
      outgoingChosen,
      alternatives.filter((s) => s.protocol === 'smtp'),
      identity,
    ),
    findings: Array.isArray(diagnosis.findings) ? diagnosis.findings : [],
    isp: diagnosis.isp ? singleLine(diagnosis.isp.name, 100) || null : null,
    hosting: diagnosis.hosting ? singleLine(diagnosis.hosting.name, 100) || null : null,
  };
}

interface Identity {
  email: string;
  localPart: string;
  rawEmail: string;
}

/**
 * The verdict first; then alternatives, verified before unverified, implicit TLS before STARTTLS.
 * Cleartext alternatives are dropped unless the verdict itself is cleartext: a published or exported
 * list must never offer a client a cheaper way to send the password.
 */
function orderServers(chosen: RawSetting[], alternatives: RawSetting[], identity: Identity): ExportServer[] {
  const verdict = chosen.map((s) => normalise(s, identity, true)).filter(isServer);
  const allowCleartext = verdict.length === 0 || verdict.some((s) => s.security === 'none');
  const rest = alternatives
    .map((s) => normalise(s, identity, false))
    .filter(isServer)
    .filter((s) => allowCleartext || s.security !== 'none')
    .sort(
      (a, b) =>
        Number(b.verified) - Number(a.verified) || SECURITY_RANK[a.security] - SECURITY_RANK[b.security],
    );
  const seen = new Set<string>();
  return [...verdict, ...rest].filter((s) => {
    const key = `${s.protocol}|${s.host}|${s.port}|${s.security}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isServer(value: ExportServer | null): value is ExportServer {
  return value !== null;
}

const LOGIN_STATES: ReadonlySet<unknown> = new Set<LoginState>(['ok', 'failed', 'not-tried', 'withheld']);

function normalise(raw: RawSetting, identity: Identity, chosen: boolean): ExportServer | null {
  const rawHost = String(raw.host ?? '');
  const port = Number(raw.port);
  if (!rawHost.trim() || !Number.isInteger(port) || port < 1 || port > 65535) return null;
  if (!SECURITIES.has(raw.security) || !AUTHS.has(raw.auth)) return null;
  const host = checkedHost(rawHost, 'server');
  const username = resolveUsername(raw, identity);
  return {
    protocol: raw.protocol,
    host,
    displayHost: unicodeHost(host),
    port,
    security: raw.security,
    auth: raw.auth,
    username,
    usernameForm: usernameForm(username, identity),
    verified: raw.verified === true,
    login: LOGIN_STATES.has(raw.login) ? raw.login : raw.verified === true ? 'ok' : 'not-tried',
    chosen,
  };
}

function resolveUsername(raw: RawSetting, identity: Identity): string | null {
  const given = singleLine(raw.username, 320);
  if (given) return given;
  // No login needed, or the engine did not say: clients default to the full address.
  return raw.auth === 'none' ? null : identity.email;
}

function usernameForm(username: string | null, identity: Identity): UsernameForm {
  if (username === null) return 'none';
  const lower = username.toLowerCase();
  if (lower === identity.email.toLowerCase() || lower === identity.rawEmail.toLowerCase()) return 'address';
  if (lower === identity.localPart.toLowerCase()) return 'local-part';
  return 'other';
}

/** The first server, preferring one the client can express when the verdict is not. */
export function pickFor(
  servers: ExportServer[],
  clientSupports: (s: ExportServer) => boolean,
): ExportServer | null {
  const first = servers[0];
  if (!first || clientSupports(first)) return first ?? null;
  const usable = (s: ExportServer) => clientSupports(s) && (s.verified || !first.verified);
  // Same protocol first: switching a POP3 user to IMAP changes how their mail is kept.
  return servers.find((s) => usable(s) && s.protocol === first.protocol) ?? servers.find(usable) ?? first;
}
