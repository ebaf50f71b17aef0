// The optional password for the check; it goes only to the engine for this one run and is never kept.
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export function PasswordField({ value, onValue }: { value: string; onValue: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Field
      id="repair-password"
      type="password"
      autoComplete="off"
      label={t('repair.password')}
      help={t('repair.passwordHelp')}
      value={value}
      onValue={onValue}
    />
  );
}
