// The reply parsers under fast-check (a few hundred runs each; `npm run fuzz` runs millions).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { asyncProperties, syncProperties } from '../fuzz/properties.js';

const RUNS = 300;

describe('reply parsers (property-based)', () => {
  it.each(Object.keys(syncProperties) as (keyof typeof syncProperties)[])('%s', (name) => {
    fc.assert(syncProperties[name] as fc.IProperty<unknown>, { numRuns: RUNS });
  });
  it.each(Object.keys(asyncProperties) as (keyof typeof asyncProperties)[])('%s', async (name) => {
    await fc.assert(asyncProperties[name] as fc.IAsyncProperty<unknown>, { numRuns: RUNS });
  });
});
