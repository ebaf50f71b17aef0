// Failed logins counted per server and per run, so a mistyped password can never lock the account or
// trip fail2ban (security bar #16). A "server" is every name whose resolved addresses overlap another's:
// smtp.example.jp → [A] and mail.example.jp → [A, B] (or [A] plus an AAAA) are one machine, and SMTP,
// IMAP and POP3 on it share one account. The login code asks before it sends the password and reports
// what the server saw afterwards; logins in flight hold their share, so parallel probes cannot overrun it.
import type { AbortSignalLike, AuthReport } from '../shared/probe-types.js';

/** Failed attempts one server may see from us in one run, across all its names and protocols. */
export const MAX_FAILED_PER_SERVER = 2;
/** Failed attempts in the whole run, whatever the servers. */
export const MAX_FAILED_PER_RUN = 4;

export interface AttemptReservation {
  /** User names this login may try; 0 means: do not send the password. */
  readonly granted: number;
  /**
   * The login ended. Every attempt that did not succeed counts as failed; a login that died in the
   * auth phase without a report counts as all its granted attempts (the server may have seen them).
   */
  settle(report: AuthReport | null, diedInAuth: boolean): void;
}

export interface AttemptBudget {
  /** Registers a name's addresses and returns its key; it follows later merges of its server. */
  serverKey(addresses: readonly string[]): string;
  /** Failed attempts this server can still afford, less those held by logins in flight. */
  remaining(key: string): number;
  mayAttempt(key: string): boolean;
  /** Failed attempts the run as a whole can still afford, less those held by logins in flight. */
  runRemaining(): number;
  /** Whether two keys have turned out to be one machine (their addresses overlap). */
  sameServer(a: string, b: string): boolean;
  /** No attempt can ever be granted here again in this run (failures alone, whatever is in flight). */
  spent(key: string): boolean;
  /** Holds up to `wanted` attempts now (fewer, or none, when the server or the run is near its cap). */
  reserve(key: string, wanted: number): AttemptReservation;
  /**
   * Waits until no login on this server is in flight (their outcome then counts: failures spent, or a
   * user name that worked), then reserves. Granted 0 only when the budget is really spent or on abort.
   */
  reserveWhenSettled(key: string, wanted: number, signal: AbortSignalLike): Promise<AttemptReservation>;
  recordFailure(key: string, username: string): void;
  recordSuccess(key: string, username: string): void;
  /** The user name that already worked on this server, to try first elsewhere on it. */
  workingUsername(key: string): string | null;
}

interface ServerStats {
  failures: number;
  held: number;
  working: string | null;
}

export function createAttemptBudget(limits: { perServer?: number; perRun?: number } = {}): AttemptBudget {
  const perServer = limits.perServer ?? MAX_FAILED_PER_SERVER;
  const perRun = limits.perRun ?? MAX_FAILED_PER_RUN;
  // Union-find over addresses; stats live at each root.
  const parent = new Map<string, string>();
  const stats = new Map<string, ServerStats>();
  const keyNode = new Map<string, string>();
  let runFailures = 0;
  let runHeld = 0;
  /** Logins waiting for others to settle; each settle wakes them all to check again. */
  let waiters: Array<() => void> = [];

  const find = (node: string): string => {
    let root = node;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(node, root);
    return root;
  };
  const ensure = (node: string) => {
    if (parent.has(node)) return;
    parent.set(node, node);
    stats.set(node, { failures: 0, held: 0, working: null });
  };
  const union = (a: string, b: string) => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA === rootB) return;
    const [kept, gone] = [stats.get(rootA)!, stats.get(rootB)!];
    kept.failures += gone.failures;
    kept.held += gone.held;
    kept.working ??= gone.working;
    parent.set(rootB, rootA);
    stats.delete(rootB);
  };
  const statsOf = (key: string): ServerStats => {
    const node = keyNode.get(key) ?? `name:${key}`;
    ensure(node);
    return stats.get(find(node))!;
  };
  const wakeWaiters = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };

  const budget: AttemptBudget = {
    serverKey(addresses) {
      const nodes = [...new Set(addresses)].sort();
      const key = nodes.join(',');
      if (nodes.length === 0) return key;
      for (const node of nodes) ensure(node);
      for (const node of nodes.slice(1)) union(nodes[0]!, node);
      keyNode.set(key, nodes[0]!);
      return key;
    },
    remaining(key) {
      const server = statsOf(key);
      return Math.max(0, Math.min(perServer - server.failures - server.held, perRun - runFailures - runHeld));
    },
    mayAttempt(key) {
      return budget.remaining(key) > 0;
    },
    runRemaining() {
      return Math.max(0, perRun - runFailures - runHeld);
    },
    sameServer(a, b) {
      return statsOf(a) === statsOf(b);
    },
    spent(key) {
      return statsOf(key).failures >= perServer || runFailures >= perRun;
    },
    reserve(key, wanted) {
      const granted = Math.max(0, Math.min(wanted, budget.remaining(key)));
      statsOf(key).held += granted;
      runHeld += granted;
      let open = granted > 0;
      return {
        granted,
        settle(report, diedInAuth) {
          if (!open) return;
          open = false;
          statsOf(key).held -= granted;
          runHeld -= granted;
          const attempts = report?.attempts ?? [];
          for (const attempt of attempts) {
            if (attempt.outcome === 'ok') budget.recordSuccess(key, attempt.username);
            else budget.recordFailure(key, attempt.username);
          }
          if (attempts.length === 0 && diedInAuth)
            for (let index = 0; index < granted; index += 1) budget.recordFailure(key, '');
          wakeWaiters();
        },
      };
    },
    recordFailure(key) {
      statsOf(key).failures += 1;
      runFailures += 1;
    },
    recordSuccess(key, username) {
      statsOf(key).working ??= username;
    },
    workingUsername(key) {
      return statsOf(key).working;
    },
    async reserveWhenSettled(key, wanted, signal) {
      // Wait while a login on this server is in flight (its outcome decides what is left here), or while
      // logins elsewhere hold the run's share this one would need.
      const mustWait = () =>
        statsOf(key).held > 0 || (runHeld > 0 && perRun - runFailures - runHeld < wanted);
      while (!signal.aborted && mustWait()) {
        await new Promise<void>((resolve) => {
          const done = () => {
            signal.removeEventListener('abort', done);
            resolve();
          };
          waiters.push(done);
          signal.addEventListener('abort', done, { once: true });
        });
      }
      return budget.reserve(key, signal.aborted ? 0 : wanted);
    },
  };
  return budget;
}
