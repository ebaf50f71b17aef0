// Turns EHLO keywords, IMAP capability atoms and POP3 CAPA lines into the shared Capabilities shape.
import type { Capabilities } from '../shared/probe-types.js';

/** Middleboxes (Cisco ESMTP inspection) overwrite STARTTLS with X's, e.g. XXXXXXXA. */
const TAMPERED_KEYWORD = /^X{4,}[A-Z]?$/;
const TOKEN = /^[\x21-\x7e]{1,64}$/;
const MAX_SIZE_BYTES = Number.MAX_SAFE_INTEGER;

function tokens(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.toUpperCase())
    .filter((token) => TOKEN.test(token));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** EHLO reply lines after the first (which is the server's name). */
export function smtpCapabilities(ehloLines: string[]): Capabilities {
  const names: string[] = [];
  const mechanisms: string[] = [];
  let size: number | null = null;
  for (const line of ehloLines.slice(1)) {
    const [keyword, ...params] = tokens(line);
    if (!keyword) continue;
    // Old servers announce `AUTH=LOGIN PLAIN` as well as `AUTH LOGIN PLAIN`.
    if (keyword === 'AUTH' || keyword.startsWith('AUTH=')) {
      mechanisms.push(
        ...(keyword === 'AUTH' ? params : [keyword.slice(5), ...params]).filter((m) => m.length > 0),
      );
      if (keyword !== 'AUTH') continue;
    }
    if (keyword === 'SIZE' && params[0] && /^[0-9]{1,16}$/.test(params[0])) {
      size = Math.min(Number(params[0]), MAX_SIZE_BYTES);
    }
    names.push(keyword);
  }
  const authMechanisms = unique(mechanisms);
  return {
    names: unique(names),
    starttls: names.includes('STARTTLS'),
    authMechanisms,
    tampered: names.some((name) => TAMPERED_KEYWORD.test(name)),
    loginDisabled: authMechanisms.length === 0,
    size,
    eightBitMime: names.includes('8BITMIME'),
    pipelining: names.includes('PIPELINING'),
  };
}

/** IMAP capability atoms (IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED ...). */
export function imapCapabilities(atoms: string[]): Capabilities {
  const names = unique(tokens(atoms.join(' ')));
  const authMechanisms = unique(
    names.filter((name) => name.startsWith('AUTH=')).map((name) => name.slice(5)),
  );
  return {
    names,
    starttls: names.includes('STARTTLS'),
    authMechanisms,
    tampered: names.some((name) => TAMPERED_KEYWORD.test(name)),
    loginDisabled: names.includes('LOGINDISABLED'),
    size: null,
    eightBitMime: false,
    pipelining: false,
  };
}

/**
 * POP3 CAPA lines (RFC 2449). `null` means the server does not know CAPA: an old server that still
 * takes USER/PASS, so login is not considered disabled.
 */
export function pop3Capabilities(capaLines: string[] | null): Capabilities {
  const names: string[] = [];
  const mechanisms: string[] = [];
  for (const line of capaLines ?? []) {
    const [keyword, ...params] = tokens(line);
    if (!keyword) continue;
    names.push(keyword);
    if (keyword === 'SASL') mechanisms.push(...params);
  }
  const unsupported = capaLines === null;
  return {
    names: unique(names),
    starttls: names.includes('STLS'),
    authMechanisms: unique(mechanisms),
    tampered: names.some((name) => TAMPERED_KEYWORD.test(name)),
    loginDisabled: !unsupported && !names.includes('USER') && mechanisms.length === 0,
    size: null,
    eightBitMime: false,
    pipelining: names.includes('PIPELINING'),
  };
}

/** A server that only understood HELO: no extensions at all. */
export function capabilitiesAfterHelo(): Capabilities {
  return smtpCapabilities([]);
}
