// English finding texts: the one table the wizard, the CLI and every export read.
import type { FindingCatalogue } from './types.js';

export const en: FindingCatalogue = {
  findings: {
    PORT25_BLOCKED: {
      title: 'Port 25 is blocked (OP25B)',
      body: '{{isp}} stops mail sent on port 25 to outside mail servers, to fight spam (port 25 of {{host}} did not answer). Nothing is broken: most providers do this.',
      action: 'Set the outgoing server port to {{ports}} and use authentication (normal password).',
    },
    CERT_UNTRUSTED: {
      title: 'The certificate of {{host}} is not trusted',
      body: 'The connection to the {{server}} can be encrypted, but there is no proof that the server is the real one.',
      action: 'Check that you use the server name your mail host gave you.',
    },
    CERT_EXPIRED: {
      title: 'The certificate of {{host}} has expired',
      body: 'The certificate of the {{server}} was valid until {{validTo}}.',
      action: 'Ask your mail host to renew the certificate.',
    },
    CERT_SELF_SIGNED: {
      title: 'The certificate of {{host}} is self-signed',
      body: 'It is not issued by a public authority, so mail programs will show a warning ({{server}}).',
      action: 'If your mail host names a shared server name, use that name instead.',
    },
    CERT_NAME_MISMATCH: {
      title: 'The certificate of {{host}} does not match the server name',
      body: 'MailWiz connected to {{host}} as the {{server}}, but the certificate names {{certNames}}.',
      action: "Use {{suggestedHost}} as the server name (the same server's own name).",
    },
    STARTTLS_UNAVAILABLE: {
      title: '{{where}} does not offer STARTTLS',
      body: 'On this port the connection would not be encrypted, so your password could be read on the way.',
      action: 'Use the encrypted port {{ports}} instead (checked).',
    },
    STARTTLS_TAMPERED: {
      title: 'A device on the way blocks encryption',
      body: 'On the way to {{where}}, the STARTTLS offer was rewritten (often an antivirus mail scanner or a router feature).',
      action: 'Use the encrypted port {{ports}}, or check the mail scanning of your antivirus software.',
    },
    STARTTLS_INJECTION: {
      title: 'Something went wrong when {{where}} started encryption',
      body: 'Extra data arrived before encryption started. For safety this connection is not used.',
      action: 'Use the encrypted port {{ports}}. If this keeps happening, tell your mail host.',
    },
    PLAINTEXT_ONLY: {
      title: '{{host}} offers no encryption at all',
      body: 'This server offers neither SSL/TLS nor STARTTLS. With this setting your password and mail cross the network readable, and anyone on the way could read them. MailWiz did not send the password.',
      action: 'Ask your hosting company whether they have a server name or port with encryption.',
    },
    PREAUTH_CLEARTEXT: {
      title: '{{host}} logs you in before any encryption',
      body: 'Your mail could travel unencrypted.',
      action: 'Use the encrypted port {{ports}}.',
    },
    AUTH_OK: {
      title: 'Signed in to the {{server}}',
      body: 'MailWiz confirmed that {{host}} accepts the user name {{username}}.',
      action: 'You can use this setting as it is.',
    },
    AUTH_FAILED: {
      title: 'Could not sign in to {{host}} ({{server}})',
      body: '{{host}} did not accept the user name {{username}} with this password.',
      action:
        'Check the password and try again. If your user name differs from your email address, enter it under "Advanced".',
    },
    AUTH_USERNAME_LOCALPART: {
      title: 'The user name is the part before "@"',
      body: '{{host}} ({{server}}) accepted the user name {{username}}.',
      action: 'Enter {{username}} as the user name in your mail program.',
    },
    AUTH_BASIC_DISABLED: {
      title: 'Password sign-in is turned off',
      body: '{{host}} ({{server}}) no longer accepts sign-in with just a password (basic authentication).',
      action: 'Choose OAuth2 (browser sign-in) in your mail program, or use an app password.',
    },
    OAUTH_REQUIRED: {
      title: 'Browser sign-in (OAuth2) is required',
      body: '{{provider}} does not accept passwords typed into mail programs.',
      action: 'Choose OAuth2 as the authentication method and sign in on the page that opens.',
    },
    APP_PASSWORD_POSSIBLE: {
      title: 'You can use an app password',
      body: '{{provider}} lets you create a separate password just for mail programs.',
      action: 'Create an app password in your account security settings and enter it as the password.',
    },
    NO_MAIL_HOST: {
      title: 'No mail server was found for {{domain}}',
      body: 'DNS says {{domain}} has no mail server (MX) and no address (A/AAAA), or the domain does not exist.',
      action:
        'Check the spelling of the email address. If it is right, enter the server name from your mail host under "Advanced".',
    },
    NO_INCOMING_FOUND: {
      title: 'No incoming server was found',
      body: 'No IMAP or POP3 port could be confirmed as a working incoming server.',
      action: 'Enter the incoming server name from your mail host under "Advanced" and check again.',
    },
    NO_OUTGOING_FOUND: {
      title: 'No outgoing server was found',
      body: 'No SMTP port could be confirmed as a working outgoing server.',
      action: 'Enter the outgoing server name from your mail host under "Advanced" and check again.',
    },
    TLS_OUTDATED: {
      title: 'The encryption of {{host}} is outdated',
      body: 'It uses {{tlsVersion}}. Newer mail programs may refuse to connect.',
      action: 'Ask your mail host about support for TLS 1.2 or later.',
    },
    PROVIDER_NOTE: {
      title: 'A note about {{provider}}',
      body: '{{note}}',
      action: 'Also read the setup guide from {{provider}}.',
    },
    HOST_HINT_NEEDED: {
      title: 'A server number is needed',
      body: '{{provider}} puts a number of your own into the mail server name.',
      action: 'Go back and enter your server number (for example sv1234).',
    },
    SRV_TARGET_OUTSIDE_DOMAIN: {
      title: 'Automatic setup points to a server of another domain',
      body: "The domain's DNS service record (SRV) points to {{host}}.",
      action: 'Check that this is the server name your mail host gave you.',
    },
    DISCOVERY_PARTIAL: {
      title: 'Some information could not be looked up',
      body: 'Some DNS or web look-ups did not answer. The result is based on what did answer.',
      action: 'Check the network and try again.',
    },
    ISP_HIDDEN_BY_LINE: {
      title: 'Your Internet provider cannot be told from this line',
      body: 'The name of your public Internet address ({{host}}) belongs to an IPv4-over-IPv6 line operator ({{isp}}) that serves many providers, not to your provider itself.',
      action: 'If you know your Internet provider, choose it in the list and check again.',
    },
    DOMAIN_REGISTRAR_DEFAULT_NS: {
      title: 'The domain may have no mail yet',
      body: 'The domain still uses its registrar’s initial name servers ({{host}}), which are set for domains that are not in use yet.',
      action: 'Ask whoever manages the domain whether mail has been set up for it.',
    },
    CANCELLED: {
      title: 'The check was cancelled',
      body: 'The check did not finish, so the settings are not confirmed. What is shown is what was found until then.',
      action: 'Use "Check again" to start over.',
    },
    DNS_UNREACHABLE: {
      title: 'The DNS server does not answer',
      body: 'Looking up the mail servers of {{domain}}, the DNS server did not answer in time or answered with an error (SERVFAIL/REFUSED). Whether the domain exists could not be found out.',
      action:
        'Check that the Internet works and try again in a while. If it persists, ask your network administrator to check the DNS settings.',
    },
    MAIL_PORTS_BLOCKED: {
      title: 'This network blocks mail',
      body: '{{host}} answered on port {{controlPort}}, but none of the mail ports {{ports}} answered or they were refused. Office firewalls, guest Wi-Fi and hotel networks often do this.',
      action:
        'Ask the network administrator to allow ports {{ports}}, or try another connection (for example a phone hotspot).',
    },
    SERVER_UNREACHABLE: {
      title: 'The mail server cannot be reached',
      body: '{{host}} answered neither on the mail ports nor on the web ports. The server is down, or there is no way from this PC to it.',
      action:
        'Check that the Internet works. If other sites open, ask your mail host whether there is an outage.',
    },
    SERVERS_UNRESPONSIVE: {
      title: 'The mail servers do not respond',
      body: 'MailWiz connected to {{endpoints}}, but got no greeting and no encryption within the time allowed.',
      action: 'Try again in a while. If it persists, ask your mail host whether there is an outage.',
    },
    CREDENTIALS_WITHHELD: {
      title: 'The password was not sent to {{host}} ({{server}})',
      body: '{{reason}}, but this server name lies outside your email address’s domain and nothing trustworthy ties it to your domain, so only the connection was checked and the login was not.',
      action: 'If your mail provider gave you this server name, allow it so that the login can be checked.',
    },
    TEST_MESSAGE_DELIVERED: {
      title: 'The test message arrived',
      body: 'The test message sent to yourself arrived in the inbox on {{host}}.',
      action: 'You can send and receive mail with these settings.',
    },
    TEST_MESSAGE_FAILED: {
      title: 'The test message did not arrive',
      body: 'It was sent, but did not arrive in the inbox on {{host}} while MailWiz waited.',
      action: 'Check the spam folder. If it is not there, wait a little and press "Check again".',
    },
  },
  variants: {
    PORT25_REJECTED: {
      body: '{{isp}} stops mail sent on port 25 to outside mail servers, to fight spam (port 25 of {{host}} refused the connection). Nothing is broken: most providers do this.',
    },
    STARTTLS_UNAVAILABLE_NO_TLS: {
      action: 'No encrypted port was found on this server. Ask your mail host about encryption.',
    },
    STARTTLS_TAMPERED_NO_TLS: {
      action: 'Check the mail scanning of your antivirus software and the settings of your router.',
    },
    STARTTLS_INJECTION_NO_TLS: {
      action: 'Tell your mail host about this.',
    },
    PREAUTH_CLEARTEXT_NO_TLS: {
      action: 'Ask your mail host about encryption.',
    },
    PLAINTEXT_ONLY_PASSWORD_SENT: {
      body: 'This server offers neither SSL/TLS nor STARTTLS. With this setting your password and mail cross the network readable, and anyone on the way could read them. As you allowed it, the login check sent the password (user name {{username}}) unencrypted.',
    },
    AUTH_FAILED_NO_USERNAME: {
      body: '{{host}} did not accept this user name and password.',
    },
    CERT_NAME_MISMATCH_NO_SUGGESTION: {
      action: 'Check that you use the server name your mail host gave you.',
    },
    TEST_MESSAGE_NOT_SENT: {
      title: 'The test message could not be sent',
      body: '{{host}} did not accept the test message.',
      action: 'Check the outgoing port and authentication settings and check again.',
    },
  },
  notes: {
    'xserver-host-name':
      'Use your own server name sv****.xserver.jp for incoming and outgoing mail; the user name is the whole email address.',
    'xserver-foreign-smtp':
      'Sending from outside Japan is blocked unless "SMTP認証の国外アクセス制限" is lifted in the server panel.',
    'sakura-initial-domain':
      'Your own domain certificate cannot be used for mail over SSL: use your initial domain name (….sakura.ne.jp).',
    'onamae-certificate':
      "A certificate warning appears because the certificate names the provider's server, not your domain.",
    'google-oauth':
      'For Google Workspace, IMAP/SMTP with a plain password was announced to end on 30 September 2024; a secondary source quoting Google puts the final shutdown on 1 May 2025. Sign in with OAuth2 or use an app password.',
    'microsoft-basic-auth-2026':
      'For existing tenants, SMTP sign-in with a password is turned off by default at the end of December 2026 (error 550 5.7.30): use OAuth2.',
    'asahi-net-587-no-starttls': 'Port 587 works only without STARTTLS; port 465 (SSL/TLS) is recommended.',
    'outlook-com-pop-imap-off':
      'POP and IMAP are turned off by default for Outlook.com addresses: turn them on in the Outlook.com settings. Sign-in works only with OAuth2 (Modern Auth).',
    'asahi-net-id':
      'The user name is your ASAHI Net ID, not your email address. Enter it as the user name under the advanced settings.',
    'kagoya-account-name':
      'The user name is the mail account name shown in the KAGOYA control panel (like kir123456.taro), not your email address. Enter it as the user name under the advanced settings.',
    'docomo-d-account':
      'The user name is your d ACCOUNT ID, and the password is the IMAP-only password set for docomo mail (not your d ACCOUNT password).',
    'zoho-imap-enable':
      'Turn on IMAP access in the Zoho Mail settings first. With two-step verification on, use an app-specific password.',
    'icloud-app-password':
      'Mail programs need an app-specific password created at appleid.apple.com. For incoming mail the user name is the part before the @.',
  },
  defaults: {
    isp: 'Your provider',
    provider: 'This service',
    host: 'the server',
    username: 'the given user name',
    value: 'unknown',
    server: 'server',
    domain: 'this domain',
    ports: 'unknown',
  },
  reasons: {
    srv: 'A DNS SRV record points to this server',
    'autoconfig-http': 'Only an autoconfig file fetched without encryption (HTTP) names this server',
    'autoconfig-mx': 'The autoconfig of the domain that receives your mail (MX) names this server',
    certificate: 'This name is written in the server’s certificate',
    guess: 'This server was guessed from the domain name',
  },
  servers: {
    smtp: 'outgoing server (SMTP)',
    imap: 'incoming server (IMAP)',
    pop3: 'incoming server (POP3)',
  },
  listSeparator: ', ',
  sentenceSeparator: ' ',
  titleSeparator: '. ',
  severity: { ok: 'Confirmed', info: 'Note', warning: 'Warning', error: 'Problem' },
};
