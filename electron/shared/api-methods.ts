// Names of every call and event on the bridge. Kept free of runtime dependencies so the sandboxed
// preload can import it; api-contract.ts ties these names to schemas and result types.
export const API_METHODS = [
  'getAppInfo',
  'listProviders',
  'guessContext',
  'runDiagnosis',
  'cancelDiagnosis',
  'listExports',
  'buildExport',
  'saveExport',
  'saveSheetPdf',
  'listClientAccounts',
  'diagnoseClientAccount',
  'previewClientFix',
  'applyClientFix',
  'undoClientFix',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export const API_EVENTS = ['diagnosisEvent'] as const;

export type ApiEventName = (typeof API_EVENTS)[number];

export const IPC_PREFIX = 'mailwiz:';
