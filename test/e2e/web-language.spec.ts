// Web mode follows the browser's language (navigator.language), not the server's locale, until the
// person switches it with the language buttons.
import { expect, test } from './fixtures/bridge';
import { WizardApp } from './pages/wizard-app';

for (const [locale, lang] of [
  ['ja-JP', 'ja'],
  ['en-GB', 'en'],
] as const) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });

    test(`opens in ${lang} and switches when asked`, async ({ page, bridge }) => {
      const app = new WizardApp(page, lang);
      await app.open(bridge.url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(app.heading()).toHaveText(app.m.welcome.title);
      const other = lang === 'ja' ? 'en' : 'ja';
      await app.switchLanguage(other);
      await expect(app.heading()).toHaveText(new WizardApp(page, other).m.welcome.title);
    });
  });
}
