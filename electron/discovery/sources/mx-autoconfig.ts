// A domain hosted elsewhere: the config of the preferred MX host's base domain (ISPDB, then its own
// autoconfig host), as Thunderbird does.
import { baseDomain } from '../base-domain.js';
import type { DiscoverySource } from './source.js';
import { emailQuery, fetchAutoconfig, firstFound } from './autoconfig-fetch.js';

export const mxAutoconfigSource: DiscoverySource = {
  name: 'autoconfig-mx',
  tracked: true,
  async run(context) {
    const mx = await context.mx;
    const preferred = mx.records[0]?.exchange;
    if (preferred === undefined) return null;
    const base = baseDomain(preferred);
    if (base === context.domain) return null;
    const found = await firstFound([
      context.ispdbBase === ''
        ? Promise.resolve(null)
        : fetchAutoconfig(context, `${context.ispdbBase}${base}`, 'autoconfig-mx'),
      fetchAutoconfig(
        context,
        `https://autoconfig.${base}/mail/config-v1.1.xml${emailQuery(context.email)}`,
        'autoconfig-mx',
      ),
    ]);
    return found ?? [];
  },
};
