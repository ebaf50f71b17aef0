// The contract-specific server number some hosts put in every server name (Xserver: sv1234.xserver.jp).
// People copy it in many shapes; the engine wants the digits only.

/**
 * Hosting ids whose server names need the number. The engine's provider list does not say this for
 * entries chosen by hand (ContextGuess.needs only covers the detected host), so it is mirrored here;
 * test/renderer/host-number.test.ts fails when electron/providers/hostings.json disagrees.
 */
export const HOSTINGS_NEEDING_HOST_NUMBER: ReadonlySet<string> = new Set(['xserver', 'xserver-business']);

const MAX_DIGITS = 6;

/** "sv1234", "SV1234.xserver.jp", "１２３４" → "1234"; null when it is not a server number. */
export function hostNumberDigits(raw: string): string | null {
  const halfWidth = raw.normalize('NFKC').trim().toLowerCase();
  const match = /^(?:sv)?(\d+)(?:\.[a-z0-9.-]+)?$/.exec(halfWidth);
  const digits = match?.[1];
  return digits !== undefined && digits.length <= MAX_DIGITS ? digits : null;
}

/** Empty is fine (the check then explains that the number is needed); anything else must parse. */
export function hostNumberProblem(raw: string): 'HOST_NUMBER_INVALID' | null {
  return raw.trim() === '' || hostNumberDigits(raw) !== null ? null : 'HOST_NUMBER_INVALID';
}
