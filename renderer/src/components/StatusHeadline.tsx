// The result's first sentence (the step's h1, so focus lands on it), one line on what was measured
// and what to do, and the one primary action, all chosen by chooseHeadline() from stable codes. A
// refused password is re-entered right here.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailProtocol } from '../../../electron/shared/probe-types';
import type { Headline } from '../wizard/headline';
import { StepHeading } from './StepHeading';

const PROTOCOL_NAMES: Record<MailProtocol, string> = { smtp: 'SMTP', imap: 'IMAP', pop3: 'POP3' };

export interface HeadlineHandlers {
  onRetry: () => void;
  onExport: () => void;
  onEnterServer: () => void;
  onRetryWithPassword: (password: string) => void;
}

function useHeadlineTexts(headline: Headline): { title: string; detail: string } {
  const { t } = useTranslation();
  const separator = t('headline.listSeparator');
  const servers = headline.refused
    .map(({ host, protocols }) =>
      protocols.length > 0 ? `${host} (${protocols.map((p) => PROTOCOL_NAMES[p]).join(' / ')})` : host,
    )
    .join(separator);
  const values = {
    servers,
    username: headline.usernames.join(separator),
    ports: headline.ports.join(' / '),
    host: headline.host ?? headline.domain,
    domain: headline.domain,
  };
  if (headline.kind === 'partial') {
    const missing = headline.outgoing === 'missing' || headline.incoming === 'missing';
    return {
      title: t(
        `headline.partial.${headline.outgoing}_${headline.incoming}` as 'headline.partial.works_missing',
      ),
      detail: t(missing ? 'headline.partial.detailMissing' : 'headline.partial.detailUnproven'),
    };
  }
  return {
    title: t(`headline.${headline.kind}.title`, values),
    detail: t(`headline.${headline.kind}.detail`, values),
  };
}

function PasswordRetry({ onSubmit }: { onSubmit: (password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password === '') {
      setMissing(true);
      return;
    }
    onSubmit(password);
  };
  return (
    <form className="headline-password" onSubmit={submit} noValidate>
      <label htmlFor="headline-password">{t('headline.password')}</label>
      <input
        id="headline-password"
        type="password"
        autoComplete="current-password"
        value={password}
        aria-invalid={missing}
        aria-describedby={missing ? 'headline-password-problem' : undefined}
        onChange={(event) => {
          setPassword(event.target.value);
          setMissing(false);
        }}
      />
      <button type="submit" className="button primary">
        {t('headline.actions.reenterPassword')}
      </button>
      {missing ? (
        <p id="headline-password-problem" className="field-problem" role="alert">
          {t('headline.passwordMissing')}
        </p>
      ) : null}
    </form>
  );
}

function PrimaryAction({ headline, handlers }: { headline: Headline; handlers: HeadlineHandlers }) {
  const { t } = useTranslation();
  switch (headline.action) {
    case 'consent':
      return null;
    case 'reenterPassword':
      return <PasswordRetry onSubmit={handlers.onRetryWithPassword} />;
    case 'enterServer':
      return (
        <button type="button" className="button primary" onClick={handlers.onEnterServer}>
          {t('headline.actions.enterServer')}
        </button>
      );
    case 'retry':
    case 'retryOtherNetwork':
      return (
        <button type="button" className="button primary" onClick={handlers.onRetry}>
          {headline.action === 'retry' ? t('nav.retry') : t('headline.actions.retryOtherNetwork')}
        </button>
      );
    case 'export':
      return (
        <button
          type="button"
          className="button primary"
          onClick={handlers.onExport}
          aria-describedby={headline.exportWarning ? 'export-warning' : undefined}
        >
          {t('nav.toExport')}
        </button>
      );
  }
}

/** Next to whichever export button there is: the settings' login is not proven, or was refused. */
export function ExportWarning({ headline }: { headline: Headline }) {
  const { t } = useTranslation();
  if (headline.exportWarning === null) return null;
  return (
    <p id="export-warning" className="export-warning small" data-testid="export-warning">
      {t(`headline.exportWarning.${headline.exportWarning}`)}
    </p>
  );
}

export function StatusHeadline({ headline, handlers }: { headline: Headline; handlers: HeadlineHandlers }) {
  const { title, detail } = useHeadlineTexts(headline);
  return (
    <div
      className={`status-headline status-${headline.status}`}
      data-testid="status-headline"
      data-status={headline.status}
      data-kind={headline.kind}
    >
      <StepHeading title={title} lead={detail} />
      <div className="status-headline-action">
        <PrimaryAction headline={headline} handlers={handlers} />
        {headline.action === 'export' ? <ExportWarning headline={headline} /> : null}
      </div>
    </div>
  );
}
