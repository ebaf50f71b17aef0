// Client files describe a whole account: without an incoming and an outgoing server there is nothing
// truthful to write, so the caller gets a stable error code instead of a half-empty file.
import { ApiFailure } from '../shared/api-errors.js';
import type { ExportModel, ExportServer } from './model.js';

export function requireServers(model: ExportModel): { incoming: ExportServer; outgoing: ExportServer } {
  const incoming = model.incoming[0];
  const outgoing = model.outgoing[0];
  if (!incoming) throw new ApiFailure('INVALID_INPUT', { field: 'diagnosis', reason: 'no-incoming-server' });
  if (!outgoing) throw new ApiFailure('INVALID_INPUT', { field: 'diagnosis', reason: 'no-outgoing-server' });
  return { incoming, outgoing };
}
