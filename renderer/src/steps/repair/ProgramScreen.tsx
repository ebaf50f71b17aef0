// Repair, first screen: which mail program holds the account.
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../components/StepHeading';
import { StepNav } from '../../components/StepNav';
import { OptionList } from './OptionList';
import type { Program, RepairScreenProps } from './repair-state';

const PROGRAMS: Program[] = ['thunderbird', 'outlook', 'other'];

export function ProgramScreen(props: RepairScreenProps & { onNext: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="step step-repair" data-step="repair-program">
      <StepHeading title={t('repair.program.title')} lead={t('repair.program.lead')} />
      <OptionList
        name="repair-program"
        legend={t('repair.program.legend')}
        value={props.state.program}
        onChange={(value) => props.dispatch({ type: 'chooseProgram', program: value as Program })}
        options={PROGRAMS.map((program) => ({
          value: program,
          label: t(`repair.program.${program}`),
          help: t(`repair.program.${program}Help`),
        }))}
      />
      <StepNav onBack={props.onBack}>
        <button type="button" className="button primary" onClick={props.onNext}>
          {t('repair.program.next')}
        </button>
      </StepNav>
    </section>
  );
}
