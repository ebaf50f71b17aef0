// The domain's own autoconfig file: autoconfig.<domain> first, then /.well-known/, HTTPS before HTTP.
import type { DiscoverySource } from './source.js';
import { emailQuery, fetchAutoconfig, firstFound } from './autoconfig-fetch.js';

export const autoconfigSource: DiscoverySource = {
  name: 'autoconfig',
  tracked: true,
  async run(context) {
    const { domain, email } = context;
    const query = emailQuery(email);
    // Over plain HTTP the address would travel readable (RFC 6186 §6): no query there, and what
    // comes back is only a guess ('autoconfig-http').
    const found = await firstFound([
      ...[
        `https://autoconfig.${domain}/mail/config-v1.1.xml${query}`,
        `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
      ].map((url) => fetchAutoconfig(context, url, 'autoconfig')),
      ...[
        `http://autoconfig.${domain}/mail/config-v1.1.xml`,
        `http://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
      ].map((url) => fetchAutoconfig(context, url, 'autoconfig-http')),
    ]);
    return found ?? [];
  },
};
