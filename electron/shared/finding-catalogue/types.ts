// The shape every language's finding texts must have. Keyed by FindingCode, so a code added to the
// contract without a text in each language fails to compile.
import type { FindingCode, Severity, UntrustedSource } from '../diagnosis-types.js';
import type { MailProtocol } from '../probe-types.js';

/** Three short texts per finding; `{{name}}` placeholders are filled by interpolate(). */
export interface FindingText {
  title: string;
  body: string;
  action: string;
}

/**
 * Wordings for a finding whose parameters change what is true or what to do (chosen by variantOf()):
 * each replaces only the texts it names.
 */
export type FindingVariant =
  | 'PORT25_REJECTED'
  | 'STARTTLS_UNAVAILABLE_NO_TLS'
  | 'STARTTLS_TAMPERED_NO_TLS'
  | 'STARTTLS_INJECTION_NO_TLS'
  | 'PREAUTH_CLEARTEXT_NO_TLS'
  | 'PLAINTEXT_ONLY_PASSWORD_SENT'
  | 'AUTH_FAILED_NO_USERNAME'
  | 'CERT_NAME_MISMATCH_NO_SUGGESTION'
  | 'TEST_MESSAGE_NOT_SENT';

export interface FindingCatalogue {
  findings: Record<FindingCode, FindingText>;
  variants: Record<FindingVariant, Partial<FindingText>>;
  /** PROVIDER_NOTE explanations by note key (electron/providers/hostings.json). */
  notes: Record<string, string>;
  /** Words used when a finding lacks a parameter. */
  defaults: Record<
    'isp' | 'provider' | 'host' | 'username' | 'value' | 'server' | 'domain' | 'ports',
    string
  >;
  /** Why a host outside the trust rule is a candidate (CREDENTIALS_WITHHELD's `source`). */
  reasons: Record<UntrustedSource, string>;
  /** Which server a finding is about, from its protocol. */
  servers: Record<MailProtocol, string>;
  /** Between list items ('、' or ', '). */
  listSeparator: string;
  /** Between the title and the explanation on one line (CLI, exports). */
  titleSeparator: string;
  /** Between the explanation and what to do on one line. */
  sentenceSeparator: string;
  severity: Record<Severity | 'ok', string>;
}
