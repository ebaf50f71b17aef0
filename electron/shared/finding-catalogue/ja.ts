// Japanese finding texts: the one table the wizard, the CLI and every export read.
import type { FindingCatalogue } from './types.js';

export const ja: FindingCatalogue = {
  findings: {
    PORT25_BLOCKED: {
      title: 'ポート 25 番がふさがれています（OP25B）',
      body: '{{isp}} は迷惑メール対策のため、外部のメールサーバーへのポート 25 番での送信を止めています（{{host}} の 25 番は応答なし）。これは故障ではなく、多くのプロバイダーで普通の設定です。',
      action: '送信サーバーのポート番号を {{ports}} にして、認証（通常のパスワード認証）を使ってください。',
    },
    CERT_UNTRUSTED: {
      title: '{{host}} の証明書が信頼されていません',
      body: '{{server}}との通信は暗号化できますが、接続先が本物か確かめられません。',
      action: 'サーバー会社から案内されたサーバー名を使っているか確認してください。',
    },
    CERT_EXPIRED: {
      title: '{{host}} の証明書の期限が切れています',
      body: '{{server}}の証明書の有効期限（{{validTo}}）を過ぎています。',
      action: 'サーバー会社に証明書の更新を依頼してください。',
    },
    CERT_SELF_SIGNED: {
      title: '{{host}} の証明書は自己署名です',
      body: '公的な認証局の証明書ではないため、メールソフトが警告を出します（{{server}}）。',
      action: 'サーバー会社が案内する共用サーバー名があれば、そちらを使ってください。',
    },
    CERT_NAME_MISMATCH: {
      title: '{{host}} の証明書の名前がサーバー名と合いません',
      body: '{{server}}として {{host}} に接続しましたが、証明書には {{certNames}} と書かれています。',
      action: 'サーバー名を {{suggestedHost}} にしてください（同じサーバーの正式な名前です）。',
    },
    STARTTLS_UNAVAILABLE: {
      title: '{{where}} は STARTTLS に対応していません',
      body: 'このポートでは暗号化しないまま通信することになり、パスワードが読み取られるおそれがあります。',
      action: '暗号化できるポート {{ports}} を使ってください（確認済み）。',
    },
    STARTTLS_TAMPERED: {
      title: '途中の機器が暗号化を妨げています',
      body: '{{where}} への通信で、STARTTLS の案内が途中で書き換えられていました（ウイルス対策ソフトやルーターの機能の可能性）。',
      action: '暗号化できるポート {{ports}} を使うか、ウイルス対策ソフトのメール検査機能を確認してください。',
    },
    STARTTLS_INJECTION: {
      title: '{{where}} の暗号化の開始時に異常がありました',
      body: '暗号化の前に余分なデータが送られてきました。安全のためこの接続は使いません。',
      action: '暗号化できるポート {{ports}} を使ってください。続く場合はサーバー会社に伝えてください。',
    },
    PLAINTEXT_ONLY: {
      title: '{{host}} は暗号化にまったく対応していません',
      body: 'このサーバーは SSL/TLS も STARTTLS も提供していません。この設定ではパスワードとメールが読める形でネットワークを流れ、途中で盗み見られるおそれがあります。MailWiz はパスワードを送っていません。',
      action:
        'サーバー会社（ホスティング会社）に、暗号化に対応したサーバー名やポートがないか問い合わせてください。',
    },
    PREAUTH_CLEARTEXT: {
      title: '{{host}} は暗号化なしでログイン済みの状態になります',
      body: 'メールの内容が暗号化されずに流れるおそれがあります。',
      action: '暗号化できるポート {{ports}} を使ってください。',
    },
    AUTH_OK: {
      title: '{{server}}にログインできました',
      body: '{{host}} にユーザー名 {{username}} でログインできることを確かめました。',
      action: 'この設定をそのまま使えます。',
    },
    AUTH_FAILED: {
      title: '{{host}}（{{server}}）にログインできませんでした',
      body: '{{host}} は、ユーザー名 {{username}} とこのパスワードでのログインを受け付けませんでした。',
      action:
        'パスワードを確かめてもう一度お試しください。ユーザー名がメールアドレスと違う場合は「詳細設定」に入力してください。',
    },
    AUTH_USERNAME_LOCALPART: {
      title: 'ユーザー名は「@」より前の部分です',
      body: '{{host}}（{{server}}）では {{username}} でログインできました。',
      action: 'メールソフトのユーザー名に {{username}} と入力してください。',
    },
    AUTH_BASIC_DISABLED: {
      title: 'パスワードでのログインが止められています',
      body: '{{host}}（{{server}}）ではパスワードだけのログイン（基本認証）が無効になっています。',
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
      title: '{{domain}} のメールサーバーが見つかりません',
      body: '{{domain}} にはメールの受け取り先（MX）もサーバーの住所（A/AAAA）も登録されていないか、ドメインが存在しません（DNS の回答による）。',
      action:
        'メールアドレスのつづりを確認してください。正しければ、サーバー会社の案内にあるサーバー名を「詳細設定」に入力してください。',
    },
    NO_INCOMING_FOUND: {
      title: '受信サーバーが見つかりませんでした',
      body: 'IMAP と POP3 のどのポートでも、使える受信サーバーを確かめられませんでした。',
      action: 'サーバー会社の案内にある受信サーバー名を「詳細設定」に入力して、もう一度確認してください。',
    },
    NO_OUTGOING_FOUND: {
      title: '送信サーバーが見つかりませんでした',
      body: 'SMTP のどのポートでも、使える送信サーバーを確かめられませんでした。',
      action: 'サーバー会社の案内にある送信サーバー名を「詳細設定」に入力して、もう一度確認してください。',
    },
    TLS_OUTDATED: {
      title: '{{host}} の暗号化方式が古くなっています',
      body: '{{tlsVersion}} を使っています。新しいメールソフトでは接続できなくなるおそれがあります。',
      action: 'サーバー会社に TLS 1.2 以上への対応を確認してください。',
    },
    PROVIDER_NOTE: {
      title: '{{provider}} についての注意',
      body: '{{note}}',
      action: '{{provider}} の設定案内もあわせて確認してください。',
    },
    HOST_HINT_NEEDED: {
      title: 'サーバー番号が必要です',
      body: '{{provider}} では、メールサーバー名にお客様ごとの番号が入ります。',
      action: '前の画面に戻り、サーバー番号（例: sv1234）を入力してください。',
    },
    SRV_TARGET_OUTSIDE_DOMAIN: {
      title: '自動設定が別のドメインのサーバーを指しています',
      body: 'ドメインの登録情報（DNS の SRV レコード）が {{host}} を案内しています。',
      action: 'サーバー会社から案内されたサーバー名と同じか確認してください。',
    },
    DISCOVERY_PARTIAL: {
      title: '一部の情報を調べられませんでした',
      body: 'DNS などの問い合わせの一部に応答がありませんでした。応答があった情報で判断しています。',
      action: 'ネットワークを確認して、もう一度お試しください。',
    },
    ISP_HIDDEN_BY_LINE: {
      title: 'この回線からはプロバイダーを特定できません',
      body: 'インターネット上のアドレスの名前（{{host}}）は、プロバイダー自身ではなく、多くのプロバイダーが共用する IPv4 over IPv6 の回線事業者（{{isp}}）のものです。',
      action: 'ご契約のプロバイダーがわかる場合は、一覧から選んでもう一度確認してください。',
    },
    DOMAIN_REGISTRAR_DEFAULT_NS: {
      title: 'このドメインではまだメールが使われていないかもしれません',
      body: 'ドメインが登録業者の初期ネームサーバー（{{host}}）のままです。取得しただけで使っていないドメインの設定です。',
      action: 'ドメインの管理者に、メールの設定が済んでいるか確認してください。',
    },
    CANCELLED: {
      title: '確認は途中で中止されました',
      body: '最後まで確認していないため、設定は確定していません。表示しているのは中止までにわかったことです。',
      action: '「もう一度確認する」で最初から確認できます。',
    },
    DNS_UNREACHABLE: {
      title: 'DNS サーバーから答えが返ってきません',
      body: '{{domain}} のメールサーバーを調べる問い合わせに、DNS サーバーが時間内に答えないか、エラー（SERVFAIL/REFUSED）を返しました。ドメインがないのか、調べられなかったのかはわかりません。',
      action:
        'インターネットにつながっているか確認し、しばらくしてからもう一度お試しください。続く場合はネットワークの管理者に DNS の設定を確認してもらってください。',
    },
    MAIL_PORTS_BLOCKED: {
      title: 'このネットワークはメールの通信を止めています',
      body: '{{host}} はポート {{controlPort}} には応答しましたが、メールのポート {{ports}} にはどれも応答がないか拒否されました。会社のファイアウォールやゲスト用 Wi-Fi、ホテルの回線ではよくあることです。',
      action:
        'ネットワークの管理者にポート {{ports}} の通信を許可してもらうか、別の回線（スマートフォンのテザリングなど）でお試しください。',
    },
    SERVER_UNREACHABLE: {
      title: 'メールサーバーにつながりません',
      body: '{{host}} は、メールのポートにも Web のポートにも応答しませんでした。サーバーが止まっているか、この PC からそこまでの経路がありません。',
      action:
        'インターネットにつながっているか確認してください。ほかのサイトは見られる場合は、サーバー会社に障害が出ていないか確認してください。',
    },
    SERVERS_UNRESPONSIVE: {
      title: 'メールサーバーが応答しません',
      body: '{{endpoints}} には接続できましたが、決められた時間内にあいさつ（応答）も暗号化の開始もありませんでした。',
      action:
        'しばらくしてからもう一度お試しください。続く場合はサーバー会社に障害が出ていないか確認してください。',
    },
    CREDENTIALS_WITHHELD: {
      title: '{{host}}（{{server}}）にはパスワードを送っていません',
      body: '{{reason}}が、このサーバー名はメールアドレスのドメインの外にあり、ドメインと結びつける確かな情報がないため、接続だけを確認し、ログインは確認していません。',
      action: 'ご利用のサーバー会社から案内されたサーバー名なら、許可するとログインを確認できます。',
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
  },
  variants: {
    PORT25_REJECTED: {
      body: '{{isp}} は迷惑メール対策のため、外部のメールサーバーへのポート 25 番での送信を止めています（{{host}} の 25 番は接続を拒否）。これは故障ではなく、多くのプロバイダーで普通の設定です。',
    },
    STARTTLS_UNAVAILABLE_NO_TLS: {
      action:
        'このサーバーでは暗号化できるポートが見つかりませんでした。サーバー会社に暗号化への対応を確認してください。',
    },
    STARTTLS_TAMPERED_NO_TLS: {
      action: 'ウイルス対策ソフトのメール検査機能やルーターの設定を確認してください。',
    },
    STARTTLS_INJECTION_NO_TLS: {
      action: 'サーバー会社にこの症状を伝えてください。',
    },
    PREAUTH_CLEARTEXT_NO_TLS: {
      action: 'サーバー会社に暗号化への対応を確認してください。',
    },
    PLAINTEXT_ONLY_PASSWORD_SENT: {
      body: 'このサーバーは SSL/TLS も STARTTLS も提供していません。この設定ではパスワードとメールが読める形でネットワークを流れ、途中で盗み見られるおそれがあります。許可があったため、ログインの確認ではパスワード（ユーザー名 {{username}}）を暗号化せずに送りました。',
    },
    AUTH_FAILED_NO_USERNAME: {
      body: '{{host}} は、このユーザー名とパスワードでのログインを受け付けませんでした。',
    },
    CERT_NAME_MISMATCH_NO_SUGGESTION: {
      action: 'サーバー会社から案内されたサーバー名を使っているか確認してください。',
    },
    TEST_MESSAGE_NOT_SENT: {
      title: 'テストメールを送信できませんでした',
      body: '{{host}} からテストメールを送ろうとしましたが、受け付けられませんでした。',
      action: '送信サーバーのポート番号と認証の設定を確認して、もう一度確認してください。',
    },
  },
  notes: {
    'xserver-host-name':
      '送信・受信サーバーには契約ごとのサーバー名 sv****.xserver.jp を使います。ユーザー名はメールアドレス全体です。',
    'xserver-foreign-smtp':
      'サーバーパネルの「SMTP認証の国外アクセス制限」を解除しない限り、日本国外からは送信できません。',
    'sakura-initial-domain':
      '独自ドメインの証明書はメールの SSL に使えません。サーバー名には初期ドメイン（○○.sakura.ne.jp）を使ってください。',
    'onamae-certificate':
      '証明書の警告が出るのは、証明書がお客様のドメインではなくサービス側のサーバー名で発行されているためです。',
    'google-oauth':
      'Google Workspace では、通常のパスワードによる IMAP/SMTP の終了が 2024 年 9 月 30 日と告知され、Google の案内を引用した二次情報によれば 2025 年 5 月 1 日に完全に終了しました。OAuth2 かアプリ パスワードを使ってください。',
    'microsoft-basic-auth-2026':
      '既存のテナントでは、2026 年 12 月末にパスワードによる SMTP 認証が既定で無効になります（エラー 550 5.7.30）。OAuth2 を使ってください。',
    'asahi-net-587-no-starttls':
      '587 番ポートは STARTTLS なしでしか使えません。465 番（SSL/TLS）をおすすめします。',
    'outlook-com-pop-imap-off':
      'Outlook.com のアドレスでは POP と IMAP が既定でオフです。Outlook.com の設定でオンにしてください。サインインは OAuth2（先進認証）だけです。',
    'asahi-net-id':
      'ユーザー名はメールアドレスではなく ASAHIネット ID です。詳細設定の「ユーザー名」に入力してください。',
    'kagoya-account-name':
      'ユーザー名はメールアドレスではなく、KAGOYA のコントロールパネルに表示されるメールアカウント名（kir123456.taro のような形）です。詳細設定の「ユーザー名」に入力してください。',
    'docomo-d-account':
      'ユーザー名は d アカウントの ID、パスワードは d アカウントのパスワードではなく「IMAP専用パスワード」です。',
    'zoho-imap-enable':
      '先に Zoho Mail の設定で IMAP アクセスを有効にしてください。2 段階認証を使っている場合はアプリ専用パスワードを使います。',
    'icloud-app-password':
      'メールソフトには appleid.apple.com で作る App 用パスワードが必要です。受信のユーザー名は @ より前の部分です。',
  },
  defaults: {
    isp: 'お使いのプロバイダー',
    provider: 'このサービス',
    host: 'このサーバー',
    username: '指定のユーザー名',
    value: '不明',
    server: 'サーバー',
    domain: 'このドメイン',
    ports: '不明',
  },
  reasons: {
    srv: 'DNS の SRV レコードがこのサーバーを指しています',
    'autoconfig-http': '暗号化されていない（HTTP の）自動設定ファイルだけがこのサーバーを指定しています',
    'autoconfig-mx': 'メールの受け取り先（MX）のドメインの自動設定がこのサーバーを指定しています',
    certificate: 'サーバーの証明書にこの名前が書かれています',
    guess: 'ドメイン名から推測したサーバーです',
  },
  servers: {
    smtp: '送信サーバー（SMTP）',
    imap: '受信サーバー（IMAP）',
    pop3: '受信サーバー（POP3）',
  },
  listSeparator: '、',
  sentenceSeparator: '',
  titleSeparator: '。',
  severity: { ok: '確認済み', info: '情報', warning: '注意', error: '問題' },
};
