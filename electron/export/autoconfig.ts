// Thunderbird autoconfig (config-v1.1.xml): every known server, in preference order, built with a real
// XML builder so names and hosts are always escaped. Also the file an admin publishes at
// autoconfig.<domain>, so user names become placeholders whenever they follow the address.
import { XMLBuilder } from 'fast-xml-parser';
import type { ExportModel, ExportServer } from './model.js';
import { requireServers } from './require-servers.js';

export const SOCKET_TYPE = { tls: 'SSL', starttls: 'STARTTLS', none: 'plain' } as const;
export const AUTHENTICATION = {
  password: 'password-cleartext',
  'password-encrypted': 'password-encrypted',
  oauth2: 'OAuth2',
  none: 'none',
} as const;

export function usernamePlaceholder(server: ExportServer): string | null {
  switch (server.usernameForm) {
    case 'address':
      return '%EMAILADDRESS%';
    case 'local-part':
      return '%EMAILLOCALPART%';
    case 'other':
      return server.username;
    case 'none':
      return null;
  }
}

function serverNode(server: ExportServer): Record<string, unknown> {
  const username = usernamePlaceholder(server);
  return {
    '@_type': server.protocol,
    hostname: server.host,
    port: server.port,
    socketType: SOCKET_TYPE[server.security],
    ...(username === null ? {} : { username }),
    authentication: AUTHENTICATION[server.auth],
  };
}

export function autoconfigXml(model: ExportModel): string {
  requireServers(model);
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: false,
  });
  const shortName = model.domain.split('.')[0] ?? model.domain;
  const xml = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    clientConfig: {
      '@_version': '1.1',
      emailProvider: {
        '@_id': model.domain,
        domain: [model.domain],
        displayName: model.displayDomain || model.domain,
        displayShortName: shortName,
        incomingServer: model.incoming.map(serverNode),
        outgoingServer: model.outgoing.map(serverNode),
      },
    },
  }) as string;
  return `${xml.trimEnd()}\n`;
}
