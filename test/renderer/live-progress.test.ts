// The event fold behind the status chips and the diagram.
import { describe, expect, it } from 'vitest';
import type { DiagnosisEvent, ProbeSummary } from '../../electron/shared/diagnosis-types';
import {
  applyEvent,
  EMPTY_PROGRESS,
  settleProgress,
  smtpPortState,
} from '../../renderer/src/wizard/live-progress';
import { submissionPath } from '../../renderer/src/components/path-lanes';

function probe(
  id: string,
  port: number,
  result: ProbeSummary['result'],
  protocol: ProbeSummary['protocol'] = 'smtp',
): ProbeSummary {
  return {
    id,
    protocol,
    host: 'mail.example.jp',
    address: '127.0.0.1',
    port,
    security: port === 465 ? 'tls' : 'starttls',
    result,
    errorCode: null,
    ms: 10,
  };
}

function fold(events: DiagnosisEvent[]) {
  return events.reduce(applyEvent, EMPTY_PROGRESS);
}

const start = (id: string, port: number): DiagnosisEvent => ({
  type: 'probe-start',
  id,
  protocol: 'smtp',
  host: 'mail.example.jp',
  port,
  security: 'none',
  elapsedMs: 1,
});

describe('live progress', () => {
  it('shows a checking chip on start and the outcome when done', () => {
    const started = fold([start('a', 25)]);
    expect(started.probes[0]?.status).toBe('checking');
    const done = applyEvent(started, { type: 'probe-done', probe: probe('a', 25, 'timeout'), elapsedMs: 9 });
    expect(done.probes[0]?.status).toBe('blocked');
    expect(done.elapsedMs).toBe(9);
  });

  it('maps outcomes to the chips a person understands', () => {
    const progress = fold([
      { type: 'probe-done', probe: probe('a', 465, 'ok'), elapsedMs: 1 },
      { type: 'probe-done', probe: probe('b', 587, 'refused'), elapsedMs: 1 },
      { type: 'probe-done', probe: probe('c', 993, 'tls-error', 'imap'), elapsedMs: 1 },
      { type: 'probe-done', probe: probe('d', 110, 'dns-error', 'pop3'), elapsedMs: 1 },
    ]);
    expect(progress.probes.map((row) => row.status)).toEqual(['works', 'refused', 'certificate', 'failed']);
  });

  it('marks a working server whose certificate has a finding', () => {
    const progress = fold([
      { type: 'probe-done', probe: probe('a', 465, 'ok'), elapsedMs: 1 },
      {
        type: 'finding',
        finding: {
          code: 'CERT_NAME_MISMATCH',
          severity: 'warning',
          message: '',
          host: 'mail.example.jp',
          port: 465,
        },
      },
    ]);
    expect(progress.probes[0]?.status).toBe('certificate');
  });

  it('draws port 25 blocked once PORT25_BLOCKED arrives, and the working submission port', () => {
    const progress = fold([
      start('a', 25),
      { type: 'probe-done', probe: probe('b', 587, 'ok'), elapsedMs: 2 },
      {
        type: 'finding',
        finding: { code: 'PORT25_BLOCKED', severity: 'warning', message: '', workingPorts: [587] },
      },
    ]);
    expect(smtpPortState(progress, 25)).toBe('blocked');
    expect(submissionPath(progress, null)).toEqual({ port: 587, state: 'works' });
  });

  it('follows the verdict for the submission lane', () => {
    const progress = fold([{ type: 'probe-done', probe: probe('b', 587, 'ok'), elapsedMs: 2 }]);
    const outgoing = {
      host: 'mail.example.jp',
      port: 465,
      security: 'tls' as const,
      auth: 'password' as const,
      username: null,
      verified: true,
      login: 'ok' as const,
    };
    expect(submissionPath(progress, outgoing)).toEqual({ port: 465, state: 'works' });
    expect(submissionPath(EMPTY_PROGRESS, null)).toEqual({ port: null, state: 'unknown' });
    expect(submissionPath(fold([start('x', 465)]), null)).toEqual({ port: null, state: 'checking' });
  });

  it('settles rows still running as cancelled', () => {
    expect(settleProgress(fold([start('a', 25)])).probes[0]?.status).toBe('cancelled');
  });
});
