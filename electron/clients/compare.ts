// The difference between what the program holds and what MailWiz verified: only the fields that must
// change, each with the program's label and a reason code. Settings that work as configured (connected,
// TLS, and the login when a password was given) are left alone even if MailWiz would pick another port.
import type {
  AccountVerdictCode,
  ChangeReason,
  ClientAccount,
  ClientDiagnosis,
  ClientField,
  ClientSide,
  ConfiguredAuth,
  ConfiguredCheck,
  ConfiguredServer,
  FieldChange,
} from '../shared/client-types.js';
import type { DiagnosisResult, OutgoingSetting } from '../shared/diagnosis-types.js';
import { fieldLabel } from './labels.js';

export function desiredAuth(setting: OutgoingSetting): ConfiguredAuth {
  return setting.auth;
}

/** What the field would need to become, or undefined when it may stay. */
function target(
  field: ClientField,
  configured: ConfiguredServer,
  verified: OutgoingSetting,
): string | number | null | undefined {
  switch (field) {
    case 'host':
      return configured.host.toLowerCase() === verified.host.toLowerCase() ? undefined : verified.host;
    case 'port':
      return configured.port === verified.port ? undefined : verified.port;
    case 'security':
      return configured.security === verified.security ? undefined : verified.security;
    case 'auth': {
      const wanted = desiredAuth(verified);
      // Encrypted password (CRAM-MD5) is still a password: only its absence on the server changes it.
      if (wanted === configured.auth || (wanted === 'password' && configured.auth === 'password-encrypted'))
        return undefined;
      return wanted;
    }
    case 'username': {
      if (verified.username === null || verified.auth === 'none') return undefined;
      const current = configured.username ?? '';
      // A user name is changed only when the login proved the new one (or none is set today).
      if (current === verified.username || (current !== '' && !verified.verified)) return undefined;
      return verified.username;
    }
  }
}

function reasonFor(
  side: ClientSide,
  field: ClientField,
  configured: ConfiguredServer,
  verified: OutgoingSetting,
  check: ConfiguredCheck,
): ChangeReason {
  if ((field === 'auth' || field === 'username') && side === 'outgoing' && configured.auth === 'none')
    return { code: 'SUBMISSION_NEEDS_AUTH', port: verified.port };
  if (field === 'auth' && configured.auth === 'password-encrypted')
    return { code: 'AUTH_METHOD_NOT_OFFERED', auth: configured.auth };
  if (field === 'username' && check.reason?.code === 'LOGIN_FAILED') return check.reason;
  if (field === 'security' && configured.security === 'none') return { code: 'NOT_ENCRYPTED' };
  return check.reason ?? { code: 'VERIFIED_SETTING' };
}

const FIELDS: ClientField[] = ['host', 'port', 'security', 'auth', 'username'];

export function sideChanges(
  account: ClientAccount,
  side: ClientSide,
  verified: OutgoingSetting | null,
  check: ConfiguredCheck,
): FieldChange[] {
  const configured = account[side];
  if (configured === null || verified === null) return [];
  const works = check.status === 'works' || check.status === 'connects';
  if (works && check.reason === null) return [];
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    const to = target(field, configured, verified);
    if (to === undefined) continue;
    changes.push({
      side,
      field,
      label: fieldLabel(account.client, side, field),
      from: configured[field],
      to,
      reason: reasonFor(side, field, configured, verified, check),
    });
  }
  return changes;
}

export function compareAccount(
  account: ClientAccount,
  checks: ConfiguredCheck[],
  diagnosis: DiagnosisResult,
): ClientDiagnosis {
  const checkOf = (side: ClientSide) => checks.find((check) => check.side === side)!;
  const changes = [
    ...sideChanges(account, 'incoming', diagnosis.incoming, checkOf('incoming')),
    ...sideChanges(account, 'outgoing', diagnosis.outgoing, checkOf('outgoing')),
  ];
  const failing = checks.some((check) => check.status === 'fails' || check.status === 'missing');
  let verdict: AccountVerdictCode;
  if (changes.length > 0) verdict = 'CHANGES_NEEDED';
  else if (failing && diagnosis.incoming === null && diagnosis.outgoing === null)
    verdict = 'NO_VERIFIED_SETTINGS';
  else if (failing) verdict = 'SETTINGS_MATCH_BUT_FAIL';
  else verdict = 'CURRENT_SETTINGS_WORK';
  return {
    account,
    verdict,
    checks,
    changes,
    lookElsewhere: changes.length === 0 ? ['PASSWORD', 'MAILBOX_FULL', 'OFFLINE_MODE'] : [],
  };
}
