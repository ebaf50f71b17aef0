// 「今の設定 → 正しい設定」: only the fields that change, with the program's own labels and a reason each.
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../../electron/shared/client-types';
import { currentLanguage } from '../../i18n';
import { reasonText } from '../../../../electron/shared/client-catalogue';
import { changeLabel, changeValue } from './change-text';
import type { Program } from './repair-state';

export function DiffTable({ changes, program }: { changes: FieldChange[]; program: Program }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <table className="settings-table repair-diff" data-testid="repair-diff">
      <caption>{t('repair.result.tableCaption', { count: changes.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('repair.result.field')}</th>
          <th scope="col">{t('repair.result.now')}</th>
          <th scope="col" aria-hidden="true" />
          <th scope="col">{t('repair.result.correct')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={`${change.side}-${change.field}`} data-change={`${change.side}.${change.field}`}>
            <th scope="row">
              <span className="repair-side">{t(`repair.result.side.${change.side}`)}</span>{' '}
              {changeLabel(change, program, lang, t)}
              <span className="repair-reason">{reasonText(lang, change.reason)}</span>
            </th>
            <td
              className={
                change.from === null || change.from === '' ? 'repair-from mono is-empty' : 'repair-from mono'
              }
            >
              {changeValue(change, change.from, program, t)}
            </td>
            <td className="repair-arrow" aria-hidden="true">
              {t('repair.result.arrow')}
            </td>
            <td className="repair-to mono">{changeValue(change, change.to, program, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
