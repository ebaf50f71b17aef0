// Fabricated probe results for pure verdict tests: a readable way to say "465 worked with a good
// certificate, 25 timed out" without any socket.
import type { PlannedProbe } from '../../electron/diagnosis/plan.js';
import type { ObservedProbe } from '../../electron/diagnosis/ranking.js';
import type { VerdictContext } from '../../electron/diagnosis/verdict-context.js';
import type { MailProtocol, ProbeResult, Security, TlsFacts } from '../../electron/shared/probe-types.js';

let counter = 0;

export function tlsFacts(overrides: Partial<TlsFacts> = {}, names = ['mail.example.jp']): TlsFacts {
  return {
    protocol: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    trusted: true,
    trustError: null,
    hostnameMatches: true,
    expired: false,
    notYetValid: false,
    chain: [
      {
        subjectCN: names[0] ?? null,
        subjectAltNames: names,
        issuerCN: 'Test CA',
        issuerO: null,
        validFrom: '2026-01-01T00:00:00Z',
        validTo: '2027-01-01T00:00:00Z',
        selfSigned: false,
        fingerprint256: 'AA',
      },
    ],
    ...overrides,
  };
}

export interface FakeProbe {
  protocol?: MailProtocol;
  host?: string;
  port: number;
  security?: Security;
  outcome?: ProbeResult['outcome'];
  errorCode?: ProbeResult['errorCode'];
  failedPhase?: ProbeResult['failedPhase'];
  tls?: TlsFacts | null;
  address?: string;
  plan?: Partial<PlannedProbe>;
  unanswered?: boolean;
  fixedFrom?: string;
  authMechanisms?: string[];
  /** STARTTLS was replaced by junk such as XXXXXXXA on the way. */
  tampered?: boolean;
}

const DEFAULT_SECURITY: Record<number, Security> = { 465: 'tls', 993: 'tls', 995: 'tls' };

export function observed(fake: FakeProbe): ObservedProbe {
  counter += 1;
  const protocol = fake.protocol ?? 'smtp';
  const security = fake.security ?? DEFAULT_SECURITY[fake.port] ?? 'starttls';
  const host = fake.host ?? 'mail.example.jp';
  const outcome = fake.outcome ?? 'ok';
  const address = fake.address ?? '192.0.2.10';
  const plan: PlannedProbe = {
    id: `p${counter}`,
    protocol,
    host,
    port: fake.port,
    security,
    source: 'guess',
    addressKey: address,
    addresses: [address],
    aliases: [],
    ...fake.plan,
  };
  const greeted = outcome === 'ok' || fake.errorCode === 'STARTTLS_UNAVAILABLE';
  const result: ProbeResult = {
    protocol,
    host,
    port: fake.port,
    security,
    outcome,
    errorCode: fake.errorCode ?? (outcome === 'ok' ? null : 'CONNECT_TIMEOUT'),
    failedPhase: fake.failedPhase ?? (outcome === 'ok' ? null : 'connect'),
    replyCode: null,
    systemCode: null,
    address: outcome === 'ok' ? address : null,
    family: 4,
    preauth: false,
    greeted,
    capabilities: greeted
      ? {
          names: [],
          starttls: security === 'starttls',
          authMechanisms: fake.authMechanisms ?? ['PLAIN', 'LOGIN'],
          tampered: fake.tampered ?? false,
          loginDisabled: false,
          size: null,
          eightBitMime: true,
          pipelining: true,
        }
      : null,
    tls:
      fake.tls !== undefined
        ? fake.tls
        : outcome === 'ok' && security !== 'none'
          ? tlsFacts({}, [host])
          : null,
    auth: null,
    ms: { total: 50, connect: 10 },
  };
  const entry: ObservedProbe = { plan, result };
  if (fake.unanswered) entry.unanswered = true;
  if (fake.fixedFrom) entry.fixedFrom = fake.fixedFrom;
  return entry;
}

export function context(overrides: Partial<VerdictContext> = {}): VerdictContext {
  return {
    email: { address: 'taro@example.jp', localPart: 'taro', domain: 'example.jp' },
    isp: null,
    hosting: null,
    mxAddresses: [],
    domainMissing: false,
    srvOutsideDomain: [],
    cancelled: false,
    ...overrides,
  };
}
