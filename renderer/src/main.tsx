// Entry: pick the language from the OS locale (via the API; in web mode the engine names none and the
// browser's language leads), then render the wizard. The language switch overrides it afterwards.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './App';
import { initI18n, languageFromLocale } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/diagram.css';
import './styles/steps.css';
import './styles/repair.css';

async function boot(): Promise<void> {
  let locale = navigator.language;
  try {
    locale = (await api().getAppInfo()).locale || locale;
  } catch {
    // The browser's language is the default when the engine does not say.
  }
  await initI18n(languageFromLocale(locale));
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
