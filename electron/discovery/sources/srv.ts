// RFC 6186 SRV records (_submission._tcp, _imaps._tcp, ...) for the mailbox domain.
import type { ServerCandidate } from '../candidate.js';
import { capSourceCandidates } from '../candidate-caps.js';
import { SRV_SERVICES } from '../ports.js';
import type { DiscoverySource } from './source.js';

export const srvSource: DiscoverySource = {
  name: 'srv',
  tracked: true,
  async run({ dns, domain, fail }) {
    const answers = await Promise.all(
      SRV_SERVICES.map(async (service) => ({ service, answer: await dns.srv(`${service.label}.${domain}`) })),
    );
    const candidates: ServerCandidate[] = [];
    for (const { service, answer } of answers) {
      if (answer.outcome === 'timeout' || answer.outcome === 'error') fail();
      for (const record of answer.records) {
        // RFC 6186 §4: a target of "." means the service is decidedly not offered.
        if (record.name === '' || record.name === '.') continue;
        candidates.push({
          protocol: service.protocol,
          host: record.name,
          port: record.port,
          security: service.security,
          source: 'srv',
        });
      }
    }
    return capSourceCandidates(candidates);
  },
};
