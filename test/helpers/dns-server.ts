// A small authoritative DNS server for tests, on loopback, over UDP and TCP, answering from a zone
// object. Enough of RFC 1035 for what the engine asks: A, AAAA, MX, SRV, NS, CNAME, PTR, TXT; NXDOMAIN for
// unknown names, NODATA (NOERROR, empty answer) for known names without the type, CNAME chasing inside
// the zone. Names in `silent` never get an answer (a resolver timeout); `name/AAAA` swallows one type only.
import dgram from 'node:dgram';
import net from 'node:net';
import { trackConnections } from './loopback-world-sockets.js';

export interface ZoneEntry {
  A?: string[];
  AAAA?: string[];
  MX?: Array<{ priority: number; exchange: string }>;
  SRV?: Array<{ priority: number; weight: number; port: number; target: string }>;
  NS?: string[];
  CNAME?: string;
  PTR?: string[];
  TXT?: string[];
}

/** Keys are fully qualified names without the trailing dot, e.g. `_imaps._tcp.alpha.test`. */
export type Zone = Record<string, ZoneEntry>;

export interface DnsServerOptions {
  zone: Zone;
  host?: string;
  port?: number;
  /** Names whose queries are swallowed (the client sees a timeout); `name/AAAA` only that type's. */
  silent?: string[];
}

export interface DnsServer {
  host: string;
  port: number;
  /** `host:port`, the form `dns.Resolver#setServers` and DiagnosisConfig.dnsServers take. */
  server: string;
  /** Replace or add entries while running. */
  zone: Zone;
  queries: Array<{ name: string; type: string }>;
  close(): Promise<void>;
}

const TYPE_CODES = { A: 1, NS: 2, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33 } as const;
type RecordType = keyof typeof TYPE_CODES;
const TYPE_NAMES = new Map<number, RecordType>(
  Object.entries(TYPE_CODES).map(([name, code]) => [code, name as RecordType]),
);
const TTL_SECONDS = 5;

function encodeName(name: string): Buffer {
  const labels = name.replace(/\.$/, '').split('.').filter(Boolean);
  const parts = labels.map((label) => {
    const bytes = Buffer.from(label, 'ascii');
    return Buffer.concat([Buffer.from([bytes.length]), bytes]);
  });
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function readName(message: Buffer, start: number): { name: string; next: number } {
  const labels: string[] = [];
  let offset = start;
  for (let guard = 0; guard < 128; guard += 1) {
    const length = message[offset];
    if (length === undefined) throw new Error('truncated name');
    if (length === 0) return { name: labels.join('.'), next: offset + 1 };
    if ((length & 0xc0) !== 0) throw new Error('compressed names are not expected in queries');
    labels.push(message.toString('ascii', offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  throw new Error('name too long');
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail = ''] = address.split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === '' ? [] : tail.split(':');
  const missing = address.includes('::') ? 8 - headParts.length - tailParts.length : 0;
  const groups = [...headParts, ...Array<string>(missing).fill('0'), ...tailParts];
  return Buffer.concat(groups.map((group) => u16(parseInt(group, 16))));
}

function rdata(type: RecordType, entry: ZoneEntry): Buffer[] {
  switch (type) {
    case 'A':
      return (entry.A ?? []).map((ip) => Buffer.from(ip.split('.').map(Number)));
    case 'AAAA':
      return (entry.AAAA ?? []).map(ipv6Bytes);
    case 'MX':
      return (entry.MX ?? []).map((mx) => Buffer.concat([u16(mx.priority), encodeName(mx.exchange)]));
    case 'SRV':
      return (entry.SRV ?? []).map((srv) =>
        Buffer.concat([u16(srv.priority), u16(srv.weight), u16(srv.port), encodeName(srv.target)]),
      );
    case 'NS':
      return (entry.NS ?? []).map(encodeName);
    case 'PTR':
      return (entry.PTR ?? []).map(encodeName);
    case 'CNAME':
      return entry.CNAME === undefined ? [] : [encodeName(entry.CNAME)];
    case 'TXT':
      return (entry.TXT ?? []).map((text) => {
        const bytes = Buffer.from(text, 'utf8').subarray(0, 255);
        return Buffer.concat([Buffer.from([bytes.length]), bytes]);
      });
  }
}

function resourceRecord(name: string, type: RecordType, data: Buffer): Buffer {
  const header = Buffer.alloc(10);
  header.writeUInt16BE(TYPE_CODES[type], 0);
  header.writeUInt16BE(1, 2); // class IN
  header.writeUInt32BE(TTL_SECONDS, 4);
  header.writeUInt16BE(data.length, 8);
  return Buffer.concat([encodeName(name), header, data]);
}

interface Answer {
  rcode: number;
  records: Buffer[];
}

function lookup(zone: Zone, queryName: string, type: RecordType | undefined): Answer {
  const records: Buffer[] = [];
  let name = queryName.toLowerCase().replace(/\.$/, '');
  for (let hops = 0; hops < 8; hops += 1) {
    const entry = zone[name];
    if (entry === undefined) return { rcode: hops === 0 ? 3 : 0, records };
    if (entry.CNAME !== undefined && type !== 'CNAME') {
      records.push(resourceRecord(name, 'CNAME', encodeName(entry.CNAME)));
      name = entry.CNAME.toLowerCase().replace(/\.$/, '');
      continue;
    }
    if (type !== undefined)
      records.push(...rdata(type, entry).map((data) => resourceRecord(name, type, data)));
    return { rcode: 0, records };
  }
  return { rcode: 2, records: [] };
}

function respond(query: Buffer, zone: Zone, silent: Set<string>, log: DnsServer['queries']): Buffer | null {
  if (query.length < 12) return null;
  const { name, next } = readName(query, 12);
  const typeCode = query.readUInt16BE(next);
  const type = TYPE_NAMES.get(typeCode);
  log.push({ name: name.toLowerCase(), type: type ?? String(typeCode) });
  const lower = name.toLowerCase();
  if (silent.has(lower) || silent.has(`${lower}/${type ?? typeCode}`)) return null;
  const question = query.subarray(12, next + 4);
  const { rcode, records } = lookup(zone, name, type);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  const recursionDesired = query.readUInt16BE(2) & 0x0100;
  header.writeUInt16BE(0x8000 | 0x0400 | recursionDesired | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(records.length, 6);
  return Buffer.concat([header, question, ...records]);
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  const host = options.host ?? '127.0.0.1';
  const silent = new Set(
    (options.silent ?? []).map((entry) => entry.replace(/^[^/]*/, (name) => name.toLowerCase())),
  );
  const queries: DnsServer['queries'] = [];
  const state = { zone: options.zone };
  const answer = (message: Buffer): Buffer | null => {
    try {
      return respond(message, state.zone, silent, queries);
    } catch {
      return null;
    }
  };

  const udp = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
  udp.on('message', (message, remote) => {
    const reply = answer(message);
    if (reply !== null) udp.send(reply, remote.port, remote.address);
  });
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(options.port ?? 0, host, () => resolve());
  });
  const port = udp.address().port;

  const tcp = net.createServer((socket) => {
    let pending = Buffer.alloc(0);
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 2) {
        const length = pending.readUInt16BE(0);
        if (pending.length < 2 + length) break;
        const reply = answer(pending.subarray(2, 2 + length));
        pending = pending.subarray(2 + length);
        if (reply !== null) socket.write(Buffer.concat([u16(reply.length), reply]));
      }
    });
  });
  const tcpConnections = trackConnections(tcp);
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(port, host, () => resolve());
  });

  return {
    host,
    port,
    server: net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`,
    get zone() {
      return state.zone;
    },
    set zone(zone: Zone) {
      state.zone = zone;
    },
    queries,
    close: () => {
      udp.close();
      return tcpConnections.closeNow();
    },
  };
}
