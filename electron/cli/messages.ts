// The CLI's own strings, Japanese and English (the renderer has its own i18n).
import type { EmailProblem } from '../shared/email-address.js';

import type { Lang } from '../shared/languages.js';

export type { Lang };

const STRINGS = {
  en: {
    title: 'MailWiz diagnosis',
    outgoing: 'Outgoing (SMTP)',
    incoming: 'Incoming',
    none: 'not found',
    host: 'Server',
    port: 'Port',
    security: 'Encryption',
    auth: 'Authentication',
    username: 'User name',
    verified: 'Login',
    notVerified: 'not tried (no password given, or no safe way to send it)',
    yes: 'verified',
    loginFailed: 'FAILED: the server refused the password',
    loginRefusedOn: 'FAILED: not tried here, because the same server refused the password on {protocol}',
    loginWithheld: 'not verified: the password was not sent to this server (see the findings)',
    statusOk: 'Result: these settings work.',
    statusPartial: 'Result: only part of the settings could be confirmed (see the findings).',
    statusLoginFailed: 'Result: the servers were found, but the login failed.',
    statusNotFound: 'Result: no mail server was found for this domain.',
    statusNetwork: 'Result: the servers could not be checked from this network (see the findings).',
    statusCancelled: 'Result: the check was cancelled; this is what was found until then.',
    noAnswerWithin: 'no answer within',
    blocked: 'blocked',
    notNeeded: 'not needed (verdict already decided)',
    trustHint: 'If these are your mail provider’s servers, check the login there by running again with',
    trustQuestion: 'The password was not sent to these servers outside your domain:',
    trustQuestionPrompt:
      'Are they your mail provider’s servers? Send the password to them and check the login? [y/N]',
    alternatives: 'Alternatives',
    findings: 'Findings',
    isp: 'Access ISP',
    hosting: 'Mail hosting',
    unknown: 'unknown',
    providerGuess: 'a guess',
    providerHiddenByLine: 'cannot be told from this line (IPv4 over IPv6)',
    elapsed: 'Elapsed',
    securityTls: 'SSL/TLS',
    securityStarttls: 'STARTTLS',
    securityNone: 'none (unencrypted)',
    authPassword: 'normal password',
    authPasswordEncrypted: 'encrypted password (CRAM-MD5 or similar)',
    authOauth2: 'OAuth2',
    authNone: 'none',
    stageDiscovery: 'Looking up DNS, autoconfig and provider data…',
    stageProbing: 'Testing servers…',
    stageVerifying: 'Verifying login (and the test message, if asked)…',
    probeLine: 'probe',
    invalidInput: 'Invalid email address',
    cancelled: 'Cancelled.',
  },
  ja: {
    title: 'MailWiz 診断結果',
    outgoing: '送信 (SMTP)',
    incoming: '受信',
    none: '見つかりません',
    host: 'サーバー',
    port: 'ポート',
    security: '暗号化',
    auth: '認証',
    username: 'ユーザー名',
    verified: 'ログイン',
    notVerified: '未確認（パスワード未入力、または安全に送る方法がない）',
    yes: '確認済み',
    loginFailed: '失敗（サーバーがパスワードを受け付けませんでした）',
    loginRefusedOn:
      '失敗（同じサーバーが {protocol} でパスワードを受け付けなかったため、ここでは試していません）',
    loginWithheld: '未確認（このサーバーにはパスワードを送っていません。診断メモを参照）',
    statusOk: '結果: この設定で使えます。',
    statusPartial: '結果: 設定の一部だけを確認できました（診断メモを参照）。',
    statusLoginFailed: '結果: サーバーは見つかりましたが、ログインできませんでした。',
    statusNotFound: '結果: このドメインのメールサーバーは見つかりませんでした。',
    statusNetwork: '結果: このネットワークからはサーバーを確認できませんでした（診断メモを参照）。',
    statusCancelled: '結果: 確認は途中で中止されました。中止までにわかったことを表示します。',
    noAnswerWithin: '応答なし',
    blocked: '遮断',
    notNeeded: '不要（結論が出たため中止）',
    trustHint:
      'ご利用のメールサービスのサーバーなら、次の指定を付けてもう一度実行するとログインを確認します:',
    trustQuestion: 'ドメインの外にある次のサーバーにはパスワードを送っていません:',
    trustQuestionPrompt:
      'ご利用のメールサービスのサーバーですか？パスワードを送ってログインを確かめますか [y/N]',
    alternatives: 'ほかに使える設定',
    findings: '診断メモ',
    isp: '接続プロバイダー',
    hosting: 'メールサービス',
    unknown: '不明',
    providerGuess: '推定',
    providerHiddenByLine: 'この回線（IPv4 over IPv6）からは特定できません',
    elapsed: '所要時間',
    securityTls: 'SSL/TLS',
    securityStarttls: 'STARTTLS',
    securityNone: 'なし（暗号化されません）',
    authPassword: '通常のパスワード',
    authPasswordEncrypted: '暗号化されたパスワード（CRAM-MD5 など）',
    authOauth2: 'OAuth2',
    authNone: 'なし',
    stageDiscovery: 'DNS・自動設定・プロバイダー情報を調べています…',
    stageProbing: 'サーバーに接続して確認しています…',
    stageVerifying: 'ログイン（指定があればテストメールの送受信）を確認しています…',
    probeLine: '接続',
    invalidInput: 'メールアドレスが正しくありません',
    cancelled: '中止しました。',
  },
} as const;

export type MessageKey = keyof (typeof STRINGS)['en'];

export function t(lang: Lang, key: MessageKey): string {
  return STRINGS[lang][key];
}

const PROBLEMS: Record<Lang, Record<EmailProblem, string>> = {
  en: {
    EMPTY: 'no address was given',
    NO_AT: 'the address has no "@"',
    LOCAL_EMPTY: 'nothing before the "@"',
    LOCAL_TOO_LONG: 'the part before "@" is longer than 64 characters',
    LOCAL_INVALID: 'the part before "@" contains characters that are not allowed',
    DOMAIN_EMPTY: 'nothing after the "@"',
    DOMAIN_INVALID: 'the domain after "@" is not valid',
    DOMAIN_NO_DOT: 'the domain after "@" has no dot (e.g. example.jp)',
    INVALID_IDN: 'the international (Japanese) domain name is not valid',
    TOO_LONG: 'the address is too long',
  },
  ja: {
    EMPTY: 'アドレスが入力されていません',
    NO_AT: '「@」がありません',
    LOCAL_EMPTY: '「@」の前が空です',
    LOCAL_TOO_LONG: '「@」の前が 64 文字を超えています',
    LOCAL_INVALID: '「@」の前に使えない文字が含まれています',
    DOMAIN_EMPTY: '「@」の後が空です',
    DOMAIN_INVALID: '「@」の後のドメインが正しくありません',
    DOMAIN_NO_DOT: '「@」の後のドメインに「.」がありません（例: example.jp）',
    INVALID_IDN: '日本語ドメイン名（国際化ドメイン名）が正しくありません',
    TOO_LONG: 'アドレスが長すぎます',
  },
};

export function problemText(lang: Lang, problem: EmailProblem): string {
  return PROBLEMS[lang][problem];
}

export function helpText(lang: Lang): string {
  if (lang === 'ja') {
    return `使い方: mailwiz diagnose メールアドレス [オプション]

このパソコンのネットワークから実際にメールサーバーへ接続し、使える送受信設定を調べます。

  --json              結果を JSON オブジェクト 1 つで標準出力に出す
  --password-stdin    パスワードを標準入力から読み、ログインまで確認する
  --username 名前     ログインに使うユーザー名（省略時はアドレス全体、次に @ の前）
  --timeout-ms 数値   診断全体の制限時間（ミリ秒、既定 30000）
  --no-public-ip      グローバル IP アドレスとその逆引きで接続プロバイダーを調べない
                      （既定では外部サービスに IP アドレスを問い合わせます）
  --send-test-message 送受信の両方でログインを確認できたら、自分のアドレスあてにテストメールを
                      1 通だけ送り、受信箱に届くかを確かめる（最大約 20 秒待つ。--password-stdin が必要）
  --trust-host ホスト  メールアドレスのドメインの外にあり、確かな情報で結びつかないサーバー（DNS の SRV
                      レコードや暗号化されていない自動設定が示すもの）にもパスワードを送ってよいと許可する。
                      指定がなければ接続と暗号化だけを確かめ、パスワードは送らない（複数回指定可）
  --lang ja|en        表示言語
  -h, --help          このヘルプ

終了コード: 0 送信設定が見つかった / 3 見つからなかった / 2 入力が正しくない
`;
  }
  return `Usage: mailwiz diagnose EMAIL [options]

Connects from this computer's network to the candidate mail servers and finds the settings that work.

  --json              print exactly one JSON object (the DiagnosisResult) on stdout
  --password-stdin    read the password from stdin and verify the login too
  --username NAME     user name for the login (default: the full address, then the local part)
  --timeout-ms N      limit for the whole diagnosis in milliseconds (default 30000)
  --no-public-ip      do not learn the public IP address and its reverse DNS to name the access ISP
                      (by default a public service is asked for this computer's IP address)
  --send-test-message once login works for sending and receiving, send ONE message to your own
                      address and check that it arrives in the inbox (waits up to about 20 s;
                      needs --password-stdin)
  --trust-host HOST   allow the password to go to HOST although it lies outside the address's domain
                      and nothing trustworthy ties it there (a DNS SRV target, a host only a plain-HTTP
                      autoconfig names, a certificate's name); without it such a server is probed
                      (connection, encryption) but gets no password. Repeatable
  --lang ja|en        language of the output
  -h, --help          this help

Exit codes: 0 an outgoing setting was found, 3 none found, 2 invalid input.
`;
}
