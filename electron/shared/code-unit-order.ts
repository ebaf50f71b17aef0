// Ordering for machine text (host names, object keys): by UTF-16 code units, the same on every machine.
// localeCompare would depend on the locale and costs about 15 ms the first time it is called (ICU sets
// up its collator), which lands on the verdict's critical path.
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
