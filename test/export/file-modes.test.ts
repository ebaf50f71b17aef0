// Saved files hold the address, user names and findings: new ones are private (0600), and replacing a
// file never widens (or narrows) the mode its owner chose. POSIX only: Windows has no mode bits.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveExportFile, writeFileAtomic } from '../../electron/export/atomic-write.js';
import { buildExport } from '../../electron/export/index.js';
import type { ExportKind } from '../../electron/shared/export-types.js';
import { HOSTILE_NAME, richDiagnosis } from './fixtures.js';

const modeOf = (path: string) => statSync(path).mode & 0o7777;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mailwiz-modes-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('file modes of saved exports', () => {
  it.each<ExportKind>(['support-report', 'settings-sheet', 'admin-kit', 'apple-mobileconfig'])(
    'a new %s and its companions are 0600',
    async (kind) => {
      const file = buildExport({ kind, diagnosis: richDiagnosis(), displayName: HOSTILE_NAME, lang: 'ja' });
      const written = await saveExportFile(join(dir, file.filename), file);
      expect(written.length).toBe(1 + (file.extraFiles?.length ?? 0));
      for (const path of written) expect(modeOf(path).toString(8), path).toBe('600');
    },
  );

  it.each([0o600, 0o640, 0o644])('replacing a %o file keeps its mode', async (mode) => {
    const target = join(dir, 'report.txt');
    writeFileSync(target, 'old');
    chmodSync(target, mode);
    await writeFileAtomic(target, 'new', { overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(modeOf(target).toString(8)).toBe(mode.toString(8));
  });

  it('replacing a whole bundle keeps each file its own mode', async () => {
    const file = buildExport({
      kind: 'support-report',
      diagnosis: richDiagnosis(),
      displayName: '',
      lang: 'en',
    });
    const [main, json] = await saveExportFile(join(dir, file.filename), file);
    chmodSync(json!, 0o640);
    await saveExportFile(main!, file, { overwrite: true });
    expect(modeOf(main!).toString(8)).toBe('600');
    expect(modeOf(json!).toString(8)).toBe('640');
  });

  it('a new file is 0600 even when the caller asks for nothing', async () => {
    await writeFileAtomic(join(dir, 'sheet.pdf'), Buffer.from('%PDF-1.7'), { overwrite: true });
    expect(modeOf(join(dir, 'sheet.pdf')).toString(8)).toBe('600');
  });
});
