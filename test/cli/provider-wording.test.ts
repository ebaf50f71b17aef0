// The CLI prints a weak provider match as a guess and a line operator as "cannot be told".
import { describe, expect, it } from 'vitest';
import { renderHuman } from '../../electron/cli/render.js';
import { emptyDiagnosisResult, type DiagnosisResult } from '../../electron/shared/diagnosis-types.js';

function result(overrides: Partial<DiagnosisResult>): DiagnosisResult {
  return { ...emptyDiagnosisResult('taro@shop.jp'), elapsedMs: 10, ...overrides };
}

describe('CLI provider wording', () => {
  it('marks a guess and a line operator', () => {
    const text = renderHuman(
      result({
        isp: { name: 'v6 Plus line (JPNE)', id: 'v6plus', source: 'ptr', lineType: 'ipv4-over-ipv6' },
        hosting: { name: 'Xserver', id: 'xserver', source: 'ns', recognisedBy: 'ns', confidence: 'weak' },
      }),
      'en',
    );
    expect(text).toContain('Xserver (ns, a guess)');
    expect(text).toContain('cannot be told from this line (IPv4 over IPv6) (v6 Plus line (JPNE))');
    const ja = renderHuman(
      result({ hosting: { name: 'Xserver', id: 'xserver', source: 'mx-ptr', confidence: 'strong' } }),
      'ja',
    );
    expect(ja).toContain('Xserver (mx-ptr)');
    expect(ja).not.toContain('推定');
  });
});
