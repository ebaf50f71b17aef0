// How the wizard words a recognised provider: a strong match as detected, a weak one (name servers
// only, a rule no source confirmed) as a guess, and an IPv4-over-IPv6 line operator as what it is: a
// line that does not tell the provider.
import type { NamedSource } from '../../../electron/shared/diagnosis-types';

export type ProviderWording = 'detected' | 'guess' | 'lineOperator';

export function providerWording(named: NamedSource): ProviderWording {
  if (named.lineType !== undefined) return 'lineOperator';
  return named.confidence === 'weak' ? 'guess' : 'detected';
}
