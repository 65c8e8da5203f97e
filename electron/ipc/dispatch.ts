/**
 * Validates one call against the contract, runs its handler and wraps the outcome as
 * `{ok:true,value}` or `{ok:false,error:{code,message}}`. No Electron here: the main process,
 * and the browser tests' bridge, call exactly this.
 */
import { contract, KimError, errorMessages, type MethodName } from '../contract';
import type { Result } from '../contract/define';
import type { DiagnosticLog } from '../services/diagnostics/log';
import type { HandlerContext, Handlers } from './handlers';

const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

export interface DispatchOptions {
  /** Every call goes in with its method, outcome and duration (never its input). */
  log?: DiagnosticLog;
  /** Milliseconds for the durations; tests pass their own. */
  clock?: () => number;
}

export async function dispatch(handlers: Handlers, name: string, input: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const { result, error } = await run(handlers, name, input, { log: options.log });
  // An unknown name came from the caller and may be anything: only the fact is logged.
  options.log?.call({
    method: isMethodName(name) ? name : '(unbekannt)',
    outcome: result.ok ? 'ok' : result.error.code,
    ms: clock() - started,
    ...(error !== undefined ? { error } : {}),
  });
  return result;
}

async function run(handlers: Handlers, name: string, input: unknown, context: HandlerContext): Promise<{ result: Result<unknown>; error?: unknown }> {
  if (!isMethodName(name)) return { result: fail('UNKNOWN_METHOD') };
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) return { result: fail('INVALID_INPUT') };
  try {
    const handler = handlers[name] as (input: unknown, context: HandlerContext) => unknown;
    return { result: { ok: true, value: await handler(parsed.data, context) } };
  } catch (error) {
    if (error instanceof KimError) return { result: { ok: false, error: error.toBody() } };
    // Unexpected errors go to the diagnostics log, as stack frames only: the message may hold input.
    return { result: fail('INTERNAL'), error };
  }
}

function fail(code: 'UNKNOWN_METHOD' | 'INVALID_INPUT' | 'INTERNAL' | 'FORBIDDEN'): Result<never> {
  return { ok: false, error: { code, message: errorMessages[code] } };
}

export const forbidden = () => fail('FORBIDDEN');
