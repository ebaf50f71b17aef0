// The provider lists the wizard offers: Japanese providers first, those outside Japan marked so the
// wizard can group them under 海外.
import { describe, expect, it } from 'vitest';
import { providerOptions } from '../../electron/discovery/providers';

describe('providerOptions', () => {
  it('marks the providers outside Japan and leaves the Japanese ones unmarked', () => {
    const { isps, hostings } = providerOptions();
    expect(isps.filter((isp) => isp.overseas).map((isp) => isp.id)).toEqual(['comcast']);
    expect(isps.find((isp) => isp.id === 'ocn')?.overseas).toBe(false);
    expect(hostings.find((hosting) => hosting.id === 'xserver')?.overseas).toBe(false);
    expect(hostings.find((hosting) => hosting.id === 'google')?.overseas).toBe(true);
  });
});
