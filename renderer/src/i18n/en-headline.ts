// English texts for the result's headline, typed against the Japanese ones.
import type { jaHeadline } from './ja-headline';

export const enHeadline: typeof jaHeadline = {
  headline: {
    listSeparator: ', ',
    ok: {
      title: 'Enter these settings in your mail program.',
      detail: 'Sending and receiving were both proven to log in with this password.',
    },
    okNoPassword: {
      title: 'The mail servers were found (the password was not checked).',
      detail:
        'No password was entered, so only the connections were checked. Whether you can log in is not known yet.',
    },
    plaintext: {
      title: 'The mail server {{host}} offers no encryption.',
      detail:
        'With this setting your password and mail cross the network readable by anyone on the way. Ask your hosting company whether they have a server name or port with encryption.',
    },
    loginFailed: {
      title: 'The password was not accepted.',
      detail:
        '{{servers}} refused the login with the user name {{username}} and this password. Enter the password again and check again.',
    },
    portsBlocked: {
      title: 'This network blocks mail (an office firewall or guest Wi-Fi, for example).',
      detail:
        '{{host}} answered on a web port but not on the mail ports {{ports}}. Ask your IT staff to open these ports, or check from another network (such as your phone’s tethering). Meanwhile you can use webmail in your browser, if your provider offers it.',
    },
    dnsUnreachable: {
      title: 'The DNS server did not answer, so the mail servers could not be looked up.',
      detail:
        'Whether the domain exists could not be found out. Make sure you are connected to the internet and check again. If it keeps happening, ask your IT staff to look at the DNS settings.',
    },
    serverUnreachable: {
      title: 'This PC cannot reach the mail server.',
      detail:
        '{{host}} answered neither on the mail ports nor on the web ports. Make sure you are connected to the internet and check again.',
    },
    serversUnresponsive: {
      title: 'The mail server accepted the connection but never answered.',
      detail:
        '{{host}} kept the connection open without answering within the time limit. Check again later; if it keeps happening, ask your hosting company.',
    },
    notFound: {
      title: 'No mail server was found for {{domain}}.',
      detail:
        'DNS was asked for the mail servers (MX) and the addresses (A/AAAA) of {{domain}}, and has none. Enter the server name your hosting company gave you and check again.',
    },
    cancelled: {
      title: 'You stopped the check, so nothing has been decided yet.',
      detail: 'Below is only what was found until then. Checking again starts from the beginning.',
    },
    withheld: {
      title: 'The mail servers were found, but the password has not been sent yet.',
      detail:
        'The server names lie outside your email address’s domain, so only the connection and encryption were checked. Choose below whether the password may be sent to them.',
    },
    partial: {
      works_missing: 'Sending works, but no incoming server was found.',
      connects_missing: 'The outgoing server was found, but no incoming server.',
      missing_works: 'Receiving works, but no outgoing server was found.',
      missing_connects: 'The incoming server was found, but no outgoing server.',
      works_connects: 'Sending logged in, but the password was not proven for receiving.',
      connects_works: 'Receiving logged in, but the password was not proven for sending.',
      connects_connects: 'The mail servers were found, but no login with the password was proven.',
      detailMissing:
        'Enter the server name your hosting company gave you and check again. See the notes below.',
      detailUnproven: 'The connections work, but whether you can log in is not known. See the notes below.',
    },
    actions: {
      reenterPassword: 'Check with this password',
      enterServer: 'Enter a server name and check',
      retryOtherNetwork: 'Check again on another network',
    },
    password: 'Password (enter again)',
    passwordMissing: 'Enter the password.',
    exportWarning: {
      passwordRefused: 'The password was not accepted, so the exported settings will not log in as they are.',
      loginUnproven: 'No login was proven: the exported settings are only known to connect.',
    },
  },
};
