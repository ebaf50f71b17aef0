// Saving an export: write a temp file beside the target, flush it, then move it into place in one step,
// so a crash or a full disk never leaves a half-written file under the real name. An existing file
// is never replaced unless the caller says so (after asking the user): the exclusive move is a hard
// link, which fails atomically with EEXIST when the name is taken.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { access, link, open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { utf16leWithBom } from '../shared/export-bytes.js';
import type { ExportFile } from '../shared/export-types.js';

export interface AtomicWriteOptions {
  /** Replace a file already at `path`. Default false: fail with code EEXIST. */
  overwrite?: boolean;
  /** File mode for a new file; default 0o644 (0o600 is wise for anything personal). */
  mode?: number;
}

/** The bytes of an export as they go to disk (UTF-16LE files get their BOM here). */
export function exportFileBytes(file: Pick<ExportFile, 'content' | 'encoding'>): Buffer {
  if (file.encoding === 'utf-16le') return Buffer.from(utf16leWithBom(file.content).buffer);
  return Buffer.from(file.content, 'utf8');
}

/** Link is not available everywhere (FAT/exFAT sticks, some network shares). */
const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
}

async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  await handle.writeFile(data);
  await handle.sync();
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** Best effort: make the rename itself durable. Not possible on Windows, where it is not needed. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, fsConstants.O_RDONLY).catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

export async function writeFileAtomic(
  path: string,
  data: string | Buffer,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = options.mode ?? 0o644;

  const handle = await open(temp, 'wx', mode);
  try {
    await writeAll(handle, bytes);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await removeQuietly(temp);
    throw error;
  }
  await handle.close();

  try {
    if (options.overwrite) {
      await rename(temp, path);
    } else {
      await moveExclusive(temp, path, bytes, mode);
    }
  } catch (error) {
    await removeQuietly(temp);
    throw error;
  }
  await syncDirectory(dir);
}

async function moveExclusive(temp: string, path: string, bytes: Buffer, mode: number): Promise<void> {
  try {
    await link(temp, path);
    await removeQuietly(temp);
    return;
  } catch (error) {
    if (!NO_LINK.has(errorCode(error) ?? '')) throw error;
  }
  // No hard links here: create the target exclusively and fill it. Not atomic for readers, but still
  // never replaces an existing file, and a failed write leaves no partial file behind.
  const handle = await open(path, 'wx', mode);
  try {
    await writeAll(handle, bytes);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await removeQuietly(path);
    throw error;
  }
  await removeQuietly(temp);
}

/** Save an export and its companion files (same directory) without overwriting unless told to. */
export async function saveExportFile(
  path: string,
  file: ExportFile,
  options: AtomicWriteOptions = {},
): Promise<string[]> {
  const targets = [
    { path, file },
    ...(file.extraFiles ?? []).map((extra) => ({
      path: join(dirname(path), companionName(extra.filename)),
      file: extra,
    })),
  ];
  if (!options.overwrite) {
    // Refuse before writing anything, so a clash on a companion never leaves half a bundle behind.
    for (const target of targets) {
      if (await exists(target.path))
        throw Object.assign(new Error(`EEXIST: ${target.path}`), { code: 'EEXIST' });
    }
  }
  for (const target of targets) await writeFileAtomic(target.path, exportFileBytes(target.file), options);
  return targets.map((t) => t.path);
}

/** A companion's name is data from the renderer: keep only its last segment, never a dot-name. */
function companionName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'));
  if (base === '' || base.startsWith('.'))
    throw Object.assign(new Error('invalid companion name'), { code: 'EINVAL' });
  return base;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
