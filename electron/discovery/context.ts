// Step 3 of the wizard: before probing, who do we think the access ISP and the mail host are? The user
// confirms or corrects this; the answer becomes hints for the diagnosis.
import { domainToASCII } from 'node:url';
import { DEFAULT_PUBLIC_IP_URL, stageTimeouts, type DiagnosisConfig } from '../shared/engine-config.js';
import type { ContextGuess, ProviderOption } from '../shared/diagnosis-types.js';
import { parseEmailAddress } from '../shared/email-address.js';
import { createDnsClient } from './dns-client.js';
import { createHttpClient } from './http-get.js';
import { hostingNeeds, matchHosting, providerOptions } from './providers.js';
import { ispSource, lookupPublicIp } from './public-ip.js';

export async function guessContext(
  email: string,
  options: { publicIpLookup: boolean; config?: DiagnosisConfig | undefined },
): Promise<ContextGuess> {
  const parsed = parseEmailAddress(email, domainToASCII);
  if (!parsed.ok) return { domain: '', isp: null, hosting: null, needs: [] };
  const domain = parsed.email.asciiDomain;
  const timeouts = stageTimeouts(options.config);
  const dns = createDnsClient({ servers: options.config?.dnsServers, timeoutMs: timeouts.dnsMs });
  const http = createHttpClient({
    dns,
    extraCaPem: options.config?.extraCaPem,
    portOverrides: options.config?.httpPorts,
  });
  const publicIpUrl = options.config?.publicIpUrl ?? DEFAULT_PUBLIC_IP_URL;

  const [mx, ns, publicIp] = await Promise.all([
    dns.mx(domain),
    dns.ns(domain),
    options.publicIpLookup
      ? lookupPublicIp(publicIpUrl, http, dns, timeouts.publicIpMs).catch(() => undefined)
      : Promise.resolve(undefined),
  ]);
  const match = matchHosting(
    domain,
    mx.records.map((record) => record.exchange),
    ns.records,
  );
  return {
    domain,
    isp: ispSource(publicIp?.isp),
    hosting: match ? { name: match.hosting.name, id: match.hosting.id, source: match.source } : null,
    needs: match ? hostingNeeds(match.hosting) : [],
  };
}

export function listProviders(): { isps: ProviderOption[]; hostings: ProviderOption[] } {
  return providerOptions();
}
