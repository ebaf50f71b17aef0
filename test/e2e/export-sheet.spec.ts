// The printable settings sheet in a real Chromium: A4 PDF in both languages, page 1 as PNG under
// test/e2e/screens/ for a human look, and the PDF's own text must carry the server names and ports.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { renderSheetHtml } from '../../electron/export/index';
import { HOSTILE_NAME, PASSWORD, richDiagnosis } from '../export/fixtures';

const SCREENS = join(dirname(fileURLToPath(import.meta.url)), 'screens');

function sheetDiagnosis() {
  const diagnosis = richDiagnosis();
  // ASCII hosts alongside the IDN one, so the PDF text can be matched exactly.
  diagnosis.outgoing = {
    ...diagnosis.outgoing!,
    host: 'smtp.example-hosting.jp',
    port: 587,
    security: 'starttls',
  };
  return diagnosis;
}

for (const lang of ['ja', 'en'] as const) {
  test(`settings sheet renders to one A4 page (${lang})`, async ({ page }) => {
    const html = renderSheetHtml(sheetDiagnosis(), HOSTILE_NAME, lang, {
      now: new Date('2025-03-04T05:06:07Z'),
    });
    expect(html).not.toMatch(/<script|\bon\w+=|https?:\/\/|<link|@import|url\(/i);

    const outside: string[] = [];
    page.on('request', (request) => {
      if (!/^(data|about):/.test(request.url())) outside.push(request.url());
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.setContent(html, { waitUntil: 'load' });
    await expect(page.locator('h1')).toHaveText(lang === 'ja' ? 'メール設定シート' : 'Mail settings sheet');
    // The hostile display name is text, not markup.
    await expect(page.getByRole('cell', { name: HOSTILE_NAME, exact: true })).toHaveCount(1);

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const dir = mkdtempSync(join(tmpdir(), 'mailwiz-sheet-'));
    try {
      const pdfPath = join(dir, `sheet-${lang}.pdf`);
      writeFileSync(pdfPath, pdf);
      const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\n/);
      // A4 is 595 × 842 points.
      expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);

      mkdirSync(SCREENS, { recursive: true });
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdfPath,
        join(SCREENS, `sheet-${lang}`),
      ]);
      expect(
        readFileSync(join(SCREENS, `sheet-${lang}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');

      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      for (const needle of ['smtp.example-hosting.jp', '587', '993', 'xn--r8jz45g.jp', '例え.jp']) {
        expect(text).toContain(needle);
      }
      expect(text).toContain(lang === 'ja' ? 'メモ' : 'Notes');
      expect(text).toContain(lang === 'ja' ? '2025年3月4日' : '4 March 2025');
      expect(text).not.toContain(PASSWORD);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
