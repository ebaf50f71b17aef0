// Text hygiene shared by every export. Values arrive from an untrusted renderer (the diagnosis is
// re-validated only in shape), so each one is reduced to a single printable line before any format
// sees it; each format then escapes only its own syntax.
import { domainToASCII, domainToUnicode } from 'node:url';

// C0/C1 controls, DEL, line/paragraph separators and bidi overrides: none belongs in a name or host,
// and each can break a line-based format (PRF, user.js, zone files) or disguise text on paper.
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;
// Code points XML 1.0 forbids outright besides the controls above: expat (and the plist builder)
// reject a whole document for one of them, so they are dropped, not replaced.
const NOT_XML_CHAR = /[\ufffe\uffff\p{Cs}]/gu;

/** One line of printable text, inner whitespace collapsed, at most `max` characters. */
export function singleLine(value: string | null | undefined, max = 256): string {
  if (value == null) return '';
  const printable = String(value).replace(NOT_XML_CHAR, '').replace(UNPRINTABLE, ' ');
  return Array.from(printable.replace(/\s+/gu, ' ').trim()).slice(0, max).join('');
}

/** A-label form for clients and DNS; falls back to the cleaned input when it is no valid domain. */
export function asciiHost(host: string): string {
  const cleaned = singleLine(host, 253).toLowerCase().replace(/\.$/, '');
  const ascii = domainToASCII(cleaned);
  return ascii === '' ? cleaned.replace(/[^a-z0-9.-]/g, '') : ascii;
}

/** U-label form for people (the printed sheet), or the input when it has no Unicode form. */
export function unicodeHost(host: string): string {
  const ascii = asciiHost(host);
  const unicode = domainToUnicode(ascii);
  return unicode === '' ? ascii : unicode;
}

/** A safe file-name fragment: ASCII letters, digits, dot, dash, underscore. */
export function fileNamePart(value: string): string {
  const cleaned = value
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return cleaned.slice(0, 60) || 'mail';
}

/** FNV-1a 32-bit: a small stable hash for ids that must not change between exports. */
export function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(value)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
