// A port-25 probe stopped while still unanswered (OP25B) reads as what was measured: no answer within
// its time, blocked; never "cancelled". Same words in the support report and the CLI.
import { describe, expect, it } from 'vitest';
import { probeOutcomeText } from '../../electron/cli/render.js';
import { buildExport } from '../../electron/export/index.js';
import type { DiagnosisResult, ProbeSummary } from '../../electron/shared/diagnosis-types.js';
import { richDiagnosis } from './fixtures.js';

const port25: ProbeSummary = {
  id: 'smtp-3',
  protocol: 'smtp',
  host: 'mail.example.jp',
  address: '192.0.2.1',
  port: 25,
  security: 'starttls',
  result: 'not-needed',
  errorCode: 'NO_ANSWER',
  ms: 1012,
};

function withPort25(): DiagnosisResult {
  return {
    ...richDiagnosis(),
    probes: [port25],
    findings: [
      {
        code: 'PORT25_BLOCKED',
        severity: 'warning',
        message: '',
        host: 'mail.example.jp',
        port: 25,
        workingPorts: [465],
      },
    ],
  };
}

describe('an unanswered port-25 probe', () => {
  it('reads "no answer within N ms (blocked)" in the support report', () => {
    for (const [lang, words] of [
      ['en', 'no answer within 1012 ms (blocked)'],
      ['ja', '1012 ms 応答なし（遮断）'],
    ] as const) {
      const report = buildExport({ kind: 'support-report', diagnosis: withPort25(), displayName: '', lang });
      const line = String(report.content)
        .split('\n')
        .find((text) => text.includes('mail.example.jp:25'));
      expect(line).toContain(words);
      expect(line).not.toContain('cancelled');
    }
  });

  it('reads the same way in the CLI', () => {
    expect(probeOutcomeText('en', port25, true)).toBe('no answer within 1012 ms (blocked)');
    expect(probeOutcomeText('en', { ...port25, errorCode: null }, true)).toBe(
      'not needed (verdict already decided)',
    );
  });
});
