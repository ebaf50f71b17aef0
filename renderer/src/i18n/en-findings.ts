// English texts for findings; the shape is the Japanese one (ja-findings.ts).
import type { Messages } from './messages';

type FindingMessages = Pick<
  Messages,
  'findings' | 'findingVariants' | 'providerNotes' | 'findingDefaults' | 'findingServer' | 'severity'
>;

export const enFindings: FindingMessages = {
  findings: {
    PORT25_BLOCKED: {
      title: 'Port 25 is blocked (OP25B)',
      body: '{{isp}} stops mail sent on port 25 to outside mail servers, to fight spam. Nothing is broken: most providers do this.',
      action: 'Set the outgoing server port to {{ports}} and use authentication (normal password).',
    },
    CERT_UNTRUSTED: {
      title: 'The certificate of {{host}} is not trusted',
      body: 'The connection can be encrypted, but there is no proof that the server is the real one.',
      action: 'Check that you use the server name your mail host gave you.',
    },
    CERT_EXPIRED: {
      title: 'The certificate of {{host}} has expired',
      body: 'The certificate was valid until {{validTo}}.',
      action: 'Ask your mail host to renew the certificate.',
    },
    CERT_SELF_SIGNED: {
      title: 'The certificate of {{host}} is self-signed',
      body: 'It is not issued by a public authority, so mail programs will show a warning.',
      action: 'If your mail host names a shared server name, use that name instead.',
    },
    CERT_NAME_MISMATCH: {
      title: 'The certificate does not match the server name',
      body: 'MailWiz connected to {{host}}, but the certificate names {{certNames}}.',
      action: 'Use {{suggestedHost}} as the server name.',
    },
    STARTTLS_UNAVAILABLE: {
      title: '{{host}} port {{port}} does not offer STARTTLS',
      body: 'Without encryption your password could be read on the way.',
      action: 'Use an SSL/TLS port instead (incoming 993 / 995, outgoing 465).',
    },
    STARTTLS_TAMPERED: {
      title: 'Something on the way is blocking encryption',
      body: 'The STARTTLS offer from {{host}} was altered on the way (often antivirus mail scanning or a router feature).',
      action: 'Use an SSL/TLS port, or check the mail scanning feature of your antivirus.',
    },
    STARTTLS_INJECTION: {
      title: 'Something went wrong when {{host}} started encryption',
      body: 'Extra data arrived before encryption began. For safety this connection is not used.',
      action: 'Use an SSL/TLS port. If it keeps happening, tell your mail host.',
    },
    PLAINTEXT_ONLY: {
      title: '{{host}} only accepts unencrypted connections',
      body: 'Your password would travel unencrypted.',
      action: 'Ask your mail host for a server name that supports SSL/TLS.',
    },
    PREAUTH_CLEARTEXT: {
      title: '{{host}} logs you in without encryption',
      body: 'Your mail could travel unencrypted.',
      action: 'Use an SSL/TLS port.',
    },
    AUTH_OK: {
      title: 'Login to the {{server}} works',
      body: 'MailWiz logged in to {{host}} as {{username}}.',
      action: 'You can use these settings as they are.',
    },
    AUTH_FAILED: {
      title: 'Login failed',
      body: '{{host}} said the user name or the password is wrong.',
      action:
        'Check your password and try again. If your user name differs from your address, enter it under Advanced.',
    },
    AUTH_USERNAME_LOCALPART: {
      title: 'Your user name is the part before the “@”',
      body: 'This server accepted the login as {{username}}.',
      action: 'Enter {{username}} as the user name in your mail program.',
    },
    AUTH_BASIC_DISABLED: {
      title: 'Password login is turned off',
      body: '{{provider}} has turned off login with a password alone (basic authentication).',
      action: 'Choose OAuth2 (sign in through the browser) in your mail program, or use an app password.',
    },
    OAUTH_REQUIRED: {
      title: 'Sign-in through the browser (OAuth2) is required',
      body: '{{provider}} does not accept a password typed into the mail program.',
      action: 'Choose OAuth2 as the authentication method and sign in on the page that opens.',
    },
    APP_PASSWORD_POSSIBLE: {
      title: 'You can use an app password',
      body: '{{provider}} lets you create a separate password just for your mail program.',
      action: 'Create an app password in your account security settings and enter it as the password.',
    },
    NO_MAIL_HOST: {
      title: 'No mail server was found for this domain',
      body: '{{host}} has no mail server (MX) registered, or the domain does not exist.',
      action:
        'Check the spelling of your address. If it is right, enter the server name from your setup letter under Advanced.',
    },
    NO_INCOMING_FOUND: {
      title: 'No incoming server was found',
      body: 'No IMAP or POP3 port could be reached.',
      action: 'Enter the incoming server name from your setup letter under Advanced and check again.',
    },
    NO_OUTGOING_FOUND: {
      title: 'No outgoing server was found',
      body: 'No SMTP port could be reached.',
      action: 'Enter the outgoing server name from your setup letter under Advanced and check again.',
    },
    SERVERS_UNRESPONSIVE: {
      title: 'The mail servers did not answer',
      body: 'Connections were accepted or dropped, but no server greeted or started encryption within 7 seconds.',
      action: 'The server may be down or blocked on this network: try again later, or ask your mail host.',
    },
    TLS_OUTDATED: {
      title: '{{host}} uses outdated encryption',
      body: 'It uses {{tlsVersion}}. Newer mail programs may refuse to connect.',
      action: 'Ask your mail host about support for TLS 1.2 or later.',
    },
    PROVIDER_NOTE: {
      title: 'A note about {{provider}}',
      body: 'This service has its own settings or limits.',
      action: 'Please also read the setup guide from {{provider}}.',
    },
    HOST_HINT_NEEDED: {
      title: 'A server number is needed',
      body: 'At {{provider}} the mail server name contains a number specific to your contract.',
      action: 'Go back and enter your server number (for example sv1234).',
    },
    SRV_TARGET_OUTSIDE_DOMAIN: {
      title: 'The autoconfiguration points to a server in another domain',
      body: 'Your domain records point to {{host}}.',
      action: 'Check that this matches the server name your mail host gave you.',
    },
    DISCOVERY_PARTIAL: {
      title: 'Some information could not be looked up',
      body: 'Some DNS or other lookups did not answer, so the result may be incomplete.',
      action: 'Check your network and try again.',
    },
    CANCELLED: {
      title: 'The check was cancelled',
      body: 'The check did not finish, so the settings are not confirmed.',
      action: 'Choose “Check again” to run the whole check.',
    },
    TEST_MESSAGE_DELIVERED: {
      title: 'The test message arrived',
      body: 'A test message sent to yourself arrived in your inbox at {{host}}.',
      action: 'Sending and receiving mail work with these settings.',
    },
    TEST_MESSAGE_FAILED: {
      title: 'The test message did not arrive',
      body: 'It was sent, but did not arrive in your inbox at {{host}} within the waiting time.',
      action: 'Look in your junk mail folder. If it is not there, wait a little and choose “Check again”.',
    },
  },
  findingVariants: {
    TEST_MESSAGE_NOT_SENT: {
      title: 'The test message could not be sent',
      body: '{{host}} did not accept the test message.',
      action: 'Check the port and authentication of the outgoing server, then check again.',
    },
  },
  providerNotes: {
    'xserver-host-name':
      'Use your contract’s server name sv****.xserver.jp for incoming and outgoing mail. The user name is the full email address.',
    'xserver-foreign-smtp':
      'Sending from outside Japan is blocked unless you lift the foreign-access limit for SMTP authentication in the server panel.',
    'sakura-initial-domain':
      'Certificates for your own domain cannot be used for mail over SSL. Use your initial domain name (….sakura.ne.jp) as the server name.',
    'onamae-certificate':
      'A certificate warning appears because the certificate names the provider’s server, not your domain.',
    'google-oauth':
      'For Google Workspace, IMAP/SMTP with a plain password ended on 30 September 2024. Sign in with OAuth2 or use an app password.',
    'microsoft-basic-auth-2026':
      'For existing tenants, SMTP login with a password is turned off by default at the end of December 2026 (error 550 5.7.30). Use OAuth2.',
    'asahi-net-587-no-starttls': 'Port 587 works only without STARTTLS. Port 465 (SSL/TLS) is recommended.',
  },
  findingDefaults: {
    isp: 'Your Internet provider',
    provider: 'This service',
    host: 'this server',
    username: 'the given user name',
    value: 'unknown',
    server: 'server',
  },
  findingServer: {
    smtp: 'outgoing server',
    imap: 'incoming server (IMAP)',
    pop3: 'incoming server (POP3)',
  },
  severity: {
    ok: 'Confirmed',
    info: 'Info',
    warning: 'Warning',
    error: 'Problem',
  },
};
