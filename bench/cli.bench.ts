// CLI cold start: a new `node bin/mailwiz.mjs` process each time, from spawn to exit, for `--help` and for
// `diagnose` with an invalid address (parses, validates, prints the JSON error, exits 2: no network).
// A bare `node -e ''` is measured too so the figure can be read against Node's own start-up on this box.
import { spawnSync } from 'node:child_process';
import type { BenchFigure } from './bench-types.js';

const CLI = 'bin/mailwiz.mjs';
let prepared = false;

function wallMs(args: string[], expectedStatus: number): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== expectedStatus) {
    throw new Error(
      `${args.join(' ')} exited ${result.status}, expected ${expectedStatus}: ${result.stderr.slice(0, 300)}`,
    );
  }
  return Math.round(ms * 10) / 10;
}

export default async function cliBench(): Promise<BenchFigure[]> {
  if (!prepared) {
    // The first run may build dist/cli on demand; cold start means a new process, not a first build.
    wallMs([CLI, '--help'], 0);
    prepared = true;
  }
  return [
    { name: 'cli.help_cold_start_ms', value: wallMs([CLI, '--help'], 0), unit: 'ms', target: '< 500 ms' },
    {
      name: 'cli.diagnose_invalid_json_ms',
      value: wallMs([CLI, 'diagnose', 'not-an-address', '--json'], 2),
      unit: 'ms',
      target: '< 500 ms',
    },
    { name: 'cli.node_itself_ms', value: wallMs(['-e', ''], 0), unit: 'ms' },
  ];
}
