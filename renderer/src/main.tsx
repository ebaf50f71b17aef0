// Entry: render the wizard at once in the browser's language (in Electron that is the OS locale too),
// while the engine is asked for the locale it sees; a different answer switches the language, unless
// the person already chose one. Waiting for that round trip first would only delay the first screen.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './App';
import { currentLanguage, initI18n, languageFromLocale, switchLanguage } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/diagram.css';
import './styles/steps.css';
import './styles/repair.css';

async function boot(): Promise<void> {
  const initial = languageFromLocale(navigator.language);
  const engineLocale = api()
    .getAppInfo()
    .then((info) => info.locale)
    // The browser's language stays when the engine does not say.
    .catch(() => '');
  await initI18n(initial);
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const locale = await engineLocale;
  if (locale && languageFromLocale(locale) !== initial && currentLanguage() === initial)
    await switchLanguage(languageFromLocale(locale));
}

void boot();
