// STUB — replaced by the diagnosis engine (issue 4).
import type { DiagnosisEvent, DiagnosisRequest, DiagnosisResult } from '../shared/diagnosis-types.js';

export interface DiagnoseOptions {
  signal?: AbortSignal;
  onEvent?: (event: DiagnosisEvent) => void;
  /** Engine settings for tests and the lab; omitted in the app. */
  config?: DiagnosisConfig;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DiagnosisConfig {}

export async function diagnose(request: DiagnosisRequest, _options: DiagnoseOptions = {}): Promise<DiagnosisResult> {
  return {
    email: request.email,
    outgoing: null,
    incoming: null,
    alternatives: [],
    findings: [],
    probes: [],
    isp: null,
    hosting: null,
    elapsedMs: 0,
  };
}
