// Click-by-click guides for Outlook (classic) — the 「POP と IMAP のアカウント設定」 dialog and its
// 「インターネット電子メール設定」 tabs — and for the new Outlook, which imports no file. Both programs carry
// one name each everywhere (OUTLOOK_NAME, also the wizard's labels) and one line that tells them apart.
import { findingsSection, NO_PASSWORD_NOTE, renderGuide } from './guide-text.js';
import type { GuideSection } from './guide-text.js';
import { OUTLOOK_ENCRYPTION, PROTOCOL_NAME, q } from './labels.js';
import type { ExportModel, ExportServer, Lang } from './model.js';
import { outlookChoice } from './outlook-prf.js';
import { requireServers } from './require-servers.js';

export const OUTLOOK_NAME: Record<'classic' | 'new', Record<Lang, string>> = {
  classic: { ja: 'Outlook（クラシック）', en: 'Outlook (classic)' },
  new: { ja: '新しい Outlook', en: 'new Outlook' },
};

export const TELL_OUTLOOKS_APART: Record<Lang, string> = {
  ja: '見分け方: 画面の左上に「ファイル」タブがあるのが Outlook（クラシック）、「ファイル」タブがなく右上に「新しい Outlook」の切り替えがあるのが新しい Outlook です。',
  en: 'How to tell them apart: Outlook (classic) has a "File" tab at the top left; the new Outlook has no "File" tab and a "New Outlook" toggle at the top right.',
};

/**
 * The 詳細設定 tab's incoming control: IMAP has the 「使用する暗号化接続の種類」 list (なし / SSL/TLS /
 * STARTTLS / 自動) like SMTP, POP3 only the SSL/TLS checkbox, which cannot say STARTTLS.
 */
function incomingEncryptionStep(incoming: ExportServer, lang: Lang): string {
  const ja = lang === 'ja';
  if (incoming.protocol === 'imap') {
    return ja
      ? `その下の ${q('使用する暗号化接続の種類', lang)} で ${q(OUTLOOK_ENCRYPTION.ja[incoming.security], lang)} を選ぶ`
      : `below it, in ${q('Use the following type of encrypted connection', lang)} choose ${q(OUTLOOK_ENCRYPTION.en[incoming.security], lang)}`;
  }
  if (incoming.security === 'starttls') {
    return ja
      ? `Outlook（クラシック）の POP3 には STARTTLS を選ぶ欄がありません。${q('このサーバーでは暗号化された接続 (SSL/TLS) が必要(E)', lang)} をオフにすると暗号化されないおそれがあるため、IMAP か 995 番（SSL/TLS）が使えないかプロバイダーに確かめてください`
      : `Outlook (classic) has no STARTTLS choice for POP3. Unticking ${q('This server requires an encrypted connection (SSL/TLS)', lang)} may leave the connection unencrypted, so ask your provider whether IMAP or port 995 (SSL/TLS) is available`;
  }
  const on = incoming.security === 'tls';
  return ja
    ? `${q('このサーバーでは暗号化された接続 (SSL/TLS) が必要(E)', lang)} を${on ? 'オンにする' : 'オフにする'}`
    : `${on ? 'Tick' : 'Untick'} ${q('This server requires an encrypted connection (SSL/TLS)', lang)}`;
}

export function outlookGuide(model: ExportModel, lang: Lang): string {
  const { incoming, outgoing } = outlookChoice(model);
  const ja = lang === 'ja';
  const proto = PROTOCOL_NAME[incoming.protocol];
  const sameLogin = outgoing.username === null || outgoing.username === incoming.username;
  const name = model.displayName || model.localPart;
  const smtpAuth =
    outgoing.auth === 'none'
      ? ja
        ? `${q('送信サーバー (SMTP) は認証が必要(O)', lang)} をオフのままにする`
        : `Leave ${q('My outgoing server (SMTP) requires authentication', lang)} unticked`
      : ja
        ? `${q('送信サーバー (SMTP) は認証が必要(O)', lang)} をオンにし、${
            sameLogin
              ? q('受信メール サーバーと同じ設定を使用する(U)', lang)
              : `${q('次のアカウントとパスワードでログオンする(L)', lang)}（アカウント名 ${outgoing.username ?? ''}）`
          } を選ぶ`
        : `Tick ${q('My outgoing server (SMTP) requires authentication', lang)} and choose ${
            sameLogin
              ? q('Use same settings as my incoming mail server', lang)
              : `${q('Log on using', lang)} (user name ${outgoing.username ?? ''})`
          }`;

  const steps = ja
    ? [
        'Outlook を終了し、コントロール パネルの「Mail (Microsoft Outlook)」→「電子メール アカウント」→「新規」を開きます。',
        '「自分で電子メールやその他のサービスを使うための設定をする (手動設定)」→「POP または IMAP」→「次へ」を選びます。',
        `${q('POP と IMAP のアカウント設定', lang)} で、名前に ${name}、電子メール アドレスに ${model.displayEmail}、アカウントの種類に ${proto} を入力・選択します。`,
        `${q('受信メール サーバー(I)', lang)} に ${incoming.host}、${q('送信メール サーバー (SMTP)(O)', lang)} に ${outgoing.host} と入力します。`,
        `${q('アカウント名(U)', lang)} に ${incoming.username ?? model.email} と入力し、${q('パスワード(P)', lang)} にパスワードを入力します。`,
        `${q('詳細設定(M)...', lang)} をクリックし、${q('インターネット電子メール設定', lang)} を開きます。`,
        `${q('送信サーバー', lang)} タブ: ${smtpAuth}。`,
        `${q('詳細設定', lang)} タブの ${q('サーバーのポート番号', lang)}: ${q(`受信サーバー (${proto})`, lang)} に ${incoming.port}、${incomingEncryptionStep(incoming, lang)}。`,
        `${q('送信サーバー (SMTP)(O)', lang)} に ${outgoing.port}、${q('使用する暗号化接続の種類(C)', lang)} で ${q(OUTLOOK_ENCRYPTION.ja[outgoing.security], lang)} を選びます。${q('サーバーのタイムアウト(T)', lang)} は変えなくてかまいません。`,
        '「OK」→「次へ」をクリックするとテストが行われます。成功したら「完了」をクリックします。',
      ]
    : [
        'Quit Outlook, open Control Panel > "Mail (Microsoft Outlook)" > "Email Accounts…" > "New…".',
        'Choose "Manual setup or additional server types" > "POP or IMAP" > "Next".',
        `In ${q('POP and IMAP Account Settings', lang)} type ${name} as Your Name, ${model.displayEmail} as Email Address, and choose ${proto} as Account Type.`,
        `Type ${incoming.host} in ${q('Incoming mail server', lang)} and ${outgoing.host} in ${q('Outgoing mail server (SMTP)', lang)}.`,
        `Type ${incoming.username ?? model.email} in ${q('User Name', lang)} and your password in ${q('Password', lang)}.`,
        `Click ${q('More Settings…', lang)} to open ${q('Internet E-mail Settings', lang)}.`,
        `${q('Outgoing Server', lang)} tab: ${smtpAuth}.`,
        `${q('Advanced', lang)} tab, ${q('Server Port Numbers', lang)}: ${q(`Incoming server (${proto})`, lang)} ${incoming.port}; ${incomingEncryptionStep(incoming, lang)}.`,
        `${q('Outgoing server (SMTP)', lang)} ${outgoing.port}; in ${q('Use the following type of encrypted connection', lang)} choose ${q(OUTLOOK_ENCRYPTION.en[outgoing.security], lang)}. Leave ${q('Server Timeouts', lang)} as it is.`,
        'Click "OK" and "Next"; Outlook tests the account. When it succeeds, click "Finish".',
      ];

  const sections: GuideSection[] = [
    { heading: ja ? '手順' : 'Steps', steps },
    {
      heading: ja ? 'ファイルで設定する場合' : 'Using the profile file instead',
      lines: [outlookPrfInstructions(lang)],
    },
    {
      heading: ja ? '注意' : 'Notes',
      lines: [TELL_OUTLOOKS_APART[lang], NO_PASSWORD_NOTE[lang], ...oauthNote(incoming, lang)],
    },
  ];
  const findings = findingsSection(model, lang);
  if (findings) sections.push(findings);
  return renderGuide(
    ja
      ? `${OUTLOOK_NAME.classic.ja}の設定手順（${model.displayEmail}）`
      : `Setting up ${OUTLOOK_NAME.classic.en} (${model.displayEmail})`,
    sections,
  );
}

function oauthNote(server: ExportServer, lang: Lang): string[] {
  if (server.auth !== 'oauth2') return [];
  return [
    lang === 'ja'
      ? 'このサービスは OAuth2 が必要です。Outlook がブラウザーでのサインインを求めたときはそれに従ってください。'
      : 'This service needs OAuth2: when Outlook opens a browser sign-in, follow it.',
  ];
}

export function outlookPrfInstructions(lang: Lang): string {
  return lang === 'ja'
    ? 'Outlook を終了し、Windows キー + R で「ファイル名を指定して実行」を開いて outlook.exe /importprf "保存した .prf ファイルの場所" と入力して Enter を押します。既定のプロファイルにアカウントが追加され、最初の受信時にパスワードを尋ねられます。'
    : 'Quit Outlook, press Windows key + R and run: outlook.exe /importprf "path to the saved .prf file". The account is added to your default profile; Outlook asks for the password on the first connection.';
}

export function newOutlookGuide(model: ExportModel, lang: Lang): string {
  const { incoming, outgoing } = requireServers(model);
  const ja = lang === 'ja';
  const enc = (server: ExportServer) => OUTLOOK_ENCRYPTION[lang][server.security];
  const steps = ja
    ? [
        '新しい Outlook の右上の「設定」（歯車）→「アカウント」→「メール アカウント」→「アカウントの追加」を選びます。',
        `メール アドレスに ${model.displayEmail} を入力して「続行」をクリックし、種類の選択が出たら ${PROTOCOL_NAME[incoming.protocol]} を選びます。`,
        '「詳細を表示」（または「その他の設定」）を開き、サーバーの欄を表示します。',
        `受信サーバー: ${incoming.host}、ポート: ${incoming.port}、セキュリティで保護された接続の種類: ${enc(incoming)}`,
        `送信 (SMTP) サーバー: ${outgoing.host}、ポート: ${outgoing.port}、セキュリティで保護された接続の種類: ${enc(outgoing)}`,
        `ユーザー名: ${incoming.username ?? ''}。SMTP のユーザー名とパスワードは受信と同じものを入れます${
          outgoing.username && outgoing.username !== incoming.username
            ? `（SMTP ユーザー名は ${outgoing.username}）`
            : ''
        }。`,
        '「続行」をクリックして完了します。',
      ]
    : [
        'In the new Outlook, open "Settings" (gear, top right) > "Accounts" > "Email accounts" > "Add account".',
        `Type ${model.displayEmail}, click "Continue", and when asked for the kind of account choose ${PROTOCOL_NAME[incoming.protocol]}.`,
        'Open "Show more" to reveal the server fields.',
        `Incoming server: ${incoming.host}, Port: ${incoming.port}, Secure connection type: ${enc(incoming)}`,
        `Outgoing (SMTP) server: ${outgoing.host}, Port: ${outgoing.port}, Secure connection type: ${enc(outgoing)}`,
        `Username: ${incoming.username ?? ''}. Give SMTP the same user name and password${
          outgoing.username && outgoing.username !== incoming.username
            ? ` (SMTP user name ${outgoing.username})`
            : ''
        }.`,
        'Click "Continue" to finish.',
      ];
  const notes = ja
    ? [
        '新しい Outlook の画面名は Microsoft のサポート記事「Outlook にメール アカウントを追加する」に基づくもので、MailWiz では実機で確認していません。版によって表記が少し異なることがあります。',
        '新しい Outlook は IMAP/POP のメールを Microsoft のクラウド経由で同期します。サーバーにはこのパソコンではなく Microsoft のサーバーから接続されるため、インターネット側から接続できるサーバーである必要があります。',
        TELL_OUTLOOKS_APART.ja,
        NO_PASSWORD_NOTE.ja,
      ]
    : [
        'The new Outlook\'s screen names follow Microsoft\'s support article "Add an email account to Outlook"; MailWiz has not checked them in the product, and versions differ slightly.',
        "The new Outlook syncs IMAP/POP mail through Microsoft's cloud: the server is reached from Microsoft's servers, not from this PC, so it must be reachable from the internet.",
        TELL_OUTLOOKS_APART.en,
        NO_PASSWORD_NOTE.en,
      ];
  const sections: GuideSection[] = [
    { heading: ja ? '手順' : 'Steps', steps },
    { heading: ja ? '注意' : 'Notes', lines: notes },
  ];
  const findings = findingsSection(model, lang);
  if (findings) sections.push(findings);
  return renderGuide(
    ja
      ? `${OUTLOOK_NAME.new.ja}の設定手順（${model.displayEmail}）`
      : `Setting up the ${OUTLOOK_NAME.new.en} (${model.displayEmail})`,
    sections,
  );
}
