// Page object for the wizard shell: language, steps, accessibility checks and screenshots. Texts come
// from the renderer's own message files, so a test in each language also proves the text is shown.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { en } from '../../../renderer/src/i18n/en';
import { ja } from '../../../renderer/src/i18n/ja';
import type { Messages } from '../../../renderer/src/i18n/messages';
import {
  FINDING_CATALOGUES,
  findingTexts,
  type FindingCatalogue,
} from '../../../electron/shared/finding-catalogue/index';
import type { Finding, FindingCode, FindingParams } from '../../../electron/shared/diagnosis-types';

export type Lang = 'ja' | 'en';
export type StepName = 'welcome' | 'account' | 'context' | 'checking' | 'result' | 'export';

export const SCREENS_DIR = path.resolve('test/e2e/screens');

export function messagesFor(lang: Lang): Messages {
  return lang === 'ja' ? ja : en;
}

/** Fills {{name}} placeholders the way i18next does, for matching rendered text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** The texts the wizard shows for one finding with these parameters. */
export function findingTextsFor(lang: Lang, code: FindingCode, params: FindingParams) {
  const finding: Finding = { code, severity: 'info', message: '', ...params };
  return findingTexts(finding, lang)!;
}

export class WizardApp {
  readonly m: Messages;
  /** The finding texts the wizard shows (the shared catalogue, also used by the CLI and exports). */
  readonly findings: FindingCatalogue['findings'];

  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {
    this.m = messagesFor(lang);
    this.findings = FINDING_CATALOGUES[lang].findings;
  }

  step(name: StepName): Locator {
    return this.page.locator(`[data-step="${name}"]`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.step('welcome')).toBeVisible();
  }

  async expectStep(name: StepName): Promise<void> {
    await expect(this.step(name)).toBeVisible();
    await expect(this.page.locator('[aria-current="step"]')).toContainText(this.m.steps[name]);
  }

  async switchLanguage(lang: Lang): Promise<void> {
    await this.page.getByRole('button', { name: lang === 'ja' ? '日本語' : 'English' }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  /** 「最初からやり直す」 in the header, confirming when the wizard asks (it does once something was typed). */
  async startOver(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: this.m.nav.startOver }).click();
    const dialog = this.startOverDialog();
    await expect(dialog.or(this.step('welcome'))).toBeVisible();
    if (await dialog.isVisible())
      await dialog.getByRole('button', { name: this.m.startOver.confirm }).click();
    await this.expectStep('welcome');
  }

  startOverDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.m.startOver.title });
  }

  async back(): Promise<void> {
    await this.page.locator('.step-nav').getByRole('button', { name: this.m.nav.back, exact: true }).click();
  }

  /** No serious or critical WCAG 2.1 A/AA violation on the current step. */
  async expectAccessible(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const bad = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(bad, 'axe serious/critical violations').toEqual([]);
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENS_DIR, { recursive: true });
    const file = path.join(SCREENS_DIR, `${this.lang}-${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    return file;
  }
}
