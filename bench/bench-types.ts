// Every benchmark module (bench/*.bench.ts) default-exports a function that runs ONE measurement and
// returns its figures; bench/run.mjs calls it five times and reports median, min and max.
export interface BenchFigure {
  /** Stable name, e.g. 'probe.p95_overhead_ms'. */
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'KB' | 'x' | 'count';
  /** Human-readable target, e.g. '< 5 ms'. */
  target?: string;
}

export type Bench = () => Promise<BenchFigure[]>;
