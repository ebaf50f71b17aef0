import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFileBytes, saveExportFile, writeFileAtomic } from '../../electron/export/atomic-write.js';
import { buildExport } from '../../electron/export/index.js';
import { HOSTILE_NAME, richDiagnosis } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mailwiz-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    await writeFileAtomic(join(dir, 'a.txt'), '日本語 text');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('日本語 text');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('never replaces an existing file unless told to', async () => {
    const target = join(dir, 'a.txt');
    writeFileSync(target, 'original');
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(target, 'utf8')).toBe('original');
    expect(readdirSync(dir)).toEqual(['a.txt']);
    await writeFileAtomic(target, 'new', { overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('lets only one of two racing writers create the file', async () => {
    const target = join(dir, 'race.txt');
    const results = await Promise.allSettled([
      writeFileAtomic(target, 'one'),
      writeFileAtomic(target, 'two'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(['one', 'two']).toContain(readFileSync(target, 'utf8'));
    expect(readdirSync(dir)).toEqual(['race.txt']);
  });

  it('fails cleanly when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.txt'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe('saveExportFile', () => {
  it('saves a bundle with its companions, refusing up front when any name is taken', async () => {
    const file = buildExport({
      kind: 'admin-kit',
      diagnosis: richDiagnosis(),
      displayName: HOSTILE_NAME,
      lang: 'en',
    });
    writeFileSync(join(dir, 'autodiscover.xml'), 'mine');
    await expect(saveExportFile(join(dir, file.filename), file)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readdirSync(dir)).toEqual(['autodiscover.xml']);
    rmSync(join(dir, 'autodiscover.xml'));
    const written = await saveExportFile(join(dir, file.filename), file);
    expect(written).toHaveLength(4);
    expect(readdirSync(dir).sort()).toEqual(
      ['autodiscover.xml', 'config-v1.1.xml', file.filename, 'srv-records.zone'].sort(),
    );
  });

  it('writes UTF-16LE files with a BOM and keeps companions inside the directory', async () => {
    const file = buildExport({
      kind: 'outlook-prf',
      diagnosis: richDiagnosis(),
      displayName: HOSTILE_NAME,
      lang: 'ja',
    });
    await saveExportFile(join(dir, 'x.prf'), file);
    const bytes = readFileSync(join(dir, 'x.prf'));
    expect(bytes.equals(exportFileBytes(file))).toBe(true);
    expect(bytes.subarray(2).toString('utf16le')).toContain(HOSTILE_NAME);
    const escaping = {
      ...file,
      extraFiles: [{ filename: '../../escape.txt', mime: 'text/plain', content: 'x', instructions: '' }],
    };
    await saveExportFile(join(dir, 'y.prf'), escaping);
    expect(readdirSync(dir)).toContain('escape.txt');
    const hidden = {
      ...file,
      extraFiles: [{ filename: '..', mime: 'text/plain', content: 'x', instructions: '' }],
    };
    await expect(saveExportFile(join(dir, 'z.prf'), hidden)).rejects.toMatchObject({ code: 'EINVAL' });
  });
});
