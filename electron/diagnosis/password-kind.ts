// Cleartext password (PLAIN/LOGIN, inside TLS) or an encrypted one (a challenge mechanism such as
// CRAM-MD5): mail programs ask for this choice separately (Thunderbird's 「暗号化されたパスワード認証」), and a
// server that offers only a challenge mechanism fails with the normal choice.
import type { AuthKind } from '../shared/diagnosis-types.js';

const CLEARTEXT_MECHANISMS = new Set(['PLAIN', 'LOGIN']);
const CHALLENGE_MECHANISMS = /^(CRAM-MD5|DIGEST-MD5|SCRAM-SHA-\d+(-PLUS)?)$/;

/**
 * 'password-encrypted' when the published configuration asks only for it, or when the server offers a
 * challenge mechanism and no cleartext one; otherwise the usual 'password'.
 */
export function passwordKindOf(published: AuthKind[] | undefined, mechanisms: string[]): AuthKind {
  if (published?.includes('password-encrypted') && !published.includes('password'))
    return 'password-encrypted';
  const offered = mechanisms.map((mechanism) => mechanism.toUpperCase());
  const challengeOnly =
    offered.some((mechanism) => CHALLENGE_MECHANISMS.test(mechanism)) &&
    !offered.some((mechanism) => CLEARTEXT_MECHANISMS.has(mechanism));
  return challengeOnly ? 'password-encrypted' : 'password';
}
