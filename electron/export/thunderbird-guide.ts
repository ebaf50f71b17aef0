// Click-by-click Thunderbird manual setup, with the labels of its account hub (手動設定 screen).
import { findingsSection, NO_PASSWORD_NOTE, renderGuide } from './guide-text.js';
import type { GuideSection } from './guide-text.js';
import {
  PROTOCOL_NAME,
  THUNDERBIRD_AUTH,
  THUNDERBIRD_SECURITY,
  THUNDERBIRD_SECURITY_EN,
  q,
} from './labels.js';
import type { ExportModel, ExportServer, Lang } from './model.js';
import { requireServers } from './require-servers.js';

function serverSteps(server: ExportServer, lang: Lang, outgoing: boolean): string[] {
  const security = (lang === 'ja' ? THUNDERBIRD_SECURITY : THUNDERBIRD_SECURITY_EN)[server.security];
  const auth = THUNDERBIRD_AUTH[lang][server.auth];
  const user = server.username ?? '';
  if (lang === 'ja') {
    return [
      ...(outgoing ? [] : [`${q('プロトコル:', lang)} で ${PROTOCOL_NAME[server.protocol]} を選ぶ`]),
      `${q('ホスト名:', lang)} に ${server.host} と入力`,
      `${q('ポート番号:', lang)} に ${server.port} と入力`,
      `${q('接続の保護:', lang)} で ${q(security, lang)} を選ぶ`,
      `${q('認証方式:', lang)} で ${q(auth, lang)} を選ぶ`,
      user ? `${q('ユーザー名:', lang)} に ${user} と入力` : `${q('ユーザー名:', lang)} は空欄のまま`,
    ];
  }
  return [
    ...(outgoing ? [] : [`In ${q('Protocol:', lang)} choose ${PROTOCOL_NAME[server.protocol]}`]),
    `In ${q('Hostname:', lang)} type ${server.host}`,
    `In ${q('Port:', lang)} type ${server.port}`,
    `In ${q('Connection security:', lang)} choose ${q(security, lang)}`,
    `In ${q('Authentication method:', lang)} choose ${q(auth, lang)}`,
    user ? `In ${q('Username:', lang)} type ${user}` : `Leave ${q('Username:', lang)} empty`,
  ];
}

export function thunderbirdGuide(model: ExportModel, lang: Lang): string {
  const { incoming, outgoing } = requireServers(model);
  const name = model.displayName || model.localPart;
  const indent = (lines: string[]) => lines.map((l) => `   - ${l}`).join('\n');
  const ja = lang === 'ja';
  const sections: GuideSection[] = [
    {
      heading: ja ? '手順' : 'Steps',
      steps: ja
        ? [
            'Thunderbird を起動し、メニュー（≡）の「アカウント設定」→「アカウント操作」→「メールアカウントを追加...」を選びます（初回起動時はこの画面が自動で開きます）。',
            `「あなたのお名前」に ${name}、「メールアドレス」に ${model.displayEmail} を入力し、パスワードを入力します。`,
            `自動検出の結果を待たずに ${q('手動設定', lang)} をクリックします。`,
            `${q('受信サーバー', lang)} の欄:\n${indent(serverSteps(incoming, lang, false))}`,
            `${q('送信サーバー', lang)} の欄:\n${indent(serverSteps(outgoing, lang, true))}`,
            `${q('再テスト', lang)} をクリックし、設定が見つかったと表示されたら ${q('完了', lang)} をクリックします。`,
            `送信サーバーを後から直すときは「アカウント設定」→ ${q('送信 (SMTP) サーバー', lang)} → サーバーを選んで「編集...」→ ${q('サーバー名:', lang)} などを上の値に合わせます。`,
          ]
        : [
            'Start Thunderbird and open the menu (≡) > "Account Settings" > "Account Actions" > "Add Mail Account…" (on the first start this screen opens by itself).',
            `Type ${name} in "Your full name", ${model.displayEmail} in "Email address", and your password.`,
            `Click ${q('Configure manually', lang)} without waiting for the automatic lookup.`,
            `Under ${q('Incoming Server', lang)}:\n${indent(serverSteps(incoming, lang, false))}`,
            `Under ${q('Outgoing Server', lang)}:\n${indent(serverSteps(outgoing, lang, true))}`,
            `Click ${q('Re-test', lang)}; when the settings are confirmed, click ${q('Done', lang)}.`,
            `To correct the outgoing server later: "Account Settings" > ${q('Outgoing Server (SMTP)', lang)} > select it > "Edit…" and match ${q('Server Name:', lang)} and the other fields to the values above.`,
          ],
    },
    { heading: ja ? '注意' : 'Notes', lines: [NO_PASSWORD_NOTE[lang]] },
  ];
  const findings = findingsSection(model, lang);
  if (findings) sections.push(findings);
  return renderGuide(
    ja ? `Thunderbird の設定手順（${model.displayEmail}）` : `Setting up Thunderbird (${model.displayEmail})`,
    sections,
  );
}

export function thunderbirdPrefsInstructions(lang: Lang): string {
  return lang === 'ja'
    ? 'Thunderbird を終了し、プロファイルフォルダー（「ヘルプ」→「トラブルシューティング情報」→「プロファイルフォルダー」の「フォルダーを開く」）に user.js という名前で保存してから起動します。既に user.js がある場合はその末尾に行を追加します。アカウントを外すときは先に user.js からこの行を消してください。'
    : 'Quit Thunderbird, save this file as user.js in the profile folder ("Help" > "Troubleshooting Information" > "Profile Folder" > "Open Folder"), then start Thunderbird. If a user.js already exists, append these lines to it. To remove the account later, first delete these lines from user.js.';
}
