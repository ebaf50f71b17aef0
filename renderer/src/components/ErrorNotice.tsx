// An API failure shown as translated text from its code.
import { useTranslation } from 'react-i18next';
import type { UiErrorCode } from '../lib/errors';

export function ErrorNotice({ code }: { code: UiErrorCode }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice-error" role="alert" data-error-code={code}>
      {t(`errors.${code}`)}
    </p>
  );
}
