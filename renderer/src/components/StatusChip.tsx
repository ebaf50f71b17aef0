// A probe's state in words plus a shape, so it never relies on colour alone.
import { useTranslation } from 'react-i18next';
import type { ChipStatus } from '../wizard/live-progress';

const SYMBOL: Record<ChipStatus, string> = {
  checking: '…',
  works: '✓',
  blocked: '⊘',
  certificate: '!',
  refused: '✕',
  failed: '✕',
  cancelled: '–',
};

export function StatusChip({ status }: { status: ChipStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`chip chip-${status}`} data-status={status}>
      <span className="chip-symbol" aria-hidden="true">
        {SYMBOL[status]}
      </span>
      {t(`chip.${status}`)}
    </span>
  );
}
