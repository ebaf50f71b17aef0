// Thunderbird's ISP database, looked up by the mailbox domain.
import type { DiscoverySource } from './source.js';
import { fetchAutoconfig } from './autoconfig-fetch.js';

export const ispdbSource: DiscoverySource = {
  name: 'ispdb',
  tracked: true,
  async run(context) {
    if (context.ispdbBase === '') return null;
    return (await fetchAutoconfig(context, `${context.ispdbBase}${context.domain}`, 'ispdb')) ?? [];
  },
};
