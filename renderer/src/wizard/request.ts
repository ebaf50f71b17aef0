// Turns what the person entered into the engine's DiagnosisRequest. Empty optional fields are left out
// so the engine applies its own defaults; the password is passed through and never stored elsewhere.
import type { DiagnosisHints, DiagnosisRequest } from '../../../electron/shared/diagnosis-types';
import { toHalfWidth } from '../../../electron/shared/email-address';
import { parseEmail } from '../lib/email';
import { HOSTINGS_NEEDING_HOST_NUMBER, hostNumberDigits } from './host-number';
import type { ContextState, ProviderChoice, WizardState } from './state';
import { asciiServerHost } from './validation';

function hintFor(choice: ProviderChoice, detectedId: string | undefined): string | undefined {
  return choice.kind === 'provider' ? choice.id : detectedId;
}

/** The hosting the diagnosis will assume, to decide whether to ask for extra answers. */
export function effectiveHostingId(context: ContextState): string | undefined {
  return hintFor(context.hosting, context.guess?.hosting?.id) ?? undefined;
}

/** True when the host the diagnosis will assume needs an extra answer (e.g. Xserver's sv number). */
export function needsHostNumber(context: ContextState): boolean {
  const effective = effectiveHostingId(context);
  if (effective === undefined) return false;
  const detected = context.guess?.hosting?.id;
  if (effective === detected && context.guess?.needs.includes('hostNumber')) return true;
  return HOSTINGS_NEEDING_HOST_NUMBER.has(effective);
}

/** The test message needs a proven login, so it is only offered (and sent) with a password. */
export function canSendTestMessage(account: WizardState['account']): boolean {
  return account.password !== '';
}

export function buildDiagnosisRequest(
  state: Pick<WizardState, 'account' | 'context' | 'publicIpLookup'>,
  lang: 'ja' | 'en',
): DiagnosisRequest {
  const { account, context } = state;
  const parsed = parseEmail(account.email);
  const hints: DiagnosisHints = {};
  const isp = hintFor(context.isp, context.guess?.isp?.id);
  const hosting = hintFor(context.hosting, context.guess?.hosting?.id);
  if (isp !== undefined) hints.isp = isp;
  if (hosting !== undefined) hints.hosting = hosting;
  const serverHost = asciiServerHost(account.serverHost);
  if (serverHost) hints.serverHost = serverHost;
  const hostNumber = needsHostNumber(context) ? hostNumberDigits(context.hostNumber) : null;
  if (hostNumber !== null) hints.hostNumber = hostNumber;
  const request: DiagnosisRequest = {
    email: parsed.ok ? parsed.email.address : account.email.trim(),
    publicIpLookup: state.publicIpLookup,
    lang,
  };
  if (account.password !== '') request.password = account.password;
  if (account.sendTestMessage && canSendTestMessage(account)) request.sendTestMessage = true;
  const username = toHalfWidth(account.username).trim();
  if (username !== '') request.username = username;
  if (Object.keys(hints).length > 0) request.hints = hints;
  return request;
}

/** The sender name for exports: what the person typed, or the address's local part. */
export function displayNameFor(state: Pick<WizardState, 'account'>): string {
  const name = state.account.displayName.trim();
  return name !== '' ? name : (toHalfWidth(state.account.email).trim().split('@')[0] ?? '');
}
