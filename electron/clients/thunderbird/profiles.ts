// Finding Thunderbird profiles on this PC: profiles.ini (and installs.ini, which names each
// installation's default) in the places Thunderbird keeps them on Windows, macOS, Linux, snap and flatpak.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ThunderbirdProfileInfo } from '../../shared/client-types.js';
import { profileLock } from './lock.js';

type Ini = Map<string, Map<string, string>>;

export function parseIni(text: string): Ini {
  const sections: Ini = new Map();
  let current: Map<string, string> | null = null;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current && eq > 0) current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return sections;
}

/** Where Thunderbird keeps profiles.ini on this platform (existing or not). */
export function thunderbirdRoots(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string[] {
  if (platform === 'win32') {
    const appData = env['APPDATA'] ?? path.win32.join(home, 'AppData', 'Roaming');
    return [path.win32.join(appData, 'Thunderbird')];
  }
  if (platform === 'darwin') return [path.join(home, 'Library', 'Thunderbird')];
  return [
    path.join(home, '.thunderbird'),
    path.join(home, 'snap', 'thunderbird', 'common', '.thunderbird'),
    path.join(home, '.var', 'app', 'org.mozilla.Thunderbird', '.thunderbird'),
  ];
}

export interface IniProfile {
  name: string;
  path: string;
  isDefault: boolean;
}

/** The profiles listed in one root's profiles.ini; installs.ini's Default wins over Default=1. */
export function profilesFromIni(root: string, profilesIni: string, installsIni = ''): IniProfile[] {
  const ini = parseIni(profilesIni);
  const join = root.includes('\\') ? path.win32.join : path.join;
  const resolve = (rel: string, relative: boolean) => (relative ? join(root, ...rel.split('/')) : rel);
  const installDefaults = new Set<string>();
  for (const [name, section] of [...ini, ...parseIni(installsIni)]) {
    const target = section.get('Default');
    if (target && (name.startsWith('Install') || !name.startsWith('Profile'))) installDefaults.add(target);
  }
  const profiles: IniProfile[] = [];
  for (const [name, section] of ini) {
    if (!name.startsWith('Profile')) continue;
    const rel = section.get('Path');
    if (!rel) continue;
    profiles.push({
      name: section.get('Name') ?? rel,
      path: resolve(rel, section.get('IsRelative') !== '0'),
      isDefault: installDefaults.size > 0 ? installDefaults.has(rel) : section.get('Default') === '1',
    });
  }
  return profiles;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

export async function findThunderbirdProfiles(roots = thunderbirdRoots()): Promise<ThunderbirdProfileInfo[]> {
  const found: ThunderbirdProfileInfo[] = [];
  for (const root of roots) {
    const profilesIni = await readOptional(path.join(root, 'profiles.ini'));
    if (profilesIni === null) continue;
    const installsIni = (await readOptional(path.join(root, 'installs.ini'))) ?? '';
    for (const profile of profilesFromIni(root, profilesIni, installsIni))
      found.push({ ...profile, lock: await profileLock(profile.path) });
  }
  return found;
}
