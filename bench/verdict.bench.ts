// Time to a verdict in the loopback world, whole engine (discovery, probes, early finish, logins), no
// added delay: the lab's NFQUEUE benchmark adds 50 ms each way and the baselines. Figures: the OP25B
// domain (port 25 silently dropped: the verdict must not wait for it) and a normal domain with login
// verification. Needs root (low ports on 127/8, iptables); returns no figures without it.
import { diagnose } from '../electron/diagnosis/index.js';
import { loopbackWorldSupport, startLoopbackWorld } from '../test/helpers/loopback-world.js';
import type { BenchFigure } from './bench-types.js';

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return Math.round(performance.now() - started);
}

export default async function verdictBench(): Promise<BenchFigure[]> {
  if (!loopbackWorldSupport().ok) return [];
  const world = await startLoopbackWorld();
  try {
    const { op25b, alpha } = world.accounts;
    const op25bMs = await timed(() =>
      diagnose({ email: op25b.email, publicIpLookup: false }, { config: world.config }),
    );
    const verifiedMs = await timed(() =>
      diagnose(
        { email: alpha.email, password: alpha.password, publicIpLookup: false },
        { config: world.config },
      ),
    );
    const figures: BenchFigure[] = [
      { name: 'diagnosis.op25b_drop_verdict_ms', value: op25bMs, unit: 'ms', target: '< 2 s on loopback' },
      { name: 'diagnosis.verified_verdict_ms', value: verifiedMs, unit: 'ms' },
    ];
    return figures;
  } finally {
    await world.stop();
  }
}
