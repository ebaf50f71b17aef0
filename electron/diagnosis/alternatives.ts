// Settings that also work, at the chosen one's level of proof: with a password, only paths whose own
// login succeeded; without one, only TLS with a trusted certificate for that name. Never a host whose
// certificate names another one, never a sending port that offers no AUTH, never port 25 without a
// login proven there (it is the MX relay port, which also takes mail without AUTH), never a probe stopped
// early (it proved nothing). Sorted by rank, then name and port, so the same network gives the same list.
import type { ServerSetting } from '../shared/diagnosis-types.js';
import { byCodeUnits } from '../shared/code-unit-order.js';
import { compareKeys, pathKey, type WorkingPath } from './ranking.js';

const keyOf = (path: WorkingPath) =>
  `${path.observed.plan.protocol}|${path.observed.plan.host}|${path.observed.plan.port}`;

function offersAuth(path: WorkingPath): boolean {
  const { plan, result } = path.observed;
  if (plan.protocol !== 'smtp') return true;
  if (plan.port === 25 && !loggedIn(path)) return false;
  return (result.capabilities?.authMechanisms.length ?? 0) > 0;
}

function loggedIn(path: WorkingPath): boolean {
  return path.observed.result.auth?.outcome === 'ok';
}

export function alternativesOf(
  paths: WorkingPath[],
  chosen: WorkingPath | null,
  passwordGiven: boolean,
  settingOf: (path: WorkingPath) => ServerSetting,
): ServerSetting[] {
  const seen = new Set<string>(chosen ? [keyOf(chosen)] : []);
  const qualified = paths.filter((path) => {
    if (path === chosen || path.tier !== 0 || !offersAuth(path)) return false;
    if (passwordGiven && !loggedIn(path)) return false;
    if (seen.has(keyOf(path))) return false;
    seen.add(keyOf(path));
    return true;
  });
  const order = (path: WorkingPath) => pathKey(path.observed.plan, path.tier, path.security);
  return qualified
    .sort(
      (a, b) =>
        compareKeys(order(a), order(b)) ||
        byCodeUnits(a.observed.plan.host, b.observed.plan.host) ||
        a.observed.plan.port - b.observed.plan.port,
    )
    .map(settingOf);
}
