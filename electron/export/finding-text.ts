// Finding codes in plain Japanese and English for files people read (guides, the sheet, the report).
// The renderer has its own i18n; exports are built in the main process and carry their own small table.
import type { Finding } from '../shared/diagnosis-types.js';
import type { Lang } from './model.js';
import { singleLine } from './text.js';

type Params = Record<string, unknown>;
type Text = (p: Params) => string;

function str(p: Params, key: string, fallback = '?'): string {
  const value = p[key];
  if (Array.isArray(value)) return value.map((v) => singleLine(String(v), 253)).join(', ') || fallback;
  if (typeof value === 'string' || typeof value === 'number')
    return singleLine(String(value), 253) || fallback;
  return fallback;
}

function where(p: Params): string {
  const host = str(p, 'host', '');
  const port = str(p, 'port', '');
  return host ? (port ? `${host}:${port}` : host) : '';
}

const JA: Record<string, Text> = {
  PORT25_BLOCKED: (p) =>
    `この回線からは送信ポート 25 番が使えません（${str(p, 'isp', 'プロバイダー')} の迷惑メール対策 OP25B）。送信には 465 番か 587 番を使ってください。`,
  CERT_UNTRUSTED: (p) =>
    `${where(p)} の証明書は信頼できる発行元のものではありません。メールソフトが警告を出します。`,
  CERT_EXPIRED: (p) => `${where(p)} の証明書は有効期限が切れています（${str(p, 'validTo')}）。`,
  CERT_SELF_SIGNED: (p) => `${where(p)} の証明書は自己署名です。通信の相手を確かめられません。`,
  CERT_NAME_MISMATCH: (p) =>
    `${where(p)} の証明書の名前がサーバー名と一致しません（証明書の名前: ${str(p, 'certNames')}）。` +
    (p.suggestedHost ? `サーバー名に ${str(p, 'suggestedHost')} を使うと警告が出ません。` : ''),
  STARTTLS_UNAVAILABLE: (p) => `${where(p)} は STARTTLS による暗号化に対応していません。`,
  STARTTLS_TAMPERED: (p) =>
    `${where(p)} への通信で STARTTLS が途中で消されていました。ネットワーク機器による改ざんの可能性があります。`,
  STARTTLS_INJECTION: (p) =>
    `${where(p)} で暗号化の開始前に不正なデータが送り込まれました（STARTTLS インジェクション）。このサーバーへの接続は中止しました。`,
  PLAINTEXT_ONLY: (p) =>
    `${where(p)} は暗号化なしでしか接続できません。パスワードが盗み見られるおそれがあります。`,
  PREAUTH_CLEARTEXT: (p) =>
    `${where(p)} は暗号化の前にログイン済みの状態で応答しました。安全ではありません。`,
  AUTH_OK: (p) => `${where(p)} にログインできました。`,
  AUTH_FAILED: (p) => `${where(p)} にログインできませんでした。ユーザー名かパスワードを確認してください。`,
  AUTH_USERNAME_LOCALPART: (p) => `ユーザー名はメールアドレス全体ではなく「${str(p, 'username')}」です。`,
  AUTH_BASIC_DISABLED: (p) =>
    `${where(p)} では通常のパスワードによるログインが無効です。OAuth2（ブラウザーでのサインイン）を使ってください。`,
  OAUTH_REQUIRED: (p) =>
    `${str(p, 'provider', 'このサービス')} は OAuth2（ブラウザーでのサインイン）が必要です。対応したメールソフトを使ってください。`,
  APP_PASSWORD_POSSIBLE: (p) =>
    `${str(p, 'provider', 'このサービス')} ではアプリ パスワードを発行すれば通常のパスワード認証でも使えます。`,
  NO_MAIL_HOST: () => 'このドメインのメールサーバーが見つかりませんでした。',
  NO_INCOMING_FOUND: () => '使える受信サーバーが見つかりませんでした。',
  NO_OUTGOING_FOUND: () => '使える送信サーバーが見つかりませんでした。',
  SERVERS_UNRESPONSIVE: () => 'メールサーバーが応答しませんでした。',
  TLS_OUTDATED: (p) => `${where(p)} は古い暗号化方式（${str(p, 'tlsVersion')}）しか使えません。`,
  PROVIDER_NOTE: (p) =>
    `${str(p, 'provider', 'プロバイダー')} についての注意事項があります（${str(p, 'noteKey', '-')}）。`,
  HOST_HINT_NEEDED: () =>
    'サーバー名を特定するには、契約しているサービスからの情報（サーバー番号など）が必要です。',
  SRV_TARGET_OUTSIDE_DOMAIN: (p) =>
    `DNS の SRV レコードがドメイン外のサーバー ${str(p, 'host')} を指しています。署名のない DNS の情報なので確認してください。`,
  DISCOVERY_PARTIAL: () => '一部の調査が時間内に終わらなかったため、結果は部分的です。',
  CANCELLED: () => '診断は途中で中止されました。',
  TEST_MESSAGE_DELIVERED: () => 'テストメールを自分宛てに送り、届いたことを確認しました。',
  TEST_MESSAGE_FAILED: () => 'テストメールが届いたことを確認できませんでした。',
};

const EN: Record<string, Text> = {
  PORT25_BLOCKED: (p) =>
    `Port 25 is blocked on this connection (anti-spam OP25B by ${str(p, 'isp', 'your provider')}). Send through port 465 or 587.`,
  CERT_UNTRUSTED: (p) =>
    `The certificate of ${where(p)} is not from a trusted issuer; mail programs will warn.`,
  CERT_EXPIRED: (p) => `The certificate of ${where(p)} has expired (${str(p, 'validTo')}).`,
  CERT_SELF_SIGNED: (p) =>
    `The certificate of ${where(p)} is self-signed; the server cannot be authenticated.`,
  CERT_NAME_MISMATCH: (p) =>
    `The certificate of ${where(p)} does not match the server name (it names: ${str(p, 'certNames')}).` +
    (p.suggestedHost ? ` Use ${str(p, 'suggestedHost')} as the server name to avoid the warning.` : ''),
  STARTTLS_UNAVAILABLE: (p) => `${where(p)} does not offer STARTTLS encryption.`,
  STARTTLS_TAMPERED: (p) =>
    `STARTTLS was removed on the way to ${where(p)}: a network device may be tampering with the connection.`,
  STARTTLS_INJECTION: (p) =>
    `${where(p)} sent unexpected data before encryption started (STARTTLS injection); the connection was abandoned.`,
  PLAINTEXT_ONLY: (p) =>
    `${where(p)} works only without encryption; the password could be read on the network.`,
  PREAUTH_CLEARTEXT: (p) => `${where(p)} logged in before any encryption (PREAUTH); this is not secure.`,
  AUTH_OK: (p) => `Signed in to ${where(p)} successfully.`,
  AUTH_FAILED: (p) => `Could not sign in to ${where(p)}; check the user name and password.`,
  AUTH_USERNAME_LOCALPART: (p) => `The user name is "${str(p, 'username')}", not the whole email address.`,
  AUTH_BASIC_DISABLED: (p) => `${where(p)} refuses plain password sign-in; use OAuth2 (browser sign-in).`,
  OAUTH_REQUIRED: (p) =>
    `${str(p, 'provider', 'This service')} requires OAuth2 (browser sign-in); use a mail program that supports it.`,
  APP_PASSWORD_POSSIBLE: (p) =>
    `${str(p, 'provider', 'This service')} accepts an app password with normal password sign-in.`,
  NO_MAIL_HOST: () => 'No mail server was found for this domain.',
  NO_INCOMING_FOUND: () => 'No working incoming server was found.',
  NO_OUTGOING_FOUND: () => 'No working outgoing server was found.',
  SERVERS_UNRESPONSIVE: () => 'The mail servers did not answer.',
  TLS_OUTDATED: (p) => `${where(p)} only offers outdated encryption (${str(p, 'tlsVersion')}).`,
  PROVIDER_NOTE: (p) =>
    `There is a note about ${str(p, 'provider', 'the provider')} (${str(p, 'noteKey', '-')}).`,
  HOST_HINT_NEEDED: () =>
    'Finding the server name needs information from your provider (such as a server number).',
  SRV_TARGET_OUTSIDE_DOMAIN: (p) =>
    `A DNS SRV record points to ${str(p, 'host')}, outside the domain; unsigned DNS cannot prove it, so check it.`,
  DISCOVERY_PARTIAL: () => 'Some checks did not finish in time; the result is partial.',
  CANCELLED: () => 'The diagnosis was cancelled.',
  TEST_MESSAGE_DELIVERED: () => 'A test message to yourself was sent and arrived.',
  TEST_MESSAGE_FAILED: () => 'The test message could not be confirmed as delivered.',
};

/** Plain words for one finding; an unknown code (from a newer engine) still yields a readable line. */
export function findingText(finding: Finding, lang: Lang): string {
  const table = lang === 'ja' ? JA : EN;
  const params = finding as unknown as Params;
  const code = singleLine(String(finding.code ?? ''), 64);
  const text = Object.hasOwn(table, code) ? table[code] : undefined;
  if (text) return singleLine(text(params), 600);
  return lang === 'ja' ? `その他の所見（${code}）` : `Other finding (${code})`;
}

export function severityLabel(severity: string, lang: Lang): string {
  const ja: Record<string, string> = { error: '問題', warning: '注意', info: '情報' };
  const en: Record<string, string> = { error: 'Problem', warning: 'Warning', info: 'Note' };
  return (lang === 'ja' ? ja : en)[severity] ?? (lang === 'ja' ? '情報' : 'Note');
}

/** Codes the exports know; tests check the table covers every FindingCode. */
export const KNOWN_FINDING_CODES = Object.keys(EN);
export const KNOWN_FINDING_CODES_JA = Object.keys(JA);
