// One server's settings with the labels a person types into Thunderbird or Outlook.
import { useTranslation } from 'react-i18next';
import type { IncomingSetting, OutgoingSetting } from '../../../electron/shared/diagnosis-types';

interface SettingsTableProps {
  title: string;
  setting: OutgoingSetting | IncomingSetting | null;
  email: string;
  testId: string;
}

export function SettingsTable({ title, setting, email, testId }: SettingsTableProps) {
  const { t } = useTranslation();
  return (
    <section className="settings-card" data-testid={testId} aria-label={title}>
      <header className="settings-card-header">
        <h2>{title}</h2>
        {setting ? (
          <span
            className={`badge ${setting.verified ? 'badge-verified' : setting.login === 'failed' ? 'badge-bad' : 'badge-plain'}`}
            data-testid={`${testId}-badge`}
            data-login={setting.login}
          >
            {setting.verified
              ? `✓ ${t('result.verified')}`
              : setting.login !== 'failed'
                ? t('result.connectionOnly')
                : setting.loginRefusedOn
                  ? `✕ ${t('result.loginRefusedOn', { protocol: setting.loginRefusedOn.toUpperCase() })}`
                  : `✕ ${t('result.loginRefused')}`}
          </span>
        ) : null}
      </header>
      {setting ? (
        <table className="settings-table">
          <tbody>
            {'protocol' in setting ? (
              <tr>
                <th scope="row">{t('result.fields.protocol')}</th>
                <td>{setting.protocol === 'imap' ? 'IMAP' : 'POP3'}</td>
              </tr>
            ) : null}
            <tr>
              <th scope="row">{t('result.fields.server')}</th>
              <td className="mono" data-field="host">
                {setting.host}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('result.fields.port')}</th>
              <td className="mono" data-field="port">
                {setting.port}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('result.fields.security')}</th>
              <td data-field="security">{t(`security.${setting.security}`)}</td>
            </tr>
            <tr>
              <th scope="row">{t('result.fields.auth')}</th>
              <td data-field="auth">{t(`auth.${setting.auth}`)}</td>
            </tr>
            <tr>
              <th scope="row">{t('result.fields.username')}</th>
              <td className="mono" data-field="username">
                {setting.username ?? email}
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="settings-missing">{t('result.notFound')}</p>
      )}
    </section>
  );
}
