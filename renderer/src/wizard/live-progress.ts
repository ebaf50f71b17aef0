// Folds the diagnosis event stream into what the Checking step and the diagram show. Pure, so the
// same events always draw the same picture and it is tested without a DOM.
import type {
  DiagnosisEvent,
  DiagnosisResult,
  DiagnosisStage,
  Finding,
  IncomingSetting,
  NamedSource,
  OutgoingSetting,
  ProbeSummary,
} from '../../../electron/shared/diagnosis-types';
import type { MailProtocol, Security } from '../../../electron/shared/probe-types';

/** What a person sees on a chip; never a raw engine code. */
export type ChipStatus =
  'checking' | 'works' | 'blocked' | 'certificate' | 'refused' | 'failed' | 'cancelled';

export interface ProbeRow {
  id: string;
  protocol: MailProtocol;
  host: string;
  port: number;
  security: Security;
  status: ChipStatus;
  summary: ProbeSummary | null;
}

export interface LiveProgress {
  stage: DiagnosisStage;
  elapsedMs: number;
  probes: ProbeRow[];
  findings: Finding[];
  isp: NamedSource | null;
  hosting: NamedSource | null;
  verdict: { outgoing: OutgoingSetting | null; incoming: IncomingSetting | null } | null;
}

export const EMPTY_PROGRESS: LiveProgress = {
  stage: 'validating',
  elapsedMs: 0,
  probes: [],
  findings: [],
  isp: null,
  hosting: null,
  verdict: null,
};

const CERT_CODES = new Set(['CERT_UNTRUSTED', 'CERT_EXPIRED', 'CERT_SELF_SIGNED', 'CERT_NAME_MISMATCH']);

export function chipForProbe(probe: ProbeSummary): ChipStatus {
  switch (probe.result) {
    case 'ok':
      return 'works';
    case 'refused':
      return 'refused';
    case 'timeout':
    case 'unreachable':
    case 'reset':
      return 'blocked';
    case 'tls-error':
      return 'certificate';
    case 'cancelled':
      return 'cancelled';
    case 'not-needed':
      // Stopped once the verdict was decided; unanswered until then reads as blocked, like a timeout.
      return probe.errorCode === 'NO_ANSWER' ? 'blocked' : 'cancelled';
    default:
      return 'failed';
  }
}

function isCertFindingFor(finding: Finding, row: ProbeRow): boolean {
  return (
    CERT_CODES.has(finding.code) &&
    finding.host === row.host &&
    (finding.port === undefined || finding.port === row.port)
  );
}

function withCertificateMarks(probes: ProbeRow[], findings: Finding[]): ProbeRow[] {
  return probes.map((row) =>
    row.status === 'works' && findings.some((finding) => isCertFindingFor(finding, row))
      ? { ...row, status: 'certificate' }
      : row,
  );
}

export function applyEvent(progress: LiveProgress, event: DiagnosisEvent): LiveProgress {
  switch (event.type) {
    case 'stage':
      return { ...progress, stage: event.stage, elapsedMs: Math.max(progress.elapsedMs, event.elapsedMs) };
    case 'discovery':
      return { ...progress, elapsedMs: Math.max(progress.elapsedMs, event.elapsedMs) };
    case 'context':
      return { ...progress, isp: event.isp ?? progress.isp, hosting: event.hosting ?? progress.hosting };
    case 'probe-start': {
      if (progress.probes.some((row) => row.id === event.id)) return progress;
      const row: ProbeRow = {
        id: event.id,
        protocol: event.protocol,
        host: event.host,
        port: event.port,
        security: event.security,
        status: 'checking',
        summary: null,
      };
      return { ...progress, stage: 'probing', probes: [...progress.probes, row], elapsedMs: event.elapsedMs };
    }
    case 'probe-done': {
      const { probe } = event;
      const done: ProbeRow = {
        id: probe.id,
        protocol: probe.protocol,
        host: probe.host,
        port: probe.port,
        security: probe.security,
        status: chipForProbe(probe),
        summary: probe,
      };
      const known = progress.probes.some((row) => row.id === probe.id);
      const probes = known
        ? progress.probes.map((row) => (row.id === probe.id ? done : row))
        : [...progress.probes, done];
      return {
        ...progress,
        probes: withCertificateMarks(probes, progress.findings),
        elapsedMs: Math.max(progress.elapsedMs, event.elapsedMs),
      };
    }
    case 'finding': {
      const findings = [...progress.findings, event.finding];
      return { ...progress, findings, probes: withCertificateMarks(progress.probes, findings) };
    }
    case 'verdict':
      return { ...progress, verdict: { outgoing: event.outgoing, incoming: event.incoming } };
    default:
      return progress;
  }
}

/** Rows still running become 'cancelled' once the run has ended without them. */
export function settleProgress(progress: LiveProgress): LiveProgress {
  return {
    ...progress,
    probes: progress.probes.map((row) => (row.status === 'checking' ? { ...row, status: 'cancelled' } : row)),
  };
}

/** When a run is cancelled and the engine returns no verdict, the result shows what was learnt so far. */
export function partialResult(email: string, progress: LiveProgress, elapsedMs: number): DiagnosisResult {
  const cancelled: Finding = { code: 'CANCELLED', severity: 'warning', message: '' };
  return {
    email,
    status: 'cancelled',
    outgoing: progress.verdict?.outgoing ?? null,
    incoming: progress.verdict?.incoming ?? null,
    alternatives: [],
    findings: progress.findings.some((finding) => finding.code === 'CANCELLED')
      ? progress.findings
      : [...progress.findings, cancelled],
    probes: progress.probes.flatMap((row) => (row.summary ? [row.summary] : [])),
    isp: progress.isp,
    hosting: progress.hosting,
    elapsedMs,
  };
}

export type PathState = 'unknown' | 'checking' | 'works' | 'blocked' | 'failed';

/** The state of one outgoing port across every server tried: works if any works, blocked if all blocked. */
export function smtpPortState(progress: Pick<LiveProgress, 'probes' | 'findings'>, port: number): PathState {
  if (port === 25 && progress.findings.some((finding) => finding.code === 'PORT25_BLOCKED')) return 'blocked';
  // A probe stopped by cancelling showed nothing: it is no evidence either way.
  const rows = progress.probes.filter(
    (row) => row.protocol === 'smtp' && row.port === port && row.status !== 'cancelled',
  );
  if (rows.length === 0) return 'unknown';
  if (rows.some((row) => row.status === 'works' || row.status === 'certificate')) return 'works';
  if (rows.some((row) => row.status === 'checking')) return 'checking';
  if (rows.every((row) => row.status === 'blocked')) return 'blocked';
  return 'failed';
}
