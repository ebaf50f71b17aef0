// Inline validation of the address with the same parser the engine uses; the browser's URL parser
// does the IDN (UTS #46) conversion, so 山田@例え.jp is checked exactly as it will be looked up.
import { parseEmailAddress, type EmailParse } from '../../../electron/shared/email-address';

export function browserDomainToAscii(domain: string): string {
  const hostname = new URL(`http://${domain}`).hostname;
  // URL accepts IPv4 literals and bracketed IPv6; neither is a mail domain.
  if (hostname.startsWith('[')) throw new Error('not a domain');
  return hostname;
}

export function parseEmail(raw: string): EmailParse {
  return parseEmailAddress(raw, (domain) => {
    try {
      return browserDomainToAscii(domain);
    } catch {
      throw new Error('INVALID_IDN');
    }
  });
}
