// The printable settings sheet (A4, ja or en): the account, incoming and outgoing settings, findings in
// plain words, the date and a box for the IT person's notes. Self-contained HTML: no script, no
// external resource, a CSP that forbids both; every value is HTML-escaped.
import type { DiagnosisResult } from '../shared/diagnosis-types.js';
import { findingBrief, severityLabel } from '../shared/finding-catalogue/index.js';
import { authWords, PROTOCOL_NAME, securityWords, usernameWords, verifiedWords } from './labels.js';
import type { ExportModel, ExportServer, Lang } from './model.js';
import { buildModel } from './model.js';
import { SHEET_CSS } from './sheet-style.js';

const SHEET_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const T = {
  ja: {
    title: 'メール設定シート',
    created: '作成日',
    account: 'アカウント',
    name: '名前',
    email: 'メールアドレス',
    isp: '回線（ISP）',
    hosting: 'ホスティング',
    servers: 'サーバーの設定',
    incoming: '受信サーバー',
    outgoing: '送信サーバー',
    host: 'サーバー名',
    port: 'ポート番号',
    security: '接続の保護（暗号化）',
    auth: '認証方式',
    username: 'ユーザー名',
    checked: '確認状況',
    alternatives: 'ほかに使える設定',
    none: '見つかりませんでした',
    findings: '診断で分かったこと',
    noFindings: '特に問題は見つかりませんでした。',
    notes: 'メモ（担当者記入欄）',
    staff: '担当者',
    date: '日付',
    footer: 'パスワードはこのシートに記載していません。MailWiz（メール設定ウィザード）で作成。',
  },
  en: {
    title: 'Mail settings sheet',
    created: 'Created',
    account: 'Account',
    name: 'Name',
    email: 'Email address',
    isp: 'Access provider (ISP)',
    hosting: 'Hosting',
    servers: 'Server settings',
    incoming: 'Incoming server',
    outgoing: 'Outgoing server',
    host: 'Server name',
    port: 'Port',
    security: 'Connection security',
    auth: 'Authentication',
    username: 'User name',
    checked: 'Checked',
    alternatives: 'Other working settings',
    none: 'None found',
    findings: 'What the diagnosis found',
    noFindings: 'No problems were found.',
    notes: 'Notes (for the IT person)',
    staff: 'Handled by',
    date: 'Date',
    footer: 'No password is written on this sheet. Made with MailWiz.',
  },
} as const;

function hostCell(server: ExportServer): string {
  // Host names never wrap (a hyphen is no place to break a name someone must copy); long ones shrink.
  const cls = (name: string) => (name.length > 30 ? 'host long' : 'host');
  const ascii = `<span class="${cls(server.host)}">${escapeHtml(server.host)}</span>`;
  if (server.displayHost === server.host) return ascii;
  return `<span class="${cls(server.displayHost)}">${escapeHtml(server.displayHost)}</span><br>(${ascii})`;
}

function settingsTable(model: ExportModel, lang: Lang): string {
  const t = T[lang];
  const incoming = model.incoming[0];
  const outgoing = model.outgoing[0];
  const title = (label: string, server: ExportServer | undefined) =>
    escapeHtml(
      server
        ? lang === 'ja'
          ? `${label}（${PROTOCOL_NAME[server.protocol]}）`
          : `${label} (${PROTOCOL_NAME[server.protocol]})`
        : label,
    );
  const cell = (server: ExportServer | undefined, value: (s: ExportServer) => string, mono = false) =>
    server ? `<td${mono ? ' class="value"' : ''}>${value(server)}</td>` : `<td>${escapeHtml(t.none)}</td>`;
  const row = (label: string, value: (s: ExportServer) => string, mono = false) =>
    `<tr><th scope="row">${escapeHtml(label)}</th>${cell(incoming, value, mono)}${cell(outgoing, value, mono)}</tr>`;
  return `<table class="settings">
<thead><tr><td></td><th scope="col">${title(t.incoming, incoming)}</th><th scope="col">${title(t.outgoing, outgoing)}</th></tr></thead>
<tbody>
${row(t.host, hostCell, true)}
${row(t.port, (s) => String(s.port), true)}
${row(t.security, (s) => escapeHtml(securityWords(s.security, lang)))}
${row(t.auth, (s) => escapeHtml(authWords(s.auth, lang)))}
${row(t.username, (s) => escapeHtml(usernameWords(s, lang)), true)}
${row(t.checked, (s) => escapeHtml(verifiedWords(s, lang)))}
</tbody>
</table>`;
}

function alternativesList(model: ExportModel, lang: Lang): string {
  const rest = [...model.incoming.slice(1, 4), ...model.outgoing.slice(1, 3)];
  if (rest.length === 0) return '';
  const items = rest
    .map(
      (s) =>
        `<li><span class="host">${escapeHtml(`${PROTOCOL_NAME[s.protocol]} ${s.host}:${s.port}`)}</span> — ${escapeHtml(securityWords(s.security, lang))}</li>`,
    )
    .join('');
  return `<p class="alt">${escapeHtml(T[lang].alternatives)}:</p><ul class="alt">${items}</ul>`;
}

function formatDate(now: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' }).format(now);
}

export function sheetHtml(model: ExportModel, lang: Lang, now: Date): string {
  const t = T[lang];
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const findings = [...model.findings]
    .sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3))
    .slice(0, 12);
  const findingItems = findings.length
    ? `<ul class="findings">${findings
        .map(
          (f) =>
            `<li><span class="sev">[${escapeHtml(severityLabel(f.severity, lang))}]</span> ${escapeHtml(findingBrief(f, lang))}</li>`,
        )
        .join('')}</ul>`
    : `<p>${escapeHtml(t.noFindings)}</p>`;
  const email = model.displayEmail;
  const accountRows = [
    [t.name, model.displayName || '—'],
    [t.email, email === model.email ? email : `${email} (${model.email})`],
    ...(model.isp ? [[t.isp, model.isp]] : []),
    ...(model.hosting ? [[t.hosting, model.hosting]] : []),
  ]
    .map(
      ([label, value]) =>
        `<tr><th scope="row">${escapeHtml(label ?? '')}</th><td>${escapeHtml(value ?? '')}</td></tr>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SHEET_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${t.title} — ${model.displayEmail}`)}</title>
<style>${SHEET_CSS}</style>
</head>
<body>
<main class="sheet">
<header><h1>${escapeHtml(t.title)}</h1><p class="date">${escapeHtml(t.created)}: ${escapeHtml(formatDate(now, lang))}</p></header>
<section><h2>${escapeHtml(t.account)}</h2><table>
${accountRows}
</table></section>
<section><h2>${escapeHtml(t.servers)}</h2>
${settingsTable(model, lang)}
${alternativesList(model, lang)}</section>
<section><h2>${escapeHtml(t.findings)}</h2>${findingItems}</section>
<section><h2>${escapeHtml(t.notes)}</h2><div class="notes-box"></div>
<div class="sign"><span>${escapeHtml(t.staff)}:</span><span>${escapeHtml(t.date)}:</span></div></section>
<footer>${escapeHtml(t.footer)}</footer>
</main>
</body>
</html>
`;
}

export function renderSheet(
  diagnosis: DiagnosisResult,
  displayName: string,
  lang: Lang,
  now = new Date(),
): string {
  return sheetHtml(buildModel(diagnosis, displayName), lang, now);
}
