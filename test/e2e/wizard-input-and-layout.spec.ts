// Input as people type it and the screens at the window sizes offices use: a full-width address is
// made half-width (and says so) and checked as such; 「最初からやり直す」 asks before throwing input away;
// 次へ stays on screen with 詳細設定 open; the result's headline and both setting cards fit 1024×720;
// the diagram's labels stay ≥ 12 px at 800×600 and touch neither each other nor a lane.
import type { Request } from '@playwright/test';
import type { DiagnosisRequest } from '../../electron/shared/diagnosis-types';
import { stepsOf } from './pages/steps';
import { diagramGeometry, expectInViewport } from './pages/layout';
import { SCREENS_DIR, WizardApp, type Lang } from './pages/wizard-app';
import { expect, test } from './pages/world-fixture';

const SIZES = [
  { width: 1024, height: 720 },
  { width: 1366, height: 768 },
  { width: 800, height: 600 },
] as const;

function diagnosisRequestOf(request: Request): DiagnosisRequest {
  return (request.postDataJSON() as { input: { request: DiagnosisRequest } }).input.request;
}

test('a full-width address is made half-width, said so, and checked as typed in half width', async ({
  page,
  openBridge,
  world,
}) => {
  const bridge = await openBridge('ja');
  const app = new WizardApp(page, 'ja');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.begin();
  await steps.account.field('email').fill('ｔａｒｏ＠ａｌｐｈａ．ｔｅｓｔ\u3000');
  await steps.account.field('displayName').click();
  await expect(steps.account.field('email')).toHaveValue(world.accounts.alpha.email);
  await expect(app.step('account').getByText(app.m.account.halfWidthNote)).toBeVisible();
  await expect(app.step('account').locator('.field-problem')).toHaveCount(0);
  await app.expectAccessible();
  await app.screenshot('2-account-full-width');

  // Sent straight away (Enter, no blur) the user name is made half-width too.
  await steps.account.openAdvanced();
  await steps.account.field('username').fill('ｔａｒｏ＠ａｌｐｈａ．ｔｅｓｔ');
  await steps.account.field('username').press('Enter');
  await app.expectStep('context');
  await steps.context.waitForGuess();
  const sent = page.waitForRequest((request) => request.url().includes('/api/call/runDiagnosis'));
  await steps.context.startCheck();
  expect(diagnosisRequestOf(await sent)).toMatchObject({
    email: world.accounts.alpha.email,
    username: world.accounts.alpha.email,
  });
  await steps.result.waitForResult();
  await expect(steps.result.value('outgoing', 'host')).toHaveText(/\.alpha\.test$/);
});

test('starting over asks first once something was typed, and keeps it when told to', async ({
  page,
  openBridge,
}) => {
  const bridge = await openBridge('en');
  const app = new WizardApp(page, 'en');
  const steps = stepsOf(app);
  await app.open(bridge.url);
  await steps.welcome.begin();
  // Nothing typed: nothing to lose, no question.
  await app.page.getByRole('banner').getByRole('button', { name: app.m.nav.startOver }).click();
  await app.expectStep('welcome');
  await steps.welcome.begin();

  await steps.account.fillIn({ email: 'taro@alpha.test', password: 'secret' });
  await app.page.getByRole('banner').getByRole('button', { name: app.m.nav.startOver }).click();
  const dialog = app.startOverDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: app.m.startOver.cancel })).toBeFocused();
  await app.expectAccessible();
  await app.screenshot('2-account-start-over');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(steps.account.field('email')).toHaveValue('taro@alpha.test');

  await app.startOver();
  await steps.welcome.begin();
  await expect(steps.account.field('email')).toHaveValue('');
  await expect(steps.account.field('password')).toHaveValue('');
});

for (const lang of ['ja', 'en'] as const satisfies Lang[]) {
  test(`screens fit the window (${lang}): 次へ with 詳細設定 open, result cards, diagram labels`, async ({
    page,
    openBridge,
    world,
  }) => {
    test.skip(!world.op25bActive, 'iptables is needed to simulate OP25B');
    const bridge = await openBridge(lang);
    const app = new WizardApp(page, lang);
    const steps = stepsOf(app);
    const account = world.accounts.op25b;
    await app.open(bridge.url);
    await expect(app.step('welcome')).toContainText(
      lang === 'ja' ? '数秒〜30秒ほど' : 'at most about 30 seconds',
    );
    await steps.welcome.begin();
    await steps.account.fillIn({
      email: account.email,
      password: account.password,
      username: account.username,
    });
    await expectInViewport(
      page,
      page.locator('.step-nav').getByRole('button', { name: app.m.nav.next }),
      '次へ',
    );
    // What the window shows (the nav sticks to its bottom), not the whole page.
    await page.screenshot({ path: `${SCREENS_DIR}/${lang}-2-account-advanced-1024x720.png` });
    await steps.account.next();
    await steps.context.waitForGuess();
    await steps.context.startCheck();
    await steps.result.waitForResult();
    await expect(steps.result.diagram()).toHaveAttribute('data-port25', 'blocked');

    // The hops this PC cannot test are never green; the legend names only what is drawn.
    const diagram = steps.result.diagram();
    await expect(diagram.getByTestId('lane-relay')).toHaveAttribute('data-state', 'untested');
    await expect(diagram.getByTestId('lane-delivery')).toHaveAttribute('data-state', 'untested');
    await expect(diagram.getByTestId('lane-login')).toHaveAttribute('data-state', 'works');
    await expect(diagram.getByTestId('lane-incoming')).toHaveAttribute('data-state', 'works');
    await expect(diagram.getByTestId('diagram-legend').locator('[data-state="checking"]')).toHaveCount(0);
    await expect(diagram.getByTestId('diagram-legend').locator('[data-state="blocked"]')).toHaveCount(1);
    await expect(diagram.getByText(app.m.diagram.relay, { exact: true })).toBeVisible();

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      const name = `${size.width}x${size.height}`;
      if (size.width === 1024) {
        await expectInViewport(page, app.heading(), 'result headline');
        const nav = app.step('result').locator('.step-nav');
        await expectInViewport(page, page.getByTestId('incoming'), 'incoming card', nav);
        await expectInViewport(page, page.getByTestId('outgoing'), 'outgoing card', nav);
      }
      await steps.result.diagram().scrollIntoViewIfNeeded();
      const geometry = await diagramGeometry(page);
      expect(geometry.minFontPx, `smallest diagram text at ${name}`).toBeGreaterThanOrEqual(12);
      expect(geometry.touching, `diagram texts touching at ${name}`).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await app.screenshot(`5-result-${name}`);
    }
    await page.setViewportSize({ width: 1024, height: 720 });
    await app.expectAccessible();
  });
}
