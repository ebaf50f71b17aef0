// Fixing Thunderbird in place: only while its profile is not open (else "close Thunderbird" and check
// again), then 「元に戻す」 restores the backup byte for byte. Host and user name are left to Thunderbird.
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../../electron/shared/client-types';
import { RepairErrorNotice } from './RepairErrorNotice';
import { RepairGuide } from './RepairGuide';
import type { FixState } from './repair-state';

function sameChange(a: FieldChange, b: FieldChange): boolean {
  return a.side === b.side && a.field === b.field;
}

export function ThunderbirdFix(props: {
  fix: FixState;
  changes: FieldChange[];
  email: string;
  onApply: () => void;
  onUndo: () => void;
  onRecheck: () => void;
}) {
  const { t } = useTranslation();
  const { fix } = props;
  const manual = fix.preview?.manual ?? [];
  const automatic = props.changes.filter((change) => !manual.some((m) => sameChange(m, change)));
  const working = fix.status === 'working';
  const applied = fix.backupPath !== null;
  return (
    <div className="repair-fix" data-testid="repair-fix" data-lock={fix.lock}>
      {automatic.length > 0 ? (
        <section className="panel">
          <h2>{t('repair.fix.title')}</h2>
          {fix.error ? <RepairErrorNotice error={fix.error} /> : null}
          {applied ? (
            <>
              <p className="notice notice-ok" role="status">
                {t('repair.fix.applied')}
              </p>
              {fix.backupPath ? (
                <p className="small mono">{t('repair.fix.backup', { path: fix.backupPath })}</p>
              ) : null}
              <button type="button" className="button secondary" disabled={working} onClick={props.onUndo}>
                {working ? t('repair.fix.undoing') : t('repair.fix.undo')}
              </button>
            </>
          ) : fix.status === 'undone' ? (
            <p className="notice notice-ok" role="status">
              {t('repair.fix.undone')}
            </p>
          ) : fix.lock === 'unlocked' ? (
            <>
              <p>{t('repair.fix.willWrite')}</p>
              <button type="button" className="button primary" disabled={working} onClick={props.onApply}>
                {working ? t('repair.fix.applying') : t('repair.fix.apply')}
              </button>
            </>
          ) : (
            <>
              <p className="notice" role="status" data-testid="repair-locked">
                {fix.lock === 'locked' ? t('repair.fix.locked') : t('repair.fix.lockUnknown')}
              </p>
              <button type="button" className="button secondary" onClick={props.onRecheck}>
                {t('repair.fix.recheck')}
              </button>
            </>
          )}
        </section>
      ) : null}
      {manual.length > 0 ? (
        <RepairGuide
          changes={manual}
          program="thunderbird"
          email={props.email}
          title={t('repair.fix.manualTitle')}
          lead={t('repair.fix.manualLead')}
          printable={false}
        />
      ) : null}
    </div>
  );
}
