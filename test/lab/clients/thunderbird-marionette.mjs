// Drives Debian's real Thunderbird through Marionette (chrome context): starts it headless on a profile,
// runs one chrome-privileged script (it may return a Promise) and quits Thunderbird the normal way, so
// Thunderbird writes prefs.js itself. Killed as a process group afterwards. Runs wherever Thunderbird
// must run (inside the office namespace for the lab: Marionette listens on that namespace's loopback).
// Usage: node thunderbird-marionette.mjs PROFILE SCRIPT_FILE [ARG_JSON] → prints {"value": …} or {"error": …}
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PORT = 28281;

function frame(message) {
  const body = JSON.stringify(message);
  return `${Buffer.byteLength(body)}:${body}`;
}

function connection(socket) {
  let buffer = Buffer.alloc(0);
  const waiting = [];
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(58);
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString());
      buffer = buffer.subarray(colon + 1 + length);
      waiting.shift()?.(message);
    }
  });
  const next = () => new Promise((resolve) => waiting.push(resolve));
  let id = 0;
  return {
    hello: next(),
    async send(name, params) {
      const reply = next();
      socket.write(frame([0, ++id, name, params]));
      const [, , error, result] = await reply;
      if (error) throw new Error(`${name}: ${error.error}: ${error.message}`);
      return result;
    },
  };
}

async function connect(deadline) {
  for (;;) {
    try {
      return await new Promise((resolve, reject) => {
        const socket = net.connect(PORT, '127.0.0.1', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function userJs(profile) {
  const file = path.join(profile, 'user.js');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (!current.includes('marionette.port'))
    writeFileSync(file, `${current}\nuser_pref("marionette.port", ${PORT});\n`);
}

/** Runs `script` (the body of a function; `arguments[0]` is `arg`) in Thunderbird's chrome context. */
export async function runInThunderbird(profile, script, arg = null, timeoutMs = 60_000) {
  const home = path.join(profile, 'home');
  mkdirSync(home, { recursive: true });
  userJs(profile);
  const child = spawn(
    'thunderbird',
    ['--headless', '--marionette', '-remote-allow-system-access', '-no-remote', '-profile', profile],
    {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, MOZ_HEADLESS: '1', HOME: home, TMPDIR: home, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const socket = await connect(Date.now() + 30_000);
    const marionette = connection(socket);
    await marionette.hello;
    await marionette.send('WebDriver:NewSession', { capabilities: { timeouts: { script: timeoutMs } } });
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    const { value } = await marionette.send('WebDriver:ExecuteScript', { script, args: [arg] });
    await marionette.send('Marionette:Quit', { flags: ['eAttemptQuit'] }).catch(() => {});
    socket.destroy();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    return value;
  } finally {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [profile, scriptFile, argJson] = process.argv.slice(2);
  runInThunderbird(profile, readFileSync(scriptFile, 'utf8'), argJson ? JSON.parse(argJson) : null).then(
    (value) => process.stdout.write(JSON.stringify({ value }) + '\n'),
    (error) => {
      process.stdout.write(JSON.stringify({ error: String(error.message ?? error) }) + '\n');
      process.exitCode = 1;
    },
  );
}
