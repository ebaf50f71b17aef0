// The one typed API between the renderer and the engine: inputs are zod schemas (validated at
// runtime by every transport), outputs are TypeScript types. Adding a call = one entry here, one
// name in api-methods.ts and one handler; the compiler reports whichever is missing.
import { z } from 'zod';
import type { ApiEventName, ApiMethod } from './api-methods.js';
import { DIAGNOSIS_STATUSES, LOGIN_STATES, NAMED_SOURCE_KINDS } from './diagnosis-types.js';
import { EXPORT_KINDS } from './export-types.js';
import { LANGUAGES } from './languages.js';
import type {
  ContextGuess,
  DiagnosisEvent,
  DiagnosisRequest,
  DiagnosisResult,
  Finding,
  ProbeSummary,
  ProviderOption,
} from './diagnosis-types.js';
import type { ExportCatalogEntry, ExportFile, ExportRequest } from './export-types.js';
import type {
  ClientAccount,
  ClientDiagnosis,
  ClientFixPreview,
  ClientFixResult,
  ThunderbirdProfileInfo,
} from './client-types.js';
import type { ApiReply } from './api-errors.js';

const lang = z.enum(LANGUAGES);
const security = z.enum(['tls', 'starttls', 'none']);
const protocol = z.enum(['smtp', 'imap', 'pop3']);
const shortText = z.string().max(320);

export const diagnosisRequestSchema = z.strictObject({
  email: z.string().min(1).max(320),
  password: z.string().max(1024).optional(),
  username: shortText.optional(),
  timeoutMs: z.number().int().min(1000).max(300_000).optional(),
  publicIpLookup: z.boolean().optional(),
  hints: z
    .strictObject({
      isp: z.string().max(64).nullable().optional(),
      hosting: z.string().max(64).nullable().optional(),
      serverHost: z.string().max(253).optional(),
      hostNumber: z.string().max(32).optional(),
    })
    .optional(),
  allowPlaintextAuthHosts: z.array(z.string().max(253)).max(20).optional(),
  trustedHosts: z.array(z.string().min(1).max(253)).max(20).optional(),
  sendTestMessage: z.boolean().optional(),
  lang: lang.optional(),
}) satisfies z.ZodType<DiagnosisRequest>;

const setting = z.object({
  host: z.string().max(253),
  port: z.number().int().min(1).max(65535),
  security,
  auth: z.enum(['password', 'password-encrypted', 'oauth2', 'none']),
  username: z.string().max(320).nullable(),
  verified: z.boolean(),
  login: z.enum(LOGIN_STATES),
  loginRefusedOn: z.enum(['smtp', 'imap', 'pop3']).optional(),
});

/**
 * Findings and probe rows are checked loosely (limits only; the exports re-sanitise every field they
 * read), then typed as the contract's items. Everything else in the schema is compared with
 * DiagnosisResult at compile time below.
 */
function looseItem<T>(shape: z.ZodType): z.ZodType<T> {
  return z.custom<T>().superRefine((value, context) => {
    const checked = shape.safeParse(value);
    if (checked.success) return;
    for (const issue of checked.error.issues)
      context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });
}

const namedSource = z.object({
  name: z.string(),
  id: z.string().optional(),
  source: z.enum(NAMED_SOURCE_KINDS),
});

/** A diagnosis coming back from the renderer (for exports) is re-validated: it is untrusted input. */
export const diagnosisResultSchema = z.object({
  email: z.string().max(320),
  status: z.enum(DIAGNOSIS_STATUSES),
  outgoing: setting.nullable(),
  incoming: setting.extend({ protocol: z.enum(['imap', 'pop3']) }).nullable(),
  alternatives: z.array(setting.extend({ protocol })).max(50),
  findings: z
    .array(
      looseItem<Finding>(
        z.looseObject({ code: z.string().max(64), severity: z.enum(['info', 'warning', 'error']) }),
      ),
    )
    .max(200),
  probes: z.array(looseItem<ProbeSummary>(z.looseObject({}))).max(500),
  isp: namedSource.nullable(),
  hosting: namedSource.nullable(),
  elapsedMs: z.number(),
});

/** True only when A and B are the same type (not merely assignable one way). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
// A field added to or changed in DiagnosisResult without the schema (or the reverse) fails the build here.
type _ResultSchemaMatchesType = Assert<Same<z.output<typeof diagnosisResultSchema>, DiagnosisResult>>;

const exportKind = z.enum(EXPORT_KINDS);

const exportFileFields = {
  filename: z.string().min(1).max(200),
  mime: z.string().max(100),
  content: z.string().max(5_000_000),
  instructions: z.string().max(10_000),
  encoding: z.enum(['utf-8', 'utf-16le']).optional(),
};
const exportFile = z.strictObject({
  ...exportFileFields,
  extraFiles: z.array(z.strictObject(exportFileFields)).max(10).optional(),
});

const configuredServer = {
  host: z.string().max(253),
  port: z.number().int().min(1).max(65535),
  security,
  auth: z.enum([
    'none',
    'password',
    'password-encrypted',
    'oauth2',
    'gssapi',
    'ntlm',
    'tls-certificate',
    'other',
  ]),
  username: z.string().max(320).nullable(),
};

/** An account from listClientAccounts, or one typed into the form that mirrors the program's dialog. */
const clientAccountSchema = z.strictObject({
  client: z.enum(['thunderbird', 'outlook']),
  source: z.string().max(4096),
  accountKey: z.string().max(128),
  email: z.string().min(1).max(320),
  displayName: z.string().max(200),
  incoming: z.strictObject({ ...configuredServer, protocol: z.enum(['imap', 'pop3']) }).nullable(),
  outgoing: z.strictObject(configuredServer).nullable(),
  // Thunderbird's keys are re-read from the profile; whatever comes here is not trusted.
  thunderbird: z.looseObject({}).optional(),
});

export const apiInputSchemas = {
  getAppInfo: z.void(),
  listProviders: z.void(),
  guessContext: z.strictObject({ email: z.string().min(1).max(320), publicIpLookup: z.boolean() }),
  runDiagnosis: z.strictObject({ runId: z.string().min(1).max(64), request: diagnosisRequestSchema }),
  cancelDiagnosis: z.strictObject({ runId: z.string().min(1).max(64) }),
  listExports: z.void(),
  buildExport: z.strictObject({
    kind: exportKind,
    diagnosis: diagnosisResultSchema,
    displayName: z.string().max(200),
    lang,
  }),
  saveExport: z.strictObject({ file: exportFile }),
  saveSheetPdf: z.strictObject({ diagnosis: diagnosisResultSchema, displayName: z.string().max(200), lang }),
  listClientAccounts: z.strictObject({ thunderbirdProfile: z.string().min(1).max(4096).optional() }),
  diagnoseClientAccount: z.strictObject({
    runId: z.string().min(1).max(64),
    account: clientAccountSchema,
    password: z.string().max(1024).optional(),
    lang: lang.optional(),
  }),
  previewClientFix: z.strictObject({ runId: z.string().min(1).max(64) }),
  applyClientFix: z.strictObject({ runId: z.string().min(1).max(64) }),
  undoClientFix: z.strictObject({
    profileDir: z.string().min(1).max(4096),
    backupPath: z.string().min(1).max(4096),
  }),
} satisfies Record<ApiMethod, z.ZodType>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** OS locale (Electron) for the default language; '' in web mode, where the browser's language leads. */
  locale: string;
  mode: 'electron' | 'web';
}

export interface SaveOutcome {
  saved: boolean;
  path?: string;
  /** 'cancelled' by the user; 'browser' when the web bridge leaves saving to the browser. */
  reason?: 'cancelled' | 'browser';
}

export interface ApiOutputs {
  getAppInfo: AppInfo;
  listProviders: { isps: ProviderOption[]; hostings: ProviderOption[] };
  guessContext: ContextGuess;
  runDiagnosis: DiagnosisResult;
  cancelDiagnosis: { cancelled: boolean };
  listExports: ExportCatalogEntry[];
  buildExport: ExportFile;
  saveExport: SaveOutcome;
  saveSheetPdf: SaveOutcome;
  listClientAccounts: { profiles: ThunderbirdProfileInfo[]; accounts: ClientAccount[] };
  /** The difference and the checks, plus the full verified diagnosis (for exports and the guide). */
  diagnoseClientAccount: ClientDiagnosis & { diagnosis: DiagnosisResult };
  previewClientFix: ClientFixPreview;
  applyClientFix: ClientFixResult;
  undoClientFix: { restored: string };
}

export type ApiInput<M extends ApiMethod> = z.infer<(typeof apiInputSchemas)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

export interface ApiEvents {
  diagnosisEvent: { runId: string; event: DiagnosisEvent };
}

export type ApiEventPayload<E extends ApiEventName> = ApiEvents[E];

/** What the renderer holds: one method per call, plus event subscription returning an unsubscribe. */
export type ApiClient = {
  [M in ApiMethod]: (...args: ApiInput<M> extends void ? [] : [input: ApiInput<M>]) => Promise<ApiOutput<M>>;
} & {
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEventPayload<E>) => void): () => void;
};

/** What the preload exposes: the same calls but replies stay wrapped, so no Error crosses the bridge. */
export type RawBridge = {
  [M in ApiMethod]: (input?: unknown) => Promise<ApiReply<ApiOutput<M>>>;
} & {
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEventPayload<E>) => void): () => void;
};

// Compile-time proof that the ExportRequest type and the buildExport schema agree in shape.
export type _ExportShapeCheck = ExportRequest['kind'] extends z.infer<typeof exportKind> ? true : never;
