// Japanese mail-program texts (see types.ts).
import type { ClientCatalogue } from './types.js';

export const ja: ClientCatalogue = {
  reasons: {
    PORT25_BLOCKED: 'ポート 25 はプロバイダー（{{isp}}）でふさがれています。',
    PORT25_BLOCKED_NO_ISP: 'ポート 25 はこの回線でふさがれています。',
    CERT_NAME_MISMATCH: '証明書の名前が {{host}} ではありません（証明書は {{certName}}）。',
    CERT_NAME_MISMATCH_NO_NAME: '証明書の名前が {{host}} ではありません。',
    CERT_UNTRUSTED: '{{host}} の証明書は信頼できる発行元のものではありません。',
    CERT_EXPIRED: '{{host}} の証明書は有効期限が切れています。',
    HOST_NOT_FOUND: 'サーバー名 {{host}} は DNS で見つかりません。',
    CONNECT_FAILED: 'ポート {{port}} につながりません。',
    SECURITY_MISMATCH: 'ポート {{port}} では接続の保護「{{security}}」が使えません。',
    NOT_ENCRYPTED: '暗号化されていないため、パスワードやメールが読み取られるおそれがあります。',
    SUBMISSION_NEEDS_AUTH: 'ポート {{port}} で送るには認証（ユーザー名とパスワード）が必要です。',
    LOGIN_FAILED: 'ユーザー名 {{username}} ではログインできませんでした。',
    LOGIN_FAILED_NO_USER: 'このユーザー名ではログインできませんでした。',
    AUTH_METHOD_NOT_OFFERED: 'サーバーはこの認証方式（{{auth}}）に対応していません。',
    VERIFIED_SETTING: 'MailWiz がこのパソコンから確かめた設定です。',
  },
  auth: {
    none: '認証なし',
    password: '通常のパスワード認証',
    'password-encrypted': '暗号化されたパスワード認証',
    oauth2: 'OAuth2',
    gssapi: 'Kerberos / GSSAPI',
    ntlm: 'NTLM',
    'tls-certificate': 'TLS 証明書',
    other: 'その他',
  },
  security: { tls: 'SSL/TLS', starttls: 'STARTTLS', none: 'なし' },
};
