// "Probe the settings exactly as configured first": one probe per server with the program's own host,
// port, TLS mode and user name (and the password, when given; never without TLS), classified into what
// fails and why; then the normal diagnose() finds the verified settings, and compare.ts lists the
// difference.
import { Resolver as DnsResolver } from 'node:dns/promises';
import { diagnose, type DiagnosisConfig } from '../diagnosis/index.js';
import { probe, type ProbeOptions, type Resolver } from '../probe/index.js';
import type {
  ChangeReason,
  ClientAccount,
  ClientDiagnosis,
  ClientSide,
  ConfiguredCheck,
  ConfiguredServer,
} from '../shared/client-types.js';
import type { DiagnosisEvent, DiagnosisResult, OutgoingSetting } from '../shared/diagnosis-types.js';
import type { ProbeRequest, ProbeResult } from '../shared/probe-types.js';
import { compareAccount } from './compare.js';

export interface ClientCheckOptions {
  password?: string;
  /** Engine settings for tests and the lab (same file as `diagnose --engine-config`). */
  config?: DiagnosisConfig;
  signal?: AbortSignal;
  lang?: 'ja' | 'en';
  publicIpLookup?: boolean;
  timeoutMs?: number;
  onEvent?: (event: DiagnosisEvent) => void;
}

export interface AccountReport extends ClientDiagnosis {
  diagnosis: DiagnosisResult;
}

function resolverFor(config: DiagnosisConfig | undefined): Resolver | undefined {
  const servers = config?.dnsServers;
  if (servers === undefined || servers.length === 0) return undefined;
  const dns = new DnsResolver({ timeout: 3000, tries: 2 });
  dns.setServers(servers);
  return async (host) => {
    const [v4, v6] = await Promise.all([
      dns.resolve4(host).catch(() => [] as string[]),
      dns.resolve6(host).catch(() => [] as string[]),
    ]);
    const all = [
      ...v4.map((address) => ({ address, family: 4 as const })),
      ...v6.map((address) => ({ address, family: 6 as const })),
    ];
    if (all.length === 0) throw Object.assign(new Error('resolve failed'), { code: 'ENOTFOUND' });
    return all;
  };
}

function physicalPort(config: DiagnosisConfig | undefined, host: string, port: number): number {
  return config?.portOverrides?.[`${host}:${port}`] ?? config?.portOverrides?.[`*:${port}`] ?? port;
}

export function configuredRequest(
  side: ClientSide,
  account: ClientAccount,
  server: ConfiguredServer,
  password: string | undefined,
): ProbeRequest {
  const protocol = side === 'outgoing' ? 'smtp' : account.incoming!.protocol;
  const request: ProbeRequest = { protocol, host: server.host, port: server.port, security: server.security };
  if (password !== undefined && password !== '' && server.auth !== 'none')
    request.credentials = { usernames: [server.username || account.email], password };
  return request;
}

function certName(result: ProbeResult): string | null {
  const leaf = result.tls?.chain[0];
  return leaf?.subjectAltNames[0] ?? leaf?.subjectCN ?? null;
}

/** Why a configured server fails (or must change although it answers), from its probe. */
export function classify(
  side: ClientSide,
  server: ConfiguredServer,
  result: ProbeResult,
  diagnosis: Pick<DiagnosisResult, 'findings' | 'isp'>,
): ConfiguredCheck {
  const base = {
    side,
    outcome: result.outcome,
    errorCode: result.errorCode,
    loginTried: result.auth !== null,
  };
  const fails = (reason: ChangeReason): ConfiguredCheck => ({ ...base, status: 'fails', reason });
  const blocked = diagnosis.findings.find((f) => f.code === 'PORT25_BLOCKED');
  if (
    side === 'outgoing' &&
    server.port === 25 &&
    blocked &&
    ['timeout', 'refused', 'cancelled'].includes(result.outcome)
  )
    return fails({ code: 'PORT25_BLOCKED', isp: diagnosis.isp?.name ?? blocked.isp ?? null });
  if (result.outcome === 'dns-error') return fails({ code: 'HOST_NOT_FOUND', host: server.host });
  const tls = result.tls;
  if (tls !== null && !tls.hostnameMatches && tls.chain.length > 0)
    return fails({ code: 'CERT_NAME_MISMATCH', host: server.host, certName: certName(result) });
  if (tls !== null && tls.expired) return fails({ code: 'CERT_EXPIRED', host: server.host });
  if (tls !== null && !tls.trusted) return fails({ code: 'CERT_UNTRUSTED', host: server.host });
  if (result.outcome !== 'ok') {
    const wrongMode =
      result.outcome === 'tls-error' ||
      result.errorCode === 'STARTTLS_UNAVAILABLE' ||
      (result.outcome === 'protocol-error' && !result.greeted) ||
      (server.security === 'tls' && result.errorCode === 'GREETING_TIMEOUT');
    if (wrongMode && ['protocol-error', 'tls-error', 'timeout'].includes(result.outcome))
      return fails({ code: 'SECURITY_MISMATCH', port: server.port, security: server.security });
    return fails({
      code: 'CONNECT_FAILED',
      port: server.port,
      outcome: result.outcome,
      errorCode: result.errorCode,
    });
  }
  const auth = result.auth;
  // MailWiz itself never sends a password without TLS: the server answered, the login was not tried.
  if (auth !== null && (auth.outcome === 'refused-plaintext' || auth.outcome === 'encryption-required'))
    return { ...base, status: 'connects', reason: { code: 'NOT_ENCRYPTED' }, loginTried: false };
  if (auth !== null && auth.outcome !== 'ok') {
    if (auth.outcome === 'no-mechanism' || auth.outcome === 'mechanism-too-weak')
      return fails({ code: 'AUTH_METHOD_NOT_OFFERED', auth: server.auth });
    return fails({ code: 'LOGIN_FAILED', username: auth.attempts[0]?.username ?? server.username });
  }
  const status = auth !== null ? 'works' : 'connects';
  const reason: ChangeReason | null = server.security === 'none' ? { code: 'NOT_ENCRYPTED' } : null;
  return { ...base, status, reason };
}

function missing(side: ClientSide): ConfiguredCheck {
  return { side, status: 'missing', reason: null, outcome: null, errorCode: null, loginTried: false };
}

function probeOptionsFor(options: ClientCheckOptions): ProbeOptions {
  const probeOptions: ProbeOptions = {};
  if (options.signal) probeOptions.signal = options.signal;
  const resolve = resolverFor(options.config);
  if (resolve) probeOptions.resolve = resolve;
  if (options.config?.extraCaPem) probeOptions.trustedCa = options.config.extraCaPem;
  if (options.config?.probeLimits) probeOptions.limits = options.config.probeLimits;
  return probeOptions;
}

/** One probe of `server` as the program would use it; the result reports the logical port. */
async function probeServer(
  side: ClientSide,
  account: ClientAccount,
  server: ConfiguredServer,
  options: ClientCheckOptions,
): Promise<ProbeResult> {
  const request = configuredRequest(side, account, server, options.password);
  const result = await probe(
    { ...request, port: physicalPort(options.config, server.host, server.port) },
    probeOptionsFor(options),
  );
  return { ...result, port: server.port };
}

export async function probeConfigured(
  account: ClientAccount,
  options: ClientCheckOptions,
): Promise<Record<ClientSide, ProbeResult | null>> {
  const run = async (side: ClientSide) => {
    const server = account[side];
    return server === null || server.host === '' ? null : probeServer(side, account, server, options);
  };
  const [incoming, outgoing] = await Promise.all([run('incoming'), run('outgoing')]);
  return { incoming, outgoing };
}

/**
 * The verified port and TLS mode tried on the host name the program already has (often another name of
 * the same server): when that works with a matching certificate (and the login, given a password), the
 * host name needs no change.
 */
async function keepConfiguredHost<T extends OutgoingSetting>(
  side: ClientSide,
  account: ClientAccount,
  verified: T | null,
  options: ClientCheckOptions,
): Promise<T | null> {
  const server = account[side];
  if (!server || !verified || verified.security === 'none') return verified;
  if (server.host === '' || server.host.toLowerCase() === verified.host.toLowerCase()) return verified;
  const candidate = { ...server, port: verified.port, security: verified.security, auth: verified.auth };
  candidate.username = verified.username ?? server.username;
  const result = await probeServer(side, account, candidate, options);
  const tlsOk = result.tls !== null && result.tls.trusted && result.tls.hostnameMatches;
  const loginOk = options.password ? result.auth?.outcome === 'ok' : true;
  return result.outcome === 'ok' && tlsOk && loginOk ? { ...verified, host: server.host } : verified;
}

/** The whole check of one account: as configured, then verified, then the difference. */
export async function diagnoseAccount(
  account: ClientAccount,
  options: ClientCheckOptions = {},
): Promise<AccountReport> {
  // Both run at once: the configured probes' verdict needs the diagnosis's findings (OP25B), and a
  // dropped port 25 would otherwise add its whole timeout to the wait.
  const configuredTask = probeConfigured(account, options);
  const diagnosis = await diagnose(
    {
      email: account.email,
      ...(options.password ? { password: options.password } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      publicIpLookup: options.publicIpLookup ?? true,
    },
    { config: options.config, signal: options.signal, onEvent: options.onEvent },
  );
  const configured = await configuredTask;
  const checks = (['incoming', 'outgoing'] as const).map((side) => {
    const result = configured[side];
    const server = account[side];
    return result === null || server === null ? missing(side) : classify(side, server, result, diagnosis);
  });
  const [incoming, outgoing] = await Promise.all([
    keepConfiguredHost('incoming', account, diagnosis.incoming, options),
    keepConfiguredHost('outgoing', account, diagnosis.outgoing, options),
  ]);
  return { ...compareAccount(account, checks, { ...diagnosis, incoming, outgoing }), diagnosis };
}
