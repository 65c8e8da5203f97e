/**
 * Inputs from a method's zod 4 schema: the walk reads each schema's definition (`_zod.def`: its
 * type, lengths, bounds, patterns) and builds a value that passes it, with real record ids where
 * a field names a record, so the call reaches the service's logic. With `boundary` > 0 some
 * leaves take a value at or just past their limits instead; `mutate` then turns a valid input
 * hostile (wrong types, odd text, prototype keys, very large values) at random places.
 */
import type { z } from 'zod';
import type { Random } from './random';
import { BIG_KINDS, bigValue, type BigKind, ODD_DATES, ODD_NUMBERS, ODD_TEXT, QUERY_SYNTAX, setOwn, wrongType } from './values';

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number | bigint | Date;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** What the generator asks of the running fuzz: the store's real records and secrets, and the day. */
export interface World {
  random: Random;
  /** The clock's day, YYYY-MM-DD. */
  today(): string;
  /** A real id for a field naming a record (the method tells which table an `id` means), or undefined. */
  idFor(method: string, key: string): string | undefined;
  /** A current passphrase, recovery key, one-time passphrase or token for a field named so, or undefined. */
  secretFor(method: string, key: string): string | undefined;
}

interface Ctx {
  world: World;
  method: string;
  /** Chance that a leaf takes a boundary value. */
  boundary: number;
}

/** Marks an optional key left out. */
const ABSENT = Symbol('absent');

export function generate(schema: z.ZodType, world: World, method: string, boundary: number): unknown {
  const value = gen(schema, { world, method, boundary }, '');
  return value === ABSENT ? undefined : value;
}

const ID_KEY = /^(id|recordId|entityId)$|Ids?$/;

function gen(schema: z.ZodType, ctx: Ctx, key: string): unknown {
  const def = defOf(schema);
  const { random } = ctx.world;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      if (random.chance(ctx.boundary > 0 ? 0.15 : 0.4)) return ctx.boundary > 0 && random.chance(0.2) ? undefined : ABSENT;
      return gen(def.innerType!, ctx, key);
    case 'nullable':
      return random.chance(0.2) ? null : gen(def.innerType!, ctx, key);
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return gen(def.innerType!, ctx, key);
    case 'pipe':
      return gen(def.in!, ctx, key);
    case 'union':
      return gen(random.pick(def.options!), ctx, key);
    case 'object':
      return genObject(def, ctx);
    case 'array':
      return genArray(def, ctx, key);
    case 'string':
      return genString(schema, def, ctx, key);
    case 'number':
      return genNumber(def, ctx);
    case 'boolean':
      return random.chance(ctx.boundary) ? random.pick([0, 1, 'true', null]) : random.chance(0.5);
    case 'enum': {
      const values = Object.values(def.entries!);
      if (random.chance(ctx.boundary)) return random.pick(['', String(values[0]).toUpperCase(), ` ${String(values[0])}`, 'toString', '__proto__']);
      return random.pick(values);
    }
    case 'literal':
      return random.pick(def.values!);
    case 'null':
      return null;
    case 'undefined':
    case 'void':
      return undefined;
    default:
      // unknown, any, never and the rest: something, anything.
      return wrongType(random);
  }
}

function genObject(def: Def, ctx: Ctx): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(def.shape!)) {
    const value = gen(field, ctx, key);
    if (value !== ABSENT) setOwn(out, key, value);
  }
  return out;
}

function lengths(def: Def): { min: number; max: number } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') min = Math.max(min, c.minimum ?? 0);
    else if (c.check === 'max_length') max = Math.min(max, c.maximum ?? max);
    else if (c.check === 'length_equals') min = max = c.value as number;
  }
  return { min, max };
}

function genArray(def: Def, ctx: Ctx, key: string): unknown[] {
  const { random } = ctx.world;
  const { min, max } = lengths(def);
  const elementKey = key.endsWith('Ids') ? key.slice(0, -1) : key;
  let length = random.int(min, Math.min(max, min + 3));
  if (random.chance(ctx.boundary)) length = random.pick([0, min, Math.min(max, 300), Math.min(max + 1, 301)]);
  return Array.from({ length }, () => {
    const value = gen(def.element!, ctx, elementKey);
    return value === ABSENT ? undefined : value;
  });
}

function genNumber(def: Def, ctx: Ctx): number {
  const { random } = ctx.world;
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let minOpen = false;
  let maxOpen = false;
  let int = false;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'greater_than') [min, minOpen] = [Number(c.value), !c.inclusive];
    else if (c.check === 'less_than') [max, maxOpen] = [Number(c.value), !c.inclusive];
    else if (c.check === 'number_format') int = c.format !== 'float32' && c.format !== 'float64';
  }
  const low = Number.isFinite(min) ? min + (minOpen ? (int ? 1 : 0.001) : 0) : -1000;
  const high = Number.isFinite(max) ? max - (maxOpen ? (int ? 1 : 0.001) : 0) : low + 1000;
  if (random.chance(ctx.boundary)) {
    return random.pick([low, high, low - (int ? 1 : 0.001), high + (int ? 1 : 0.001), 0, -0, low + 0.5, ...ODD_NUMBERS]);
  }
  // Mostly near the lower end: counts, minutes and years are small in real use.
  const top = high - low > 100 && random.chance(0.7) ? low + 50 : high;
  return int ? random.int(Math.ceil(low), Math.floor(top)) : low + random.next() * (top - low);
}

const WORDS = [
  'Anna',
  'Müller',
  'Yılmaz',
  'Nguyễn',
  'Olena',
  'محمد',
  'Beratung',
  'Wohnung',
  'Sprachkurs',
  'Jobcenter',
  'Köln',
  'Ärztin',
  'Ausländerbehörde',
  'Termin',
  'Übersetzung',
  'Schule',
  'ok',
  'a',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dayOffset(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function someDay(ctx: Ctx): string {
  const { random } = ctx.world;
  const today = ctx.world.today();
  // Mostly the past year, sometimes the coming weeks (dates in the future are refused by some methods).
  const offset = random.chance(0.8) ? -random.int(0, 400) : random.int(1, 60);
  return dayOffset(today, offset);
}

/** Values for the patterns the contract uses (matched by their source); others fall back on candidates. */
function forPattern(source: string, ctx: Ctx): string | undefined {
  const { random } = ctx.world;
  const year = Number(ctx.world.today().slice(0, 4));
  if (source.includes('\\d{4}-\\d{2}-\\d{2}$') && !source.includes('?')) return someDay(ctx);
  if (source.startsWith('^\\d{4}(-\\d{2}(-\\d{2})?)?$')) {
    const day = dayOffset(ctx.world.today(), -random.int(6000, 25000));
    return random.pick([day, day.slice(0, 7), day.slice(0, 4)]);
  }
  if (source.includes('Q[1-4]') || source.includes('H[12]')) {
    const y = random.int(year - 2, year + 1);
    return random.pick([`${y}`, `${y}-Q${random.int(1, 4)}`, `${y}-H${random.int(1, 2)}`]);
  }
  if (source === '^[0-9a-f]{32}$') return Array.from({ length: 32 }, () => '0123456789abcdef'[random.int(0, 15)]).join('');
  if (source === '^[A-Z]{2}$') return random.pick(['DE', 'SY', 'UA', 'AF', 'TR', 'IQ', 'ER', 'XK', 'ZZ']);
  if (source === '^[a-z]{2,3}$') return random.pick(['de', 'ar', 'uk', 'fa', 'tr', 'ti', 'ru', 'prs', 'zz']);
  if (source.includes('[01]\\d|2[0-3]')) return `${pad(random.int(7, 19))}:${pad(random.pick([0, 15, 30, 45]))}`;
  return undefined;
}

/** Tried in turn when a generated text fails a pattern or refinement the walk cannot read. */
const CANDIDATES = [
  '{}',
  '{"feld":"Wert"}',
  'contact:new',
  'intake:new',
  'zielvereinbarung.titel',
  'TypeError',
  'RangeError',
  'CaseView',
  'Anna',
  'a',
  'A1',
  'anna.mueller@example.org',
  '2026',
  '2026-Q1',
  '0',
];

function genString(schema: z.ZodType, def: Def, ctx: Ctx, key: string): unknown {
  const { random } = ctx.world;
  const { min, max } = lengths(def);
  let pattern = def.pattern;
  for (const check of def.checks ?? []) if (check._zod.def.pattern) pattern = check._zod.def.pattern;
  if (random.chance(ctx.boundary)) return boundaryString(min, max, pattern, ctx);

  const passes = (text: string) => schema.safeParse(text).success;
  const first =
    (ID_KEY.test(key) ? ctx.world.idFor(ctx.method, key) : undefined) ??
    ctx.world.secretFor(ctx.method, key) ??
    (def.format === 'email' ? random.pick(['anna.mueller@example.org', 'x@beispiel.de']) : undefined) ??
    (def.format === 'datetime' ? `${someDay(ctx)}T${pad(random.int(7, 19))}:${pad(random.int(0, 59))}${random.chance(0.5) ? ':00Z' : ''}` : undefined) ??
    (pattern ? forPattern(pattern.source, ctx) : undefined) ??
    text(min, max, random);
  if (passes(first)) return first;
  // A pattern or refinement the walk did not read: the first candidate that passes, else the text as it is.
  for (const candidate of CANDIDATES) if (passes(candidate)) return candidate;
  return first;
}

function text(min: number, max: number, random: Random): string {
  const words: string[] = [];
  const target = random.int(Math.max(min, 1), Math.max(min, Math.min(max, random.chance(0.8) ? 30 : 300)));
  while (words.join(' ').length < target) words.push(random.pick(WORDS));
  let out = words.join(' ').slice(0, Math.min(max, Math.max(target, min)));
  while (out.length < min) out += 'x';
  return out.trim().length >= Math.min(min, 1) ? out.trim().padEnd(min, 'x') : out;
}

function boundaryString(min: number, max: number, pattern: RegExp | undefined, ctx: Ctx): string {
  const { random } = ctx.world;
  const cap = (n: number) => Math.min(n, 200_000);
  const datey = pattern?.source.includes('\\d{4}') === true;
  const choices: (() => string)[] = [
    () => '',
    () => ' ',
    () => '   \t ',
    () => 'x'.repeat(min),
    () => 'ü'.repeat(cap(max)),
    () => 'ü'.repeat(cap(max + 1)),
    () => `  ${text(min, Math.max(min, max - 4), random)}  `,
    () => random.pick(QUERY_SYNTAX),
    () => random.pick(ODD_TEXT),
    () => ctx.world.idFor('', 'anyId') ?? 'x',
    () => (datey ? random.pick(ODD_DATES) : random.pick(QUERY_SYNTAX)),
    () => (datey ? ctx.world.today() : random.pick(ODD_TEXT)),
    () => (datey ? dayOffset(ctx.world.today(), 1) : 'ü'.repeat(cap(max))),
  ];
  return random.pick(choices)();
}

// ——— hostile mutations ———

interface Slot {
  holder: Record<string | number, unknown>;
  key: string | number;
}

/** Every place in a value (up to a few hundred), the root included. */
function slots(root: { v: unknown }): Slot[] {
  const out: Slot[] = [{ holder: root as Record<string, unknown>, key: 'v' }];
  const queue: unknown[] = [root.v];
  while (queue.length > 0 && out.length < 300) {
    const v = queue.shift();
    if (typeof v !== 'object' || v === null || !(Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype)) continue;
    for (const key of Object.keys(v).slice(0, 50)) {
      out.push({ holder: v as Record<string, unknown>, key: Array.isArray(v) ? Number(key) : key });
      queue.push((v as Record<string, unknown>)[key]);
    }
  }
  return out;
}

/**
 * Turns a generated input hostile in one to three places: another type, odd text, odd numbers,
 * prototype keys, extra or missing keys; and, when `big` is given, one very large value.
 */
export function mutate(input: unknown, random: Random, big: BigKind | null): unknown {
  const root = { v: input };
  const places = slots(root);
  const count = random.int(1, 3);
  for (let i = 0; i < count; i++) {
    const { holder, key } = random.pick(places);
    setOwn(holder, key, hostile(holder[key], random));
  }
  if (big !== null) {
    const { holder, key } = random.pick(places);
    setOwn(holder, key, bigValue(big));
  }
  return root.v;
}

export const pickBig = (random: Random): BigKind => random.pick(BIG_KINDS);

function hostile(old: unknown, random: Random): unknown {
  if (random.chance(0.25)) return wrongType(random);
  if (typeof old === 'string') {
    return random.pick<() => unknown>([
      () => random.pick(QUERY_SYNTAX),
      () => random.pick(ODD_TEXT),
      () => random.pick(ODD_DATES),
      () => `${old}\u0000`,
      () => `\u202E${old}`,
      () => `${old}\uD800`,
      () => `${old} ${random.pick(QUERY_SYNTAX)}`,
      () => old.repeat(50),
      () => old.toUpperCase(),
      () => Number(old),
    ])();
  }
  if (typeof old === 'number') return random.chance(0.8) ? random.pick(ODD_NUMBERS) : String(old);
  if (typeof old === 'boolean') return random.pick([0, 1, 'true', 'false', null]);
  if (Array.isArray(old)) {
    return random.pick<() => unknown>([
      () => [],
      () => [...old, ...old, ...old],
      () => Array.from({ length: 1000 }, () => old[0] ?? 'x'),
      () => [...old, random.pick(QUERY_SYNTAX)],
      () => [old],
      () => ({ 0: old[0], length: 1 }),
      () => {
        const copy = [...old];
        setOwn(copy, 'extra', 1);
        return copy;
      },
    ])();
  }
  if (typeof old === 'object' && old !== null) {
    const copy = { ...(old as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const withKey = (key: string, value: unknown) => {
      setOwn(copy, key, value);
      return copy;
    };
    const without = (key: string) => {
      delete copy[key];
      return copy;
    };
    return random.pick<() => unknown>([
      () => withKey('__proto__', { polluted: 'ja', isAdmin: true }),
      () => withKey('constructor', { prototype: { polluted: 'ja' } }),
      () => withKey('prototype', { polluted: 'ja' }),
      () => withKey('extra', 'x'),
      () => (keys.length > 0 ? without(random.pick(keys)) : { a: 1 }),
      () => Object.assign(Object.create(null), copy),
      () => (keys.length > 0 ? withKey(random.pick(keys), wrongType(random)) : null),
    ])();
  }
  return wrongType(random);
}
