// STUB — replaced by the probe engine (issue 3).
import type { ProbeEvent, ProbeRequest, ProbeResult } from '../shared/probe-types.js';

export interface ProbeOptions {
  signal?: AbortSignal;
  onEvent?: (event: ProbeEvent) => void;
  probeId?: string;
}

export async function probe(_request: ProbeRequest, _options: ProbeOptions = {}): Promise<ProbeResult> {
  throw new Error('probe engine not implemented yet');
}
