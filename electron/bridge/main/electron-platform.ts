// What only the desktop app can do: a native save dialog and Chromium's PDF printer. Files are written
// atomically; the OS save dialog confirms replacing the chosen file, and a message box asks before a
// bundle's companion files (admin kit, support report JSON) replace anything.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog, type BrowserWindow as Window } from 'electron';
import type { PlatformServices } from '../../api/handlers.js';
import type { SaveOutcome } from '../../shared/api-contract.js';
import type { ExportFile } from '../../shared/export-types.js';
import type { Lang } from '../../shared/languages.js';
import { saveExportFile, writeFileAtomic } from '../../export/atomic-write.js';

const REPLACE_TEXT = {
  ja: { message: '同じ名前のファイルがあります。置き換えますか？', buttons: ['置き換える', 'キャンセル'] },
  en: { message: 'Files with these names already exist. Replace them?', buttons: ['Replace', 'Cancel'] },
};

async function chooseTarget(owner: Window | null, suggestedName: string): Promise<string | null> {
  const options = { defaultPath: suggestedName, properties: ['showOverwriteConfirmation' as const] };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

async function confirmReplace(owner: Window | null, lang: Lang, files: string[]): Promise<boolean> {
  const text = REPLACE_TEXT[lang];
  const options = {
    type: 'question' as const,
    message: text.message,
    detail: files.join('\n'),
    buttons: text.buttons,
    cancelId: 1,
  };
  const answer = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  return answer.response === 0;
}

async function saveFile(owner: Window | null, lang: Lang, file: ExportFile): Promise<SaveOutcome> {
  const target = await chooseTarget(owner, file.filename);
  if (!target) return { saved: false, reason: 'cancelled' };
  const companions = (file.extraFiles ?? [])
    .map((extra) => path.join(path.dirname(target), path.basename(extra.filename.replace(/\\/g, '/'))))
    .filter((companion) => existsSync(companion));
  if (companions.length > 0 && !(await confirmReplace(owner, lang, companions))) {
    return { saved: false, reason: 'cancelled' };
  }
  await saveExportFile(target, file, { overwrite: true });
  return { saved: true, path: target };
}

async function htmlToPdf(html: string): Promise<Buffer> {
  // An offscreen, script-less window: the sheet is static HTML and needs nothing else.
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    window.destroy();
  }
}

export function electronPlatform(options: {
  version: string;
  locale: () => string;
  owner: () => Window | null;
}): PlatformServices {
  const lang = () => (options.locale().toLowerCase().startsWith('ja') ? 'ja' : 'en');
  return {
    mode: 'electron',
    version: options.version,
    platform: process.platform,
    locale: options.locale,
    saveFile: (file) => saveFile(options.owner(), lang(), file),
    savePdf: async (html, suggestedName) => {
      const target = await chooseTarget(options.owner(), suggestedName);
      if (!target) return { saved: false, reason: 'cancelled' };
      await writeFileAtomic(target, await htmlToPdf(html), { overwrite: true });
      return { saved: true, path: target };
    },
  };
}
