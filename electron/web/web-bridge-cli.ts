// `npm run web`: serve the built renderer on 127.0.0.1 behind the token- and origin-checked bridge.
// Prints the URL (and a machine-readable line for tests); opens nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandlers, type HandlerOptions } from '../api/handlers.js';
import { startWebBridge } from './web-bridge.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fail(message: string): never {
  console.error(`mailwiz web: ${message}`);
  process.exit(2);
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '0.0.0';
  }
}

function loadEngineConfig(file: string | undefined): HandlerOptions['diagnosisConfig'] {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as HandlerOptions['diagnosisConfig'];
  } catch {
    return fail(`cannot read engine config ${file}`);
  }
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'engine-config': { type: 'string' },
    renderer: { type: 'string' },
    lang: { type: 'string' },
    // Where profiles.ini is looked for (repeatable); tests point it at fixture profiles.
    'thunderbird-root': { type: 'string', multiple: true },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535, got ${values.port}`);
const rendererDir = values.renderer ?? path.join(projectRoot, 'dist/renderer');

const handlers = createHandlers(
  {
    mode: 'web',
    version: readVersion(),
    platform: process.platform,
    // The browser's own language is the default here (the page falls back to navigator.language);
    // --lang pins one, for tests and screenshots.
    locale: () => values.lang ?? '',
    // In a browser the page itself downloads files; nothing is written on the server side.
    saveFile: async () => ({ saved: false, reason: 'browser' }),
    savePdf: async () => ({ saved: false, reason: 'browser' }),
  },
  {
    diagnosisConfig: loadEngineConfig(values['engine-config']),
    ...(values['thunderbird-root']
      ? { thunderbirdRoots: values['thunderbird-root'].map((root) => path.resolve(root)) }
      : {}),
  },
);

const bridge = await startWebBridge({ rendererDir, handlers, port }).catch((error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'EADDRINUSE'
      ? `port ${port} is in use; try --port 0`
      : `cannot listen (${error.code ?? 'error'})`,
  ),
);
console.log(`MailWiz web bridge (development tool) — open: ${bridge.url}`);
console.log(`MAILWIZ_BRIDGE_URL=${bridge.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void bridge.close().then(() => process.exit(0));
  });
}
