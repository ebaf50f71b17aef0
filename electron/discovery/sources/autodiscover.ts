// Microsoft Autodiscover (POX): the request names the address, the answer lists the servers.
import { autodiscoverRequestBody, parseAutodiscover } from '../autodiscover-xml.js';
import type { ServerCandidate } from '../candidate.js';
import type { DiscoverySource } from './source.js';
import { firstFound } from './autoconfig-fetch.js';

export const autodiscoverSource: DiscoverySource = {
  name: 'autodiscover',
  tracked: true,
  async run({ http, email, domain, httpMs, signal, fail }) {
    const body = autodiscoverRequestBody(email);
    const attempt = async (url: string): Promise<ServerCandidate[] | null> => {
      const response = await http({ url, method: 'POST', body, timeoutMs: httpMs, signal });
      if (response.outcome === 'timeout') fail();
      return response.outcome === 'ok' ? parseAutodiscover(response.body) : null;
    };
    const found = await firstFound([
      attempt(`https://autodiscover.${domain}/autodiscover/autodiscover.xml`),
      attempt(`https://${domain}/autodiscover/autodiscover.xml`),
    ]);
    return found ?? [];
  },
};
