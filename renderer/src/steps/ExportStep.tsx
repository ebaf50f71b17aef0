// Step 6: pick the mail program, then save whatever the export API offers for it. In Electron the
// main process shows a save dialog; through the web bridge the browser downloads the file.
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type {
  ExportCatalogEntry,
  ExportFile,
  ExportKind,
  MailClient,
} from '../../../electron/shared/export-types';
import type { SaveOutcome } from '../../../electron/shared/api-contract';
import { api, isWebMode } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { StepHeading } from '../components/StepHeading';
import { StepNav } from '../components/StepNav';
import { currentLanguage } from '../i18n';
import { downloadFile } from '../lib/download';
import { errorCodeOf, type UiErrorCode } from '../lib/errors';
import { displayNameFor } from '../wizard/request';
import type { WizardState } from '../wizard/state';

type ExportState = WizardState & { step: 'export' };

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; path: string | null }
  | { kind: 'downloaded'; filename: string }
  | { kind: 'downloadedSheetForPdf'; filename: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; code: UiErrorCode };

const PREVIEWABLE = /^text\/(plain|markdown)/;

function savedStatus(outcome: SaveOutcome): Status {
  return outcome.saved ? { kind: 'saved', path: outcome.path ?? null } : { kind: 'cancelled' };
}

function StatusLine({ status }: { status: Status }) {
  const { t } = useTranslation();
  if (status.kind === 'error') return <ErrorNotice code={status.code} />;
  const text =
    status.kind === 'saved'
      ? status.path
        ? t('exportStep.saved', { path: status.path })
        : t('exportStep.savedNoPath')
      : status.kind === 'downloaded'
        ? t('exportStep.downloaded', { filename: status.filename })
        : status.kind === 'downloadedSheetForPdf'
          ? t('exportStep.downloadedSheetForPdf', { filename: status.filename })
          : status.kind === 'cancelled'
            ? t('exportStep.saveCancelled')
            : null;
  return (
    <p
      role="status"
      className="notice notice-ok export-status"
      data-testid="export-status"
      hidden={text === null}
    >
      {text}
    </p>
  );
}

export function ExportStep(props: { state: ExportState; onBack: () => void; onStartOver: () => void }) {
  const { state, onBack, onStartOver } = props;
  const { t } = useTranslation();
  const [catalog, setCatalog] = useState<ExportCatalogEntry[] | null>(null);
  const [catalogError, setCatalogError] = useState<UiErrorCode | null>(null);
  const [client, setClient] = useState<MailClient | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [built, setBuilt] = useState<ExportFile | null>(null);
  const { result, cancelled } = state.outcome;
  const displayName = displayNameFor(state);
  const lang = currentLanguage();

  useEffect(() => {
    let live = true;
    api()
      .listExports()
      .then(
        (entries) => {
          if (!live) return;
          setCatalog(entries);
          setClient((current) => current ?? entries[0]?.client ?? null);
        },
        (error: unknown) => live && setCatalogError(errorCodeOf(error)),
      );
    return () => {
      live = false;
    };
  }, []);

  const download = (file: ExportFile, kind: 'downloaded' | 'downloadedSheetForPdf' = 'downloaded') => {
    downloadFile(file);
    setStatus({ kind, filename: file.filename });
  };

  const save = async (kind: ExportKind) => {
    setStatus({ kind: 'busy' });
    setBuilt(null);
    try {
      const file = await api().buildExport({ kind, diagnosis: result, displayName, lang });
      setBuilt(file);
      const outcome = await api().saveExport({ file });
      if (outcome.reason === 'browser') download(file);
      else setStatus(savedStatus(outcome));
    } catch (error) {
      setStatus({ kind: 'error', code: errorCodeOf(error) });
    }
  };

  const savePdf = async () => {
    setStatus({ kind: 'busy' });
    setBuilt(null);
    try {
      const outcome = await api().saveSheetPdf({ diagnosis: result, displayName, lang });
      if (outcome.reason !== 'browser') return setStatus(savedStatus(outcome));
      // No PDF printer behind the web bridge: hand over the sheet as HTML, and say so.
      const sheet = await api().buildExport({
        kind: 'settings-sheet',
        diagnosis: result,
        displayName,
        lang,
      });
      setBuilt(sheet);
      download(sheet, 'downloadedSheetForPdf');
    } catch (error) {
      setStatus({ kind: 'error', code: errorCodeOf(error) });
    }
  };

  const kinds = catalog?.find((entry) => entry.client === client)?.kinds ?? [];
  const busy = status.kind === 'busy';
  return (
    <section className="step step-export" data-step="export">
      <StepHeading title={t('exportStep.title')} lead={t('exportStep.lead')} />
      {cancelled || !result.outgoing || !result.incoming ? (
        <p className="notice">{t('exportStep.notComplete')}</p>
      ) : null}
      {catalogError ? <ErrorNotice code={catalogError} /> : null}
      {catalog === null && !catalogError ? <p className="muted">{t('exportStep.loading')}</p> : null}
      {catalog?.length === 0 ? <p className="notice">{t('exportStep.noExports')}</p> : null}
      {catalog && catalog.length > 0 ? (
        <div className="export-layout">
          <fieldset className="client-picker">
            <legend>{t('exportStep.pickClient')}</legend>
            {catalog.map((entry) => (
              <label
                key={entry.client}
                className={entry.client === client ? 'client-option selected' : 'client-option'}
              >
                <input
                  type="radio"
                  name="mail-client"
                  value={entry.client}
                  checked={entry.client === client}
                  onChange={() => {
                    setClient(entry.client);
                    setStatus({ kind: 'idle' });
                    setBuilt(null);
                  }}
                />
                <span>{t(`exportStep.clients.${entry.client}`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="panel export-actions" data-testid="export-actions">
            {client ? <h2>{t(`exportStep.clients.${client}`)}</h2> : null}
            {client === 'outlook' || client === 'new-outlook' ? (
              <p className="field-help" data-testid="outlook-tell-apart">
                {t('exportStep.tellOutlooksApart')}
              </p>
            ) : null}
            <ul className="export-kinds">
              {kinds.map((kind) => (
                <li key={kind}>
                  <span>{t(`exportStep.kinds.${kind}`)}</span>
                  <button
                    type="button"
                    className="button secondary"
                    disabled={busy}
                    onClick={() => void save(kind)}
                    data-kind={kind}
                    aria-label={`${t('exportStep.save')}: ${t(`exportStep.kinds.${kind}`)}`}
                  >
                    {t('exportStep.save')}
                  </button>
                </li>
              ))}
              {client === 'sheet' ? (
                <li>
                  <span>PDF</span>
                  <button
                    type="button"
                    className="button secondary"
                    disabled={busy}
                    onClick={() => void savePdf()}
                  >
                    {isWebMode() ? t('exportStep.savePdfAsHtml') : t('exportStep.savePdf')}
                  </button>
                </li>
              ) : null}
            </ul>
            <StatusLine status={status} />
            {built?.instructions ? <p className="instructions">{built.instructions}</p> : null}
            {built && PREVIEWABLE.test(built.mime) ? (
              <details className="fold">
                <summary>{t('exportStep.preview')}</summary>
                <pre className="file-preview">{built.content}</pre>
              </details>
            ) : null}
          </div>
        </div>
      ) : null}
      <StepNav onBack={onBack}>
        <button type="button" className="button secondary" onClick={onStartOver}>
          {t('nav.startOver')}
        </button>
      </StepNav>
    </section>
  );
}
