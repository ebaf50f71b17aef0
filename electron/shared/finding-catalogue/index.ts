// The one finding catalogue: a finding's title, explanation and what to do, in Japanese or English,
// from its code and parameters only. The wizard shows the three texts; the CLI and every export print
// them as one line. Parameters can come from servers (certificate names), so each is cut to one
// printable line before it is placed.
import type { Finding, Severity } from '../diagnosis-types.js';
import { en } from './en.js';
import { interpolate, printable } from './interpolate.js';
import { ja } from './ja.js';
import type { FindingCatalogue, FindingText, FindingVariant } from './types.js';

export type { FindingCatalogue, FindingText, FindingVariant } from './types.js';
export type CatalogueLang = 'ja' | 'en';

export const FINDING_CATALOGUES: Readonly<Record<CatalogueLang, FindingCatalogue>> = { ja, en };

const TLS_ADVICE: Partial<Record<Finding['code'], FindingVariant>> = {
  STARTTLS_UNAVAILABLE: 'STARTTLS_UNAVAILABLE_NO_TLS',
  STARTTLS_TAMPERED: 'STARTTLS_TAMPERED_NO_TLS',
  STARTTLS_INJECTION: 'STARTTLS_INJECTION_NO_TLS',
  PREAUTH_CLEARTEXT: 'PREAUTH_CLEARTEXT_NO_TLS',
};

/** The wording whose claims hold for these parameters (e.g. no port is advised that was not seen working). */
export function variantOf(finding: Finding): FindingVariant | null {
  const tlsAdvice = TLS_ADVICE[finding.code];
  if (tlsAdvice !== undefined) return finding.workingPorts?.length ? null : tlsAdvice;
  switch (finding.code) {
    case 'PORT25_BLOCKED':
      return finding.blockedBy === 'reject' ? 'PORT25_REJECTED' : null;
    case 'AUTH_FAILED':
      return finding.username ? null : 'AUTH_FAILED_NO_USERNAME';
    case 'PLAINTEXT_ONLY':
      return finding.username ? 'PLAINTEXT_ONLY_PASSWORD_SENT' : null;
    case 'CERT_NAME_MISMATCH':
      return finding.suggestedHost ? null : 'CERT_NAME_MISMATCH_NO_SUGGESTION';
    case 'TEST_MESSAGE_FAILED':
      return finding.protocol === 'smtp' ? 'TEST_MESSAGE_NOT_SENT' : null;
    default:
      return null;
  }
}

function list(values: ReadonlyArray<string | number> | undefined, separator: string): string {
  return (values ?? [])
    .map((value) => printable(value))
    .filter(Boolean)
    .join(separator);
}

/** Every placeholder's value for one finding, with the catalogue's words for what is missing. */
export function findingValues(finding: Finding, lang: CatalogueLang): Record<string, string> {
  const c = FINDING_CATALOGUES[lang];
  const d = c.defaults;
  const or = (value: string, fallback: string) => (value === '' ? fallback : value);
  const host = or(printable(finding.host), d.host);
  const port = printable(finding.port);
  const protocols = finding.protocols ?? (finding.protocol ? [finding.protocol] : []);
  const isp = lang === 'ja' ? (finding.ispJa ?? finding.isp) : finding.isp;
  const provider = lang === 'ja' ? (finding.providerJa ?? finding.provider) : finding.provider;
  const note = c.notes[finding.noteKey ?? ''];
  return {
    host,
    port: or(port, d.value),
    where: port === '' ? host : `${host}:${port}`,
    server: or(
      list(
        protocols.map((protocol) => c.servers[protocol]),
        c.listSeparator,
      ),
      d.server,
    ),
    ports: or(list(finding.workingPorts ?? finding.ports, ' / '), d.ports),
    username: or(printable(finding.username), d.username),
    isp: or(printable(isp), d.isp),
    provider: or(printable(provider), d.provider),
    suggestedHost: or(printable(finding.suggestedHost), host),
    certNames: or(list(finding.certNames, c.listSeparator), d.value),
    validTo: or(printable(finding.validTo).slice(0, 10), d.value),
    tlsVersion: or(printable(finding.tlsVersion), d.value),
    domain: or(printable(finding.domain), d.domain),
    endpoints: or(list(finding.endpoints, c.listSeparator), host),
    controlPort: or(printable(finding.controlPort), d.value),
    source: or(printable(finding.source, 64), d.value),
    reason: finding.source === undefined ? c.reasons.guess : c.reasons[finding.source],
    note: note ?? or(printable(finding.noteKey, 64), d.value),
  };
}

/** Title, explanation and what to do, filled in; null for a code this build does not know. */
export function findingTexts(finding: Finding, lang: CatalogueLang): FindingText | null {
  const catalogue = FINDING_CATALOGUES[lang];
  if (!Object.hasOwn(catalogue.findings, finding.code)) return null;
  const variant = variantOf(finding);
  const texts = { ...catalogue.findings[finding.code], ...(variant ? catalogue.variants[variant] : {}) };
  const values = findingValues(finding, lang);
  return {
    title: interpolate(texts.title, values),
    body: interpolate(texts.body, values),
    action: interpolate(texts.action, values),
  };
}

/** The three texts on one line (CLI, exports); a code from a newer engine still reads as something. */
export function findingLine(finding: Finding, lang: CatalogueLang): string {
  const texts = findingTexts(finding, lang);
  if (texts === null) {
    const code = printable(finding.code, 64);
    return lang === 'ja' ? `その他の所見（${code}）` : `Other finding (${code})`;
  }
  const { titleSeparator, sentenceSeparator } = FINDING_CATALOGUES[lang];
  return `${texts.title}${titleSeparator}${texts.body}${sentenceSeparator}${texts.action}`;
}

/** Title and what to do only, for the one-page printed sheet; the explanation is in the other exports. */
export function findingBrief(finding: Finding, lang: CatalogueLang): string {
  const texts = findingTexts(finding, lang);
  if (texts === null) return findingLine(finding, lang);
  return `${texts.title}${FINDING_CATALOGUES[lang].titleSeparator}${texts.action}`;
}

export function severityLabel(severity: Severity | 'ok' | string, lang: CatalogueLang): string {
  const labels = FINDING_CATALOGUES[lang].severity;
  return Object.hasOwn(labels, severity) ? labels[severity as Severity] : labels.info;
}
