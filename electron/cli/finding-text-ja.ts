// Japanese text for findings, from the code and parameters (the English text comes with the finding).
import type { Finding, FindingCode, FindingParams } from '../shared/diagnosis-types.js';

const NOTES_JA: Record<string, string> = {
  'xserver-host-name':
    '送受信サーバーには契約のサーバー名 sv****.xserver.jp を使います。ユーザー名はメールアドレス全体です。',
  'xserver-foreign-smtp': '「SMTP認証の国外アクセス制限」を解除しない限り、日本国外からは送信できません。',
  'sakura-initial-domain':
    '独自の証明書はメールの SSL に使えません。初期ドメイン（*.sakura.ne.jp）の名前を使ってください。',
  'onamae-certificate':
    '証明書の警告は、証明書がお客様のドメインではなくサービス側のホスト名で発行されているためです。',
  'google-oauth':
    'Workspace では 2024-09-30 で通常パスワードによる IMAP/SMTP が終了しました。OAuth2 かアプリ パスワードを使ってください。',
  'microsoft-basic-auth-2026':
    '既存テナントでは 2026 年 12 月末にパスワードによる SMTP AUTH が既定で無効になります（エラー 550 5.7.30）。OAuth2 を使ってください。',
  'asahi-net-587-no-starttls': '587 番ポートは STARTTLS なしでのみ使えます。465（SSL）をおすすめします。',
};

const at = (p: FindingParams) =>
  p.host !== undefined ? `${p.host}${p.port !== undefined ? `:${p.port}` : ''}` : 'サーバー';

const JA: Record<FindingCode, (p: FindingParams) => string> = {
  PORT25_BLOCKED: (p) =>
    `このネットワークからは ${p.host ?? 'サーバー'} の 25 番ポートへの接続が${p.blockedBy === 'reject' ? '拒否' : '遮断（応答なし）'}されています` +
    `（${p.isp ? `${p.isp} の` : ''}OP25B: 迷惑メール対策の 25 番ポート遮断）。` +
    `${p.workingPorts?.length ? `送信には ${p.workingPorts.join(' / ')} 番ポートを使ってください。` : ''}`,
  CERT_UNTRUSTED: (p) =>
    `${at(p)} の証明書は信頼できる認証局の署名がありません。プロバイダーに確認するまで受け入れないでください。`,
  CERT_EXPIRED: (p) =>
    `${at(p)} の証明書は有効期限が切れています${p.validTo ? `（${p.validTo}）` : ''}。プロバイダーに更新を依頼してください。`,
  CERT_SELF_SIGNED: (p) =>
    `${at(p)} は自己署名証明書を使っています。プロバイダーに確認するまで受け入れないでください。`,
  CERT_NAME_MISMATCH: (p) =>
    `${at(p)} の証明書は ${p.certNames?.join(', ') ?? '別の名前'} 向けです。` +
    `${p.suggestedHost ? `同じサーバーの正式な名前 ${p.suggestedHost} を使ってください（証明書の警告が出なくなります）。` : ''}`,
  STARTTLS_UNAVAILABLE: (p) => `${at(p)} は STARTTLS に対応していません。暗号化されない接続になります。`,
  STARTTLS_TAMPERED: (p) =>
    `${at(p)} の応答から STARTTLS が取り除かれていました（通信経路での改ざんの可能性）。`,
  STARTTLS_INJECTION: (p) =>
    `${at(p)} が暗号化開始前に余分なデータを送ってきたため、接続を中止しました（STARTTLS インジェクション）。`,
  PLAINTEXT_ONLY: (p) => `${at(p)} は暗号化なしでしか使えません。パスワードが読める形で送られます。`,
  PREAUTH_CLEARTEXT: (p) =>
    `${at(p)} は暗号化の前にログイン済みにしてしまいます（PREAUTH）。安全ではありません。`,
  AUTH_OK: (p) => `${at(p)} へのログインに成功しました${p.username ? `（ユーザー名 ${p.username}）` : ''}。`,
  AUTH_FAILED: (p) =>
    `${at(p)} へのログインに失敗しました。パスワード${p.username ? `とユーザー名（${p.username}）` : ''}を確認してください。`,
  AUTH_USERNAME_LOCALPART: (p) => `${at(p)} のユーザー名は @ より前の部分だけです: ${p.username ?? ''}`,
  AUTH_BASIC_DISABLED: (p) =>
    `${at(p)} はパスワードによるログイン（基本認証）を受け付けていません。OAuth2 でサインインしてください。`,
  OAUTH_REQUIRED: (p) =>
    `${p.provider ?? 'このプロバイダー'} では OAuth2 によるサインイン（またはアプリ パスワード）が必要です。通常のパスワードでは使えません。`,
  APP_PASSWORD_POSSIBLE: (p) =>
    `${p.provider ?? 'このプロバイダー'} では、OAuth2 に対応していないメールソフト用にアプリ パスワードを作れます。`,
  NO_MAIL_HOST: () =>
    'このドメインのメールサーバーが見つかりません。アドレスの綴りを確認するか、プロバイダーにサーバー名を問い合わせてください。',
  NO_INCOMING_FOUND: () => 'このネットワークから使える受信サーバー（IMAP/POP3）が見つかりませんでした。',
  NO_OUTGOING_FOUND: () => 'このネットワークから使える送信サーバー（SMTP）が見つかりませんでした。',
  SERVERS_UNRESPONSIVE: () =>
    'メールサーバーが応答しませんでした。接続は受け付けられたか破棄され、どのサーバーも挨拶（応答）も暗号化の開始もしませんでした。',
  TLS_OUTDATED: (p) => `${at(p)} は古い TLS（${p.tlsVersion ?? '不明'}）を使っています。`,
  PROVIDER_NOTE: (p) => `${p.provider ?? ''}: ${NOTES_JA[p.noteKey ?? ''] ?? p.noteKey ?? ''}`,
  HOST_HINT_NEEDED: (p) =>
    `${p.provider ?? 'ご利用のサーバー会社'} では契約ごとのサーバー名（例: sv1234）が必要です。入力してください。`,
  SRV_TARGET_OUTSIDE_DOMAIN: (p) =>
    `DNS の SRV レコードはドメイン外の ${p.host ?? 'ホスト'} を指しています。接続して確認済みです。`,
  DISCOVERY_PARTIAL: () => '一部の問い合わせが時間内に応答しませんでした。応答があった情報で判断しています。',
  CANCELLED: () => '診断は途中で中止されました。',
  TEST_MESSAGE_DELIVERED: (p) =>
    `自分あてのテストメールが${p.host ? ` ${p.host} の` : ''}受信箱に届きました。送信も受信も使えます。`,
  TEST_MESSAGE_FAILED: (p) =>
    p.protocol === 'smtp'
      ? `ログインはできましたが、${at(p)} がテストメールを受け付けませんでした。このアカウントから送信できるかプロバイダーに確認してください。`
      : `テストメールは送信できましたが、待っている間に${p.host ? ` ${p.host} の` : ''}受信箱に届きませんでした。遅れて届くことがあります。数分後に受信箱（と迷惑メールフォルダー）を確認してください。`,
};

export function findingTextJa(finding: Finding): string {
  return JA[finding.code](finding);
}
