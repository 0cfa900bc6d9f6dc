/**
 * Abstract values of the loader analysis. A value says what the analysis knows about a Python expression: where its
 * data came from (sources), what was done to it (transforms), its folded constant when it is one, and what it refers to
 * (a module or function by qualified name, a user function, an object of a modelled type).
 */
import type { SyntaxNode } from '@lezer/common';
import { UNK } from './literals.js';

/** Labels: the low byte says where data came from, the next says what was done to it. */
export const L = {
  MEDIA: 1 << 0, // samples or pixels of audio/images, or the bytes of a media file
  NET: 1 << 1, // fetched over HTTP/FTP
  SOCK: 1 << 2, // read from a raw socket
  FILE: 1 << 3, // read from a (non-media) file
  LIT: 1 << 4, // a literal in the code
  PARAM: 1 << 5, // a parameter of a function analysed on its own
  INPUT: 1 << 6, // user input: argv, stdin, environment
  PROCOUT: 1 << 7, // output of a process
  DECODE: 1 << 8, // base64/base32/base85/hex/rot13/escape decoding
  DECOMP: 1 << 9, // zlib/gzip/bz2/lzma
  XOR: 1 << 10,
  BITS: 1 << 11, // masks and shifts over data: bit extraction
  MARSHAL: 1 << 12, // marshal.loads: a code object
  OBF: 1 << 13, // string obfuscation: reversal, chr() chains, character joins, translation tables
  CODE: 1 << 14, // compile(): a code object
} as const;

export const SOURCES = 0xff;
/** Transforms that turn data into something else (as opposed to the code-object markers). */
export const DECODING = L.DECODE | L.DECOMP | L.XOR | L.BITS | L.OBF;

export const LABEL_NAMES: Array<[number, string]> = [
  [L.MEDIA, 'media'],
  [L.NET, 'download'],
  [L.SOCK, 'socket'],
  [L.FILE, 'file'],
  [L.LIT, 'literal'],
  [L.PARAM, 'parameter'],
  [L.INPUT, 'input'],
  [L.PROCOUT, 'process output'],
  [L.DECODE, 'decode'],
  [L.DECOMP, 'decompress'],
  [L.XOR, 'xor'],
  [L.BITS, 'bit extraction'],
  [L.MARSHAL, 'marshal'],
  [L.OBF, 'string obfuscation'],
  [L.CODE, 'compile'],
];

export function labelNames(t: number): string[] {
  return LABEL_NAMES.filter(([b]) => t & b).map(([, n]) => n);
}

/** Bounded lists carried with tainted data: where it came from, what was done, which files and URLs. */
export const MAX_TRAIL = 6;

export interface FnInfo {
  kind: 'def' | 'lambda';
  name: string;
  node: SyntaxNode;
  /** ParamList node. */
  params: SyntaxNode | null;
  /** Body node (def) or body expression (lambda). */
  body: SyntaxNode | null;
  closure: Scope;
  /** Class the function is a method of. */
  cls?: ClassInfo;
  inlined: number;
  analysed: boolean;
  lastReturn?: Val;
}

export interface ClassInfo {
  name: string;
  methods: Map<string, FnInfo>;
  attrs: Map<string, Val>;
  /** Instance used when methods are analysed on their own. */
  standalone?: Instance;
  bases: string[];
}

export interface Instance {
  cls: ClassInfo;
  attrs: Map<string, Val>;
}

/** What a process object was started with (for stdin-fed interpreters). */
export interface ProcInfo {
  python: boolean;
  stdinCode: boolean;
  hidden: boolean;
}

export interface Val {
  t: number;
  /** Folded value: text (str) or one char per byte (bytes); may contain UNK for unknown parts. */
  s?: string;
  b?: boolean;
  /** Numeric value. */
  n?: number;
  /** Number of obfuscating operations that built `s` (concatenations of literals, reversal, chr(), decoding). */
  o?: number;
  /** Qualified name of a module, function or attribute (`base64.b64decode`, `builtins.exec`). */
  q?: string;
  /** Object of a modelled type: wave, image, audio, file, response, session, conn, socket, process, mmap, zip. */
  obj?: string;
  fn?: FnInfo;
  cls?: ClassInfo;
  inst?: Instance;
  /** Bound method: the instance `self` is bound to. */
  self?: Val;
  items?: Val[];
  /** String-keyed entries of a dict literal. */
  keys?: Map<string, Val>;
  /** Identity of a path or file, to relate a write to a later execution. */
  pk?: string;
  /** Writable file. */
  w?: boolean;
  proc?: ProcInfo;
  /** Trails (bounded): origins ("wave.readframes:12"), steps ("base64:13"), file paths read, URLs fetched. */
  src?: string[];
  steps?: string[];
  paths?: string[];
  urls?: string[];
  /** Infinite repetition (itertools.cycle) of `items`. */
  cycle?: boolean;
  /** A list or tuple whose items are not all known (an unknown `*spread`); `head` is its first item when known. */
  seq?: boolean;
  head?: Val;
}

export const NONE: Val = Object.freeze({ t: 0 }) as Val;

export function known(v: Val): v is Val & { s: string } {
  return v.s !== undefined && !v.s.includes(UNK);
}

function mergeTrail(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!b || b.length === 0) return a;
  if (!a || a.length === 0) return b;
  if (a.length >= MAX_TRAIL) return a;
  const out = [...a];
  for (const x of b) {
    if (out.length >= MAX_TRAIL) break;
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

export function addTrail(a: string[] | undefined, x: string): string[] {
  if (!a) return [x];
  if (a.includes(x) || a.length >= MAX_TRAIL) return a;
  return [...a, x];
}

/** Data derived from several values: labels and trails of all of them, nothing else. */
export function derive(vals: readonly Val[], extra = 0, step?: string): Val {
  let t = extra;
  let src: string[] | undefined;
  let steps: string[] | undefined;
  let paths: string[] | undefined;
  let urls: string[] | undefined;
  for (const v of vals) {
    if (!v) continue;
    t |= v.t;
    src = mergeTrail(src, v.src);
    steps = mergeTrail(steps, v.steps);
    paths = mergeTrail(paths, v.paths);
    urls = mergeTrail(urls, v.urls);
  }
  const out: Val = { t };
  if (src) out.src = src;
  if (step && t & SOURCES) steps = addTrail(steps, step);
  if (steps) out.steps = steps;
  if (paths) out.paths = paths;
  if (urls) out.urls = urls;
  return out;
}

/** Join of two possible values of one variable (branches, loop iterations). */
export function join(a: Val | undefined, b: Val): Val {
  if (!a || a === b) return b;
  const out = derive([a, b]);
  if (a.s !== undefined && a.s === b.s && a.b === b.b) {
    out.s = a.s;
    if (a.b) out.b = true;
    out.o = Math.max(a.o ?? 0, b.o ?? 0);
  }
  if (a.n !== undefined && a.n === b.n) out.n = a.n;
  out.q = a.q ?? b.q;
  out.obj = a.obj ?? b.obj;
  out.fn = a.fn ?? b.fn;
  out.cls = a.cls ?? b.cls;
  out.inst = a.inst ?? b.inst;
  // the newer value's identity wins (a file variable reused in a branch is the new file there), with its path
  out.pk = b.pk ?? a.pk;
  if (b.pk && b.pk !== a.pk && b.s !== undefined) {
    out.s = b.s;
    if (b.b) out.b = true;
  }
  out.w = b.pk ? b.w : a.w || b.w;
  out.proc = b.proc ?? a.proc;
  out.self = a.self ?? b.self;
  if (a.items && b.items && a.items.length === b.items.length) out.items = a.items.map((x, i) => join(x, b.items![i]));
  for (const k of ['q', 'obj', 'fn', 'cls', 'inst', 'pk', 'w', 'proc', 'self'] as const) if (out[k] === undefined) delete out[k];
  return out;
}

/** Lexical scope: a module, a function call, a class body or a comprehension. */
export class Scope {
  readonly vars = new Map<string, Val>();
  readonly globals = new Set<string>();
  constructor(
    readonly kind: 'module' | 'function' | 'class' | 'comprehension',
    readonly parent: Scope | null,
    readonly id: number,
  ) {}

  lookup(name: string): Val | undefined {
    const own = this.vars.get(name);
    if (own) return own;
    // class bodies are not visible from the functions defined in them
    for (let s = this.parent; s; s = s.parent) {
      if (s.kind === 'class') continue;
      const v = s.vars.get(name);
      if (v) return v;
    }
    return undefined;
  }
}
