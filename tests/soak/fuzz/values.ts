/**
 * The odd values the fuzz puts into inputs: text that is syntax for SQL or the full-text index,
 * broken Unicode, impossible dates, numbers at and past their limits, wrong types and shapes, and
 * a few very large values (built once: they cost memory). Only values the renderer could send
 * over IPC (structured clone): no functions, no getters. Also a short preview of any input.
 */
import type { Random } from './random';

/** Syntax of SQL, LIKE and FTS5: any text may end up in a statement, a LIKE or a MATCH. */
export const QUERY_SYNTAX = [
  '"',
  '""',
  '"a',
  '*',
  'a*',
  '*a',
  'NEAR(',
  'NEAR(a b)',
  'NEAR(a b, 0)',
  'a OR b',
  'OR',
  'AND',
  'NOT',
  'a NOT',
  '^a',
  'name:wert',
  '{a b}:c',
  '(',
  ')',
  '+',
  '-',
  "'",
  "'; DROP TABLE persons; --",
  "' OR '1'='1",
  '1; DELETE FROM cases',
  '%',
  '_',
  '\\',
  '%_\\',
  '--',
  '/*',
  ';',
  'ESCAPE',
  'a"b*c(d)e:f^g',
];

/** Unicode that breaks careless code: NUL, lone surrogates, direction marks, joiners, controls. */
export const ODD_TEXT = [
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDBFF',
  '\u202Eabc\u202C',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  '\u0627\u0644\u0639\u0631\u0628\u064A\u0629\u200E123',
  '\u200B',
  '\uFEFF',
  '\u{1D518}\u{1D52B}',
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}',
  'e\u0301',
  '\r\n',
  '\t',
  '\u0001\u001f\u007f',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '\uFF10\uFF11\uFF12',
  'İı',
  'ß'.repeat(3),
];

/** Dates at and past the calendar's edges, leap days, wrong formats. */
export const ODD_DATES = [
  '0000-00-00',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2024-02-29',
  '2025-02-29',
  '2100-02-29',
  '2000-02-29',
  '1970-01-01',
  '1900-01-01',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '2026-12-32',
  '99999-01-01',
  '2026-1-1',
  '2026-11-23T00:00:00Z',
  '2026-11-23T24:00:00Z',
  '23.11.2026',
  '2026',
  '2026-11',
  '-2026-01-01',
];

export const ODD_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  0.5,
  -1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  Number.MIN_VALUE,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  1.0000000000000002,
];

/** A value of another type (fresh each time: the mutations change values in place). */
export function wrongType(random: Random): unknown {
  const makers: (() => unknown)[] = [
    () => null,
    () => undefined,
    () => 0,
    () => '',
    () => 'text',
    () => true,
    () => false,
    () => [],
    () => ({}),
    () => [null],
    () => ({ '': '' }),
    () => 1n,
    () => new Date(0),
    () => new Date(Number.NaN),
    () => Number.NaN,
    () => new Map([['a', 1]]),
    () => new Set([1]),
    () => new Uint8Array([0, 255]),
    () => /a/g,
    () => Object.create(null),
  ];
  return random.pick(makers)();
}

/** Very large values, at most one per call: 10 MB of text, 50,000 levels of nesting, 100,000 elements. */
export type BigKind = 'text10MB' | 'arrays50000Deep' | 'objects50000Deep' | 'array100000';
export const BIG_KINDS: readonly BigKind[] = ['text10MB', 'arrays50000Deep', 'objects50000Deep', 'array100000'];

const bigCache = new Map<BigKind, unknown>();
export function bigValue(kind: BigKind): unknown {
  let value = bigCache.get(kind);
  if (value === undefined) {
    value = makeBig(kind);
    bigCache.set(kind, value);
  }
  // The arrays are copied on top (a mutation may write into the outer one); the shared insides stay unchanged.
  return Array.isArray(value) ? [...value] : value;
}

function makeBig(kind: BigKind): unknown {
  switch (kind) {
    case 'text10MB':
      return 'A\u00e4\u0000"*'.repeat(2 * 1024 * 1024);
    case 'arrays50000Deep': {
      let v: unknown = 'tief';
      for (let i = 0; i < 50_000; i++) v = [v];
      return v;
    }
    case 'objects50000Deep': {
      let v: unknown = 'tief';
      for (let i = 0; i < 50_000; i++) v = { a: v };
      return v;
    }
    case 'array100000':
      return Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? 'x' : i));
  }
}

/** Sets a key as an own, enumerable property, even `__proto__` (a plain assignment would set the prototype). */
export function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** How deep a value nests along its first children (iterative: the values may be 50,000 deep). */
function nesting(value: unknown): number {
  let depth = 0;
  let v = value;
  while (typeof v === 'object' && v !== null && depth < 1_000_000) {
    const next: unknown = Array.isArray(v) ? v[0] : Object.values(v)[0];
    v = next;
    depth++;
  }
  return depth;
}

/**
 * A readable, shortened rendering of an input in JavaScript syntax (-0, NaN, 1n, lone
 * surrogates as \uD800), enough to write the input down again as a test.
 */
export function preview(value: unknown, limit = 700): string {
  const text = render(value, 0);
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

function render(v: unknown, depth: number): string {
  if (typeof v === 'string') return v.length > 80 ? `${JSON.stringify(v.slice(0, 40))}…(${v.length} Zeichen)` : JSON.stringify(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v === undefined) return 'undefined';
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v !== 'object') return typeof v;
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  if (v instanceof Map) return `new Map(${v.size} Einträge)`;
  if (v instanceof Set) return `new Set(${v.size} Einträge)`;
  if (v instanceof RegExp) return String(v);
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${v.byteLength} Bytes)`;
  if (depth >= 6) return `…(${nesting(v)} Ebenen)`;
  if (Array.isArray(v)) {
    const head = v.slice(0, 5).map((x) => render(x, depth + 1));
    return `[${head.join(', ')}${v.length > 5 ? `, …(${v.length} Elemente)` : ''}]`;
  }
  const keys = Object.keys(v);
  const prefix = Object.getPrototypeOf(v) === null ? 'Object.create(null) ' : '';
  const shown = keys.slice(0, 12).map((k) => `${JSON.stringify(k)}: ${render((v as Record<string, unknown>)[k], depth + 1)}`);
  return `${prefix}{${shown.join(', ')}${keys.length > 12 ? ', …' : ''}}`;
}
