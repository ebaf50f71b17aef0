// How one field change reads on screen and in the guide: the program's own label (from the engine for
// Thunderbird and classic Outlook; generic for the others), the values in the program's terms, and the
// one-line reason from its code (electron/shared/client-catalogue, shared with the CLI).
import type { TFunction } from 'i18next';
import type { ClientSide, ConfiguredAuth, FieldChange } from '../../../../electron/shared/client-types';
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
