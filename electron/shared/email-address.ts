// Email address parsing shared by the renderer (inline validation) and the engine (authoritative).
// IDN conversion is injected: Node passes url.domainToASCII, the browser passes a URL-based one.

export type EmailProblem =
  | 'EMPTY'
  | 'NO_AT'
  | 'LOCAL_EMPTY'
  | 'LOCAL_TOO_LONG'
  | 'LOCAL_INVALID'
  | 'DOMAIN_EMPTY'
  | 'DOMAIN_INVALID'
  | 'DOMAIN_NO_DOT'
  | 'INVALID_IDN'
  | 'TOO_LONG';

export interface ParsedEmail {
  /** As typed, made half-width (see toHalfWidth) and trimmed. */
  input: string;
  localPart: string;
  /** Domain as typed (may be Unicode), lower-cased. */
  domain: string;
  /** A-label form used for DNS and probes. */
  asciiDomain: string;
  /** local@asciiDomain */
  address: string;
}

export type EmailParse = { ok: true; email: ParsedEmail } | { ok: false; problem: EmailProblem };

/**
 * What a Japanese IME types in full width (ｔａｒｏ＠ｃｏｒｐ．ｔｅｓｔ, the ideographic space) made ASCII by
 * NFKC, so that the wizard and the CLI accept the same input. Never for passwords.
 */
export function toHalfWidth(text: string): string {
  return text.normalize('NFKC');
}

const LOCAL_ATOM = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function parseEmailAddress(raw: string, toAscii: (domain: string) => string): EmailParse {
  const input = toHalfWidth(raw).trim();
  if (input === '') return { ok: false, problem: 'EMPTY' };
  if (input.length > 320) return { ok: false, problem: 'TOO_LONG' };
  const at = input.lastIndexOf('@');
  if (at < 0) return { ok: false, problem: 'NO_AT' };
  const localPart = input.slice(0, at);
  const domain = input
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  if (localPart === '') return { ok: false, problem: 'LOCAL_EMPTY' };
  if (localPart.length > 64) return { ok: false, problem: 'LOCAL_TOO_LONG' };
  if (!LOCAL_ATOM.test(localPart)) return { ok: false, problem: 'LOCAL_INVALID' };
  if (domain === '') return { ok: false, problem: 'DOMAIN_EMPTY' };
  if (/[\s@]/.test(domain)) return { ok: false, problem: 'DOMAIN_INVALID' };
  let asciiDomain: string;
  try {
    asciiDomain = toAscii(domain).toLowerCase();
  } catch {
    return { ok: false, problem: 'INVALID_IDN' };
  }
  if (asciiDomain === '') return { ok: false, problem: 'INVALID_IDN' };
  if (asciiDomain.length > 253) return { ok: false, problem: 'TOO_LONG' };
  const labels = asciiDomain.split('.');
  if (labels.length < 2) return { ok: false, problem: 'DOMAIN_NO_DOT' };
  if (!labels.every((label) => LABEL.test(label))) {
    return { ok: false, problem: asciiDomain !== domain ? 'INVALID_IDN' : 'DOMAIN_INVALID' };
  }
  return {
    ok: true,
    email: { input, localPart, domain, asciiDomain, address: `${localPart}@${asciiDomain}` },
  };
}
