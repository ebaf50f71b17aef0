// Gathers the DNS clues the provider recognition needs beyond MX and NS: the reverse names of the
// addresses mail is delivered to. Asked only when the cheaper clues left the host unknown or uncertain,
// and bounded by the DNS client's own timeout.
import type { DnsClient } from './dns-client.js';
import { recognizeHosting, type HostingRecognition, type ProviderFacts } from './recognize-provider.js';

const MAX_HOSTS = 2;
const MAX_ADDRESSES = 2;

/** Reverse names of the MX hosts' addresses (the domain's own when it has no MX, RFC 5321 §5.1). */
export async function mailAddressPtrNames(dns: DnsClient, domain: string, mx: string[]): Promise<string[]> {
  const hosts = (mx.length > 0 ? mx : [domain]).slice(0, MAX_HOSTS);
  const answers = await Promise.all(hosts.map((host) => dns.addresses(host)));
  const addresses = [...new Set(answers.flatMap((answer) => answer.records.slice(0, MAX_ADDRESSES)))];
  const names = await Promise.all(addresses.map((address) => dns.ptr(address)));
  return [...new Set(names.flatMap((answer) => answer.records))];
}

export async function recognizeHostingFromDns(
  dns: DnsClient,
  facts: ProviderFacts,
): Promise<HostingRecognition | undefined> {
  const cheap = recognizeHosting(facts);
  if (cheap?.confidence === 'strong') return cheap;
  const ptr = await mailAddressPtrNames(dns, facts.domain, facts.mx ?? []).catch(() => []);
  return recognizeHosting({ ...facts, ptr });
}
