// Splits a run that waited out Dovecot's hold of a rejected login into the hold and the rest. Dovecot
// answers held rejections on a 500 ms tick by whole seconds (bench/lab-cases.bench.ts NOTES), so the hold
// is a whole number of ticks and a client's own time beyond its round trips is what remains.
export const HOLD_TICK_MS = 500;

/** Round trips before the answer: DNS, TCP, TLS, greeting, then half a round trip each way. */
export const ROUND_TRIPS_TO_A_REJECTION = 5;

export interface HeldRun {
  holdMs: number;
  /** Time beyond the round trips and the hold: the client's own share (less than one tick). */
  overFloorMs: number;
}

export function splitHeldRun(totalMs: number, rttMs: number): HeldRun {
  const waited = totalMs - ROUND_TRIPS_TO_A_REJECTION * rttMs;
  const holdMs = Math.max(0, Math.floor(waited / HOLD_TICK_MS) * HOLD_TICK_MS);
  return { holdMs, overFloorMs: waited - holdMs };
}
