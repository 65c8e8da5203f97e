import type { OutputOf, ParsedInputOf } from '../../contract/define';

/** Handlers for one area's methods: each gets its parsed input and returns its result type. */
export type HandlersFor<M> = {
  [K in keyof M]: (input: ParsedInputOf<M[K]>) => OutputOf<M[K]> | Promise<OutputOf<M[K]>>;
};
