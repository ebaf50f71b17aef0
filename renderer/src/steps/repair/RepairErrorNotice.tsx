// A failed repair call, from its codes: the client reason when the engine gave one, else the API code.
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { RepairError } from './repair-errors';

export function RepairErrorNotice({ error }: { error: RepairError }) {
  const { t } = useTranslation();
  if (error.reason === null) return <ErrorNotice code={error.code} />;
  return (
    <p className="notice notice-error" role="alert" data-error-code={error.reason}>
      {t(`repair.clientErrors.${error.reason}`)}
    </p>
  );
}
