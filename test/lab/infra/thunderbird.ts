// Debian's real Thunderbird, headless, on the office PC: a fresh profile holding exported prefs and the
// lab CA (certutil, NSS sql database), started in its own process group and killed as a group (its
// child processes outlive the parent for a moment otherwise).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NS } from './addresses.js';
import { run, sleepSync } from './shell.js';

/** A quiet, offline first run: no start page, no default-client prompt, no updates or telemetry. */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'mail.provider.suppress_dialog_on_startup': true,
  'mailnews.start_page.enabled': false,
  'mail.shell.checkDefaultClient': false,
  'mail.rights.version': 1,
  'mailnews.auto_config.guess.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

function userPref(name: string, value: string | number | boolean): string {
  return `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`;
}

export const THUNDERBIRD_BINARY = '/usr/bin/thunderbird';

/** Creates DIR as a new profile: the lab CA trusted for servers, quiet prefs, then the exported prefs. */
export function createProfile(dir: string, exportedPrefs: string, caPath: string): void {
  mkdirSync(dir, { recursive: true });
  run('certutil', ['-N', '--empty-password', '-d', `sql:${dir}`]);
  run('certutil', ['-A', '-n', 'MailWiz Lab CA', '-t', 'C,,', '-i', caPath, '-d', `sql:${dir}`]);
  const quiet = Object.entries(QUIET_PREFS).map(([name, value]) => userPref(name, value));
  writeFileSync(path.join(dir, 'user.js'), `${quiet.join('\n')}\n\n${exportedPrefs}`);
}

export interface RunningThunderbird {
  pid: number;
  /** Kills the whole process group and waits until every member is gone. */
  stop(): void;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export function startThunderbird(profileDir: string, logFile: string): RunningThunderbird {
  const home = path.join(profileDir, 'home');
  mkdirSync(home, { recursive: true });
  const child = spawn(
    'ip',
    ['netns', 'exec', NS.office, THUNDERBIRD_BINARY, '--headless', '-no-remote', '-profile', profileDir],
    {
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        MOZ_HEADLESS: '1',
        HOME: home,
        TMPDIR: home,
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_LOG_FILE: logFile,
      },
    },
  );
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error('lab: Thunderbird did not start');
  return {
    pid,
    stop() {
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        try {
          process.kill(-pid, signal);
        } catch {
          return;
        }
        const deadline = Date.now() + 4000;
        while (groupAlive(pid) && Date.now() < deadline) sleepSync(50);
        if (!groupAlive(pid)) return;
      }
    },
  };
}
