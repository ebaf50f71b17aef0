// The password the user typed must never reach any export: every kind, both languages, every
// protocol/security/auth combination, plus a diagnosis that smuggles the password in extra fields.
import { describe, expect, it } from 'vitest';
import {
  buildExport,
  exportCatalog,
  renderSheetHtml,
  thunderbirdPrefs,
} from '../../electron/export/index.js';
import type { ExportFile, ExportKind } from '../../electron/shared/export-types.js';
import {
  allCases,
  HOSTILE_NAME,
  LANGS,
  makeDiagnosis,
  PASSWORD,
  requestFor,
  richDiagnosis,
} from './fixtures.js';

const KINDS: ExportKind[] = [...new Set(exportCatalog().flatMap((e) => e.kinds))];

function everyText(file: ExportFile): string[] {
  return [file.filename, file.content, file.instructions, ...(file.extraFiles ?? []).flatMap(everyText)];
}

describe('no export contains the password', () => {
  it('offers all eleven kinds in the catalog', () => {
    expect(KINDS.sort()).toEqual(
      [
        'admin-kit',
        'apple-guide',
        'apple-mobileconfig',
        'new-outlook-guide',
        'outlook-guide',
        'outlook-prf',
        'settings-sheet',
        'support-report',
        'thunderbird-autoconfig',
        'thunderbird-guide',
        'thunderbird-prefs',
      ].sort(),
    );
  });

  const diagnoses = [richDiagnosis(), ...allCases().map((c) => makeDiagnosis(c))];
  it(`holds for ${KINDS.length} kinds × ${diagnoses.length} diagnoses × 2 languages`, () => {
    const request = requestFor('taro@example.jp');
    const secret = request.password!;
    let checked = 0;
    for (const diagnosis of diagnoses)
      for (const kind of KINDS)
        for (const lang of LANGS) {
          const file = buildExport({ kind, diagnosis, displayName: HOSTILE_NAME, lang });
          for (const text of everyText(file)) {
            expect(text).not.toContain(secret);
            checked++;
          }
        }
    for (const lang of LANGS)
      expect(renderSheetHtml(richDiagnosis(), HOSTILE_NAME, lang)).not.toContain(secret);
    expect(thunderbirdPrefs(richDiagnosis(), HOSTILE_NAME, { mode: 'new-profile' })).not.toContain(secret);
    expect(checked).toBeGreaterThan(1000);
    expect(PASSWORD).toBe(secret);
  });
});
