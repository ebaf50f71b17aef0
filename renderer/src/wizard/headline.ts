// What the result's first sentence says and which one action it offers, chosen from the verdict's
// stable words (`status`, each setting's `login`) and finding codes with their parameters. Pure: the
// component only translates what this returns; no message text is ever read.
import type {
  DiagnosisResult,
  DiagnosisStatus,
  Finding,
  FindingCode,
  OutgoingSetting,
} from '../../../electron/shared/diagnosis-types';
import type { MailProtocol } from '../../../electron/shared/probe-types';

/** The one primary action under the headline. */
export type HeadlineAction =
  | 'reenterPassword'
  | 'enterServer'
  | 'retry'
  | 'retryOtherNetwork'
  | 'export'
  /** The trust question below the headline (TrustConsent) carries the one primary action. */
  | 'consent';

/** Which sentence the headline uses (a key under `headline.` in the messages). */
export type HeadlineKind =
  | 'ok'
  | 'okNoPassword'
  | 'plaintext'
  | 'loginFailed'
  | 'portsBlocked'
  | 'dnsUnreachable'
  | 'serverUnreachable'
  | 'serversUnresponsive'
  | 'notFound'
  | 'cancelled'
  | 'withheld'
  | 'partial';

/** One direction of a partial result: logged in, reached without a proven login, or not found. */
export type HalfState = 'works' | 'connects' | 'missing';

export interface RefusedServer {
  host: string;
  protocols: MailProtocol[];
}

export interface Headline {
  status: DiagnosisStatus;
  kind: HeadlineKind;
  action: HeadlineAction;
  /** What the export's warning says: the password was refused, or no login was proven with it. */
  exportWarning: 'passwordRefused' | 'loginUnproven' | null;
  /** login-failed: the servers that refused and the user names tried. */
  refused: RefusedServer[];
  usernames: string[];
  /** network: the mail ports that did not answer; network and plaintext: the host the fact is about. */
  ports: number[];
  host: string | null;
  /** The domain the person typed. */
  domain: string;
  /** partial: how each direction ended. */
  outgoing: HalfState;
  incoming: HalfState;
}

const NETWORK_KINDS: ReadonlyArray<[FindingCode, HeadlineKind]> = [
  ['MAIL_PORTS_BLOCKED', 'portsBlocked'],
  ['DNS_UNREACHABLE', 'dnsUnreachable'],
  ['SERVERS_UNRESPONSIVE', 'serversUnresponsive'],
  ['SERVER_UNREACHABLE', 'serverUnreachable'],
];

function halfState(setting: OutgoingSetting | null): HalfState {
  if (setting === null) return 'missing';
  return setting.login === 'ok' ? 'works' : 'connects';
}

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(at + 1);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Each refusing server once, with every protocol it refused (from the AUTH_FAILED parameters). */
function refusedServers(findings: readonly Finding[]): RefusedServer[] {
  const byHost = new Map<string, MailProtocol[]>();
  for (const finding of findings) {
    if (finding.code !== 'AUTH_FAILED' || !finding.host) continue;
    const protocols = finding.protocols ?? (finding.protocol ? [finding.protocol] : []);
    byHost.set(finding.host, unique([...(byHost.get(finding.host) ?? []), ...protocols]));
  }
  return [...byHost].map(([host, protocols]) => ({ host, protocols }));
}

/** Without AUTH_FAILED parameters, the settings whose login failed say who refused. */
function refusedSettings(result: DiagnosisResult): RefusedServer[] {
  const refused: RefusedServer[] = [];
  if (result.outgoing?.login === 'failed') refused.push({ host: result.outgoing.host, protocols: ['smtp'] });
  if (result.incoming?.login === 'failed')
    refused.push({ host: result.incoming.host, protocols: [result.incoming.protocol] });
  return refused;
}

function networkKind(findings: readonly Finding[]): { kind: HeadlineKind; finding: Finding | null } {
  for (const [code, kind] of NETWORK_KINDS) {
    const finding = findings.find((candidate) => candidate.code === code);
    if (finding) return { kind, finding };
  }
  return { kind: 'serverUnreachable', finding: null };
}

function kindAndAction(
  result: DiagnosisResult,
  status: DiagnosisStatus,
  passwordGiven: boolean,
): Pick<Headline, 'kind' | 'action'> {
  const has = (code: FindingCode) => result.findings.some((finding) => finding.code === code);
  switch (status) {
    case 'login-failed':
      return { kind: 'loginFailed', action: 'reenterPassword' };
    case 'network': {
      const { kind } = networkKind(result.findings);
      return { kind, action: kind === 'portsBlocked' ? 'retryOtherNetwork' : 'retry' };
    }
    case 'not-found':
      return { kind: 'notFound', action: 'enterServer' };
    case 'cancelled':
      return { kind: 'cancelled', action: 'retry' };
    case 'partial':
    case 'ok': {
      const bothFound = result.outgoing !== null && result.incoming !== null;
      if (!bothFound) return { kind: 'partial', action: 'enterServer' };
      if (has('PLAINTEXT_ONLY')) return { kind: 'plaintext', action: 'export' };
      const settings = [result.outgoing, result.incoming];
      if (settings.some((setting) => setting?.login === 'withheld'))
        return { kind: 'withheld', action: 'consent' };
      if (status === 'partial') return { kind: 'partial', action: 'export' };
      return { kind: passwordGiven ? 'ok' : 'okNoPassword', action: 'export' };
    }
  }
}

/**
 * `cancelled` is the wizard's own knowledge that the person stopped the run (the engine's status says
 * the same when it saw the cancel in time). `passwordGiven` tells "no password typed" from a password
 * that could not be tried.
 */
export function chooseHeadline(
  result: DiagnosisResult,
  cancelled: boolean,
  passwordGiven: boolean,
): Headline {
  const status: DiagnosisStatus = cancelled ? 'cancelled' : result.status;
  const { kind, action } = kindAndAction(result, status, passwordGiven);
  const settings = [result.outgoing, result.incoming].filter((setting) => setting !== null);
  const loginProven = settings.length > 0 && settings.every((setting) => setting.login === 'ok');
  const authFailed = result.findings.filter((finding) => finding.code === 'AUTH_FAILED');
  const refused = refusedServers(result.findings);
  const network = status === 'network' ? networkKind(result.findings).finding : null;
  const plaintext = result.findings.find((finding) => finding.code === 'PLAINTEXT_ONLY') ?? null;
  const usernames = unique(authFailed.flatMap((finding) => (finding.username ? [finding.username] : [])));
  const triedName = result.outgoing?.username ?? result.incoming?.username ?? result.email;
  return {
    status,
    kind,
    action,
    exportWarning:
      status === 'login-failed'
        ? 'passwordRefused'
        : passwordGiven && settings.length > 0 && !loginProven
          ? 'loginUnproven'
          : null,
    refused: refused.length > 0 ? refused : refusedSettings(result),
    usernames: usernames.length > 0 ? usernames : [triedName],
    ports: network?.ports ?? [],
    host: (kind === 'plaintext' ? plaintext?.host : network?.host) ?? null,
    domain: domainOf(result.email),
    outgoing: halfState(result.outgoing),
    incoming: halfState(result.incoming),
  };
}
