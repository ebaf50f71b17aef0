// Step 3 against the real engine: the ISP named from the public-IP lookup's reverse DNS and where that
// came from, one default (the detection, or 「わからない」 when nothing was found), corrections from the
// provider lists (Japanese providers first, then 海外), the server number a host like Xserver
// needs, and all of it arriving in the DiagnosisRequest. Also the opt-in test message, end to end: the
// world's SMTP server delivers into its IMAP store, where the engine finds it.
import type { Request } from '@playwright/test';
import type { DiagnosisRequest } from '../../electron/shared/diagnosis-types';
import { stepsOf } from './pages/steps';
import { fill, WizardApp } from './pages/wizard-app';
import { expect, test } from './pages/world-fixture';

function diagnosisRequestOf(request: Request): DiagnosisRequest {
  return (request.postDataJSON() as { input: { request: DiagnosisRequest } }).input.request;
}

test('the detected provider, its source, corrections and the server number go into the check', async ({
  page,
  openBridge,
  world,
}) => {
  const bridge = await openBridge('ja');
  const app = new WizardApp(page, 'ja');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.begin();
  await steps.account.fillIn({ email: world.accounts.alpha.email });
  await steps.account.next();
  await app.expectStep('context');
  await steps.context.waitForGuess();

  // The world's public-IP service answers an address whose reverse name is an OCN line.
  await expect(steps.context.detected('isp')).toContainText(fill(app.m.context.detected, { name: 'OCN' }));
  await expect(steps.context.detected('isp')).toContainText(
    fill(app.m.context.detectedSource, { source: app.m.context.sources.ptr }),
  );
  // alpha.test's MX and NS belong to no known hosting company: said plainly, and correctable.
  await expect(steps.context.detected('hosting')).toHaveText(app.m.context.notDetected);
  await expect(steps.context.hostNumber()).toHaveCount(0);

  // One default each: the detection, or 「わからない」 (explained) when there is none.
  await expect(steps.context.selected('isp')).toHaveText(fill(app.m.context.useDetected, { name: 'OCN' }));
  await expect(steps.context.selected('hosting')).toHaveText(app.m.context.unknown);
  await expect(steps.context.ispSelect().locator('option', { hasText: app.m.context.unknown })).toHaveCount(
    0,
  );
  // Japanese providers first; the ones outside Japan grouped after them.
  expect(await steps.context.groups('isp')).toEqual([
    app.m.context.japanProviders,
    app.m.context.overseasProviders,
  ]);
  await expect(steps.context.group('isp', app.m.context.overseasProviders)).toContainText('Comcast');
  await expect(steps.context.group('isp', app.m.context.japanProviders)).not.toContainText('Comcast');
  await expect(steps.context.group('hosting', app.m.context.overseasProviders)).toContainText('Google');
  await expect(app.step('context').getByText(app.m.context.hostingHelp)).toBeVisible();
  await app.expectAccessible();
  await app.screenshot('3-context-groups');

  await steps.context.hostingSelect().selectOption({ label: 'エックスサーバー' });
  await expect(app.page.getByTestId('context-hostNumber-panel')).toContainText(
    fill(app.m.context.hostNumberFor, { provider: 'エックスサーバー' }),
  );

  // A malformed number is explained in place and nothing starts.
  await steps.context.hostNumber().fill('サーバー');
  await app.step('context').getByRole('button', { name: app.m.nav.startCheck }).click();
  await app.expectStep('context');
  await expect(app.step('context').locator('.field-problem')).toHaveText(app.m.context.hostNumberInvalid);
  await expect(steps.context.hostNumber()).toBeFocused();
  await expect(steps.context.hostNumber()).toHaveAttribute('aria-invalid', 'true');

  await steps.context.hostNumber().fill('SV1234');
  await expect(app.step('context').locator('.field-problem')).toHaveCount(0);
  await app.expectAccessible();
  await app.screenshot('3-context-xserver');

  const sent = page.waitForRequest((request) => request.url().includes('/api/call/runDiagnosis'));
  await steps.context.startCheck();
  expect(diagnosisRequestOf(await sent)).toMatchObject({
    email: world.accounts.alpha.email,
    publicIpLookup: true,
    hints: { isp: 'ocn', hosting: 'xserver', hostNumber: '1234' },
  });
  await steps.checking.cancel();
  await steps.result.waitForResult();

  // Going back keeps the corrections; choosing a host that needs no number hides the field.
  await app.back();
  await app.expectStep('context');
  await expect(steps.context.hostNumber()).toHaveValue('SV1234');
  await steps.context.hostingSelect().selectOption({ label: 'さくらのレンタルサーバ' });
  await expect(steps.context.hostNumber()).toHaveCount(0);
});

test('English names the source too, and the lookup can be turned off', async ({ page, openBridge }) => {
  const bridge = await openBridge('en');
  const app = new WizardApp(page, 'en');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.publicIpToggle().uncheck();
  await steps.welcome.begin();
  await steps.account.fillIn({ email: 'taro@alpha.test' });
  await steps.account.next();
  await steps.context.waitForGuess();
  await expect(app.step('context').getByText(app.m.context.publicIpOff)).toBeVisible();
  await expect(steps.context.detected('isp')).toHaveText(app.m.context.notDetected);
  await steps.context.ispSelect().selectOption({ label: 'OCN' });

  const sent = page.waitForRequest((request) => request.url().includes('/api/call/runDiagnosis'));
  await steps.context.startCheck();
  const request = diagnosisRequestOf(await sent);
  expect(request.publicIpLookup).toBe(false);
  expect(request.hints).toEqual({ isp: 'ocn' });
  await steps.checking.cancel();
  await steps.result.waitForResult();
});

test('the optional test message is sent to yourself and reported as delivered', async ({
  page,
  openBridge,
  world,
}) => {
  const account = world.accounts.alpha;
  const before = world.mailboxes[account.email]?.length ?? 0;
  const bridge = await openBridge('ja');
  const app = new WizardApp(page, 'ja');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.begin();

  // Without a password there is no proven login to send with: the choice is visibly unavailable.
  await steps.account.fillIn({ email: account.email });
  await expect(steps.account.testMessage()).toBeDisabled();
  await expect(app.step('account').getByText(app.m.account.testMessageNeedsPassword)).toBeVisible();
  await steps.account.fillIn({ email: account.email, password: account.password });
  await expect(steps.account.testMessage()).toBeEnabled();
  await steps.account.testMessage().check();
  await app.expectAccessible();
  await steps.account.next();
  await steps.context.waitForGuess();

  const sent = page.waitForRequest((request) => request.url().includes('/api/call/runDiagnosis'));
  await steps.context.startCheck();
  expect(diagnosisRequestOf(await sent).sendTestMessage).toBe(true);
  await steps.result.waitForResult();
  await steps.result.expectFindingText('TEST_MESSAGE_DELIVERED', { host: 'mail.alpha.test' });
  expect(world.mailboxes[account.email]?.length ?? 0).toBe(before + 1);
  await app.expectAccessible();
  await app.screenshot('5-result-test-message');
});
