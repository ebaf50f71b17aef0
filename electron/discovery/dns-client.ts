// DNS look-ups for discovery, each with its own deadline and a stable outcome code. The app uses the
// system resolver (so a per-namespace resolv.conf applies); tests and the lab pass explicit servers.
import { promises as dns } from 'node:dns';

export type DnsOutcome = 'ok' | 'nxdomain' | 'nodata' | 'timeout' | 'error';

export interface DnsAnswer<T> {
  outcome: DnsOutcome;
  records: T[];
}

export interface SrvRecord {
  name: string;
  port: number;
  priority: number;
  weight: number;
}

export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface DnsClient {
  a(name: string): Promise<DnsAnswer<string>>;
  aaaa(name: string): Promise<DnsAnswer<string>>;
  mx(name: string): Promise<DnsAnswer<MxRecord>>;
  srv(name: string): Promise<DnsAnswer<SrvRecord>>;
  ns(name: string): Promise<DnsAnswer<string>>;
  cname(name: string): Promise<DnsAnswer<string>>;
  ptr(address: string): Promise<DnsAnswer<string>>;
  txt(name: string): Promise<DnsAnswer<string>>;
  /** A and AAAA together; addresses IPv6 first. `outcome` is the better of the two. */
  addresses(name: string): Promise<DnsAnswer<string>>;
}

export interface DnsClientOptions {
  /** `ip` or `ip:port` / `[ip6]:port`; omitted = the system's resolv.conf. */
  servers?: string[] | undefined;
  timeoutMs?: number | undefined;
}

const NXDOMAIN = new Set(['ENOTFOUND', 'NXDOMAIN']);
const NODATA = new Set(['ENODATA', 'NODATA']);
const TIMEOUT = new Set(['ETIMEOUT', 'ETIMEDOUT', 'ECANCELLED']);

function classify(error: unknown): DnsOutcome {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'error';
  if (NXDOMAIN.has(code)) return 'nxdomain';
  if (NODATA.has(code)) return 'nodata';
  if (TIMEOUT.has(code)) return 'timeout';
  return 'error';
}

function trimDot(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

const RANK: Record<DnsOutcome, number> = { ok: 0, nodata: 1, nxdomain: 2, timeout: 3, error: 4 };

/**
 * RFC 8305 §3 "Resolution Delay": once one family has addresses, the other gets 50 ms more. Some home
 * routers and ISP resolvers never answer AAAA; without this every host would wait for that query's
 * whole timeout before a single connection is tried.
 */
const RESOLUTION_DELAY_MS = 50;

type FamilyAnswer = DnsAnswer<string>;
const NOT_ANSWERED: FamilyAnswer = { outcome: 'timeout', records: [] };

function bothFamilies(
  v6: Promise<FamilyAnswer>,
  v4: Promise<FamilyAnswer>,
): Promise<[FamilyAnswer, FamilyAnswer]> {
  return new Promise((resolve) => {
    const answers: [FamilyAnswer | null, FamilyAnswer | null] = [null, null];
    let timer: NodeJS.Timeout | undefined;
    const settle = () => {
      clearTimeout(timer);
      resolve([answers[0] ?? NOT_ANSWERED, answers[1] ?? NOT_ANSWERED]);
    };
    const take = (index: 0 | 1) => (answer: FamilyAnswer) => {
      answers[index] = answer;
      if (answers[0] !== null && answers[1] !== null) settle();
      else if (answer.records.length > 0 && timer === undefined)
        timer = setTimeout(settle, RESOLUTION_DELAY_MS);
    };
    void v6.then(take(0));
    void v4.then(take(1));
  });
}

export function createDnsClient(options: DnsClientOptions = {}): DnsClient {
  const timeoutMs = options.timeoutMs ?? 3_000;
  // c-ares retries per server; one try each keeps the whole look-up within timeoutMs.
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 1 });
  if (options.servers !== undefined && options.servers.length > 0) resolver.setServers(options.servers);

  async function run<T>(query: () => Promise<T[]>): Promise<DnsAnswer<T>> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<DnsAnswer<T>>((resolve) => {
      timer = setTimeout(() => resolve({ outcome: 'timeout', records: [] }), timeoutMs + 250);
    });
    const answer = query().then(
      (records): DnsAnswer<T> => ({ outcome: records.length > 0 ? 'ok' : 'nodata', records }),
      (error: unknown): DnsAnswer<T> => ({ outcome: classify(error), records: [] }),
    );
    try {
      return await Promise.race([answer, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  const client: DnsClient = {
    a: (name) => run(() => resolver.resolve4(name)),
    aaaa: (name) => run(() => resolver.resolve6(name)),
    mx: (name) =>
      run(async () =>
        (await resolver.resolveMx(name))
          .map((mx) => ({ exchange: trimDot(mx.exchange), priority: mx.priority }))
          .sort((x, y) => x.priority - y.priority),
      ),
    srv: (name) =>
      run(async () =>
        (await resolver.resolveSrv(name))
          .map((srv) => ({ ...srv, name: trimDot(srv.name) }))
          .sort((x, y) => x.priority - y.priority || y.weight - x.weight),
      ),
    ns: (name) => run(async () => (await resolver.resolveNs(name)).map(trimDot)),
    cname: (name) => run(async () => (await resolver.resolveCname(name)).map(trimDot)),
    ptr: (address) => run(async () => (await resolver.reverse(address)).map(trimDot)),
    txt: (name) => run(async () => (await resolver.resolveTxt(name)).map((parts) => parts.join(''))),
    async addresses(name) {
      const [v6, v4] = await bothFamilies(client.aaaa(name), client.a(name));
      const records = [...v6.records, ...v4.records];
      if (records.length > 0) return { outcome: 'ok', records };
      const outcome = RANK[v4.outcome] <= RANK[v6.outcome] ? v4.outcome : v6.outcome;
      return { outcome, records };
    },
  };
  return client;
}
