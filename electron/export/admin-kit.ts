// The domain admin's kit: what to publish so every future client configures itself — Thunderbird's
// autoconfig file, an Outlook Autodiscover (POX) response and RFC 6186/8314 SRV records.
import { isIP } from 'node:net';
import { XMLBuilder } from 'fast-xml-parser';
import { ApiFailure } from '../shared/api-errors.js';
import type { MailProtocol, Security } from '../shared/probe-types.js';
import type { ExportModel, ExportServer, Lang } from './model.js';
import { requireServers } from './require-servers.js';

const POX_ENCRYPTION: Record<Security, string> = { tls: 'SSL', starttls: 'TLS', none: 'None' };

function poxProtocol(server: ExportServer, usePopAuth: boolean): Record<string, unknown> {
  return {
    Type: server.protocol.toUpperCase(),
    Server: server.host,
    Port: server.port,
    DomainRequired: 'off',
    // Outlook logs in with the address when LoginName is absent; any other form must be spelled out.
    ...(server.usernameForm === 'local-part' || server.usernameForm === 'other'
      ? { LoginName: server.username }
      : {}),
    // SPA defaults to on when missing, which would make Outlook try NTLM: say off.
    SPA: 'off',
    SSL: server.security === 'none' ? 'off' : 'on',
    Encryption: POX_ENCRYPTION[server.security],
    AuthRequired: server.auth === 'none' ? 'off' : 'on',
    ...(server.protocol === 'smtp' && server.auth !== 'none'
      ? { UsePOPAuth: usePopAuth ? 'on' : 'off' }
      : {}),
  };
}

export function autodiscoverXml(model: ExportModel): string {
  const { incoming, outgoing } = requireServers(model);
  const sameLogin = outgoing.username === null || outgoing.username === incoming.username;
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
  });
  const xml = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    Autodiscover: {
      '@_xmlns': 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006',
      Response: {
        '@_xmlns': 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a',
        Account: {
          AccountType: 'email',
          Action: 'settings',
          Protocol: [poxProtocol(incoming, false), poxProtocol(outgoing, sameLogin)],
        },
      },
    },
  }) as string;
  return `${xml.trimEnd()}\n`;
}

export function srvService(protocol: MailProtocol, security: Security): string {
  const implicit = security === 'tls';
  if (protocol === 'smtp') return implicit ? '_submissions' : '_submission';
  if (protocol === 'imap') return implicit ? '_imaps' : '_imap';
  return implicit ? '_pop3s' : '_pop3';
}

const ALL_SERVICES = ['_submissions', '_submission', '_imaps', '_imap', '_pop3s', '_pop3'];

/** Zone-file lines; priority follows the preference order (lower is preferred, RFC 2782). */
export function srvZoneLines(model: ExportModel, lang: Lang, ttl = 3600): string {
  requireServers(model);
  // Host names were checked when the model was built; an SRV target must also be a name (RFC 2782).
  if (!model.domain) throw new ApiFailure('INVALID_HOST', { field: 'domain', host: '' });
  const literal = [...model.incoming, ...model.outgoing].find((s) => isIP(s.host) !== 0);
  if (literal) throw new ApiFailure('INVALID_HOST', { field: 'server', host: literal.host });
  const owner = (service: string) => `${service}._tcp.${model.domain}.`;
  const record = (server: ExportServer, index: number) => {
    const service = srvService(server.protocol, server.security);
    return {
      service,
      line: `${owner(service)} ${ttl} IN SRV ${index * 10} 1 ${server.port} ${server.host}.`,
    };
  };
  const records = [...model.incoming.map(record), ...model.outgoing.map(record)];
  const offered = new Set(records.map((r) => r.service));
  const notOffered = ALL_SERVICES.filter((s) => !offered.has(s)).map(
    (s) => `; ${owner(s)} ${ttl} IN SRV 0 0 0 .`,
  );
  const ja = lang === 'ja';
  return [
    ja
      ? `; ${model.domain} の RFC 6186 / RFC 8314 SRV レコード（MailWiz が確認した設定）`
      : `; RFC 6186 / RFC 8314 SRV records for ${model.domain} (settings checked by MailWiz)`,
    ...records.map((r) => r.line),
    ja
      ? '; 次のサービスは確認できませんでした。提供していない場合は行頭の ; を外して「提供なし」を公開します（RFC 6186 3.4 節）:'
      : '; Not seen by MailWiz. If a service is really not offered, uncomment its line to publish "not offered" (RFC 6186 section 3.4):',
    ...notOffered,
    ja
      ? '; Outlook の Autodiscover を別ホストで公開する場合:'
      : '; If Autodiscover is served from another host:',
    `; _autodiscover._tcp.${model.domain}. ${ttl} IN SRV 0 0 443 autodiscover.${model.domain}.`,
    '',
  ].join('\n');
}

export function adminKitReadme(
  model: ExportModel,
  lang: Lang,
  files: { autoconfig: string; autodiscover: string; srv: string },
): string {
  const d = model.domain;
  const ja = lang === 'ja';
  const perUser = [...model.incoming, ...model.outgoing].some((s) => s.usernameForm === 'other');
  const parts = ja
    ? [
        `${d} 管理者向けキット（MailWiz）`,
        '',
        '1. config-v1.1.xml（Thunderbird などの自動設定）',
        `   https://autoconfig.${d}/mail/config-v1.1.xml と https://${d}/.well-known/autoconfig/mail/config-v1.1.xml で公開します（Content-Type: text/xml）。`,
        '2. autodiscover.xml（Outlook の Autodiscover POX 応答）',
        `   https://autodiscover.${d}/autodiscover/autodiscover.xml への POST にこの内容を返します（GET だけのサーバーでは動きません）。`,
        '3. srv-records.zone（RFC 6186 / 8314 の SRV レコード）',
        `   ${d} のゾーンに追加します。465/993/995 の暗号化ポートが優先されるよう優先度を付けてあります。`,
        ...(perUser
          ? ['', '注意: ユーザー名がアドレスから決まらない形式のため、これらのファイルはこの利用者専用です。']
          : []),
        '',
        'パスワードはどのファイルにも含まれていません。',
      ]
    : [
        `Admin kit for ${d} (MailWiz)`,
        '',
        "1. config-v1.1.xml (Thunderbird and other clients' autoconfig)",
        `   Publish at https://autoconfig.${d}/mail/config-v1.1.xml and https://${d}/.well-known/autoconfig/mail/config-v1.1.xml (Content-Type: text/xml).`,
        '2. autodiscover.xml (Outlook Autodiscover POX response)',
        `   Return it for POST requests to https://autodiscover.${d}/autodiscover/autodiscover.xml (a GET-only server will not work).`,
        '3. srv-records.zone (RFC 6186 / 8314 SRV records)',
        `   Add to the ${d} zone. Priorities make clients prefer the implicit-TLS ports 465/993/995.`,
        ...(perUser
          ? [
              '',
              'Note: the user name does not follow from the address, so these files fit this one user only.',
            ]
          : []),
        '',
        'No file contains a password.',
      ];
  const fence = (name: string, body: string) => [
    `===== ${name} =====`,
    body.trimEnd(),
    `===== end ${name} =====`,
  ];
  return [
    ...parts,
    '',
    ...fence('config-v1.1.xml', files.autoconfig),
    '',
    ...fence('autodiscover.xml', files.autodiscover),
    '',
    ...fence('srv-records.zone', files.srv),
    '',
  ].join('\n');
}
