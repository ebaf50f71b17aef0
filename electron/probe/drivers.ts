import type { MailProtocol } from '../shared/probe-types.js';
import { createImapDriver } from './imap.js';
import { createPop3Driver } from './pop3.js';
import type { ProtocolDriver } from './protocol.js';
import { createSmtpDriver } from './smtp.js';

export function driverFor(protocol: MailProtocol, clientName: string): ProtocolDriver {
  switch (protocol) {
    case 'smtp':
      return createSmtpDriver(clientName);
    case 'imap':
      return createImapDriver();
    case 'pop3':
      return createPop3Driver();
  }
}
