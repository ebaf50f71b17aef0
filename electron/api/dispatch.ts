// One entry point for every transport: validate the input against the contract's schema, run the
// handler, and turn any failure into a stable code. Stack traces never leave this function.
import { apiInputSchemas } from '../shared/api-contract.js';
import { API_METHODS, type ApiMethod } from '../shared/api-methods.js';
import { ApiFailure, type ApiReply } from '../shared/api-errors.js';
import type { ApiHandlers, CallContext } from './handlers.js';

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

export type Dispatch = (
  method: string,
  rawInput: unknown,
  context: CallContext,
) => Promise<ApiReply<unknown>>;

export function createDispatch(handlers: ApiHandlers, log: (line: string) => void = console.error): Dispatch {
  return async (method, rawInput, context) => {
    if (!isApiMethod(method))
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', params: { method: String(method).slice(0, 64) } },
      };
    const parsed = apiInputSchemas[method].safeParse(rawInput);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          params: { method, field: issue?.path.join('.') ?? '', issue: issue?.code ?? 'invalid' },
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown, context: CallContext) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, context) };
    } catch (error) {
      if (error instanceof ApiFailure)
        return { ok: false, error: { code: error.code, params: error.params } };
      // Log the kind of failure, never the message: it could echo user input such as a password.
      log(`mailwiz: internal error in ${method}: ${error instanceof Error ? error.name : typeof error}`);
      return { ok: false, error: { code: 'INTERNAL', params: { method } } };
    }
  };
}
