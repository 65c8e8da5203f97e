import type { z } from 'zod';
import type { ErrorCode, KimErrorBody, universalErrors } from './errors';

/** One method of the contract: its input schema, its result type (phantom) and its error codes. */
export interface MethodSpec<I extends z.ZodType, O, E extends ErrorCode> {
  readonly input: I;
  readonly errors: readonly E[];
  /** Never set; carries the result type for the compiler. */
  readonly output?: O;
}

/** `method<Result>()(schema, errors)`: the result type is named, the rest is inferred. */
export function method<O>() {
  return <I extends z.ZodType, const E extends ErrorCode = never>(input: I, errors: readonly E[] = []) => ({ input, errors }) as MethodSpec<I, O, E>;
}

export type Ok<T> = { ok: true; value: T };
export type Fail<E extends ErrorCode = ErrorCode> = { ok: false; error: KimErrorBody & { code: E } };
export type Result<T, E extends ErrorCode = ErrorCode> = Ok<T> | Fail<E>;

export type AnyMethod = MethodSpec<z.ZodType, unknown, ErrorCode>;
export type InputOf<M> = M extends MethodSpec<infer I, unknown, ErrorCode> ? z.input<I> : never;
export type ParsedInputOf<M> = M extends MethodSpec<infer I, unknown, ErrorCode> ? z.output<I> : never;
export type OutputOf<M> = M extends MethodSpec<z.ZodType, infer O, ErrorCode> ? O : never;
export type ErrorsOf<M> = M extends MethodSpec<z.ZodType, unknown, infer E> ? E | (typeof universalErrors)[number] : never;
