// Repair, the result: the verdict, 「今の設定 → 正しい設定」 for only the fields that change, where to look
// when nothing needs to change, then the Thunderbird fix or the guide for the other programs.
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../components/StepHeading';
import { StepNav } from '../../components/StepNav';
import { DiffTable } from './DiffTable';
import { RepairGuide } from './RepairGuide';
import type { RepairState } from './repair-state';
import { ThunderbirdFix } from './ThunderbirdFix';

export function ResultScreen(props: {
  state: RepairState;
  onApply: () => void;
  onUndo: () => void;
  onRecheck: () => void;
  onBack: () => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const { state } = props;
  const report = state.report!;
  const { program } = state;
  const works = report.verdict === 'CURRENT_SETTINGS_WORK';
  return (
    <section className="step step-repair" data-step="repair-result" data-verdict={report.verdict}>
      <StepHeading
        title={t('repair.result.title')}
        lead={t('repair.result.account', {
          email: report.account.email,
          program: t(`repair.program.${program}`),
        })}
      />
      <p className={works ? 'notice notice-ok' : 'notice'} data-testid="repair-verdict">
        {t(`repair.result.verdict.${report.verdict}`)}
      </p>
      <ul className="repair-checks small">
        {report.checks.map((check) => (
          <li key={check.side} data-check={check.side} data-status={check.status}>
            {t(`repair.result.checks.${check.status}`, { side: t(`repair.result.side.${check.side}`) })}
          </li>
        ))}
      </ul>
      {report.changes.length > 0 ? <DiffTable changes={report.changes} program={program} /> : null}
      {report.lookElsewhere.length > 0 ? (
        <section className="panel" data-testid="repair-look-elsewhere">
          <h2>{t('repair.result.lookElsewhereTitle')}</h2>
          <ul>
            {report.lookElsewhere.map((code) => (
              <li key={code}>{t(`repair.result.lookElsewhere.${code}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.changes.length > 0 && program === 'thunderbird' ? (
        <ThunderbirdFix
          fix={state.fix}
          changes={report.changes}
          email={report.account.email}
          onApply={props.onApply}
          onUndo={props.onUndo}
          onRecheck={props.onRecheck}
        />
      ) : null}
      {report.changes.length > 0 && program !== 'thunderbird' ? (
        <RepairGuide
          changes={report.changes}
          program={program}
          email={report.account.email}
          title={t('repair.guide.title')}
          lead={t('repair.guide.lead')}
          printable
        />
      ) : null}
      <StepNav onBack={props.onBack} backLabel={t('repair.result.back')}>
        <button type="button" className="button secondary" onClick={props.onStartOver}>
          {t('repair.result.startOver')}
        </button>
      </StepNav>
    </section>
  );
}
