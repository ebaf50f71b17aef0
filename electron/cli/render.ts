// Human-readable output of a diagnosis: the recommended settings as a table, alternatives, context and
// findings with what to do. Also the progress lines written to stderr while the engine works.
import type {
  DiagnosisEvent,
  DiagnosisResult,
  DiagnosisStatus,
  LoginState,
  OutgoingSetting,
  ProbeSummary,
  ServerSetting,
} from '../shared/diagnosis-types.js';
import { findingLine } from '../shared/finding-catalogue/index.js';
import type { Security } from '../shared/probe-types.js';
import { t, type Lang, type MessageKey } from './messages.js';

const LOGIN_LABEL: Record<LoginState, MessageKey> = {
  ok: 'yes',
  failed: 'loginFailed',
  'not-tried': 'notVerified',
  withheld: 'loginWithheld',
};

const STATUS_LINE: Record<DiagnosisStatus, MessageKey> = {
  ok: 'statusOk',
  partial: 'statusPartial',
  'login-failed': 'statusLoginFailed',
  'not-found': 'statusNotFound',
  network: 'statusNetwork',
  cancelled: 'statusCancelled',
};

/** A probe's outcome for people: a port-25 probe stopped while unanswered reads as blocked, not cancelled. */
export function probeOutcomeText(lang: Lang, probe: ProbeSummary, port25Blocked: boolean): string {
  if (probe.result === 'not-needed' && probe.errorCode === 'NO_ANSWER') {
    const blocked = port25Blocked && probe.protocol === 'smtp' && probe.port === 25;
    return `${t(lang, 'noAnswerWithin')} ${probe.ms} ms${blocked ? ` (${t(lang, 'blocked')})` : ''}`;
  }
  if (probe.result === 'not-needed') return t(lang, 'notNeeded');
  return `${probe.result}${probe.errorCode && probe.result !== 'ok' ? ` (${probe.errorCode})` : ''} ${probe.ms} ms`;
}
import { displayWidth } from '../shared/display-width.js';

function securityLabel(lang: Lang, security: Security): string {
  return t(
    lang,
    security === 'tls' ? 'securityTls' : security === 'starttls' ? 'securityStarttls' : 'securityNone',
  );
}

const AUTH_LABEL = {
  password: 'authPassword',
  'password-encrypted': 'authPasswordEncrypted',
  oauth2: 'authOauth2',
  none: 'authNone',
} as const;

function authLabel(lang: Lang, auth: OutgoingSetting['auth']): string {
  return t(lang, AUTH_LABEL[auth]);
}

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  return rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`);
}

function settingBlock(lang: Lang, title: string, setting: OutgoingSetting | null): string[] {
  if (setting === null) return [`${title}: ${t(lang, 'none')}`];
  return [
    `${title}:`,
    ...table([
      [t(lang, 'host'), setting.host],
      [t(lang, 'port'), String(setting.port)],
      [t(lang, 'security'), securityLabel(lang, setting.security)],
      [t(lang, 'auth'), authLabel(lang, setting.auth)],
      [t(lang, 'username'), setting.username ?? '—'],
      [t(lang, 'verified'), loginText(lang, setting)],
    ]),
  ];
}

function loginText(lang: Lang, setting: OutgoingSetting): string {
  if (setting.loginRefusedOn === undefined) return t(lang, LOGIN_LABEL[setting.login]);
  return t(lang, 'loginRefusedOn').replace('{protocol}', setting.loginRefusedOn.toUpperCase());
}

function alternativeLine(lang: Lang, setting: ServerSetting): string {
  return `  ${setting.protocol.toUpperCase().padEnd(5)} ${setting.host}:${setting.port}  ${securityLabel(lang, setting.security)}`;
}

const SEVERITY_MARK = { info: 'i', warning: '!', error: '×' } as const;

/** A weak match is printed as a guess, a line operator as "cannot be told". */
function providerText(lang: Lang, named: DiagnosisResult['hosting']): string {
  if (named === null) return t(lang, 'unknown');
  if (named.lineType !== undefined) return `${t(lang, 'providerHiddenByLine')} (${named.name})`;
  const guess = named.confidence === 'weak' ? `, ${t(lang, 'providerGuess')}` : '';
  return `${named.name} (${named.source}${guess})`;
}

export function renderHuman(result: DiagnosisResult, lang: Lang): string {
  const lines: string[] = [`${t(lang, 'title')}: ${result.email}`, t(lang, STATUS_LINE[result.status]), ''];
  lines.push(...settingBlock(lang, t(lang, 'outgoing'), result.outgoing));
  lines.push('');
  const incomingTitle = `${t(lang, 'incoming')}${result.incoming ? ` (${result.incoming.protocol.toUpperCase()})` : ''}`;
  lines.push(...settingBlock(lang, incomingTitle, result.incoming));
  if (result.alternatives.length > 0) {
    lines.push(
      '',
      `${t(lang, 'alternatives')}:`,
      ...result.alternatives.map((setting) => alternativeLine(lang, setting)),
    );
  }
  lines.push('');
  lines.push(`${t(lang, 'isp')}: ${providerText(lang, result.isp)}`);
  lines.push(`${t(lang, 'hosting')}: ${providerText(lang, result.hosting)}`);
  if (result.findings.length > 0) {
    lines.push('', `${t(lang, 'findings')}:`);
    for (const finding of result.findings) {
      lines.push(`  [${SEVERITY_MARK[finding.severity]}] ${findingLine(finding, lang)}`);
    }
  }
  lines.push('', `${t(lang, 'elapsed')}: ${(result.elapsedMs / 1000).toFixed(1)} s`);
  return lines.join('\n') + '\n';
}

export function progressLine(lang: Lang, event: DiagnosisEvent): string | null {
  switch (event.type) {
    case 'stage':
      if (event.stage === 'discovery') return t(lang, 'stageDiscovery');
      if (event.stage === 'probing') return t(lang, 'stageProbing');
      if (event.stage === 'verifying') return t(lang, 'stageVerifying');
      return null;
    case 'probe-done': {
      const probe = event.probe;
      return `  ${probe.protocol.toUpperCase().padEnd(5)} ${probe.host}:${probe.port} ${probe.security.padEnd(8)} → ${probeOutcomeText(lang, probe, false)}`;
    }
    default:
      return null;
  }
}

/** After a run with withheld logins: the command-line way to consent, or null. */
/** Host names whose login was withheld in this result. */
export function withheldHosts(result: DiagnosisResult): string[] {
  const hosts = result.findings
    .filter((finding) => finding.code === 'CREDENTIALS_WITHHELD' && finding.host !== undefined)
    .map((finding) => finding.host as string);
  return [...new Set(hosts)];
}

export function trustHint(result: DiagnosisResult, lang: Lang): string | null {
  const hosts = withheldHosts(result);
  if (hosts.length === 0) return null;
  return `${t(lang, 'trustHint')} ${hosts.map((host) => `--trust-host ${host}`).join(' ')}`;
}
