// Step 3 of the wizard: before probing, who do we think the access ISP and the mail host are? The user
// confirms or corrects this; the answer becomes hints for the diagnosis.
import { domainToASCII } from 'node:url';
import { DEFAULT_PUBLIC_IP_URL, stageTimeouts, type DiagnosisConfig } from '../shared/engine-config.js';
import type { ContextGuess, ProviderOption } from '../shared/diagnosis-types.js';
import { parseEmailAddress } from '../shared/email-address.js';
import { createDnsClient } from './dns-client.js';
import { createHttpClient } from './http-get.js';
import { recognizeHostingFromDns } from './provider-clues.js';
import { providerOptions } from './providers.js';
import { ispSource, lookupPublicIp } from './public-ip.js';
import { hostingNamedSource } from './recognize-provider.js';

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
  const match = await recognizeHostingFromDns(dns, {
    domain,
    mx: mx.records.map((record) => record.exchange),
    ns: ns.records,
  });
  // A host number read from the host's own server name needs no question.
  const needsHostNumber =
    match?.hosting.needs.includes('hostNumber') === true && match.hostNumber === undefined;
  return {
    domain,
    isp: ispSource(publicIp),
    hosting: hostingNamedSource(match),
    needs: needsHostNumber ? ['hostNumber'] : [],
  };
}

export function listProviders(): { isps: ProviderOption[]; hostings: ProviderOption[] } {
  return providerOptions();
}
