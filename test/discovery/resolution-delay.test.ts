// RFC 8305 §3: once one address family has answered, the other gets 50 ms more. A resolver that never
// answers AAAA (some home routers and ISP resolvers) must not hold every host for the query's timeout.
// A real DNS server on loopback swallows one query type; its log shows both were asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient } from '../../electron/discovery/dns-client.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';

const TIMEOUT_MS = 3_000;

describe('address look-up with one family unanswered', () => {
  let dns: DnsServer;

  beforeAll(async () => {
    dns = await startDnsServer({
      zone: {
        'both.test': { A: ['192.0.2.10'], AAAA: ['2001:db8::10'] },
        'no-aaaa-answer.test': { A: ['192.0.2.20'], AAAA: ['2001:db8::20'] },
        'no-a-answer.test': { A: ['192.0.2.30'], AAAA: ['2001:db8::30'] },
        'v4-only.test': { A: ['192.0.2.40'] },
      },
      silent: ['no-aaaa-answer.test/AAAA', 'no-a-answer.test/A', 'nothing.test'],
    });
  });
  afterAll(() => dns.close());

  const timed = async (name: string) => {
    const client = createDnsClient({ servers: [dns.server], timeoutMs: TIMEOUT_MS });
    const started = performance.now();
    const answer = await client.addresses(name);
    return { answer, ms: performance.now() - started };
  };

  it('uses the A records without waiting out the unanswered AAAA query', async () => {
    const { answer, ms } = await timed('no-aaaa-answer.test');
    expect(answer).toEqual({ outcome: 'ok', records: ['192.0.2.20'] });
    expect(ms).toBeLessThan(TIMEOUT_MS / 2);
    expect(dns.queries).toContainEqual({ name: 'no-aaaa-answer.test', type: 'AAAA' });
  });

  it('uses the AAAA records when the A query goes unanswered', async () => {
    const { answer, ms } = await timed('no-a-answer.test');
    expect(answer).toEqual({ outcome: 'ok', records: ['2001:db8::30'] });
    expect(ms).toBeLessThan(TIMEOUT_MS / 2);
  });

  it('still gives both families when both answer, IPv6 first', async () => {
    const { answer } = await timed('both.test');
    expect(answer).toEqual({ outcome: 'ok', records: ['2001:db8::10', '192.0.2.10'] });
  });

  it('a name without AAAA records (NODATA) gets its A records', async () => {
    const { answer, ms } = await timed('v4-only.test');
    expect(answer).toEqual({ outcome: 'ok', records: ['192.0.2.40'] });
    expect(ms).toBeLessThan(TIMEOUT_MS / 2);
  });

  it('reports a timeout when neither family answers', async () => {
    const { answer, ms } = await timed('nothing.test');
    expect(answer).toEqual({ outcome: 'timeout', records: [] });
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
  });
});
