/**
 * Property-based fuzzing shared by the fuzz tests (__tests__/fuzz/*.test.ts, a few runs per parser) and the longer
 * pass (`npm run fuzz`, scripts/fuzz.ts). A target is one parser reached through its public entry point: it gets
 * valid samples generated in code, random bytes, and samples mutated byte by byte (bits flipped, bytes set, inserted,
 * deleted, slices duplicated, the file cut short, and 16/32-bit fields overwritten with 0, 1, 0x7fffffff, 0xffffffff
 * and their neighbours). Its check throws when a property does not hold: the entry point threw, a result broke a
 * bound, or one call took longer than a generous guard. No jest here: the long pass runs without it.
 */
import fc from 'fast-check';

export interface FuzzTarget {
  /** Parser name: also the fixture folder under __tests__/fixtures/fuzz/. */
  name: string;
  /** Valid samples to mutate (generated in code; computed once per process). */
  seeds: () => Uint8Array[] | Promise<Uint8Array[]>;
  /** Tokens the mutator inserts and writes integers near (signatures, chunk ids, keywords); characters below 256. */
  dict?: string[];
  /** Longest purely random input. */
  maxRandom?: number;
  /** Throws when a property does not hold for `d`. */
  check: (d: Uint8Array) => unknown;
  /** Runs in the tests when FUZZ_RUNS is not set (default 30): fewer for the slow targets. */
  ciRuns?: number;
  /** Per-call time guard in ms (far above normal: a call that takes this long is a loop or a missing bound). */
  budgetMs?: number;
}

/** Runs per target: FUZZ_RUNS, default small enough for CI. */
export function fuzzRuns(fallback = 30): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

/** A fixed seed from FUZZ_SEED (to replay a reported run), else fast-check picks one and reports it on failure. */
export function fuzzSeed(): number | undefined {
  const n = Number(process.env.FUZZ_SEED);
  return process.env.FUZZ_SEED && Number.isInteger(n) ? n : undefined;
}

export const DEFAULT_BUDGET_MS = 20_000;

/** Values written over length/count/offset fields. */
export const EXTREMES = [0, 1, 2, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff] as const;

export type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; v: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; n: number }
  | { op: 'truncate'; at: number }
  | { op: 'int'; at: number; width: 1 | 2 | 4; le: boolean; v: number }
  | { op: 'dup'; from: number; n: number; at: number }
  | { op: 'token'; at: number; token: number }
  /** An integer written near the nth occurrence of a token (a signature or chunk id): where the length fields are. */
  | { op: 'near'; token: number; nth: number; delta: number; width: 1 | 2 | 4; le: boolean; v: number };

function cat(a: Uint8Array, b: Uint8Array, c: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length + c.length);
  out.set(a, 0);
  out.set(b, a.length);
  out.set(c, a.length + b.length);
  return out;
}

/** Apply one mutation; positions are taken modulo the length so that every drawn value means something. */
export function mutate(d: Uint8Array, m: Mutation, dict: readonly Uint8Array[] = []): Uint8Array {
  const n = d.length;
  const pos = (x: number, extra = 0) => (n + extra > 0 ? x % (n + extra) : 0);
  switch (m.op) {
    case 'flip': {
      if (!n) return d;
      const out = d.slice();
      out[pos(m.at)] ^= 1 << m.bit;
      return out;
    }
    case 'set': {
      if (!n) return d;
      const out = d.slice();
      out[pos(m.at)] = m.v;
      return out;
    }
    case 'insert': {
      const i = pos(m.at, 1);
      return cat(d.subarray(0, i), m.bytes, d.subarray(i));
    }
    case 'delete': {
      if (!n) return d;
      const i = pos(m.at);
      return cat(d.subarray(0, i), new Uint8Array(0), d.subarray(Math.min(n, i + m.n)));
    }
    case 'truncate':
      return d.slice(0, pos(m.at));
    case 'int': {
      if (n < m.width) return d;
      const out = d.slice();
      const i = m.at % (n - m.width + 1);
      for (let k = 0; k < m.width; k++) out[i + (m.le ? k : m.width - 1 - k)] = Math.floor(m.v / 2 ** (8 * k)) & 0xff;
      return out;
    }
    case 'dup': {
      if (!n) return d;
      const a = pos(m.from);
      const slice = d.slice(a, Math.min(n, a + m.n));
      const i = pos(m.at, 1);
      return cat(d.subarray(0, i), slice, d.subarray(i));
    }
    case 'near': {
      if (!dict.length) return d;
      const tok = dict[m.token % dict.length];
      const hits: number[] = [];
      for (let i = Buffer.from(d.buffer, d.byteOffset, d.length).indexOf(tok); i >= 0 && hits.length < 64; i = Buffer.from(d.buffer, d.byteOffset, d.length).indexOf(tok, i + 1)) hits.push(i);
      if (!hits.length) return d;
      const i = hits[m.nth % hits.length] + m.delta;
      if (i < 0 || i + m.width > n) return d;
      return mutate(d, { op: 'int', at: i, width: m.width, le: m.le, v: m.v });
    }
    case 'token': {
      if (!dict.length) return d;
      const i = pos(m.at, 1);
      return cat(d.subarray(0, i), dict[m.token % dict.length], d.subarray(i));
    }
  }
}

const at = fc.nat({ max: 0x7fffffff });

export function mutationArb(withTokens: boolean): fc.Arbitrary<Mutation> {
  const ops: fc.Arbitrary<Mutation>[] = [
    fc.record({ op: fc.constant('flip' as const), at, bit: fc.nat({ max: 7 }) }),
    fc.record({ op: fc.constant('set' as const), at, v: fc.oneof(fc.constantFrom(0, 0xff, 0x7f, 0x80, 0x0a, 0x22, 0x5c), fc.nat({ max: 255 })) }),
    fc.record({ op: fc.constant('insert' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({ op: fc.constant('delete' as const), at, n: fc.integer({ min: 1, max: 256 }) }),
    fc.record({ op: fc.constant('truncate' as const), at }),
    fc.record({ op: fc.constant('int' as const), at, width: fc.constantFrom(4 as const, 2 as const, 1 as const), le: fc.boolean(), v: fc.constantFrom(...EXTREMES) }),
    fc.record({ op: fc.constant('dup' as const), from: at, n: fc.integer({ min: 1, max: 2048 }), at }),
  ];
  if (withTokens) {
    ops.push(fc.record({ op: fc.constant('token' as const), at, token: fc.nat() }));
    const near = fc.record({
      op: fc.constant('near' as const),
      token: fc.nat(),
      nth: fc.nat({ max: 63 }),
      delta: fc.integer({ min: -300, max: 300 }),
      width: fc.constantFrom(4 as const, 2 as const, 1 as const),
      le: fc.boolean(),
      v: fc.constantFrom(...EXTREMES),
    });
    // twice the weight: on binary formats this is the mutation that reaches the length fields
    ops.push(near, near);
  }
  return fc.oneof(...ops);
}

/** Inputs for a target: mutated samples (mostly), random bytes after a sample's leading bytes, plain random bytes. */
export function inputArb(seeds: readonly Uint8Array[], dict: readonly string[] = [], maxRandom = 4096): fc.Arbitrary<Uint8Array> {
  if (!seeds.length) return fc.uint8Array({ maxLength: maxRandom });
  // tokens are byte strings (every character below 256)
  const tokens = dict.map((t) => new Uint8Array(Buffer.from(t, 'latin1')));
  const seedIdx = fc.nat({ max: seeds.length - 1 });
  // mostly one or two mutations, so that most inputs still get past the first checks; sometimes many
  const m = mutationArb(tokens.length > 0);
  const mutations = fc.oneof({ arbitrary: fc.array(m, { minLength: 1, maxLength: 2 }), weight: 3 }, { arbitrary: fc.array(m, { minLength: 1, maxLength: 8 }), weight: 1 });
  const mutated = fc
    .tuple(seedIdx, mutations)
    .map(([i, ms]) => ms.reduce((d, m) => mutate(d, m, tokens), seeds[i]));
  const headed = fc
    .tuple(seedIdx, fc.integer({ min: 1, max: 64 }), fc.uint8Array({ maxLength: maxRandom }))
    .map(([i, k, r]) => cat(seeds[i].subarray(0, k), r, new Uint8Array(0)));
  return fc.oneof({ arbitrary: mutated, weight: 6 }, { arbitrary: headed, weight: 2 }, { arbitrary: fc.uint8Array({ maxLength: maxRandom }), weight: 1 });
}

/** Seeds are built once per target per process. */
const seedCache = new Map<string, Promise<Uint8Array[]>>();
export function seedsOf(t: FuzzTarget): Promise<Uint8Array[]> {
  let s = seedCache.get(t.name);
  if (!s) {
    s = Promise.resolve(t.seeds());
    seedCache.set(t.name, s);
  }
  return s;
}

export class PropertyError extends Error {}

/** A property that does not hold. */
export function fail(msg: string): never {
  throw new PropertyError(msg);
}

export function ensure(cond: unknown, msg: string | (() => string)): asserts cond {
  if (!cond) fail(typeof msg === 'string' ? msg : msg());
}

/** Run one input through a target under its time guard. */
export async function runOne(t: FuzzTarget, d: Uint8Array): Promise<number> {
  const t0 = performance.now();
  await t.check(d);
  const ms = performance.now() - t0;
  const budget = t.budgetMs ?? DEFAULT_BUDGET_MS;
  ensure(ms <= budget, () => `${t.name}: one call on ${d.length} bytes took ${Math.round(ms)} ms (guard ${budget} ms): a loop or a missing bound`);
  return ms;
}

/** The inputs fast-check draws for a target. */
export async function targetArb(t: FuzzTarget): Promise<fc.Arbitrary<Uint8Array>> {
  return inputArb(await seedsOf(t), t.dict, t.maxRandom);
}

/** The property fast-check checks for a target; `onStart`/`onDone` see each input (the long pass watches for hangs). */
export async function targetProperty(t: FuzzTarget, hooks: { onStart?: (d: Uint8Array) => void; onDone?: (ms: number) => void } = {}): Promise<fc.IAsyncPropertyWithHooks<[Uint8Array]>> {
  return fc.asyncProperty(await targetArb(t), async (d) => {
    hooks.onStart?.(d);
    const ms = await runOne(t, d);
    hooks.onDone?.(ms);
  });
}

export function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}${e instanceof PropertyError ? '' : `\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`}` : String(e);
}
