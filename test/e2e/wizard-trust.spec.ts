// The trust rule's consent screen in each language: a domain whose only SRV records point to a server
// in another domain (srvonly.test → mx.srvhost.test, valid certificate). The result lists that server,
// why it is a candidate and its certificate's name, with the login withheld; consenting checks again
// with it trusted and verifies; declining keeps the withheld result. Screenshots and axe on each.
import { FINDING_CATALOGUES } from '../../electron/shared/finding-catalogue';
import { stepsOf } from './pages/steps';
import { WizardApp, type Lang } from './pages/wizard-app';
import { expect, test } from './pages/world-fixture';

for (const lang of ['ja', 'en'] as const satisfies Lang[]) {
  test(`asks before sending the password to an SRV target outside the domain (${lang})`, async ({
    page,
    world,
    openBridge,
  }) => {
    const bridge = await openBridge(lang);
    const app = new WizardApp(page, lang);
    const steps = stepsOf(app);
    const account = world.accounts.srvonly;

    await app.open(bridge.url);
    await steps.welcome.begin();
    await steps.account.fillIn({ email: account.email, password: account.password });
    await steps.account.next();
    await steps.context.waitForGuess();
    await steps.context.startCheck();
    await steps.result.waitForResult();

    const consent = page.getByTestId('trust-consent');
    await expect(consent.getByRole('heading', { name: app.m.trust.title })).toBeVisible();
    const entry = consent.locator('li[data-host="mx.srvhost.test"]');
    await expect(entry.locator('[data-field="why"]')).toHaveText(FINDING_CATALOGUES[lang].reasons.srv);
    await expect(entry.locator('[data-field="certificate"]')).toHaveText('mx.srvhost.test');
    await expect(page.getByTestId('outgoing-badge')).not.toContainText(app.m.result.verified);
    await expect(steps.result.finding('CREDENTIALS_WITHHELD').first()).toBeVisible();
    await app.expectAccessible();
    await app.screenshot('6-trust-consent');

    if (lang === 'en') {
      // Declining keeps the result as it is: nothing verified, and a plain statement of why.
      await consent.getByRole('button', { name: app.m.trust.decline }).click();
      await expect(page.getByTestId('trust-declined')).toHaveText(app.m.trust.declined);
      await expect(page.getByTestId('trust-consent')).toHaveCount(0);
      await expect(page.getByTestId('outgoing-badge')).not.toContainText(app.m.result.verified);
      await app.expectAccessible();
      await app.screenshot('6-trust-declined');
      return;
    }

    await consent.getByRole('button', { name: app.m.trust.consent }).click();
    await steps.result.waitForResult();
    await expect(page.getByTestId('outgoing-badge')).toContainText(app.m.result.verified, {
      timeout: 30_000,
    });
    await expect(page.getByTestId('incoming-badge')).toContainText(app.m.result.verified);
    await expect(page.getByTestId('trust-consent')).toHaveCount(0);
    await expect(steps.result.finding('CREDENTIALS_WITHHELD')).toHaveCount(0);
    await app.expectAccessible();
    await app.screenshot('6-trust-consented');
  });
}
