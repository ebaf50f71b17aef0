// What only the desktop app can do: a native save dialog and Chromium's PDF printer. Files are written
// atomically; the OS save dialog is where the user confirms replacing an existing file.
import { BrowserWindow, dialog, type BrowserWindow as Window } from 'electron';
import type { PlatformServices } from '../../api/handlers.js';
import type { SaveOutcome } from '../../shared/api-contract.js';
import { exportFileBytes, writeFileAtomic } from '../../export/atomic-write.js';

async function askAndWrite(
  owner: Window | null,
  suggestedName: string,
  data: string | Buffer,
): Promise<SaveOutcome> {
  const options = { defaultPath: suggestedName, properties: ['showOverwriteConfirmation' as const] };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
  await writeFileAtomic(choice.filePath, data, { overwrite: true });
  return { saved: true, path: choice.filePath };
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
  return {
    mode: 'electron',
    version: options.version,
    platform: process.platform,
    locale: options.locale,
    saveFile: (file) => askAndWrite(options.owner(), file.filename, exportFileBytes(file)),
    savePdf: async (html, suggestedName) =>
      askAndWrite(options.owner(), suggestedName, await htmlToPdf(html)),
  };
}
