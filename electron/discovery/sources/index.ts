// The registry of discovery sources, in the order they start. A new source: a module with
// `{ name, tracked, run }` here, its name in CandidateSource and SOURCE_STRENGTH (candidate.ts).
import { autoconfigSource } from './autoconfig.js';
import { autodiscoverSource } from './autodiscover.js';
import { ispdbSource } from './ispdb.js';
import { mxAutoconfigSource } from './mx-autoconfig.js';
import { providerSource } from './provider.js';
import type { DiscoverySource } from './source.js';
import { srvSource } from './srv.js';

export const DISCOVERY_SOURCES: readonly DiscoverySource[] = [
  srvSource,
  autoconfigSource,
  ispdbSource,
  mxAutoconfigSource,
  autodiscoverSource,
  providerSource,
];

export { recogniseHosting } from './provider.js';
export type { DiscoverySource, DnsFacts, SourceContext } from './source.js';
