// The repair path (issue 14) in Chromium against the real engine behind the web bridge and the loopback
// world: a Thunderbird profile whose account sends on a dropped port 25 without AUTH is read, diagnosed,
// fixed on disk and restored byte for byte; a running Thunderbird (live profile lock) is refused; classic
// Outlook's settings are typed into the form that mirrors its dialog and get a guide of only the changes.
import { symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fieldLabel } from '../../electron/clients/labels';
import { makeThunderbirdRoot, type ThunderbirdRoot } from './fixtures/thunderbird-root';
import { RepairPage } from './pages/repair';
import { fill, WizardApp, type Lang } from './pages/wizard-app';
import { expect, test } from './pages/world-fixture';

const OUTGOING_CHANGES = ['outgoing.port', 'outgoing.security', 'outgoing.auth', 'outgoing.username'];
const SMTP2_PORT = /user_pref\("mail\.smtpserver\.smtp2\.port", (\d+)\);/;

let tb: ThunderbirdRoot;
test.beforeEach(() => {
  tb = makeThunderbirdRoot();
});
test.afterEach(() => tb.remove());

for (const lang of ['ja', 'en'] as const satisfies readonly Lang[]) {
  test(`${lang}: Thunderbird account on port 25 → difference, fix on disk, undo byte for byte`, async ({
    page,
    openBridge,
    world,
  }) => {
    const bridge = await openBridge(lang, undefined, { thunderbirdRoots: [tb.root] });
    const app = new WizardApp(page, lang);
    const repair = new RepairPage(app);
    await app.open(bridge.url);
    await app.expectAccessible();
    await app.screenshot('repair-welcome');
    await repair.enter();
    await app.expectAccessible();
    await repair.chooseProgram('thunderbird');
    await expect(repair.screen('accounts').getByRole('radio')).toHaveCount(3);
    await repair.pickAccount('hanako@op25b.test');
    await repair.password().fill(world.accounts.op25b.password);
    await app.expectAccessible();
    await repair.check('accounts');

    const result = await repair.expectResult();
    await expect(result).toHaveAttribute('data-verdict', 'CHANGES_NEEDED');
    await expect(result.getByTestId('repair-verdict')).toHaveText(repair.r.result.verdict.CHANGES_NEEDED);
    expect(await repair.diffChanges()).toEqual(OUTGOING_CHANGES);
    const portRow = repair.diffRow('outgoing.port');
    await expect(portRow).toContainText(fieldLabel('thunderbird', 'outgoing', 'port')[lang]);
    await expect(portRow).toContainText(repair.port25Reason('OCN'));
    await expect(portRow.locator('.repair-from')).toHaveText('25');
    await expect(repair.diffRow('outgoing.auth').locator('.repair-to')).toHaveText(
      repair.r.values.auth.password,
    );
    await expect(result.locator('[data-check="incoming"]')).toHaveAttribute('data-status', 'works');
    await expect(result.locator('[data-check="outgoing"]')).toHaveAttribute('data-status', 'fails');
    await expect(repair.fixButton()).toBeVisible();
    await app.expectAccessible();
    await app.screenshot('repair-difference');

    const before = tb.prefsBytes();
    expect(SMTP2_PORT.exec(before.toString('utf8'))?.[1]).toBe('25');
    await repair.fixButton().click();
    await expect(result.getByText(repair.r.fix.applied)).toBeVisible();
    const fixed = tb.prefsBytes().toString('utf8');
    expect(['465', '587']).toContain(SMTP2_PORT.exec(fixed)?.[1]);
    await expect(result).toContainText(path.basename(tb.prefsPath));
    await app.expectAccessible();

    await repair.undoButton().click();
    await expect(result.getByText(repair.r.fix.undone)).toBeVisible();
    expect(tb.prefsBytes().equals(before)).toBe(true);
  });
}

test('a running Thunderbird (live profile lock) is refused until it is closed', async ({
  page,
  openBridge,
  world,
}) => {
  // The lock Thunderbird makes on Linux: a symlink naming this host and a live process.
  const lock = path.join(tb.profileDir, 'lock');
  symlinkSync(`127.0.0.1:+${process.pid}`, lock);
  const bridge = await openBridge('ja', undefined, { thunderbirdRoots: [tb.root] });
  const app = new WizardApp(page, 'ja');
  const repair = new RepairPage(app);
  await app.open(bridge.url);
  await repair.enter();
  await repair.chooseProgram('thunderbird');
  await repair.pickAccount('hanako@op25b.test');
  await repair.password().fill(world.accounts.op25b.password);
  await repair.check('accounts');
  const result = await repair.expectResult();
  await expect(result.getByTestId('repair-locked')).toHaveText(repair.r.fix.locked);
  await expect(repair.fixButton()).toHaveCount(0);
  const before = tb.prefsBytes();
  await app.expectAccessible();

  unlinkSync(lock);
  await repair.recheckButton().click();
  await expect(repair.fixButton()).toBeVisible();
  expect(tb.prefsBytes().equals(before)).toBe(true);
});

test('en: classic Outlook typed into its mirrored dialog → only the changes, as a printable guide', async ({
  page,
  openBridge,
  world,
}) => {
  const bridge = await openBridge('en', undefined, { thunderbirdRoots: [tb.root] });
  const app = new WizardApp(page, 'en');
  const repair = new RepairPage(app);
  const labels = repair.r.form.outlook;
  await app.open(bridge.url);
  await repair.enter();
  await repair.chooseProgram('outlook');
  const form = repair.screen('form');
  await expect(form).toBeVisible();
  await expect(app.heading()).toHaveText(repair.r.form.outlookTitle);

  // Nothing typed yet: the same inline problems as the account step, and no check starts.
  await repair.check('form');
  await expect(form.getByText(app.m.problems.EMPTY)).toBeVisible();
  await expect(form.getByText(repair.r.form.problems.HOST_REQUIRED)).toHaveCount(2);
  await repair.formField(labels.outgoingPort).fill('70000');
  await repair.check('form');
  await expect(form.getByText(repair.r.form.problems.PORT_INVALID)).toBeVisible();
  await app.expectAccessible();

  await repair.formField(labels.email).fill(world.accounts.op25b.email);
  await repair.formField(labels.incomingHost).fill('mail.op25b.test');
  await repair.formField(labels.outgoingHost).fill('ｍａｉｌ．ｏｐ２５ｂ．ｔｅｓｔ');
  await repair.formField(labels.username).fill(world.accounts.op25b.username);
  await repair.password().fill(world.accounts.op25b.password);
  await form.getByLabel(labels.outgoingAuth).uncheck();
  await repair.formField(fill(labels.incomingPort, { protocol: 'IMAP' })).fill('993');
  // Full-width digits, as a Japanese IME types them, count as the port they look like (NFKC).
  await repair.formField(labels.outgoingPort).fill('２５');
  await repair.formField(labels.outgoingSecurity).selectOption('none');
  await app.screenshot('repair-outlook-form');
  await repair.check('form');

  const result = await repair.expectResult();
  await expect(result).toHaveAttribute('data-verdict', 'CHANGES_NEEDED');
  const changes = await repair.diffChanges();
  expect(changes.every((change) => change.startsWith('outgoing.'))).toBe(true);
  expect(changes).toEqual(expect.arrayContaining(['outgoing.port', 'outgoing.auth']));
  await expect(repair.diffRow('outgoing.port')).toContainText(fieldLabel('outlook', 'outgoing', 'port').en);
  await expect(repair.diffRow('outgoing.auth').locator('.repair-to')).toHaveText(repair.r.values.on);
  const guide = result.getByTestId('repair-guide');
  await expect(guide.locator('li')).toHaveCount(changes.length + 2);
  await expect(guide).toContainText(fill(repair.r.guide.openOutlook, { email: world.accounts.op25b.email }));
  await expect(guide).toContainText(fieldLabel('outlook', 'outgoing', 'auth').en);
  await expect(guide.getByRole('button', { name: repair.r.guide.print })).toBeVisible();
  await expect(repair.fixButton()).toHaveCount(0);
  await app.expectAccessible();
  await app.screenshot('repair-outlook-guide');
});

test('ja: settings that already work (generic form) say so and point elsewhere', async ({
  page,
  openBridge,
  world,
}) => {
  const bridge = await openBridge('ja', undefined, { thunderbirdRoots: [tb.root] });
  const app = new WizardApp(page, 'ja');
  const repair = new RepairPage(app);
  const labels = repair.r.form.other;
  await app.open(bridge.url);
  await repair.enter();
  await repair.chooseProgram('other');
  await expect(app.heading()).toHaveText(repair.r.form.otherTitle);
  await repair.formField(labels.email).fill(world.accounts.op25b.email);
  await repair.formField(labels.incomingHost).fill('mail.op25b.test');
  await repair.formField(labels.outgoingHost).fill('mail.op25b.test');
  await repair.formField(labels.username).fill(world.accounts.op25b.username);
  await repair.password().fill(world.accounts.op25b.password);
  await repair.formField(labels.outgoingPort).fill('465');
  await repair.formField(labels.outgoingSecurity).selectOption('tls');
  await app.expectAccessible();
  await repair.check('form');

  const result = await repair.expectResult();
  await expect(result).toHaveAttribute('data-verdict', 'CURRENT_SETTINGS_WORK');
  await expect(result.getByTestId('repair-verdict')).toHaveText(
    repair.r.result.verdict.CURRENT_SETTINGS_WORK,
  );
  await expect(result.locator('[data-change]')).toHaveCount(0);
  const elsewhere = result.getByTestId('repair-look-elsewhere');
  for (const text of Object.values(repair.r.result.lookElsewhere))
    await expect(elsewhere).toContainText(text);
  await expect(result.getByTestId('repair-guide')).toHaveCount(0);
  await app.expectAccessible();
});
