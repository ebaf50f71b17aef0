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

function securityLabel(lang: Lang, security: Security): string {
  return t(
    lang,
    security === 'tls' ? 'securityTls' : security === 'starttls' ? 'securityStarttls' : 'securityNone',
  );
}

function authLabel(lang: Lang, auth: OutgoingSetting['auth']): string {
  return t(lang, auth === 'oauth2' ? 'authOauth2' : auth === 'none' ? 'authNone' : 'authPassword');
}

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  return rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}`);
}

/** Full-width (CJK) characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1;
  return width;
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
      [t(lang, 'verified'), t(lang, LOGIN_LABEL[setting.login])],
    ]),
  ];
}

function alternativeLine(lang: Lang, setting: ServerSetting): string {
  return `  ${setting.protocol.toUpperCase().padEnd(5)} ${setting.host}:${setting.port}  ${securityLabel(lang, setting.security)}`;
}

const SEVERITY_MARK = { info: 'i', warning: '!', error: '×' } as const;

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
  lines.push(
    `${t(lang, 'isp')}: ${result.isp ? `${result.isp.name} (${result.isp.source})` : t(lang, 'unknown')}`,
  );
  lines.push(
    `${t(lang, 'hosting')}: ${result.hosting ? `${result.hosting.name} (${result.hosting.source})` : t(lang, 'unknown')}`,
  );
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
