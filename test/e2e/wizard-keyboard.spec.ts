// The whole wizard with the keyboard only: Tab to move, Enter/Space to act, typing to fill in.
import type { Locator, Page } from '@playwright/test';
import { WizardApp } from './pages/wizard-app';
import { expect, test } from './pages/world-fixture';

const MAX_TABS = 40;

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

test('the wizard can be completed with the keyboard alone', async ({ page, openBridge, world }) => {
  const bridge = await openBridge('en');
  const app = new WizardApp(page, 'en');
  const { m } = app;
  const account = world.accounts.alpha;
  await app.open(bridge.url);

  await tabTo(page, page.getByRole('button', { name: m.repair.welcome.fresh }));
  await page.keyboard.press('Enter');
  await app.expectStep('account');

  await tabTo(page, page.getByLabel(m.account.email, { exact: true }));
  await page.keyboard.type(account.email);
  await tabTo(page, page.getByLabel(m.account.password, { exact: true }));
  await page.keyboard.type(account.password);
  await tabTo(page, app.step('account').locator('summary'));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(m.account.username, { exact: true })).toBeVisible();
  // Enter in a text field submits the form, as in any desktop dialog.
  await tabTo(page, page.getByLabel(m.account.email, { exact: true }));
  await page.keyboard.press('Enter');
  await app.expectStep('context');

  await tabTo(page, page.getByRole('button', { name: m.nav.startCheck }));
  await page.keyboard.press('Enter');
  await expect(app.step('result')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('incoming-badge')).toContainText(m.result.verified);

  await tabTo(page, page.getByRole('button', { name: m.nav.toExport }));
  await page.keyboard.press('Enter');
  await app.expectStep('export');
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: m.exportStep.clients.thunderbird })).toBeChecked();
  const save = page.locator('button[data-kind="thunderbird-prefs"]');
  await tabTo(page, save);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Space');
  expect((await downloading).suggestedFilename()).toBe('user.js');

  // Starting over asks first; the safe choice has the focus, the other is one Shift+Tab away.
  await tabTo(page, app.step('export').getByRole('button', { name: m.nav.startOver }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('button', { name: m.startOver.cancel })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: m.startOver.confirm })).toBeFocused();
  await page.keyboard.press('Enter');
  await app.expectStep('welcome');
});

test('focus is always visible', async ({ page, openBridge }) => {
  const bridge = await openBridge('ja');
  const app = new WizardApp(page, 'ja');
  await app.open(bridge.url);
  const checked = new Set<string>();
  for (let presses = 0; presses < 12; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      // Tab leaves the page after the last control; that is the browser's, not ours.
      if (!element || element === document.body) return null;
      // A step heading takes focus from script (tabIndex -1) so screen readers start there; it is not a
      // control and may win a race with the first Tab press. Only the tab order is judged here.
      if (element.tabIndex < 0) return null;
      const style = getComputedStyle(element);
      return {
        name: `${element.tagName} ${element.textContent ?? ''}`,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (!focus) continue;
    checked.add(focus.name);
    expect(focus.outline, `focus ring on ${focus.name}`).not.toMatch(/^none|\b0px$/);
  }
  expect(checked.size).toBeGreaterThanOrEqual(4);
});
