// The program's own labels for each field, so staff find it in the dialog they have open
// (/work/shared/reference/clients-and-formats.md: Thunderbird's account settings, classic Outlook's
// 「インターネット電子メール設定」 and its 詳細設定 / 送信サーバー tabs).
import type { ClientField, ClientKind, ClientSide } from '../shared/client-types.js';

export interface Label {
  ja: string;
  en: string;
}

type LabelTable = Record<ClientSide, Record<ClientField, Label>>;

const THUNDERBIRD: LabelTable = {
  incoming: {
    host: { ja: 'サーバー設定 › サーバー名', en: 'Server Settings › Server Name' },
    port: { ja: 'サーバー設定 › ポート番号', en: 'Server Settings › Port' },
    security: { ja: 'サーバー設定 › 接続の保護', en: 'Server Settings › Connection security' },
    auth: { ja: 'サーバー設定 › 認証方式', en: 'Server Settings › Authentication method' },
    username: { ja: 'サーバー設定 › ユーザー名', en: 'Server Settings › User Name' },
  },
  outgoing: {
    host: { ja: '送信 (SMTP) サーバー › サーバー名', en: 'Outgoing Server (SMTP) › Server Name' },
    port: { ja: '送信 (SMTP) サーバー › ポート番号', en: 'Outgoing Server (SMTP) › Port' },
    security: { ja: '送信 (SMTP) サーバー › 接続の保護', en: 'Outgoing Server (SMTP) › Connection security' },
    auth: { ja: '送信 (SMTP) サーバー › 認証方式', en: 'Outgoing Server (SMTP) › Authentication method' },
    username: { ja: '送信 (SMTP) サーバー › ユーザー名', en: 'Outgoing Server (SMTP) › User Name' },
  },
};

const OUTLOOK: LabelTable = {
  incoming: {
    host: { ja: '受信メール サーバー(I)', en: 'Incoming mail server' },
    port: {
      ja: '詳細設定 › サーバーのポート番号 › 受信サーバー',
      en: 'More Settings › Advanced › Incoming server',
    },
    security: {
      ja: '詳細設定 › 受信サーバー › 使用する暗号化接続の種類(C)',
      en: 'More Settings › Advanced › Incoming server › Use the following type of encrypted connection',
    },
    auth: {
      ja: 'セキュリティで保護されたパスワード認証 (SPA) に対応(Q)',
      en: 'Require logon using Secure Password Authentication (SPA)',
    },
    username: { ja: 'アカウント名(U)', en: 'User Name' },
  },
  outgoing: {
    host: { ja: '送信メール サーバー (SMTP)(O)', en: 'Outgoing mail server (SMTP)' },
    port: {
      ja: '詳細設定 › サーバーのポート番号 › 送信サーバー (SMTP)(O)',
      en: 'More Settings › Advanced › Outgoing server (SMTP)',
    },
    security: {
      ja: '詳細設定 › 送信サーバー (SMTP) › 使用する暗号化接続の種類(C)',
      en: 'More Settings › Advanced › Outgoing server (SMTP) › Use the following type of encrypted connection',
    },
    auth: {
      ja: '送信サーバー › 送信サーバー (SMTP) は認証が必要(O)',
      en: 'More Settings › Outgoing Server › My outgoing server (SMTP) requires authentication',
    },
    username: {
      ja: '送信サーバー › 次のアカウントとパスワードでログオンする(L) › アカウント名',
      en: 'More Settings › Outgoing Server › Log on using › User Name',
    },
  },
};

export function fieldLabel(client: ClientKind, side: ClientSide, field: ClientField): Label {
  return (client === 'thunderbird' ? THUNDERBIRD : OUTLOOK)[side][field];
}
