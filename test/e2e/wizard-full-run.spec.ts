// A complete run in each language against the loopback world with port 25 blocked (OP25B): progress,
// result with 465/587 and the OP25B explanation, the diagram marking port 25 blocked, export, start
// over. Every step is screenshotted at 1024×720 and checked with axe.
import { readFileSync } from 'node:fs';
import { stepsOf } from './pages/steps';
import { SCREENS_DIR, WizardApp, type Lang } from './pages/wizard-app';
import { expect, test } from './pages/world-fixture';

const shots: string[] = [];

test.afterAll(() => {
  if (shots.length > 0) console.log(`\nWizard screenshots (${shots.length}) are in ${SCREENS_DIR}\n`);
});

for (const lang of ['ja', 'en'] as const satisfies Lang[]) {
  test(`full run in ${lang} with port 25 blocked`, async ({ page, context, world, openBridge }) => {
    test.skip(!world.op25bActive, 'iptables is needed to simulate OP25B');
    const bridge = await openBridge(lang);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: bridge.origin });
    const app = new WizardApp(page, lang);
    const steps = stepsOf(app);
    const account = world.accounts.op25b;

    await app.open(bridge.url);
    await expect(app.heading()).toHaveText(app.m.welcome.title);
    await app.expectAccessible();
    shots.push(await app.screenshot('1-welcome'));
    await steps.welcome.begin();

    await steps.account.fillIn({
      email: account.email,
      displayName: lang === 'ja' ? '山田 花子' : 'Hanako Yamada',
      password: account.password,
    });
    await app.expectAccessible();
    shots.push(await app.screenshot('2-account'));
    await steps.account.next();

    await app.expectStep('context');
    await steps.context.waitForGuess();
    await app.expectAccessible();
    shots.push(await app.screenshot('3-context'));
    await steps.context.startCheck();

    // Live progress: rows with chips appear while the check runs.
    await expect(steps.checking.rows().first()).toBeVisible({ timeout: 30_000 });
    await expect(app.page.getByTestId('checking-elapsed')).toBeVisible();
    shots.push(await app.screenshot('4-checking'));
    await app.expectAccessible();

    await steps.result.waitForResult();
    const port = Number(await steps.result.value('outgoing', 'port').textContent());
    expect([465, 587]).toContain(port);
    await expect(steps.result.value('outgoing', 'security')).toHaveText(
      port === 465 ? 'SSL/TLS' : 'STARTTLS',
    );
    await expect(steps.result.value('outgoing', 'host')).toHaveText(/^(mail|smtp)\.op25b\.test$/);
    await expect(app.page.getByTestId('outgoing-badge')).toContainText(app.m.result.verified);
    await expect(steps.result.finding('PORT25_BLOCKED')).toBeVisible();
    await expect(steps.result.finding('PORT25_BLOCKED').locator('.finding-title strong')).toHaveText(
      app.findings.PORT25_BLOCKED.title,
    );
    await expect(steps.result.diagram()).toHaveAttribute('data-port25', 'blocked');
    await expect(steps.result.diagram().getByTestId('diagram-port25-blocked')).toBeVisible();
    await app.expectAccessible();
    shots.push(await app.screenshot('5-result'));

    // Dark mode follows the OS and stays accessible; the smallest supported window has no sideways scroll.
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.expectAccessible();
    shots.push(await app.screenshot('5-result-dark'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 800, height: 600 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    shots.push(await app.screenshot('5-result-800x600'));
    await page.setViewportSize({ width: 1024, height: 720 });

    await steps.result.copySupportReport();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain(account.email);
    expect(report).not.toContain(account.password);

    await steps.result.toExport();
    await steps.exporting.chooseClient('thunderbird');
    await app.expectAccessible();
    shots.push(await app.screenshot('6-export'));
    const download = await steps.exporting.save('thunderbird-prefs');
    const content = readFileSync(await download.path(), 'utf8');
    expect(content).toContain('mail.op25b.test');
    expect(content).not.toContain(account.password);

    await app.startOver();
    await steps.welcome.begin();
    await expect(steps.account.field('email')).toHaveValue('');
    await expect(steps.account.field('password')).toHaveValue('');
  });
}
