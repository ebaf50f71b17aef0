// Error paths: an invalid address is explained in place before anything runs; an unknown domain and
// a wrong password end in explained findings; cancelling mid-check leads to a partial result; going
// back and forth keeps every input.
import { stepsOf } from './pages/steps';
import { fill, WizardApp } from './pages/wizard-app';
import { expect, test } from './pages/world-fixture';

test('an invalid address is explained inline and nothing runs', async ({ page, openBridge }) => {
  const bridge = await openBridge('ja');
  const app = new WizardApp(page, 'ja');
  const steps = stepsOf(app);
  const calls: string[] = [];
  page.on('request', (request) => calls.push(new URL(request.url()).pathname));
  await app.open(bridge.url);
  await steps.welcome.begin();

  await steps.account.fillIn({ email: 'hanako.op25b.test' });
  await steps.account.next();
  await app.expectStep('account');
  await steps.account.expectProblem(app.m.problems.NO_AT);
  await expect(steps.account.field('email')).toBeFocused();
  await app.expectAccessible();
  await app.screenshot('2-account-invalid');

  // The message follows the input as it is corrected.
  await steps.account.field('email').fill('hanako@');
  await steps.account.expectProblem(app.m.problems.DOMAIN_EMPTY);
  await steps.account.fillIn({ email: '山田@例え.jp' });
  await expect(app.step('account').locator('.field-problem')).toHaveCount(0);
  await expect(app.step('account').getByText('xn--r8jz45g.jp')).toBeVisible();
  expect(calls.filter((call) => call.includes('runDiagnosis') || call.includes('guessContext'))).toEqual([]);
});

test('an unknown domain ends with an explanation, not a blank result', async ({ page, openBridge }) => {
  const bridge = await openBridge('en');
  const app = new WizardApp(page, 'en');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.begin();
  await steps.account.fillIn({ email: 'someone@nowhere.test' });
  await steps.account.next();
  await steps.context.startCheck();
  await steps.result.waitForResult();
  await expect(app.heading()).toHaveText(fill(app.m.headline.notFound.title, { domain: 'nowhere.test' }));
  await expect(app.step('result')).toHaveAttribute('data-status', 'not-found');
  await expect(steps.result.finding('NO_MAIL_HOST')).toBeVisible();
  await expect(app.page.getByTestId('outgoing')).toContainText(app.m.result.notFound);
  await app.expectAccessible();
});

test('a wrong password is reported with what to do', async ({ page, openBridge, world }) => {
  const bridge = await openBridge('ja');
  const app = new WizardApp(page, 'ja');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.begin();
  await steps.account.fillIn({ email: world.accounts.alpha.email, password: 'not-the-password' });
  await steps.account.next();
  await steps.context.startCheck();
  await steps.result.waitForResult();
  await expect(steps.result.finding('AUTH_FAILED').first()).toBeVisible();
  await expect(steps.result.finding('AUTH_FAILED').first().locator('.finding-action')).toContainText(
    app.findings.AUTH_FAILED.action,
  );
  await expect(app.page.getByTestId('incoming-badge')).not.toContainText(app.m.result.verified);
  await app.expectAccessible();
});

test('cancelling mid-check shows what was found so far', async ({ page, openBridge, world }) => {
  // mail.slowcfg.test (the op25b server) answers at once, while the ISPDB (a stronger
  // source) never answers for it: the check waits for it (given long HTTP deadlines) until cancelled.
  const bridge = await openBridge('en', {
    timeouts: { ...world.config.timeouts, httpMs: 60_000, discoveryMs: 60_000 },
  });
  const app = new WizardApp(page, 'en');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.begin();
  await steps.account.fillIn({ email: 'taro@slowcfg.test' });
  await steps.account.next();
  await steps.context.startCheck();
  await expect(steps.checking.rows().locator('[data-status="works"]').first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(app.step('checking')).toBeVisible();
  await steps.checking.cancel();
  await steps.result.waitForResult(30_000);
  await expect(app.step('result')).toHaveAttribute('data-cancelled', 'true');
  await expect(app.heading()).toHaveText(app.m.headline.cancelled.title);
  await expect(steps.result.finding('CANCELLED')).toBeVisible();
  await app.expectAccessible();
  await app.screenshot('5-result-cancelled');
});

test('going back and forth keeps every input', async ({ page, openBridge, world }) => {
  const bridge = await openBridge('ja');
  const app = new WizardApp(page, 'ja');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.begin();
  const input = {
    email: world.accounts.auto.email,
    displayName: '四郎',
    password: world.accounts.auto.password,
    username: 'shiro',
    serverHost: 'box.autohost.test',
  };
  await steps.account.fillIn(input);
  await steps.account.next();
  await app.expectStep('context');
  await steps.context.waitForGuess();
  await steps.context.ispSelect().selectOption({ label: 'NURO光' });

  await app.back();
  await app.expectStep('account');
  await app.back();
  await app.expectStep('welcome');
  await steps.welcome.begin();
  await expect(steps.account.field('email')).toHaveValue(input.email);
  await expect(steps.account.field('displayName')).toHaveValue(input.displayName);
  await expect(steps.account.field('password')).toHaveValue(input.password);
  await expect(steps.account.field('username')).toHaveValue(input.username);
  await expect(steps.account.field('serverHost')).toHaveValue(input.serverHost);
  await steps.account.next();
  await expect(steps.context.ispSelect()).toHaveValue('nuro');

  // Language can change midway without losing anything.
  await app.switchLanguage('en');
  const english = new WizardApp(page, 'en');
  await expect(english.heading()).toHaveText(english.m.context.title);
  await expect(steps.context.ispSelect()).toHaveCount(0);
  await expect(stepsOf(english).context.ispSelect()).toHaveValue('nuro');
});
