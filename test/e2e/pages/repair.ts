// Page object for the repair path (issue 14): welcome choice, program, accounts, the mirrored form,
// the difference screen, fix and undo. Texts come from the renderer's message files and the shared
// mail-program table (electron/shared/client-catalogue).
import { expect, type Locator } from '@playwright/test';
import { CLIENT_CATALOGUES } from '../../../electron/shared/client-catalogue/index.js';
import { fill, type WizardApp } from './wizard-app';

export type RepairScreen = 'program' | 'accounts' | 'form' | 'checking' | 'result';
export type RepairProgram = 'thunderbird' | 'outlook' | 'other';

export class RepairPage {
  constructor(private readonly app: WizardApp) {}

  screen(name: RepairScreen): Locator {
    return this.app.page.locator(`[data-step="repair-${name}"]`);
  }

  get r() {
    return this.app.m.repair;
  }

  async enter(): Promise<void> {
    await this.app.step('welcome').getByRole('button', { name: this.r.welcome.repair }).click();
    await expect(this.screen('program')).toBeVisible();
  }

  async chooseProgram(program: RepairProgram): Promise<void> {
    await this.screen('program').getByRole('radio', { name: this.r.program[program] }).check();
    await this.screen('program').getByRole('button', { name: this.r.program.next }).click();
  }

  async pickAccount(email: string): Promise<void> {
    await this.screen('accounts').getByRole('radio', { name: email }).check();
  }

  password(): Locator {
    return this.app.page.getByLabel(this.r.password, { exact: true });
  }

  async check(from: 'accounts' | 'form'): Promise<void> {
    await this.screen(from).getByRole('button', { name: this.r.check }).click();
  }

  async expectResult(): Promise<Locator> {
    const result = this.screen('result');
    await expect(result).toBeVisible({ timeout: 75_000 });
    return result;
  }

  diffRow(change: string): Locator {
    return this.app.page.locator(`[data-change="${change}"]`);
  }

  async diffChanges(): Promise<string[]> {
    return this.app.page
      .locator('[data-change]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-change') ?? ''));
  }

  fixButton(): Locator {
    return this.app.page.getByRole('button', { name: this.r.fix.apply, exact: true });
  }

  undoButton(): Locator {
    return this.app.page.getByRole('button', { name: this.r.fix.undo, exact: true });
  }

  recheckButton(): Locator {
    return this.app.page.getByRole('button', { name: this.r.fix.recheck });
  }

  formField(label: string): Locator {
    return this.screen('form').getByLabel(label, { exact: true });
  }

  port25Reason(isp: string): string {
    return fill(CLIENT_CATALOGUES[this.app.lang].reasons.PORT25_BLOCKED, { isp });
  }
}
