// The handler table behind the typed API. Plain Node: Electron's main process, the loopback web
// bridge and tests all serve exactly this table; only saving files differs per platform.
import type { ApiInput, ApiOutput, ApiEvents, SaveOutcome } from '../shared/api-contract.js';
import type { ApiMethod } from '../shared/api-methods.js';
import { ApiFailure } from '../shared/api-errors.js';
import type { ExportFile } from '../shared/export-types.js';
import { diagnose, type DiagnoseOptions } from '../diagnosis/index.js';
import { guessContext, listProviders } from '../discovery/context.js';
import { buildExport, exportCatalog, renderSheetHtml } from '../export/index.js';
import { createClientHandlers } from './client-handlers.js';

export interface PlatformServices {
  mode: 'electron' | 'web';
  version: string;
  platform: string;
  locale: () => string;
  saveFile: (file: ExportFile) => Promise<SaveOutcome>;
  savePdf: (html: string, suggestedName: string) => Promise<SaveOutcome>;
}

export interface CallContext {
  emit: <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => void;
}

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiInput<M>, context: CallContext) => Promise<ApiOutput<M>>;
};

export interface HandlerOptions {
  /** Engine settings for tests and the lab (resolver, port map, lookup URLs); undefined in the app. */
  diagnosisConfig?: DiagnoseOptions['config'];
  /** Folders holding Thunderbird's profiles.ini, instead of this PC's (tests never read the real home). */
  thunderbirdRoots?: string[];
}

const MAX_CONCURRENT_RUNS = 4;

/** A full disk or a read-only folder is the user's to fix: say which, as a code. */
async function savingFailsAsCode(save: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
  try {
    return await save();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    throw new ApiFailure('SAVE_FAILED', { reason: typeof code === 'string' ? code : 'unknown' });
  }
}

export function createHandlers(platform: PlatformServices, options: HandlerOptions = {}): ApiHandlers {
  const runs = new Map<string, AbortController>();

  return {
    async getAppInfo() {
      return {
        name: 'MailWiz',
        version: platform.version,
        platform: platform.platform,
        locale: platform.locale(),
        mode: platform.mode,
      };
    },
    async listProviders() {
      return listProviders();
    },
    async guessContext(input) {
      return guessContext(input.email, {
        publicIpLookup: input.publicIpLookup,
        config: options.diagnosisConfig,
      });
    },
    async runDiagnosis(input, context) {
      if (runs.has(input.runId)) throw new ApiFailure('INVALID_INPUT', { field: 'runId' });
      if (runs.size >= MAX_CONCURRENT_RUNS)
        throw new ApiFailure('INVALID_INPUT', { field: 'runId', reason: 'busy' });
      const controller = new AbortController();
      runs.set(input.runId, controller);
      try {
        return await diagnose(input.request, {
          signal: controller.signal,
          onEvent: (event) => context.emit('diagnosisEvent', { runId: input.runId, event }),
          config: options.diagnosisConfig,
        });
      } finally {
        runs.delete(input.runId);
      }
    },
    async cancelDiagnosis(input) {
      const controller = runs.get(input.runId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    async listExports() {
      return exportCatalog();
    },
    async buildExport(input) {
      return buildExport(input);
    },
    async saveExport(input) {
      return savingFailsAsCode(() => platform.saveFile(input.file));
    },
    async saveSheetPdf(input) {
      const html = renderSheetHtml(input.diagnosis, input.displayName, input.lang);
      return savingFailsAsCode(() => platform.savePdf(html, `mailwiz-${input.lang}.pdf`));
    },
    ...createClientHandlers(runs, options.diagnosisConfig, options.thunderbirdRoots),
  };
}
