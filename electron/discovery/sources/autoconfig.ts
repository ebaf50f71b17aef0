// The domain's own autoconfig file: autoconfig.<domain> first, then /.well-known/, HTTPS before HTTP.
import type { DiscoverySource } from './source.js';
import { emailQuery, fetchAutoconfig, firstFound } from './autoconfig-fetch.js';

export const autoconfigSource: DiscoverySource = {
  name: 'autoconfig',
  tracked: true,
  async run(context) {
    const { domain, email } = context;
    const query = emailQuery(email);
    const found = await firstFound(
      [
        `https://autoconfig.${domain}/mail/config-v1.1.xml${query}`,
        `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
        `http://autoconfig.${domain}/mail/config-v1.1.xml${query}`,
        `http://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
      ].map((url) => fetchAutoconfig(context, url, 'autoconfig')),
    );
    return found ?? [];
  },
};
