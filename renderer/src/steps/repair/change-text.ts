// How one field change reads on screen and in the guide: the program's own label (from the engine for
// Thunderbird and classic Outlook; generic for the others), the values in the program's terms, and the
// one-line reason from its code.
import type { TFunction } from 'i18next';
import type {
  ChangeReason,
  ClientSide,
  ConfiguredAuth,
  FieldChange,
} from '../../../../electron/shared/client-types';
import type { Lang } from '../../i18n';
import type { jaRepair } from '../../i18n/ja-repair';
import type { Program } from './repair-state';

type GenericLabelKey = keyof (typeof jaRepair)['repair']['form']['other'];

const GENERIC_LABEL: Record<ClientSide, Record<FieldChange['field'], GenericLabelKey>> = {
  incoming: {
    host: 'incomingHost',
    port: 'incomingPort',
    security: 'incomingSecurity',
    auth: 'incomingAuth',
    username: 'username',
  },
  outgoing: {
    host: 'outgoingHost',
    port: 'outgoingPort',
    security: 'outgoingSecurity',
    auth: 'outgoingAuth',
    username: 'username',
  },
};

export function changeLabel(change: FieldChange, program: Program, lang: Lang, t: TFunction): string {
  if (program !== 'other') return change.label[lang];
  const key = GENERIC_LABEL[change.side][change.field];
  const label = t(`repair.form.other.${key}`, { protocol: '' }).replace(' ()', '');
  return change.field === 'username' && change.side === 'outgoing'
    ? `${t('repair.result.side.outgoing')} › ${label}`
    : label;
}

export function changeValue(
  change: FieldChange,
  value: FieldChange['from'],
  program: Program,
  t: TFunction,
): string {
  if (value === null || value === '') return t('repair.result.empty');
  if (change.field === 'security' && (value === 'tls' || value === 'starttls' || value === 'none'))
    return t(`repair.values.security.${value}`);
  if (change.field === 'auth') {
    // Outlook and the generic form show authentication as a tick box, not a method.
    if (program !== 'thunderbird')
      return t(
        value === 'none' || (change.side === 'incoming' && value !== 'ntlm')
          ? 'repair.values.off'
          : 'repair.values.on',
      );
    // The engine sends one of its ConfiguredAuth codes; anything else is shown as it came.
    return t(`repair.values.auth.${value as ConfiguredAuth}`, { defaultValue: String(value) });
  }
  return String(value);
}

export function reasonText(reason: ChangeReason, t: TFunction): string {
  switch (reason.code) {
    case 'PORT25_BLOCKED':
      return reason.isp
        ? t('repair.reasons.PORT25_BLOCKED', { isp: reason.isp })
        : t('repair.reasons.PORT25_BLOCKED_NO_ISP');
    case 'CERT_NAME_MISMATCH':
      return reason.certName
        ? t('repair.reasons.CERT_NAME_MISMATCH', { host: reason.host, certName: reason.certName })
        : t('repair.reasons.CERT_NAME_MISMATCH_NO_NAME', { host: reason.host });
    case 'CERT_UNTRUSTED':
    case 'CERT_EXPIRED':
    case 'HOST_NOT_FOUND':
      return t(`repair.reasons.${reason.code}`, { host: reason.host });
    case 'CONNECT_FAILED':
    case 'SUBMISSION_NEEDS_AUTH':
      return t(`repair.reasons.${reason.code}`, { port: reason.port });
    case 'SECURITY_MISMATCH':
      return t('repair.reasons.SECURITY_MISMATCH', {
        port: reason.port,
        security: t(`repair.values.security.${reason.security}`),
      });
    case 'LOGIN_FAILED':
      return reason.username
        ? t('repair.reasons.LOGIN_FAILED', { username: reason.username })
        : t('repair.reasons.LOGIN_FAILED_NO_USER');
    case 'AUTH_METHOD_NOT_OFFERED':
      return t('repair.reasons.AUTH_METHOD_NOT_OFFERED', { auth: t(`repair.values.auth.${reason.auth}`) });
    case 'NOT_ENCRYPTED':
    case 'VERIFIED_SETTING':
      return t(`repair.reasons.${reason.code}`);
  }
}
