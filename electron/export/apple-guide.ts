// What to tap to install the .mobileconfig on iPhone/iPad and Mac, and the manual route as fallback.
import { appleChoice } from './apple-mobileconfig.js';
import { findingsSection, NO_PASSWORD_NOTE, renderGuide } from './guide-text.js';
import type { GuideSection } from './guide-text.js';
import { PROTOCOL_NAME, q } from './labels.js';
import type { ExportModel, Lang } from './model.js';

export function appleProfileInstructions(lang: Lang): string {
  return lang === 'ja'
    ? 'iPhone/iPad: ファイルを AirDrop かメールで送って開き、「設定」→「一般」→「VPN とデバイス管理」→ ダウンロード済みプロファイル →「インストール」。Mac: ファイルをダブルクリックし、「システム設定」→「一般」→「デバイス管理」で「インストール...」。署名のないプロファイルなので「未検証」と表示されます。途中でメールのパスワードを尋ねられます。'
    : 'iPhone/iPad: AirDrop or mail the file to the device and open it, then Settings > General > VPN & Device Management > the downloaded profile > Install. Mac: double-click the file, then System Settings > General > Device Management > Install…. The profile is unsigned, so it shows as "Unverified". You are asked for the mail password during installation.';
}

export function appleGuide(model: ExportModel, lang: Lang): string {
  const { incoming, outgoing } = appleChoice(model);
  const ja = lang === 'ja';
  const ssl = (on: boolean) => (ja ? (on ? 'オン' : 'オフ') : on ? 'On' : 'Off');
  const sections: GuideSection[] = [
    {
      heading: ja ? 'プロファイルでの設定（おすすめ）' : 'Install the profile (recommended)',
      steps: ja
        ? [
            'MailWiz が作った .mobileconfig ファイルを AirDrop、メール、または USB で iPhone / iPad / Mac に送ります。',
            'iPhone / iPad ではファイルを開くと「プロファイルがダウンロードされました」と表示されます。「設定」→「一般」→「VPN とデバイス管理」を開き、ダウンロード済みのプロファイルをタップします。',
            '「インストール」をタップし、デバイスのパスコードを入力します。署名のないプロファイルなので「未検証」と表示されますが、内容はこのメールアカウントの設定だけです。',
            'メールアカウントのパスワードを尋ねられたら入力し、「完了」をタップします。',
            'Mac ではファイルをダブルクリックし、「システム設定」→「一般」→「デバイス管理」（macOS 13 以前は「プライバシーとセキュリティ」→「プロファイル」）で「インストール...」をクリックします。',
          ]
        : [
            'Send the .mobileconfig file made by MailWiz to the iPhone, iPad or Mac by AirDrop, mail or USB.',
            'On iPhone/iPad, opening it shows "Profile Downloaded". Open Settings > General > VPN & Device Management and tap the downloaded profile.',
            'Tap "Install" and enter the device passcode. The profile is unsigned, so it shows as "Unverified"; it only contains this mail account.',
            'Enter the mail password when asked, then tap "Done".',
            'On a Mac, double-click the file, then System Settings > General > Device Management (macOS 13 and earlier: Privacy & Security > Profiles) and click "Install…".',
          ],
    },
    {
      heading: ja ? '手で設定する場合（iPhone / iPad）' : 'Manual setup (iPhone/iPad)',
      steps: ja
        ? [
            '「設定」→「アプリ」→「メール」→「メールアカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」（iOS 17 以前は「設定」→「メール」→「アカウント」）。',
            `名前・メール・パスワード・説明を入力して「次へ」、${q(PROTOCOL_NAME[incoming.protocol], lang)} を選びます。`,
            `${q('受信メールサーバ', lang)}: ホスト名 ${incoming.host}、ユーザ名 ${incoming.username ?? ''}`,
            `${q('送信メールサーバ', lang)}: ホスト名 ${outgoing.host}、ユーザ名 ${outgoing.username ?? ''}`,
            `保存後、アカウントの「詳細」で 受信: ${q('SSLを使用', lang)} ${ssl(incoming.security === 'tls')}・${q('サーバポート', lang)} ${incoming.port}、送信サーバの設定で ${q('SSLを使用', lang)} ${ssl(outgoing.security === 'tls')}・${q('サーバポート', lang)} ${outgoing.port} にします。`,
          ]
        : [
            'Settings > Apps > Mail > Mail Accounts > Add Account > Other > Add Mail Account (iOS 17 and earlier: Settings > Mail > Accounts).',
            `Enter Name, Email, Password and Description, tap "Next" and choose ${q(PROTOCOL_NAME[incoming.protocol], lang)}.`,
            `${q('Incoming Mail Server', lang)}: Host Name ${incoming.host}, User Name ${incoming.username ?? ''}`,
            `${q('Outgoing Mail Server', lang)}: Host Name ${outgoing.host}, User Name ${outgoing.username ?? ''}`,
            `After saving, open the account's "Advanced": incoming ${q('Use SSL', lang)} ${ssl(incoming.security === 'tls')}, ${q('Server Port', lang)} ${incoming.port}; in the outgoing server settings ${q('Use SSL', lang)} ${ssl(outgoing.security === 'tls')}, ${q('Server Port', lang)} ${outgoing.port}.`,
          ],
    },
    {
      heading: ja ? '注意' : 'Notes',
      lines: [NO_PASSWORD_NOTE[lang], ...starttlsNote(incoming.security, outgoing.security, lang)],
    },
  ];
  const findings = findingsSection(model, lang);
  if (findings) sections.push(findings);
  return renderGuide(
    ja
      ? `iPhone / iPad / Mac のメール設定（${model.displayEmail}）`
      : `Apple Mail setup (${model.displayEmail})`,
    sections,
  );
}

function starttlsNote(incoming: string, outgoing: string, lang: Lang): string[] {
  if (incoming !== 'starttls' && outgoing !== 'starttls') return [];
  return [
    lang === 'ja'
      ? 'Apple のメールには「STARTTLS」という選択肢がありません。「SSLを使用」をオフにすると、サーバーが対応していれば接続後に自動で暗号化（STARTTLS）されます。'
      : 'Apple Mail has no "STARTTLS" choice: with "Use SSL" off it upgrades the connection with STARTTLS when the server offers it.',
  ];
}
