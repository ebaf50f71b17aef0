// Client files and guides describe a whole account: without an incoming and an outgoing server there is
// nothing truthful to write, so the caller gets a stable code naming the missing one (the renderer says
// 「送信サーバーが見つかっていないため、この書き出しは作れません」) instead of a half-empty file or a "?".
import { ApiFailure } from '../shared/api-errors.js';
import type { ExportModel, ExportServer } from './model.js';

export function requireServers(model: ExportModel): { incoming: ExportServer; outgoing: ExportServer } {
  const incoming = model.incoming[0];
  const outgoing = model.outgoing[0];
  if (!outgoing) throw new ApiFailure('NO_OUTGOING_SERVER');
  if (!incoming) throw new ApiFailure('NO_INCOMING_SERVER');
  return { incoming, outgoing };
}
