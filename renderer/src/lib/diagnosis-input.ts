// The export calls re-validate the diagnosis with a zod schema whose inferred type uses loose
// (index-signature) objects; TypeScript will not widen interfaces like Finding to those. The shape
// is the same and the engine re-checks it at runtime, so one named cast keeps that knowledge here.
import type { ApiInput } from '../../../electron/shared/api-contract';
import type { DiagnosisResult } from '../../../electron/shared/diagnosis-types';

export type DiagnosisInput = ApiInput<'buildExport'>['diagnosis'];

export function diagnosisInput(result: DiagnosisResult): DiagnosisInput {
  return result as unknown as DiagnosisInput;
}
