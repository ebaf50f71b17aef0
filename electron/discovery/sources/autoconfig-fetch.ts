// Fetching one Thunderbird-format config file, shared by the autoconfig, ISPDB and MX-based sources.
import { parseAutoconfig } from '../autoconfig-xml.js';
import type { CandidateSource, ServerCandidate } from '../candidate.js';
import type { SourceContext } from './source.js';

/** The servers of the config at `url`, or null when there is none (or it does not parse). */
export async function fetchAutoconfig(
  context: SourceContext,
  url: string,
  source: CandidateSource,
): Promise<ServerCandidate[] | null> {
  const response = await context.http({ url, timeoutMs: context.httpMs, signal: context.signal });
  if (response.outcome === 'timeout') context.fail();
  if (response.outcome !== 'ok') return null;
  return parseAutoconfig(response.body, source, context.domain)?.servers ?? null;
}

/** All attempts start at once; the earliest in preference order that found something wins. */
export async function firstFound(
  attempts: Array<Promise<ServerCandidate[] | null>>,
): Promise<ServerCandidate[] | null> {
  const results = await Promise.all(attempts.map((attempt) => attempt.catch(() => null)));
  return results.find((result) => result !== null && result.length > 0) ?? null;
}

export function emailQuery(email: string): string {
  return `?emailaddress=${encodeURIComponent(email)}`;
}
