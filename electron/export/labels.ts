// Words that name settings in each client, exactly as its settings screens show them (so a guide reads
// like the screen in front of the user), plus neutral words for the sheet and reports.
import type { AuthKind } from '../shared/diagnosis-types.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';
import type { ExportServer, Lang } from './model.js';

export const PROTOCOL_NAME: Record<MailProtocol, string> = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' };

export const THUNDERBIRD_SECURITY: Record<Security, string> = {
  none: 'なし',
  starttls: 'STARTTLS',
  tls: 'SSL/TLS',
};
export const THUNDERBIRD_SECURITY_EN: Record<Security, string> = {
  none: 'None',
  starttls: 'STARTTLS',
  tls: 'SSL/TLS',
};
export const THUNDERBIRD_AUTH: Record<Lang, Record<AuthKind, string>> = {
  ja: {
    password: '通常のパスワード認証',
    'password-encrypted': '暗号化されたパスワード認証',
    oauth2: 'OAuth2',
    none: '認証なし',
  },
  en: {
    password: 'Normal password',
    'password-encrypted': 'Encrypted password',
    oauth2: 'OAuth2',
    none: 'No authentication',
  },
};

/** Outlook's 使用する暗号化接続の種類 list: なし / SSL/TLS / STARTTLS / 自動. */
export const OUTLOOK_ENCRYPTION: Record<Lang, Record<Security, string>> = {
  ja: { none: 'なし', tls: 'SSL/TLS', starttls: 'STARTTLS' },
  en: { none: 'None', tls: 'SSL/TLS', starttls: 'STARTTLS' },
};

export function securityWords(security: Security, lang: Lang): string {
  const ja: Record<Security, string> = {
    tls: 'SSL/TLS（最初から暗号化）',
    starttls: 'STARTTLS（接続後に暗号化）',
    none: 'なし（暗号化しない）',
  };
  const en: Record<Security, string> = {
    tls: 'SSL/TLS (encrypted from the start)',
    starttls: 'STARTTLS (encryption after connecting)',
    none: 'None (not encrypted)',
  };
  return (lang === 'ja' ? ja : en)[security];
}

export function authWords(auth: AuthKind, lang: Lang): string {
  const ja: Record<AuthKind, string> = {
    password: 'パスワード',
    'password-encrypted': '暗号化されたパスワード（CRAM-MD5 など）',
    oauth2: 'OAuth2（ブラウザーでサインイン）',
    none: '認証なし',
  };
  const en: Record<AuthKind, string> = {
    password: 'Password',
    'password-encrypted': 'Encrypted password (CRAM-MD5 or similar)',
    oauth2: 'OAuth2 (browser sign-in)',
    none: 'None',
  };
  return (lang === 'ja' ? ja : en)[auth];
}

export function usernameWords(server: ExportServer, lang: Lang): string {
  if (server.username === null) return lang === 'ja' ? '（不要）' : '(none)';
  return server.username;
}

export function verifiedWords(server: ExportServer, lang: Lang): string {
  if (server.verified) return lang === 'ja' ? 'ログイン確認済み' : 'login verified';
  if (server.login === 'failed')
    return lang === 'ja'
      ? 'ログイン失敗（パスワードを受け付けませんでした）'
      : 'login failed (password refused)';
  if (server.login === 'withheld')
    return lang === 'ja'
      ? '接続確認のみ（パスワードは送っていません）'
      : 'connection checked only (password withheld)';
  return lang === 'ja' ? '接続確認のみ（パスワード未確認）' : 'connection checked only (password not tried)';
}

/** Quote a UI label the way each language's manuals do. */
export function q(label: string, lang: Lang): string {
  return lang === 'ja' ? `「${label}」` : `"${label}"`;
}
