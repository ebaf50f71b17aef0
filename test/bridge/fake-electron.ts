// A recording stand-in for the `electron` module, so the REAL built main bundle can run under plain Node
// and the test can read what it did: window options, handlers, protocol, permissions.
type Handler = (...args: unknown[]) => unknown;

export interface FakeContents {
  handlers: Record<string, Handler>;
  windowOpenHandler?: Handler;
  on: (event: string, handler: Handler) => void;
  setWindowOpenHandler: (handler: Handler) => void;
}

export interface Recording {
  windowOptions: Record<string, unknown>[];
  loadedUrls: string[];
  appHandlers: Record<string, Handler>;
  ipcHandlers: Record<string, Handler>;
  protocolHandlers: Record<string, Handler>;
  privilegedSchemes: unknown[];
  sessionHandlers: Record<string, Handler>;
  sandboxEnabled: boolean;
}

export function fakeContents(): FakeContents {
  const contents: FakeContents = {
    handlers: {},
    on: (event, handler) => {
      contents.handlers[event] = handler;
    },
    setWindowOpenHandler: (handler) => {
      contents.windowOpenHandler = handler;
    },
  };
  return contents;
}

export function createFakeElectron(): { module: Record<string, unknown>; recording: Recording } {
  const recording: Recording = {
    windowOptions: [],
    loadedUrls: [],
    appHandlers: {},
    ipcHandlers: {},
    protocolHandlers: {},
    privilegedSchemes: [],
    sessionHandlers: {},
    sandboxEnabled: false,
  };
  class BrowserWindow {
    webContents = fakeContents();
    constructor(options: Record<string, unknown>) {
      recording.windowOptions.push(options);
    }
    static getAllWindows(): unknown[] {
      return [];
    }
    once(): void {}
    on(): void {}
    show(): void {}
    async loadURL(url: string): Promise<void> {
      recording.loadedUrls.push(url);
    }
  }
  const module = {
    app: {
      enableSandbox: () => {
        recording.sandboxEnabled = true;
      },
      requestSingleInstanceLock: () => true,
      on: (event: string, handler: Handler) => {
        recording.appHandlers[event] = handler;
      },
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.0.0-test',
      getLocale: () => 'ja',
      quit: () => {},
    },
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        recording.ipcHandlers[channel] = handler;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recording.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: Handler) => {
        recording.protocolHandlers[scheme] = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => (recording.sessionHandlers.request = handler),
        setPermissionCheckHandler: (handler: Handler) => (recording.sessionHandlers.check = handler),
        setDevicePermissionHandler: (handler: Handler) => (recording.sessionHandlers.device = handler),
      },
    },
    dialog: {},
  };
  return { module, recording };
}
