// Electron entry: one hardened window on app://mailwiz/, the typed API on IPC, nothing else.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, type BrowserWindow as Window } from 'electron';
import { createHandlers } from '../../api/handlers.js';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol.js';
import { electronPlatform } from './electron-platform.js';
import { hardenSession, hardenWebContents } from './hardening.js';
import { registerIpc } from './ipc.js';
import { APP_ENTRY_URL, createWindowOptions } from './window-options.js';

// Built layout: dist/electron/main.cjs, dist/electron/preload.cjs, dist/renderer/.
const distDir = path.resolve(__dirname, '..');
let mainWindow: Window | null = null;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function createMainWindow(): void {
  mainWindow = new BrowserWindow(createWindowOptions(path.join(distDir, 'electron/preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}

void app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  registerAppProtocol(protocol, path.join(distDir, 'renderer'));
  registerIpc(
    ipcMain,
    createHandlers(
      electronPlatform({ version: app.getVersion(), locale: () => app.getLocale(), owner: () => mainWindow }),
    ),
  );
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
