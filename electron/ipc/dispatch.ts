/**
 * Validates one call against the contract, runs its handler and wraps the outcome as
 * `{ok:true,value}` or `{ok:false,error:{code,message}}`. No Electron here: the main process,
 * and the browser tests' bridge, call exactly this.
 */
import { contract, KimError, errorMessages, type MethodName } from '../contract';
import type { Result } from '../contract/define';
import type { Handlers } from './handlers';

const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Result<unknown>> {
  if (!isMethodName(name)) return fail('UNKNOWN_METHOD');
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) return fail('INVALID_INPUT');
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof KimError) return { ok: false, error: error.toBody() };
    // Unexpected errors are logged in the main process only; the message may hold details.
    console.error(`[kim] ${name} failed:`, error);
    return fail('INTERNAL');
  }
}

function fail(code: 'UNKNOWN_METHOD' | 'INVALID_INPUT' | 'INTERNAL' | 'FORBIDDEN'): Result<never> {
  return { ok: false, error: { code, message: errorMessages[code] } };
}

export const forbidden = () => fail('FORBIDDEN');
