// Japanese texts for findings: each code's title, explanation and what to do, plus their variants,
// provider notes and severity labels. Part of the reference shape in ja.ts.
import type { FindingCode } from '../../../electron/shared/diagnosis-types';

interface FindingText {
  title: string;
  body: string;
  action: string;
}

export const jaFindings = {
  findings: {
    PORT25_BLOCKED: {
      title: 'ポート 25 番がふさがれています（OP25B）',
      body: '{{isp}} は迷惑メール対策のため、外部のメールサーバーへのポート 25 番での送信を止めています。これは故障ではなく、多くのプロバイダーで普通の設定です。',
      action: '送信サーバーのポート番号を {{ports}} にして、認証（通常のパスワード認証）を使ってください。',
    },
    CERT_UNTRUSTED: {
      title: '{{host}} の証明書が信頼されていません',
      body: '暗号化はできますが、接続先が本物か確かめられません。',
      action: 'サーバー会社から案内されたサーバー名を使っているか確認してください。',
    },
    CERT_EXPIRED: {
      title: '{{host}} の証明書の期限が切れています',
      body: '証明書の有効期限（{{validTo}}）を過ぎています。',
      action: 'サーバー会社に証明書の更新を依頼してください。',
    },
    CERT_SELF_SIGNED: {
      title: '{{host}} の証明書は自己署名です',
      body: '公的な認証局の証明書ではないため、メールソフトが警告を出します。',
      action: 'サーバー会社が案内する共用サーバー名があれば、そちらを使ってください。',
    },
    CERT_NAME_MISMATCH: {
      title: '証明書の名前がサーバー名と合いません',
      body: '{{host}} に接続しましたが、証明書には {{certNames}} と書かれています。',
      action: 'サーバー名を {{suggestedHost}} にしてください。',
    },
    STARTTLS_UNAVAILABLE: {
      title: '{{host}} ポート {{port}} は STARTTLS に対応していません',
      body: '暗号化しないまま通信すると、パスワードが読み取られるおそれがあります。',
      action: 'SSL/TLS のポート（受信 993 / 995、送信 465）を使ってください。',
    },
    STARTTLS_TAMPERED: {
      title: '途中の機器が暗号化を妨げています',
      body: '{{host}} への通信で、STARTTLS の案内が途中で書き換えられていました（ウイルス対策ソフトやルーターの機能の可能性）。',
      action: 'SSL/TLS のポートを使うか、ウイルス対策ソフトのメール検査機能を確認してください。',
    },
    STARTTLS_INJECTION: {
      title: '{{host}} の暗号化の開始時に異常がありました',
      body: '暗号化の前に余分なデータが送られてきました。安全のためこの接続は使いません。',
      action: 'SSL/TLS のポートを使ってください。続く場合はサーバー会社に伝えてください。',
    },
    PLAINTEXT_ONLY: {
      title: '{{host}} は暗号化なしの接続しか受け付けません',
      body: 'このままではパスワードが暗号化されずに送られます。',
      action: 'サーバー会社に SSL/TLS に対応したサーバー名がないか確認してください。',
    },
    PREAUTH_CLEARTEXT: {
      title: '{{host}} は暗号化なしでログイン済みの状態になります',
      body: 'メールの内容が暗号化されずに流れるおそれがあります。',
      action: 'SSL/TLS のポートを使ってください。',
    },
    AUTH_OK: {
      title: '{{server}}にログインできました',
      body: '{{host}} に ユーザー名 {{username}} でログインできることを確かめました。',
      action: 'この設定をそのまま使えます。',
    },
    AUTH_FAILED: {
      title: 'ログインできませんでした',
      body: '{{host}} はユーザー名かパスワードが違うと答えました。',
      action:
        'パスワードを確かめてもう一度お試しください。ユーザー名がメールアドレスと違う場合は「詳細設定」に入力してください。',
    },
    AUTH_USERNAME_LOCALPART: {
      title: 'ユーザー名は「@」より前の部分です',
      body: 'このサーバーでは {{username}} でログインできました。',
      action: 'メールソフトのユーザー名に {{username}} と入力してください。',
    },
    AUTH_BASIC_DISABLED: {
      title: 'パスワードでのログインが止められています',
      body: '{{provider}} ではパスワードだけのログイン（基本認証）が無効になっています。',
      action:
        'メールソフトで OAuth2（ブラウザーでのサインイン）を選ぶか、アプリ パスワードを使ってください。',
    },
    OAUTH_REQUIRED: {
      title: 'ブラウザーでのサインイン（OAuth2）が必要です',
      body: '{{provider}} は、メールソフトに直接パスワードを入れる方式に対応していません。',
      action: '認証方式で OAuth2 を選び、表示される画面でサインインしてください。',
    },
    APP_PASSWORD_POSSIBLE: {
      title: 'アプリ パスワードが使えます',
      body: '{{provider}} では、通常のパスワードの代わりにメールソフト専用のパスワードを発行できます。',
      action: 'アカウントのセキュリティ設定でアプリ パスワードを作り、パスワード欄に入力してください。',
    },
    NO_MAIL_HOST: {
      title: 'このドメインのメールサーバーが見つかりません',
      body: '{{host}} にはメールの受け取り先（MX）が登録されていないか、ドメインが存在しません。',
      action:
        'メールアドレスのつづりを確認してください。正しければ、サーバー会社の案内にあるサーバー名を「詳細設定」に入力してください。',
    },
    NO_INCOMING_FOUND: {
      title: '受信サーバーが見つかりませんでした',
      body: 'IMAP と POP3 のどのポートにも接続できませんでした。',
      action: 'サーバー会社の案内にある受信サーバー名を「詳細設定」に入力して、もう一度確認してください。',
    },
    NO_OUTGOING_FOUND: {
      title: '送信サーバーが見つかりませんでした',
      body: 'SMTP のどのポートにも接続できませんでした。',
      action: 'サーバー会社の案内にある送信サーバー名を「詳細設定」に入力して、もう一度確認してください。',
    },
    SERVERS_UNRESPONSIVE: {
      title: 'メールサーバーが応答しませんでした',
      body: '接続は受け付けられたか破棄されましたが、7 秒以内にどのサーバーも応答せず、暗号化も始まりませんでした。',
      action:
        'サーバーが停止しているか、このネットワークで遮断されている可能性があります。時間をおいて試すか、サーバー会社に確認してください。',
    },
    TLS_OUTDATED: {
      title: '{{host}} の暗号化方式が古くなっています',
      body: '{{tlsVersion}} を使っています。新しいメールソフトでは接続できなくなるおそれがあります。',
      action: 'サーバー会社に TLS 1.2 以上への対応を確認してください。',
    },
    PROVIDER_NOTE: {
      title: '{{provider}} についての注意',
      body: 'このサービスには独自の設定や制限があります。',
      action: '{{provider}} の設定案内もあわせて確認してください。',
    },
    HOST_HINT_NEEDED: {
      title: 'サーバー番号が必要です',
      body: '{{provider}} では、メールサーバー名にお客様ごとの番号が入ります。',
      action: '前の画面に戻り、サーバー番号（例: sv1234）を入力してください。',
    },
    SRV_TARGET_OUTSIDE_DOMAIN: {
      title: '自動設定が別のドメインのサーバーを指しています',
      body: 'ドメインの登録情報が {{host}} を案内しています。',
      action: 'サーバー会社から案内されたサーバー名と同じか確認してください。',
    },
    DISCOVERY_PARTIAL: {
      title: '一部の情報を調べられませんでした',
      body: 'DNS などの問い合わせの一部に応答がありませんでした。結果が不完全な可能性があります。',
      action: 'ネットワークを確認して、もう一度お試しください。',
    },
    CANCELLED: {
      title: '確認は途中で中止されました',
      body: '最後まで確認していないため、設定は確定していません。',
      action: '「もう一度確認する」で最初から確認できます。',
    },
    TEST_MESSAGE_DELIVERED: {
      title: 'テストメールが届きました',
      body: '自分宛てに送ったテストメールが、{{host}} の受信箱に届きました。',
      action: 'この設定でメールの送信と受信ができます。',
    },
    TEST_MESSAGE_FAILED: {
      title: 'テストメールが届きませんでした',
      body: '送信はできましたが、しばらく待っても {{host}} の受信箱に届きませんでした。',
      action:
        '迷惑メールフォルダーを確認してください。届いていなければ、少し時間をおいて「もう一度確認する」を押してください。',
    },
  } satisfies Record<FindingCode, FindingText>,
  /** Wordings for a finding whose parameters change its meaning (chosen in FindingList). */
  findingVariants: {
    TEST_MESSAGE_NOT_SENT: {
      title: 'テストメールを送信できませんでした',
      body: '{{host}} からテストメールを送ろうとしましたが、受け付けられませんでした。',
      action: '送信サーバーのポート番号と認証の設定を確認して、もう一度確認してください。',
    },
  },
  /** PROVIDER_NOTE explanations by note key; an unknown key falls back to the general text. */
  providerNotes: {
    'xserver-host-name':
      '送信・受信サーバーには契約ごとのサーバー名 sv****.xserver.jp を使います。ユーザー名はメールアドレス全体です。',
    'xserver-foreign-smtp':
      'サーバーパネルの「SMTP認証の国外アクセス制限」を解除しない限り、日本国外からは送信できません。',
    'sakura-initial-domain':
      '独自ドメインの証明書はメールの SSL に使えません。サーバー名には初期ドメイン（○○.sakura.ne.jp）を使ってください。',
    'onamae-certificate':
      '証明書の警告が出るのは、証明書がお客様のドメインではなくサービス側のサーバー名で発行されているためです。',
    'google-oauth':
      'Google Workspace では、通常のパスワードによる IMAP/SMTP は 2024 年 9 月 30 日に終了しました。OAuth2 かアプリ パスワードを使ってください。',
    'microsoft-basic-auth-2026':
      '既存のテナントでは、2026 年 12 月末にパスワードによる SMTP 認証が既定で無効になります（エラー 550 5.7.30）。OAuth2 を使ってください。',
    'asahi-net-587-no-starttls':
      '587 番ポートは STARTTLS なしでしか使えません。465 番（SSL/TLS）をおすすめします。',
  },
  findingDefaults: {
    isp: 'お使いのプロバイダー',
    provider: 'このサービス',
    host: 'このサーバー',
    username: '指定のユーザー名',
    value: '不明',
    server: 'サーバー',
  },
  /** Which server a finding is about, from its protocol. */
  findingServer: {
    smtp: '送信サーバー',
    imap: '受信サーバー（IMAP）',
    pop3: '受信サーバー（POP3）',
  },
  severity: {
    ok: '確認済み',
    info: '情報',
    warning: '注意',
    error: '問題',
  },
};
