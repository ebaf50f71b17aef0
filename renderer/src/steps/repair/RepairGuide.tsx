// For Outlook and the others (and Thunderbird's hand-made changes): only the changes, in order, with
// the dialog path and the program's labels; printable through the browser's own print (print.css hides
// everything else).
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../../electron/shared/client-types';
import { currentLanguage } from '../../i18n';
import { changeLabel, changeValue } from './change-text';
import type { Program } from './repair-state';

export function RepairGuide(props: {
  changes: FieldChange[];
  program: Program;
  email: string;
  title: string;
  lead: string;
  printable: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { program } = props;
  const open =
    program === 'outlook'
      ? 'repair.guide.openOutlook'
      : program === 'thunderbird'
        ? 'repair.guide.openThunderbird'
        : 'repair.guide.openOther';
  return (
    <section
      className={props.printable ? 'panel repair-guide printable' : 'panel repair-guide'}
      data-testid="repair-guide"
    >
      <h2>{props.title}</h2>
      <p>{props.lead}</p>
      <ol className="plain-steps">
        <li>{t(open, { email: props.email })}</li>
        {props.changes.map((change) => (
          <li key={`${change.side}-${change.field}`}>
            {t('repair.guide.item', {
              label: changeLabel(change, program, lang, t),
              to: changeValue(change, change.to, program, t),
              from: changeValue(change, change.from, program, t),
            })}
          </li>
        ))}
        {program === 'thunderbird' ? null : (
          <li>{t(program === 'outlook' ? 'repair.guide.finishOutlook' : 'repair.guide.finishOther')}</li>
        )}
      </ol>
      {props.printable ? (
        <p className="no-print">
          <button type="button" className="button secondary" onClick={() => window.print()}>
            {t('repair.guide.print')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
