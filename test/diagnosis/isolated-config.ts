// Shared set-up for diagnosis tests that build their own small world instead of the loopback world:
// a loopback listener helper, a port that refuses at once, and the DiagnosisConfig that points every
// other port there so only the servers a test starts can answer.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { DiagnosisConfig } from '../../electron/shared/engine-config.js';

export interface Closable {
  close(): Promise<void>;
}

export function listening(server: net.Server, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port)),
  );
}

/** A loopback port that was just freed: connections to it are refused at once. */
export async function closedLoopbackPort(): Promise<number> {
  const closed = net.createServer();
  const port = await listening(closed);
  await new Promise((done) => closed.close(done));
  return port;
}

export function isolatedConfig(options: {
  dnsServer: string;
  caPem: string;
  closedPort: number;
  /** host:port → real port of a server the test started. */
  servers: Record<string, number>;
  /** Every mail port not in `servers`, sent to the closed port. */
  otherPorts: number[];
  httpPort?: number;
  httpMs: number;
}): DiagnosisConfig {
  const portOverrides: Record<string, number> = { ...options.servers };
  for (const port of options.otherPorts) portOverrides[`*:${port}`] = options.closedPort;
  return {
    dnsServers: [options.dnsServer],
    httpPorts: { http: options.httpPort ?? options.closedPort, https: options.closedPort },
    ispdbBaseUrl: '',
    publicIpUrl: '',
    extraCaPem: [options.caPem],
    portOverrides,
    timeouts: { dnsMs: 2_000, httpMs: options.httpMs, discoveryMs: 5_000 },
  };
}
