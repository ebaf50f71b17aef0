// Runs one probe in a fresh Node process and prints the result as JSON: for what only a new process
// can show (NODE_EXTRA_CA_CERTS read at start-up) or only another network namespace can host.
// Usage: node build/scripts/run-ts.mjs test/probe/child/probe-child.ts '<json>'
//   json = { request: ProbeRequest, resolve?: ResolvedAddress[], limits?: Partial<ProbeLimits>,
//            servers?: 'imap-ipv4' } — 'imap-ipv4' starts an IMAP server on 127.0.0.1 first and
//            probes its port (the namespace test needs server and client inside the namespace).
import { probe } from '../../../electron/probe/index.js';
import type { ResolvedAddress } from '../../../electron/probe/index.js';
import type { ProbeRequest } from '../../../electron/shared/probe-types.js';
import { startImapServer } from '../../helpers/mail-servers/imap-server.js';

interface ChildInput {
  request: ProbeRequest;
  resolve?: ResolvedAddress[];
  limits?: Record<string, number>;
  server?: 'imap-ipv4';
}

const input = JSON.parse(process.argv[2] ?? '{}') as ChildInput;
const server = input.server === 'imap-ipv4' ? await startImapServer({}) : null;
const request = server ? { ...input.request, port: server.port } : input.request;
const started = performance.now();
const result = await probe(request, {
  resolve: input.resolve ? async () => input.resolve! : undefined,
  limits: input.limits,
});
process.stdout.write(JSON.stringify({ result, wallMs: performance.now() - started }) + '\n');
await server?.close();
