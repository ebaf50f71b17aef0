// The support report: what a helpdesk needs to see, as text for people and JSON for tools. Built
// field by field from known keys only, so nothing unexpected in the (untrusted) diagnosis — a
// password slipped into a finding, say — can ride along.
import type { DiagnosisResult, Finding } from '../shared/diagnosis-types.js';
import { findingLine as findingText, severityLabel } from '../shared/finding-catalogue/index.js';
import { authWords, PROTOCOL_NAME, securityWords, verifiedWords } from './labels.js';
import type { ExportModel, ExportServer, Lang } from './model.js';
import { singleLine } from './text.js';

const FINDING_PARAM_KEYS = [
  'protocol',
  'host',
  'port',
  'security',
  'suggestedHost',
  'isp',
  'provider',
  'username',
  'tlsVersion',
  'certNames',
  'validTo',
  'noteKey',
  'workingPorts',
  'blockedBy',
  'protocols',
  'domain',
  'ports',
  'endpoints',
  'controlPort',
  'source',
] as const;

function cleanParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return singleLine(value, 253);
  if (Array.isArray(value))
    return value
      .slice(0, 20)
      .map(cleanParam)
      .filter((v) => v !== undefined);
  return undefined;
}

function findingJson(finding: Finding, lang: Lang): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of FINDING_PARAM_KEYS) {
    const value = cleanParam((finding as unknown as Record<string, unknown>)[key]);
    if (value !== undefined) params[key] = value;
  }
  return {
    code: singleLine(String(finding.code), 64),
    severity: singleLine(String(finding.severity), 16),
    params,
    text: findingText(finding, lang),
  };
}

function serverJson(server: ExportServer): Record<string, unknown> {
  return {
    protocol: server.protocol,
    host: server.host,
    port: server.port,
    security: server.security,
    auth: server.auth,
    username: server.username,
    verified: server.verified,
    login: server.login,
    chosen: server.chosen,
  };
}

function probesJson(diagnosis: DiagnosisResult): Array<Record<string, unknown>> {
  const probes = Array.isArray(diagnosis.probes) ? diagnosis.probes.slice(0, 500) : [];
  return probes.map((p) => ({
    protocol: singleLine(String(p.protocol ?? ''), 8),
    host: singleLine(String(p.host ?? ''), 253),
    address: p.address == null ? null : singleLine(String(p.address), 64),
    port: Number(p.port) || 0,
    security: singleLine(String(p.security ?? ''), 16),
    result: singleLine(String(p.result ?? ''), 32),
    errorCode: p.errorCode == null ? null : singleLine(String(p.errorCode), 64),
    ms: Number(p.ms) || 0,
  }));
}

export function supportReportJson(
  model: ExportModel,
  diagnosis: DiagnosisResult,
  lang: Lang,
  now: Date,
): string {
  const report = {
    generator: 'MailWiz',
    format: 1,
    generatedAt: now.toISOString(),
    email: model.email,
    status: singleLine(String(diagnosis.status ?? ''), 16) || null,
    displayName: model.displayName,
    isp: model.isp,
    hosting: model.hosting,
    incoming: model.incoming.map(serverJson),
    outgoing: model.outgoing.map(serverJson),
    findings: model.findings.map((f) => findingJson(f, lang)),
    probes: probesJson(diagnosis),
    elapsedMs: Number(diagnosis.elapsedMs) || 0,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A probe stopped while still unanswered reads as what it is: no answer within its time (blocked on 25). */
function probeWords(p: Record<string, unknown>, port25Blocked: boolean, lang: Lang): string {
  const ja = lang === 'ja';
  if (p.result === 'not-needed' && p.errorCode === 'NO_ANSWER') {
    const blocked = port25Blocked && p.protocol === 'smtp' && p.port === 25;
    const tail = blocked ? (ja ? '（遮断）' : ' (blocked)') : '';
    return ja ? `${String(p.ms)} ms 応答なし${tail}` : `no answer within ${String(p.ms)} ms${tail}`;
  }
  if (p.result === 'not-needed')
    return ja ? '不要（結論が出たため中止）' : 'not needed (verdict already decided)';
  return `${String(p.result)}${p.errorCode ? ` (${String(p.errorCode)})` : ''} ${String(p.ms)} ms`;
}

function serverLines(server: ExportServer, lang: Lang): string[] {
  const ja = lang === 'ja';
  return [
    `  ${PROTOCOL_NAME[server.protocol]} ${server.host}:${server.port}${server.chosen ? (ja ? '（推奨）' : ' (recommended)') : ''}`,
    `    ${ja ? '暗号化' : 'Security'}: ${securityWords(server.security, lang)}`,
    `    ${ja ? '認証' : 'Authentication'}: ${authWords(server.auth, lang)}`,
    `    ${ja ? 'ユーザー名' : 'User name'}: ${server.username ?? '-'}`,
    `    ${ja ? '確認' : 'Checked'}: ${verifiedWords(server, lang)}`,
  ];
}

export function supportReportText(
  model: ExportModel,
  diagnosis: DiagnosisResult,
  lang: Lang,
  now: Date,
): string {
  const ja = lang === 'ja';
  const probes = probesJson(diagnosis);
  const blocked = model.findings.some((f) => f.code === 'PORT25_BLOCKED');
  const lines = [
    ja ? 'MailWiz サポート用レポート' : 'MailWiz support report',
    `${ja ? '作成日時' : 'Created'}: ${now.toISOString()}`,
    `${ja ? 'メールアドレス' : 'Email address'}: ${model.displayEmail}${model.displayEmail === model.email ? '' : ` (${model.email})`}`,
    `${ja ? '回線（ISP）' : 'Access provider'}: ${model.isp ?? '-'}`,
    `${ja ? 'ホスティング' : 'Hosting'}: ${model.hosting ?? '-'}`,
    '',
    ja ? '[受信サーバー]' : '[Incoming]',
    ...(model.incoming.length
      ? model.incoming.flatMap((s) => serverLines(s, lang))
      : [ja ? '  見つかりません' : '  none found']),
    '',
    ja ? '[送信サーバー]' : '[Outgoing]',
    ...(model.outgoing.length
      ? model.outgoing.flatMap((s) => serverLines(s, lang))
      : [ja ? '  見つかりません' : '  none found']),
    '',
    ja ? '[所見]' : '[Findings]',
    ...(model.findings.length
      ? model.findings.map(
          (f) =>
            `  ${singleLine(String(f.code), 64)} [${severityLabel(f.severity, lang)}] ${findingText(f, lang)}`,
        )
      : ['  -']),
    '',
    ja ? '[接続テスト]' : '[Probes]',
    ...(probes.length
      ? probes.map(
          (p) =>
            `  ${String(p.protocol)} ${String(p.host)}:${String(p.port)} ${String(p.security)} -> ${probeWords(p, blocked, lang)}`,
        )
      : ['  -']),
    '',
    ja ? 'パスワードはこのレポートに含まれていません。' : 'No password is included in this report.',
    '',
  ];
  return lines.join('\n');
}
