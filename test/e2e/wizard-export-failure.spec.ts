// Exports in the browser against the real engine: with nothing found, entering a server name is the main
// action and an account export refuses with its own message while the sheet is still made (as HTML
// in web mode, said so); a .prf downloads as UTF-16LE with a BOM like the Electron save writes it; the
// Thunderbird panel offers no config-v1.1.xml; the Outlook panels say how to tell the two apart.
import { readFileSync } from 'node:fs';
import { checkThrough, stepsOf } from './pages/steps';
import { fill, WizardApp } from './pages/wizard-app';
import { expect, test } from './pages/world-fixture';

test('nothing found: no export is primary, and an account export says which server is missing', async ({
  page,
  openBridge,
}) => {
  const bridge = await openBridge('ja');
  const app = new WizardApp(page, 'ja');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await checkThrough(steps, { email: 'someone@nowhere.test' });
  // Nothing to set up: the one primary action leads to the server field; export stays secondary.
  const result = app.step('result');
  await expect(result.getByRole('button', { name: app.m.headline.actions.enterServer })).toHaveClass(
    /primary/,
  );
  await expect(result.getByRole('button', { name: app.m.nav.retry })).not.toHaveClass(/primary/);
  await expect(result.getByRole('button', { name: app.m.nav.toExport })).not.toHaveClass(/primary/);
  await steps.result.toExport();

  await steps.exporting.chooseClient('outlook');
  await expect(page.getByTestId('outlook-tell-apart')).toHaveText(app.m.exportStep.tellOutlooksApart);
  await page.locator('button[data-kind="outlook-prf"]').click();
  await expect(app.step('export').getByText(app.m.errors.NO_OUTGOING_SERVER)).toBeVisible();
  await expect(app.step('export').getByText(app.m.errors.INVALID_INPUT)).toHaveCount(0);
  await app.expectAccessible();
  await app.screenshot('6-export-refused');
  await steps.exporting.chooseClient('new-outlook');
  await page.locator('button[data-kind="new-outlook-guide"]').click();
  await expect(app.step('export').getByText(app.m.errors.NO_OUTGOING_SERVER)).toBeVisible();

  // The printable sheet needs no server; in web mode its PDF button says it gives HTML.
  await steps.exporting.chooseClient('sheet');
  const downloading = page.waitForEvent('download');
  await app.step('export').getByRole('button', { name: app.m.exportStep.savePdfAsHtml }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  await expect(page.getByTestId('export-status')).toHaveText(
    fill(app.m.exportStep.downloadedSheetForPdf, { filename: download.suggestedFilename() }),
  );
});

test('a .prf downloads as UTF-16LE with a BOM; config-v1.1.xml is only in the admin kit', async ({
  page,
  openBridge,
  world,
}) => {
  const bridge = await openBridge('en');
  const app = new WizardApp(page, 'en');
  const steps = stepsOf(app);
  const account = world.accounts.alpha;
  await app.open(bridge.url);
  await checkThrough(steps, { email: account.email, displayName: '山田 太郎', password: account.password });
  await steps.result.toExport();

  await steps.exporting.chooseClient('thunderbird');
  await expect(page.locator('button[data-kind="thunderbird-autoconfig"]')).toHaveCount(0);
  await steps.exporting.chooseClient('admin');
  await expect(page.locator('button[data-kind="thunderbird-autoconfig"]')).toHaveCount(1);

  await steps.exporting.chooseClient('outlook');
  const bytes = readFileSync(await (await steps.exporting.save('outlook-prf')).path());
  expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const text = bytes.subarray(2).toString('utf16le');
  expect(text).toContain('山田 太郎');
  expect(text).toMatch(/Server=\w+\.alpha\.test/);
  const guide = await steps.exporting.save('outlook-guide');
  expect(guide.suggestedFilename()).toMatch(/-outlook-classic-en\.txt$/);
  expect(readFileSync(await guide.path(), 'utf8')).not.toContain('?');
  await app.expectAccessible();
  await app.screenshot('6-export-outlook');
});
