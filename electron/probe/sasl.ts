// SASL pieces shared by the three protocols: which mechanism to use and how to encode it. The password
// only ever flows into these encoders and onto the wire; nothing here keeps or returns it otherwise.
import { createHmac } from 'node:crypto';

export type SaslMechanism = 'PLAIN' | 'LOGIN' | 'CRAM-MD5';

/**
 * Over TLS, PLAIN is simplest and universal. Without TLS (only with explicit consent) prefer CRAM-MD5,
 * the one offered mechanism that does not put the password itself on the wire.
 */
export function chooseMechanism(offered: string[], encrypted: boolean): SaslMechanism | null {
  const order: SaslMechanism[] = encrypted ? ['PLAIN', 'LOGIN', 'CRAM-MD5'] : ['CRAM-MD5', 'PLAIN', 'LOGIN'];
  return order.find((mechanism) => offered.includes(mechanism)) ?? null;
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** RFC 4616: authzid empty, authcid, password. */
export function plainInitialResponse(username: string, password: string): string {
  return base64(`\0${username}\0${password}`);
}

/** RFC 2195: base64("user " + hex(HMAC-MD5(password, challenge))). Null if the challenge is not base64. */
export function cramMd5Response(username: string, password: string, challengeBase64: string): string | null {
  const trimmed = challengeBase64.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) return null;
  const challenge = Buffer.from(trimmed, 'base64');
  const digest = createHmac('md5', Buffer.from(password, 'utf8')).update(challenge).digest('hex');
  return base64(`${username} ${digest}`);
}
