// The server number the wizard asks for (Xserver's sv1234): parsing, and agreement with the engine's list.
import { describe, expect, it } from 'vitest';
import { providerOptions } from '../../electron/discovery/providers';
import hostingData from '../../electron/providers/hostings.json' with { type: 'json' };
import { hostNumberDigits, hostNumberProblem } from '../../renderer/src/wizard/host-number';

describe('server number', () => {
  it('accepts the shapes people copy from the server panel', () => {
    expect(hostNumberDigits('1234')).toBe('1234');
    expect(hostNumberDigits(' sv1234 ')).toBe('1234');
    expect(hostNumberDigits('SV1234.xserver.jp')).toBe('1234');
    expect(hostNumberDigits('ｓｖ１２３４')).toBe('1234');
  });

  it('refuses what is not a server number, and lets an empty field through', () => {
    expect(hostNumberDigits('sv')).toBeNull();
    expect(hostNumberDigits('1234567')).toBeNull();
    expect(hostNumberDigits('sv12 34')).toBeNull();
    expect(hostNumberProblem('xserver')).toBe('HOST_NUMBER_INVALID');
    expect(hostNumberProblem('  ')).toBeNull();
    expect(hostNumberProblem('sv10')).toBeNull();
  });

  it('is asked for exactly the hosts whose engine entry needs it: the provider list says so', () => {
    const needing = hostingData.hostings
      .filter((hosting) => (hosting.needs as string[]).includes('hostNumber'))
      .map((hosting) => hosting.id)
      .sort();
    const offered = providerOptions()
      .hostings.filter((option) => option.needs.includes('hostNumber'))
      .map((option) => option.id)
      .sort();
    expect(needing).toContain('xserver');
    expect(offered).toEqual(needing);
  });
});
