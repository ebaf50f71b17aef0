// One page object per wizard step (welcome → export), built on WizardApp.
import { expect, type Download, type Locator } from '@playwright/test';
import type { Messages } from '../../../renderer/src/i18n/messages';
import type { FindingCode, FindingParams } from '../../../electron/shared/diagnosis-types';
import { findingTextsFor, type WizardApp } from './wizard-app';

export class WelcomePage {
  constructor(private readonly app: WizardApp) {}

  async begin(): Promise<void> {
    await this.app.step('welcome').getByRole('button', { name: this.app.m.repair.welcome.fresh }).click();
    await this.app.expectStep('account');
  }

  publicIpToggle(): Locator {
    return this.app.page.getByRole('checkbox', { name: this.app.m.welcome.publicIpToggle });
  }
}

export interface AccountInput {
  email: string;
  displayName?: string;
  password?: string;
  username?: string;
  serverHost?: string;
}

export class AccountPage {
  constructor(private readonly app: WizardApp) {}

  field(
    label: keyof Pick<Messages['account'], 'email' | 'displayName' | 'password' | 'username' | 'serverHost'>,
  ): Locator {
    return this.app.page.getByLabel(this.app.m.account[label], { exact: true });
  }

  async openAdvanced(): Promise<void> {
    const fold = this.app.step('account').locator('details');
    if (!(await fold.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await fold.locator('summary').click();
    }
  }

  async fillIn(input: AccountInput): Promise<void> {
    await this.field('email').fill(input.email);
    if (input.displayName !== undefined) await this.field('displayName').fill(input.displayName);
    if (input.password !== undefined) await this.field('password').fill(input.password);
    if (input.username !== undefined || input.serverHost !== undefined) {
      await this.openAdvanced();
      if (input.username !== undefined) await this.field('username').fill(input.username);
      if (input.serverHost !== undefined) await this.field('serverHost').fill(input.serverHost);
    }
  }

  testMessage(): Locator {
    return this.app.page.getByRole('checkbox', { name: this.app.m.account.testMessage });
  }

  async next(): Promise<void> {
    await this.app.page.locator('.step-nav').getByRole('button', { name: this.app.m.nav.next }).click();
  }

  async expectProblem(text: string): Promise<void> {
    await expect(this.app.step('account').locator('.field-problem').first()).toHaveText(text);
    await expect(this.field('email')).toHaveAttribute('aria-invalid', 'true');
  }
}

export class ContextPage {
  constructor(private readonly app: WizardApp) {}

  ispSelect(): Locator {
    return this.app.page.getByLabel(this.app.m.context.isp, { exact: true });
  }

  hostingSelect(): Locator {
    return this.app.page.getByLabel(this.app.m.context.hosting, { exact: true });
  }

  hostNumber(): Locator {
    return this.app.page.getByLabel(this.app.m.context.hostNumber, { exact: true });
  }

  /** The option a picker shows as chosen. */
  selected(which: 'isp' | 'hosting'): Locator {
    return this.app.page.locator(`#context-${which} option:checked`);
  }

  /** The picker's option groups, in order (国内, 海外). */
  groups(which: 'isp' | 'hosting'): Promise<string[]> {
    return this.app.page
      .locator(`#context-${which} optgroup`)
      .evaluateAll((groups) => groups.map((group) => (group as HTMLOptGroupElement).label));
  }

  group(which: 'isp' | 'hosting', label: string): Locator {
    return this.app.page.locator(`#context-${which} optgroup[label="${label}"]`);
  }

  /** The "Detected: …" line and the "From: …" line under one picker. */
  detected(which: 'isp' | 'hosting'): Locator {
    return this.app.page.getByTestId(`context-${which}`).locator('.detected');
  }

  async waitForGuess(): Promise<void> {
    await expect(this.app.step('context').getByText(this.app.m.context.loading)).toHaveCount(0, {
      timeout: 20_000,
    });
  }

  async startCheck(): Promise<void> {
    await this.app.step('context').getByRole('button', { name: this.app.m.nav.startCheck }).click();
    await this.app.expectStep('checking');
  }
}

export class CheckingPage {
  constructor(private readonly app: WizardApp) {}

  rows(): Locator {
    return this.app.step('checking').locator('[data-testid="probe-table"] tbody tr');
  }

  diagram(): Locator {
    return this.app.step('checking').getByTestId('path-diagram');
  }

  async cancel(): Promise<void> {
    await this.app.step('checking').getByRole('button', { name: this.app.m.nav.cancel }).click();
  }
}

export class ResultPage {
  constructor(private readonly app: WizardApp) {}

  async waitForResult(timeout = 60_000): Promise<void> {
    await expect(this.app.step('result')).toBeVisible({ timeout });
  }

  value(table: 'incoming' | 'outgoing', field: 'host' | 'port' | 'security' | 'auth' | 'username'): Locator {
    return this.app.page.getByTestId(table).locator(`[data-field="${field}"]`);
  }

  finding(code: string): Locator {
    return this.app.step('result').locator(`.finding[data-code="${code}"]`);
  }

  diagram(): Locator {
    return this.app.step('result').getByTestId('path-diagram');
  }

  async expectFindingText(code: FindingCode, params: FindingParams): Promise<void> {
    const text = findingTextsFor(this.app.lang, code, params);
    await expect(this.finding(code).locator('.finding-title strong')).toContainText(text.title);
    await expect(this.finding(code).locator('.finding-action')).toContainText(text.action);
  }

  async copySupportReport(): Promise<void> {
    await this.app.step('result').getByRole('button', { name: this.app.m.result.copyReport }).click();
    await expect(this.app.page.getByTestId('copy-status')).toHaveText(this.app.m.result.copied);
  }

  async toExport(): Promise<void> {
    await this.app.step('result').getByRole('button', { name: this.app.m.nav.toExport }).click();
    await this.app.expectStep('export');
  }
}

export class ExportPage {
  constructor(private readonly app: WizardApp) {}

  async chooseClient(client: keyof Messages['exportStep']['clients']): Promise<void> {
    await this.app.page.getByRole('radio', { name: this.app.m.exportStep.clients[client] }).check();
  }

  /** Saves one export kind; through the web bridge the browser downloads it. */
  async save(kind: keyof Messages['exportStep']['kinds']): Promise<Download> {
    const downloading = this.app.page.waitForEvent('download');
    await this.app.page.locator(`button[data-kind="${kind}"]`).click();
    const download = await downloading;
    await expect(this.app.page.getByTestId('export-status')).toContainText(download.suggestedFilename());
    return download;
  }
}

/** From the welcome step through a whole check of `input`, to the result. */
export async function checkThrough(steps: ReturnType<typeof stepsOf>, input: AccountInput): Promise<void> {
  await steps.welcome.begin();
  await steps.account.fillIn(input);
  await steps.account.next();
  await steps.context.startCheck();
  await steps.result.waitForResult();
}

export function stepsOf(app: WizardApp) {
  return {
    welcome: new WelcomePage(app),
    account: new AccountPage(app),
    context: new ContextPage(app),
    checking: new CheckingPage(app),
    result: new ResultPage(app),
    exporting: new ExportPage(app),
  };
}
