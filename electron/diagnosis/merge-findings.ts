// One finding per fact: the same fact seen on several ports or protocols of a server (a certificate,
// a refused password, a missing encryption) becomes one finding that lists the protocols. A fact about
// the account rather than a server (the user name is the local part) is one finding for the run.
import type { Finding, FindingCode, FindingParams } from '../shared/diagnosis-types.js';
import type { MailProtocol } from '../shared/probe-types.js';
import { byCodeUnits } from '../shared/code-unit-order.js';
import { makeFinding } from './findings.js';

const ABOUT_THE_ACCOUNT: ReadonlySet<FindingCode> = new Set(['AUTH_USERNAME_LOCALPART']);

function factKey(finding: Finding): string {
  const { message: _message, protocol: _protocol, protocols: _protocols, port: _port, ...rest } = finding;
  const fact: Record<string, unknown> = rest;
  if (ABOUT_THE_ACCOUNT.has(finding.code)) delete fact.host;
  return JSON.stringify(Object.entries(fact).sort(([a], [b]) => byCodeUnits(a, b)));
}

export function oneFindingPerFact(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = factKey(finding);
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const protocols = [
      ...new Set(
        group.flatMap((finding) => finding.protocols ?? (finding.protocol ? [finding.protocol] : [])),
      ),
    ] as MailProtocol[];
    const ports = new Set(group.map((finding) => finding.port));
    const {
      message: _message,
      code,
      severity,
      protocol: _protocol,
      protocols: _all,
      port: _port,
      ...rest
    } = first;
    const params: FindingParams = { ...rest };
    if (protocols.length === 1) params.protocol = protocols[0];
    if (protocols.length > 0) params.protocols = protocols;
    if (ports.size === 1 && first.port !== undefined) params.port = first.port;
    return makeFinding(code, params, severity);
  });
}
