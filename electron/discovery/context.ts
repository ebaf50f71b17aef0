// STUB — replaced by discovery (issue 4).
import type { DiagnosisConfig } from '../diagnosis/index.js';
import type { ContextGuess, ProviderOption } from '../shared/diagnosis-types.js';

export async function guessContext(email: string, _options: { publicIpLookup: boolean; config?: DiagnosisConfig | undefined }): Promise<ContextGuess> {
  return { domain: email.split('@')[1] ?? '', isp: null, hosting: null, needs: [] };
}

export function listProviders(): { isps: ProviderOption[]; hostings: ProviderOption[] } {
  return { isps: [], hostings: [] };
}
