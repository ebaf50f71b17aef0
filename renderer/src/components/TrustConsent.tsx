// The consent question of the trust rule (issue 13): servers the engine found but kept the password
// from, because nothing trustworthy ties their names to the address's domain. Each is listed with why
// it is a candidate and the name its certificate gives; one answer covers them all. Consenting runs
// the check again with those names trusted; declining keeps the result with the logins withheld.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { DiagnosisResult, UntrustedSource } from '../../../electron/shared/diagnosis-types';
import { FINDING_CATALOGUES } from '../../../electron/shared/finding-catalogue';
import type { MailProtocol } from '../../../electron/shared/probe-types';

export interface WithheldHost {
  host: string;
  source: UntrustedSource;
  certNames: string[];
  protocols: MailProtocol[];
}

/** The hosts of the CREDENTIALS_WITHHELD findings, one entry per name. */
export function withheldHosts(result: Pick<DiagnosisResult, 'findings'>): WithheldHost[] {
  const byHost = new Map<string, WithheldHost>();
  for (const finding of result.findings) {
    if (finding.code !== 'CREDENTIALS_WITHHELD' || finding.host === undefined) continue;
    const entry = byHost.get(finding.host) ?? {
      host: finding.host,
      source: finding.source ?? 'guess',
      certNames: [],
      protocols: [],
    };
    for (const name of finding.certNames ?? [])
      if (!entry.certNames.includes(name)) entry.certNames.push(name);
    // One finding per host: it names every protocol the password was kept from.
    for (const protocol of finding.protocols ?? (finding.protocol ? [finding.protocol] : []))
      if (!entry.protocols.includes(protocol)) entry.protocols.push(protocol);
    byHost.set(finding.host, entry);
  }
  return [...byHost.values()];
}

export function TrustConsent(props: {
  result: Pick<DiagnosisResult, 'findings'>;
  onConsent: (hosts: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const reasons = FINDING_CATALOGUES[i18n.language === 'ja' ? 'ja' : 'en'].reasons;
  const [declined, setDeclined] = useState(false);
  const hosts = withheldHosts(props.result);
  if (hosts.length === 0) return null;
  if (declined)
    return (
      <p className="panel trust-declined" role="status" data-testid="trust-declined">
        {t('trust.declined')}
      </p>
    );
  return (
    <section className="panel trust-consent" aria-labelledby="trust-title" data-testid="trust-consent">
      <h2 id="trust-title">{t('trust.title')}</h2>
      <p>{t('trust.lead')}</p>
      <ul className="trust-hosts">
        {hosts.map((entry) => (
          <li key={entry.host} data-host={entry.host}>
            <dl>
              <dt>{t('trust.host')}</dt>
              <dd className="mono">{entry.host}</dd>
              <dt>{t('trust.usedFor')}</dt>
              <dd>{entry.protocols.map((protocol) => t(`protocol.${protocol}`)).join('・')}</dd>
              <dt>{t('trust.why')}</dt>
              <dd data-field="why">{reasons[entry.source]}</dd>
              <dt>{t('trust.certificate')}</dt>
              <dd className="mono" data-field="certificate">
                {entry.certNames.length > 0 ? entry.certNames.join(', ') : t('trust.noCertificate')}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <p className="trust-question">{t('trust.question')}</p>
      <div className="trust-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => props.onConsent(hosts.map((entry) => entry.host))}
        >
          {t('trust.consent')}
        </button>
        <button type="button" className="button secondary" onClick={() => setDeclined(true)}>
          {t('trust.decline')}
        </button>
      </div>
    </section>
  );
}
