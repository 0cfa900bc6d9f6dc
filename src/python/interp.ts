/**
 * The loader analysis: an abstract interpreter over the @lezer/python syntax tree of one module.
 *
 * It walks the module once in source order, as Python would run it at import, keeping for every name an abstract
 * value (values.ts): where its data came from (media samples and pixels, downloads, sockets, files, literals), what
 * was done to it (base64, zlib, XOR, bit extraction, marshal...), its folded constant when it is one, and what it
 * refers to (modules and functions by qualified name, through aliases, `getattr`, `globals()`, `__import__`). Calls
 * to functions of the module are followed by analysing their body with the arguments bound (bounded depth and count);
 * functions never called at module level are analysed afterwards with their parameters as sources. Sinks (exec,
 * processes, files written then run, native memory, imports of generated code) record a Flow with the labels of the
 * data that reached them. Code that is executed and could be folded to a constant (exec of a decoded literal, a
 * `python -c` string) is parsed and analysed again as a further layer, up to a fixed depth.
 *
 * This is hand-written because no library does abstract interpretation of Python in JavaScript; it is deliberately
 * flow-insensitive inside branches (values join) and bounded everywhere: work steps, time, expression depth, inlining
 * depth and count, folded string sizes, decoded layers.
 */
import type { SyntaxNode } from '@lezer/common';
import { parsePython } from './parse.js';
import * as lit from './literals.js';
import { UNK } from './literals.js';
import { hasAnchors, hasFeed } from './anchors.js';
import { floorIndex, slicePython } from './slice.js';
import { ASSET_NAME, BUILTINS, EXEC_EXT, MEDIA_EXT, PERSIST_PATH, PROCESS, SENSITIVE_MODULES, canon, isSensitive, osExecLike } from './api.js';
import { DECODING, L, NONE, SOURCES, Scope, addTrail, derive, join, known, type ClassInfo, type FnInfo, type Instance, type Val } from './values.js';
import { MAX_FLOWS, MAX_LOCATIONS, MAX_NETWORK, MAX_OBFUSCATED, MAX_REFS, emptyFacts, type ExecContext, type Flow, type PyFacts, type SinkKind } from './facts.js';
import { classify, defang } from '../decode/index.js';

export interface PyLimits {
  /** Characters parsed per source (the file and each decoded layer). */
  maxChars: number;
  /** Milliseconds for the whole file, decoded layers included. */
  maxMillis: number;
  /** Abstract evaluation steps: a base plus this many per character parsed. */
  workBase: number;
  workPerChar: number;
  /** Layers of decoded code analysed (exec of a decoded literal that execs a decoded literal...). */
  maxLayers: number;
  /** Characters of decoded code analysed in all layers together. */
  maxNestedChars: number;
}

export const DEFAULT_PY_LIMITS: PyLimits = {
  maxChars: 8 * 1024 * 1024,
  maxMillis: 5000,
  workBase: 2_000_000,
  workPerChar: 10,
  maxLayers: 12,
  maxNestedChars: 16 * 1024 * 1024,
};

/** Expression and statement nesting followed at most. */
const MAX_DEPTH = 180;
/** Calls of the module's own functions followed (inlined) at most: depth of the call chain, and times per function. */
const MAX_CALL_DEPTH = 6;
const MAX_INLINE = 12;
/** Elements folded per constant sequence (comprehensions over literals, map, zip, range). */
const MAX_ITEMS = 65536;
/** Elements kept in a value's item list when it is not being folded. */
const MAX_KEEP_ITEMS = 256;
/** Functions analysed on their own after the module body. */
const MAX_STANDALONE = 4000;

/**
 * Unwinds the analysis at a bound; caught in `run`. Built without a stack trace: a captured trace holds what its frames
 * refer to (the interpreter, the syntax nodes it was at: the whole tree, scopes and values, hundreds of MB on hostile
 * input) for as long as anything holds the error, and the trace is never read.
 */
class Stop extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

interface Shared {
  facts: PyFacts;
  limits: PyLimits;
  deadline: number;
  work: number;
  maxWork: number;
  nestedChars: number;
  reasons: Set<string>;
}

interface Call {
  args: Val[];
  argNodes: SyntaxNode[];
  kw: Map<string, Val>;
  kwNodes: Map<string, SyntaxNode>;
  /** *args / **kwargs whose content is not known. */
  spread: Val[];
}

interface WriteRec {
  v: Val;
  path?: string;
}

const isSyntax = (n: SyntaxNode): boolean => {
  const c = n.name.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** Analyse one Python source. Never throws: internal errors and exhausted bounds become `incomplete` reasons. */
export function analyzePython(src: string, limits: PyLimits = DEFAULT_PY_LIMITS, setup = false): PyFacts {
  const facts = emptyFacts();
  const shared: Shared = { facts, limits, deadline: performance.now() + limits.maxMillis, work: 0, maxWork: limits.workBase, nestedChars: 0, reasons: new Set() };
  const it = new Interp(src, shared, 0, null, 'module', undefined, setup);
  it.run();
  facts.incomplete.push(...shared.reasons);
  facts.stats.work = shared.work;
  return facts;
}

class Interp {
  private lineStarts: number[] | null = null;
  private mod: Scope;
  private scope: Scope;
  private scopeIds = 0;
  private weak = 0;
  private depth = 0;
  private callStack: FnInfo[] = [];
  private returns: Val[] | null = null;
  private fns: FnInfo[] = [];
  private classes = new Map<string, ClassInfo>();
  private writes = new Map<string, WriteRec>();
  /** The same records by the path template they were written to (a shell command names a file by its path). */
  private writesByPath = new Map<string, WriteRec>();
  private readonly execMem: boolean;
  private root: SyntaxNode | null = null;

  /** The text parsed: the source, or the parts of it worth parsing (slice.ts). */
  private src: string;
  /** Offset in the original source of an offset in `src`. */
  private map: (i: number) => number = (i) => i;

  constructor(
    private readonly orig: string,
    private readonly shared: Shared,
    private readonly layer: number,
    private readonly anchor: { offset: number; line: number } | null,
    private ctx: ExecContext,
    private fnName: string | undefined,
    private readonly setup: boolean,
  ) {
    this.src = orig;
    this.mod = new Scope('module', null, this.scopeIds++);
    this.scope = this.mod;
    this.execMem = /\b(?:VirtualAlloc\w*|VirtualProtect\w*|PROT_EXEC|mprotect|PAGE_EXECUTE\w*|CreateThread|CFUNCTYPE|WINFUNCTYPE)\b/.test(orig);
  }

  get facts(): PyFacts {
    return this.shared.facts;
  }

  run(): void {
    const lim = this.shared.limits;
    const sliced = slicePython(this.orig, hasAnchors);
    if (sliced) {
      this.src = sliced.text;
      this.map = sliced.map;
    }
    let parsed;
    try {
      parsed = parsePython(this.src, { maxChars: lim.maxChars, maxMillis: Math.max(50, Math.min(lim.maxMillis, this.shared.deadline - performance.now())) });
    } catch (e) {
      // the parser recurses over deep nesting (thousands of nested f-strings): a stack overflow is nesting, say so
      const deep = e instanceof RangeError && /call stack/i.test(e.message);
      this.reason(`${this.where()}parser failed: ${deep ? 'code nested too deep to parse: not analysed' : e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (parsed.stopped) {
      // the statement the bound cut through was not analysed whole either (exec(b64decode('...')) of a 10 MB literal
      // has no anchor after the cut): it counts with what follows
      const last = parsed.tree.topNode.lastChild;
      const from = last && last.to >= parsed.covered ? Math.min(last.from, parsed.covered) : parsed.covered;
      if (hasAnchors(this.src.slice(from))) this.reason(`${this.where()}${parsed.stopped}: the rest was not analysed`);
    }
    this.root = parsed.tree.topNode;
    const chars = Math.min(this.src.length, parsed.covered);
    this.facts.stats.chars += chars;
    if (this.layer > 0) this.facts.stats.layers++;
    // the work budget grows with the code parsed (linear in its size)
    this.shared.maxWork += chars * lim.workPerChar;
    try {
      this.execBlock(this.root);
      this.standalone();
    } catch (e) {
      if (e instanceof Stop) this.reason(`${this.where()}${e.message}: analysis stopped`);
      else this.reason(`${this.where()}analysis failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private where(): string {
    return this.layer > 0 ? `decoded code (layer ${this.layer}): ` : '';
  }

  private reason(r: string): void {
    if (this.shared.reasons.size < 8) this.shared.reasons.add(r);
  }

  private tick(): void {
    const s = this.shared;
    if (++s.work > s.maxWork) throw new Stop(`work budget of ${s.maxWork} steps exhausted`);
    if ((s.work & 1023) === 0 && performance.now() > s.deadline) throw new Stop(`time budget of ${s.limits.maxMillis} ms exhausted`);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // positions

  private text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }

  /** Line (1-based) of an offset in the original source. */
  private lineOf(offset: number): number {
    if (!this.lineStarts) {
      const ls = [0];
      for (let i = this.orig.indexOf('\n'); i >= 0; i = this.orig.indexOf('\n', i + 1)) ls.push(i + 1);
      this.lineStarts = ls;
    }
    return floorIndex(this.lineStarts, offset) + 1;
  }

  private at(n: SyntaxNode): { offset: number; line: number } {
    if (this.anchor) return this.anchor;
    const offset = this.map(n.from);
    return { offset, line: this.lineOf(offset) };
  }

  private tag(what: string, n: SyntaxNode): string {
    return `${what}:${this.at(n).line}`;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // statements

  private execBlock(parent: SyntaxNode): void {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      // Python 2 `exec code [in ns]`: parsed as the name `exec`, an error, then the expression
      if (c.name === 'ExpressionStatement' && c.firstChild?.name === 'VariableName' && c.firstChild.nextSibling === null && this.text(c.firstChild) === 'exec') {
        let nx = c.nextSibling;
        while (nx && nx.name === '⚠') nx = nx.nextSibling;
        if (nx && nx.name === 'ExpressionStatement' && !/[\r\n]/.test(this.src.slice(c.to, nx.from))) {
          const code = this.ev(nx.firstChild);
          this.sinkExec(code, 'exec statement', nx);
          c = nx;
          continue;
        }
      }
      this.stmt(c);
    }
  }

  private stmt(n: SyntaxNode): void {
    this.tick();
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      this.tooDeep(n);
      return;
    }
    try {
      this.stmt1(n);
    } finally {
      this.depth--;
    }
  }

  private stmt1(n: SyntaxNode): void {
    switch (n.name) {
      case 'ExpressionStatement':
        for (let c = n.firstChild; c; c = c.nextSibling) if (isSyntax(c)) this.ev(c);
        return;
      case 'AssignStatement':
        return this.assignStmt(n);
      case 'UpdateStatement':
        return this.updateStmt(n);
      case 'ImportStatement':
        return this.importStmt(n);
      case 'FunctionDefinition':
        this.defineFunction(n);
        return;
      case 'ClassDefinition':
        this.defineClass(n);
        return;
      case 'DecoratedStatement':
        return this.decorated(n);
      case 'IfStatement':
        return this.ifStmt(n);
      case 'WhileStatement':
      case 'ForStatement':
        return this.loopStmt(n);
      case 'TryStatement':
        return this.tryStmt(n);
      case 'WithStatement':
        return this.withStmt(n);
      case 'ReturnStatement': {
        let v: Val = NONE;
        const ex = [...this.syntaxKids(n)];
        if (ex.length === 1) v = this.ev(ex[0]);
        else if (ex.length > 1) v = this.tuple(ex.map((x) => this.ev(x)));
        if (this.returns) this.returns.push(v);
        return;
      }
      case 'ScopeStatement':
        if (n.firstChild && this.text(n.firstChild) === 'global') for (const c of this.syntaxKids(n)) if (c.name === 'VariableName') this.scope.globals.add(this.text(c));
        return;
      case 'StatementGroup':
      case 'Body':
      case 'Script':
        return this.execBlock(n);
      case 'MatchStatement':
        return this.matchStmt(n);
      case 'PassStatement':
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'Comment':
      case 'TypeDefinition':
        return;
      default:
        // print/assert/raise/del/yield statements, error nodes: evaluate what is inside them
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (!isSyntax(c)) continue;
          if (/Statement$|Definition$/.test(c.name)) this.stmt(c);
          else this.ev(c);
        }
    }
  }

  private *syntaxKids(n: SyntaxNode): Generator<SyntaxNode> {
    for (let c = n.firstChild; c; c = c.nextSibling) if (isSyntax(c)) yield c;
  }

  private tooDeep(n: SyntaxNode): void {
    // what was left out matters when it holds a sink, or when it may feed one outside it (exec(f"{f"{...b64decode(...)}"}"))
    const t = this.text(n);
    if (hasAnchors(t) || hasFeed(t)) this.reason(`${this.where()}code nested deeper than ${MAX_DEPTH} levels at line ${this.at(n).line} was not analysed`);
  }

  private assignStmt(n: SyntaxNode): void {
    const parts: SyntaxNode[][] = [[]];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === 'AssignOp') parts.push([]);
      else if (c.name === 'TypeDef') continue;
      else if (isSyntax(c)) parts[parts.length - 1].push(c);
      else if (c.name === '*') parts[parts.length - 1].push(c);
    }
    if (parts.length < 2) {
      for (const x of parts[0]) if (x.name !== '*') this.ev(x);
      return;
    }
    const valNodes = parts[parts.length - 1].filter((x) => x.name !== '*');
    const value = valNodes.length === 1 ? this.ev(valNodes[0]) : this.tuple(valNodes.map((x) => this.ev(x)));
    for (let i = 0; i < parts.length - 1; i++) this.assignTargets(parts[i], value);
  }

  private assignTargets(targets: SyntaxNode[], v: Val): void {
    const ts = targets.filter((x) => x.name !== '*');
    if (ts.length === 1 && targets.length === 1) return this.assign(ts[0], v);
    let i = 0;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k];
      if (t.name === '*') {
        const next = targets[++k];
        if (next) this.assign(next, derive([v]));
        i++;
        continue;
      }
      this.assign(t, this.itemOf(v, i++));
    }
  }

  private assign(target: SyntaxNode, v: Val): void {
    switch (target.name) {
      case 'VariableName':
        return this.bind(this.text(target), v);
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'ParenthesizedExpression': {
        const kids: SyntaxNode[] = [];
        for (let c = target.firstChild; c; c = c.nextSibling) if (isSyntax(c) || c.name === '*') kids.push(c);
        if (target.name === 'ParenthesizedExpression' && kids.length === 1) return this.assign(kids[0], v);
        return this.assignTargets(kids, v);
      }
      case 'MemberExpression': {
        const base = target.firstChild;
        const last = target.lastChild;
        if (!base || !last) return;
        if (last.name === 'PropertyName') {
          const obj = this.ev(base);
          const name = this.text(last);
          const attrs = obj.inst?.attrs ?? obj.cls?.attrs;
          if (attrs && attrs.size < 1000) attrs.set(name, this.weak > 0 ? join(attrs.get(name), v) : v);
          return;
        }
        // container[i] = v: the container now holds v's data
        for (let c = base.nextSibling; c; c = c.nextSibling) if (isSyntax(c)) this.ev(c);
        if (base.name === 'VariableName') {
          const name = this.text(base);
          const old = this.scope.lookup(name);
          if (v.t && old && !old.fn && !old.q && !old.cls) this.rebind(name, join(old, { ...derive([v]), s: undefined }));
          else if (v.t && old?.inst) this.rebind(name, old);
        } else this.ev(base);
        return;
      }
      default:
        this.ev(target);
    }
  }

  private bind(name: string, v: Val): void {
    const scope = this.scope.globals.has(name) ? this.mod : this.scope;
    let val = v;
    // a value that may be a path gets an identity, so that a file written through this name can be recognised later
    if (val.pk === undefined && !val.q && !val.fn && !val.cls && !val.inst && !val.obj && !val.items && !known(val)) val = { ...val, pk: `v${scope.id}:${name}` };
    if (this.weak > 0) val = join(scope.vars.get(name), val);
    scope.vars.set(name, val);
  }

  private rebind(name: string, v: Val): void {
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      if (s.vars.has(name)) {
        s.vars.set(name, v);
        return;
      }
    }
    this.scope.vars.set(name, v);
  }

  private updateStmt(n: SyntaxNode): void {
    const target = n.firstChild;
    const op = target?.nextSibling;
    const valNode = n.lastChild;
    if (!target || !op || !valNode || valNode === op) return;
    const cur = this.ev(target);
    const v = this.ev(valNode);
    const res = this.binop(this.text(op).slice(0, -1), cur, v, n);
    if (target.name === 'VariableName') this.bind(this.text(target), res);
    else this.assign(target, res);
  }

  private importStmt(n: SyntaxNode): void {
    // `import a.b as c, d` / `from .x.y import (a as b, c)` / `from m import *`
    const kids: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    const isFrom = kids[0] && this.text(kids[0]) === 'from';
    let i = 1;
    let from = '';
    if (isFrom) {
      while (i < kids.length && this.text(kids[i]) !== 'import') {
        from += this.text(kids[i]);
        i++;
      }
      i++;
    }
    // the imported names: dotted names separated by commas, each optionally `as NAME`
    let cur: string[] = [];
    let alias: string | null = null;
    let expectAlias = false;
    const flush = (): void => {
      if (!cur.length) return;
      const dotted = cur.join('.');
      if (isFrom) {
        if (dotted !== '*') this.bind(alias ?? cur[cur.length - 1], { t: 0, q: `${from}.${dotted}` });
      } else if (alias) this.bind(alias, { t: 0, q: dotted });
      else this.bind(cur[0], { t: 0, q: cur[0] });
      cur = [];
      alias = null;
    };
    for (; i < kids.length; i++) {
      const k = kids[i];
      const t = this.text(k);
      if (k.name === 'VariableName') {
        if (expectAlias) {
          alias = t;
          expectAlias = false;
        } else cur.push(t);
      } else if (t === 'as') expectAlias = true;
      else if (t === ',') flush();
      else if (t === '*') cur.push('*');
    }
    flush();
  }

  private ifStmt(n: SyntaxNode): void {
    const kids = [...this.syntaxKids(n)];
    const main = this.scope === this.mod && this.ctx === 'module' && this.callStack.length === 0;
    this.weak++;
    try {
      for (const k of kids) {
        if (k.name === 'Body') {
          continue;
        }
        this.ev(k);
      }
      for (let idx = 0; idx < kids.length; idx++) {
        const k = kids[idx];
        if (k.name !== 'Body') continue;
        const test = idx > 0 ? kids[idx - 1] : null;
        const isMain = main && test && test.name === 'BinaryExpression' && /__name__\s*==\s*['"]__main__['"]|['"]__main__['"]\s*==\s*__name__/.test(this.text(test));
        if (isMain && !this.setup) {
          const save = this.ctx;
          this.ctx = 'main';
          try {
            this.execBlock(k);
          } finally {
            this.ctx = save;
          }
        } else this.execBlock(k);
      }
    } finally {
      this.weak--;
    }
  }

  private loopStmt(n: SyntaxNode): void {
    this.weak++;
    try {
      if (n.name === 'ForStatement') {
        const targets: SyntaxNode[] = [];
        const iters: SyntaxNode[] = [];
        let seenIn = false;
        let body: SyntaxNode | null = null;
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (c.name === 'in') seenIn = true;
          else if (c.name === 'Body') body = c;
          else if (isSyntax(c) || c.name === '*') (seenIn ? iters : targets).push(c);
        }
        const it = iters.length === 1 ? this.ev(iters[0]) : this.tuple(iters.map((x) => this.ev(x)));
        const el = this.elementOf(it, n);
        // twice: data that flows around the loop (out += x ^ k) reaches the uses above it
        for (let pass = 0; pass < 2 && body; pass++) {
          this.assignTargets(targets, el);
          this.execBlock(body);
        }
        for (let c = body?.nextSibling; c; c = c.nextSibling) if (c.name === 'Body') this.execBlock(c);
      } else {
        const kids = [...this.syntaxKids(n)];
        for (let pass = 0; pass < 2; pass++) {
          for (const k of kids) {
            if (k.name === 'Body') this.execBlock(k);
            else this.ev(k);
          }
        }
      }
    } finally {
      this.weak--;
    }
  }

  private tryStmt(n: SyntaxNode): void {
    let first = true;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Body') {
        if (first) {
          this.execBlock(c);
          first = false;
        } else {
          this.weak++;
          try {
            this.execBlock(c);
          } finally {
            this.weak--;
          }
        }
      } else if (c.name === 'VariableName' && c.prevSibling && this.text(c.prevSibling) === 'as') this.bind(this.text(c), NONE);
      else if (isSyntax(c)) this.ev(c);
    }
  }

  private withStmt(n: SyntaxNode): void {
    let last: Val = NONE;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Body') this.execBlock(c);
      else if (c.name === 'VariableName' && c.prevSibling && this.text(c.prevSibling) === 'as') this.bind(this.text(c), last);
      else if (isSyntax(c)) last = this.ev(c);
    }
  }

  private matchStmt(n: SyntaxNode): void {
    this.weak++;
    try {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.name === 'MatchBody') for (const cl of this.syntaxKids(c)) for (const b of this.syntaxKids(cl)) if (b.name === 'Body') this.execBlock(b);
        else if (isSyntax(c)) this.ev(c);
      }
    } finally {
      this.weak--;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // functions and classes

  private defineFunction(n: SyntaxNode, cls?: ClassInfo): FnInfo | null {
    const nameNode = n.getChild('VariableName');
    if (!nameNode) return null;
    const name = this.text(nameNode);
    const fn: FnInfo = {
      kind: 'def',
      name: cls ? `${cls.name}.${name}` : this.fnName && this.scope !== this.mod ? `${this.fnName}.${name}` : name,
      node: n,
      params: n.getChild('ParamList'),
      body: n.getChild('Body'),
      closure: this.scope.kind === 'class' ? (this.scope.parent ?? this.mod) : this.scope,
      cls,
      inlined: 0,
      analysed: false,
    };
    if (this.fns.length < MAX_STANDALONE * 2) this.fns.push(fn);
    if (cls) cls.methods.set(name, fn);
    else this.bind(name, { t: 0, fn });
    return fn;
  }

  private defineClass(n: SyntaxNode): ClassInfo | null {
    const nameNode = n.getChild('VariableName');
    if (!nameNode) return null;
    const bases: string[] = [];
    const argList = n.getChild('ArgList');
    if (argList) for (const a of this.syntaxKids(argList)) bases.push(this.text(a));
    const cls: ClassInfo = { name: this.text(nameNode), methods: new Map(), attrs: new Map(), bases };
    if (this.classes.size < 2000) this.classes.set(cls.name, cls);
    this.bind(cls.name, { t: 0, cls });
    const body = n.getChild('Body');
    if (!body) return cls;
    const saveScope = this.scope;
    this.scope = new Scope('class', saveScope, this.scopeIds++);
    try {
      for (let c = body.firstChild; c; c = c.nextSibling) {
        if (c.name === 'FunctionDefinition') this.defineFunction(c, cls);
        else if (c.name === 'DecoratedStatement') {
          const f = c.getChild('FunctionDefinition');
          if (f) this.defineFunction(f, cls);
          else this.stmt(c);
        } else this.stmt(c);
      }
      for (const [k, v] of this.scope.vars) cls.attrs.set(k, v);
    } finally {
      this.scope = saveScope;
    }
    return cls;
  }

  private decorated(n: SyntaxNode): void {
    const decos = n.getChildren('Decorator');
    const f = n.getChild('FunctionDefinition');
    const c = n.getChild('ClassDefinition');
    if (c) this.defineClass(c);
    if (!f) return;
    const fn = this.defineFunction(f);
    // @atexit.register runs the function when the interpreter exits: it belongs to import-time code
    if (fn && decos.some((d) => /^@\s*atexit\s*\.\s*register\b/.test(this.text(d)))) this.callUser(fn, { args: [], argNodes: [], kw: new Map(), kwNodes: new Map(), spread: [] });
  }

  private lookupMethod(cls: ClassInfo, name: string, depth = 0): FnInfo | undefined {
    const m = cls.methods.get(name);
    if (m || depth > 3) return m;
    for (const b of cls.bases) {
      const bc = this.classes.get(b);
      if (bc && bc !== cls) {
        const r = this.lookupMethod(bc, name, depth + 1);
        if (r) return r;
      }
    }
    return undefined;
  }

  private instantiate(cls: ClassInfo, c: Call): Val {
    const inst: Instance = { cls, attrs: new Map() };
    const self: Val = { t: 0, inst };
    const init = this.lookupMethod(cls, '__init__');
    if (init) this.callUser(init, c, self);
    return self;
  }

  /** Bind a call's arguments to a function's parameters in a new scope. */
  private bindParams(fn: FnInfo, scope: Scope, c: Call | null, self?: Val): void {
    const params: Array<{ name: string; kind: 'pos' | 'star' | 'kw'; def?: SyntaxNode }> = [];
    if (fn.params) {
      let pending: 'star' | 'kw' | null = null;
      for (let p = fn.params.firstChild; p; p = p.nextSibling) {
        if (p.name === '*') pending = 'star';
        else if (p.name === '**') pending = 'kw';
        else if (p.name === 'VariableName') {
          const def = p.nextSibling?.name === 'AssignOp' ? (p.nextSibling.nextSibling ?? undefined) : undefined;
          params.push({ name: this.text(p), kind: pending ?? 'pos', def });
          pending = null;
        } else if (p.name === ',') pending = null;
      }
    }
    const args = c ? [...(self ? [self] : []), ...c.args] : self ? [self] : [];
    let ai = 0;
    for (const p of params) {
      let v: Val | undefined;
      if (!c) {
        v = ai === 0 && self && p.kind === 'pos' ? self : { t: L.PARAM, src: [`parameter ${p.name} of ${fn.name}`] };
        ai++;
      } else if (p.kind === 'star') {
        v = { ...derive([...args.slice(ai), ...c.spread]), items: args.slice(ai, ai + MAX_KEEP_ITEMS) };
        ai = args.length;
      } else if (p.kind === 'kw') v = derive([...c.kw.values(), ...c.spread]);
      else if (c.kw.has(p.name)) v = c.kw.get(p.name);
      else if (ai < args.length) v = args[ai++];
      else if (c.spread.length) v = derive(c.spread);
      else if (p.def) v = this.ev(p.def);
      scope.vars.set(p.name, v ?? NONE);
    }
  }

  private callUser(fn: FnInfo, c: Call, self?: Val): Val {
    const fallback = (): Val => join(fn.lastReturn, derive([...c.args, ...c.kw.values(), ...c.spread]));
    if (this.callStack.includes(fn) || this.callStack.length >= MAX_CALL_DEPTH || fn.inlined >= MAX_INLINE) return fallback();
    fn.inlined++;
    const scope = new Scope('function', fn.closure, this.scopeIds++);
    const save = { scope: this.scope, weak: this.weak, returns: this.returns, depth: this.depth };
    this.scope = scope;
    this.weak = 0;
    this.returns = [];
    this.callStack.push(fn);
    let result: Val = NONE;
    try {
      this.bindParams(fn, scope, c, self);
      if (fn.kind === 'lambda') result = this.ev(fn.body);
      else if (fn.body) {
        this.execBlock(fn.body);
        for (const r of this.returns) result = result === NONE ? r : join(result, r);
      }
    } finally {
      this.callStack.pop();
      this.scope = save.scope;
      this.weak = save.weak;
      this.returns = save.returns;
      this.depth = save.depth;
    }
    fn.lastReturn = result;
    return result;
  }

  /** Functions never called at module level, analysed with their parameters as sources. */
  private standalone(): void {
    const saveCtx = this.ctx;
    const saveName = this.fnName;
    let done = 0;
    // only functions that hold a sink or a computed name can hold a flow of their own (what they call is followed
    // from them); methods of a class with such a method are analysed together, since they share `self`
    const anchoredClass = new Map<ClassInfo, boolean>();
    const worth = (fn: FnInfo): boolean => {
      if (fn.cls) {
        let a = anchoredClass.get(fn.cls);
        if (a === undefined) {
          a = [...fn.cls.methods.values()].some((m) => hasAnchors(this.text(m.node)));
          anchoredClass.set(fn.cls, a);
        }
        return a;
      }
      return hasAnchors(this.text(fn.node));
    };
    for (let i = 0; i < this.fns.length && done < MAX_STANDALONE; i++) {
      const fn = this.fns[i];
      if (fn.analysed || fn.inlined > 0) continue;
      fn.analysed = true;
      if (!worth(fn)) continue;
      done++;
      this.ctx = 'function';
      this.fnName = fn.name;
      const scope = new Scope('function', fn.closure, this.scopeIds++);
      const save = { scope: this.scope, weak: this.weak, returns: this.returns };
      this.scope = scope;
      this.weak = 0;
      this.returns = [];
      this.callStack.push(fn);
      try {
        let self: Val | undefined;
        if (fn.cls && fn.params?.getChild('VariableName')) {
          fn.cls.standalone ??= { cls: fn.cls, attrs: new Map() };
          self = { t: 0, inst: fn.cls.standalone };
        }
        this.bindParams(fn, scope, null, self);
        if (fn.kind === 'lambda') this.ev(fn.body);
        else if (fn.body) this.execBlock(fn.body);
      } finally {
        this.callStack.pop();
        this.scope = save.scope;
        this.weak = save.weak;
        this.returns = save.returns;
      }
    }
    if (done >= MAX_STANDALONE) this.reason(`${this.where()}more than ${MAX_STANDALONE} functions: the rest were not analysed`);
    this.ctx = saveCtx;
    this.fnName = saveName;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // expressions

  private ev(n: SyntaxNode | null | undefined): Val {
    if (!n) return NONE;
    this.tick();
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      this.tooDeep(n);
      return NONE;
    }
    const v = this.ev1(n);
    this.depth--;
    return v;
  }

  private ev1(n: SyntaxNode): Val {
    switch (n.name) {
      case 'VariableName':
        return this.name(this.text(n));
      case 'String':
        return this.literal(n);
      case 'FormatString':
        return this.fstring(n);
      case 'ContinuedString': {
        const parts = [...this.syntaxKids(n)].map((c) => this.ev(c));
        return this.concat(parts, parts.reduce((a, p) => a + (p.s?.length ?? 0), 0) <= 32);
      }
      case 'Number':
        return this.number(this.text(n));
      case 'Boolean':
        return { t: 0, n: this.text(n) === 'True' ? 1 : 0 };
      case 'None':
      case 'Ellipsis':
        return NONE;
      case 'ParenthesizedExpression': {
        const inner = [...this.syntaxKids(n)];
        return inner.length === 1 ? this.ev(inner[0]) : this.tuple(inner.map((x) => this.ev(x)));
      }
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'SetExpression':
        return this.sequence(n);
      case 'DictionaryExpression':
        return this.dict(n);
      case 'ArrayComprehensionExpression':
      case 'ComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'DictionaryComprehensionExpression':
        return this.comprehension([...this.kidsAll(n)].filter((c) => c.name !== '[' && c.name !== ']' && c.name !== '(' && c.name !== ')' && c.name !== '{' && c.name !== '}'), n);
      case 'BinaryExpression':
        return this.binary(n);
      case 'UnaryExpression': {
        const op = n.firstChild;
        const v = this.ev(n.lastChild);
        if (!op) return v;
        const o = this.text(op);
        if (o === 'not') return NONE;
        if (o === '-' && v.n !== undefined) return { t: v.t, n: -v.n };
        if (o === '~' && v.n !== undefined) return { t: v.t, n: ~v.n };
        return derive([v]);
      }
      case 'ConditionalExpression': {
        const k = [...this.syntaxKids(n)];
        const a = this.ev(k[0]);
        this.ev(k[1]);
        return join(a, this.ev(k[2]));
      }
      case 'LambdaExpression': {
        const fn: FnInfo = { kind: 'lambda', name: 'lambda', node: n, params: n.getChild('ParamList'), body: n.lastChild, closure: this.scope, inlined: 0, analysed: false };
        if (this.fns.length < MAX_STANDALONE * 2) this.fns.push(fn);
        return { t: 0, fn };
      }
      case 'CallExpression':
        return this.call(n);
      case 'MemberExpression':
        return this.member(n);
      case 'NamedExpression': {
        const target = n.firstChild;
        const v = this.ev(n.lastChild);
        if (target?.name === 'VariableName') this.bind(this.text(target), v);
        return v;
      }
      case 'AwaitExpression':
        return this.ev(n.lastChild);
      case 'YieldExpression':
        for (const c of this.syntaxKids(n)) this.ev(c);
        return NONE;
      default: {
        for (const c of this.syntaxKids(n)) {
          if (/Statement$|Definition$/.test(c.name)) this.stmt(c);
          else this.ev(c);
        }
        return NONE;
      }
    }
  }

  private *kidsAll(n: SyntaxNode): Generator<SyntaxNode> {
    for (let c = n.firstChild; c; c = c.nextSibling) yield c;
  }

  private number(t: string): Val {
    const s = t.replace(/_/g, '').toLowerCase();
    let n: number;
    if (s.startsWith('0x')) n = parseInt(s.slice(2), 16);
    else if (s.startsWith('0o')) n = parseInt(s.slice(2), 8);
    else if (s.startsWith('0b')) n = parseInt(s.slice(2), 2);
    else if (/^0[0-7]+$/.test(s)) n = parseInt(s, 8);
    else n = Number(s.replace(/[jl]$/, ''));
    return Number.isFinite(n) ? { t: 0, n } : NONE;
  }

  private name(id: string): Val {
    const v = this.scope.lookup(id);
    if (v) return v;
    if (id === '__file__') return { t: 0, s: `${UNK}/__init__.py` };
    if (id === '__name__') return { t: 0, s: this.setup ? '__main__' : UNK };
    if (BUILTINS.has(id)) return { t: 0, q: id === '__builtins__' ? 'builtins' : `builtins.${id}` };
    return NONE;
  }

  private literal(n: SyntaxNode): Val {
    const t = this.text(n);
    const p = lit.parseLiteral(t);
    if (!p) return NONE;
    const v: Val = { t: 0, s: p.value.length <= lit.MAX_FOLD ? p.value : undefined, o: 0 };
    if (p.bytes) v.b = true;
    if (p.value.length >= 16) {
      v.t = L.LIT;
      v.src = [this.tag('literal', n)];
    }
    // file names the code mentions: candidates for assets of the artifact it reads
    if (p.value.length >= 5 && p.value.length < 300 && !p.value.includes('://') && ASSET_NAME.test(p.value.replace(/^.*[\\/]/, ''))) this.ref(p.value);
    return v;
  }

  private ref(path: string): void {
    const r = this.facts.refs;
    if (r.length < MAX_REFS && !r.includes(path)) r.push(path);
  }

  private fstring(n: SyntaxNode): Val {
    const t = this.text(n);
    const sp = lit.splitLiteral(t);
    if (!sp) return NONE;
    const raw = sp.prefix.includes('r');
    const bodyStart = n.from + sp.prefix.length + sp.quote.length;
    const bodyEnd = Math.max(bodyStart, n.to - (t.endsWith(sp.quote) && t.length >= sp.prefix.length + 2 * sp.quote.length ? sp.quote.length : 0));
    const parts: Val[] = [];
    let pos = bodyStart;
    const gap = (a: number, b: number): void => {
      if (b <= a) return;
      let g = this.src.slice(a, b).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      if (!raw) g = lit.unescape(g, false);
      parts.push({ t: 0, s: g });
    };
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name !== 'FormatReplacement') continue;
      gap(pos, c.from);
      const inner = [...this.syntaxKids(c)].filter((x) => x.name !== 'FormatSpec' && x.name !== 'FormatConversion');
      const v = inner.length ? this.ev(inner[0]) : NONE;
      parts.push(this.str(v));
      pos = c.to;
    }
    gap(pos, bodyEnd);
    return this.concat(parts, false);
  }

  /** str(v) as far as it folds. */
  private str(v: Val): Val {
    if (v.s !== undefined) return v.b ? { ...derive([v]), s: `b'${v.s}'` } : v;
    if (v.n !== undefined) return { ...derive([v]), s: String(v.n) };
    return { ...derive([v]), s: UNK };
  }

  /** Concatenation of strings (an obfuscation step when every part is a known literal piece and `counts`). */
  private concat(parts: Val[], counts: boolean): Val {
    const out = derive(parts);
    let s = '';
    let ok = true;
    let o = 0;
    let allKnown = true;
    let b: boolean | undefined;
    for (const p of parts) {
      if (p.s === undefined) {
        ok = false;
        break;
      }
      if (b === undefined) b = !!p.b;
      s += p.s;
      if (s.length > lit.MAX_FOLD) {
        ok = false;
        break;
      }
      o = Math.max(o, p.o ?? 0);
      if (!known(p) || p.s.length === 0) allKnown = false;
    }
    if (ok) {
      out.s = s;
      if (b) out.b = true;
      out.o = o + (counts && allKnown && parts.length > 1 ? 1 : 0);
    }
    return out;
  }

  private tuple(items: Val[]): Val {
    return { ...derive(items), items: items.slice(0, MAX_KEEP_ITEMS) };
  }

  private sequence(n: SyntaxNode): Val {
    const items: Val[] = [];
    let spread = false;
    const extra: Val[] = [];
    let headKnown = true;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === '*') {
        spread = true;
        continue;
      }
      if (!isSyntax(c)) continue;
      const v = this.ev(c);
      if (spread) {
        if (v.items) items.push(...v.items);
        else {
          if (items.length === 0) headKnown = false;
          extra.push(v);
        }
        spread = false;
      } else if (items.length < MAX_ITEMS) items.push(v);
      else extra.push(v);
    }
    const out = derive([...items.slice(0, 4096), ...extra]);
    if (items.length > 4096) out.t |= items.slice(4096).reduce((a, x) => a | x.t, 0);
    if (!extra.length) out.items = items;
    else {
      out.seq = true;
      if (headKnown && items.length) out.head = items[0];
    }
    return out;
  }

  private dict(n: SyntaxNode): Val {
    const vals: Val[] = [];
    const keys = new Map<string, Val>();
    let key: Val | null = null;
    let spread = false;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.name === '**') {
        spread = true;
        continue;
      }
      if (!isSyntax(c)) continue;
      const v = this.ev(c);
      if (spread) {
        vals.push(v);
        spread = false;
      } else if (key === null) key = v;
      else {
        vals.push(v);
        if (known(key) && keys.size < 1000) keys.set(key.s, v);
        key = null;
      }
    }
    return { ...derive(vals), keys };
  }

  // ---- comprehensions ------------------------------------------------------------------------------------------

  /**
   * `[elem for a in xs if c for b in ys]` (also generator arguments). Over constant sequences with a single `for`
   * the element is evaluated per item, so that `''.join(chr(c ^ 7) for c in b'...')` folds; otherwise once, with the
   * loop variables bound to the elements' join.
   */
  private comprehension(kids: SyntaxNode[], n: SyntaxNode): Val {
    const forAt = kids.findIndex((k) => k.name === 'for');
    if (forAt < 0) return derive(kids.filter(isSyntax).map((k) => this.ev(k)));
    const elemNodes = kids.slice(0, forAt).filter((k) => isSyntax(k));
    // clauses: for TARGETS in ITER (if COND)*
    const clauses: Array<{ targets: SyntaxNode[]; iter: SyntaxNode | null; conds: SyntaxNode[] }> = [];
    let i = forAt;
    while (i < kids.length) {
      const k = kids[i];
      if (k.name === 'for') {
        const targets: SyntaxNode[] = [];
        i++;
        while (i < kids.length && kids[i].name !== 'in') {
          if (isSyntax(kids[i]) || kids[i].name === '*') targets.push(kids[i]);
          i++;
        }
        i++;
        const iter = i < kids.length && isSyntax(kids[i]) ? kids[i] : null;
        i++;
        clauses.push({ targets, iter, conds: [] });
      } else if (k.name === 'if') {
        i++;
        if (i < kids.length && isSyntax(kids[i]) && clauses.length) clauses[clauses.length - 1].conds.push(kids[i]);
        i++;
      } else i++;
    }
    const saveScope = this.scope;
    this.scope = new Scope('comprehension', saveScope, this.scopeIds++);
    try {
      const first = clauses[0];
      const it0 = first ? this.ev(first.iter) : NONE;
      // the per-item fold
      const seq = clauses.length === 1 && first.conds.length === 0 ? this.constItems(it0) : null;
      if (seq && elemNodes.length === 1 && seq.length <= MAX_ITEMS) {
        const out: Val[] = [];
        for (const item of seq) {
          this.assignTargets(first.targets, item);
          out.push(this.ev(elemNodes[0]));
        }
        return { ...derive([it0, ...out.slice(0, 64)], it0.t & SOURCES ? out.reduce((a, x) => a | x.t, 0) : 0), items: out, t: out.reduce((a, x) => a | x.t, it0.t) };
      }
      this.weak++;
      try {
        for (let ci = 0; ci < clauses.length; ci++) {
          const cl = clauses[ci];
          const itv = ci === 0 ? it0 : this.ev(cl.iter);
          this.assignTargets(cl.targets, this.elementOf(itv, n));
          for (const c of cl.conds) this.ev(c);
        }
        const elems = elemNodes.map((e) => this.ev(e));
        const el = elems.length === 1 ? elems[0] : derive(elems);
        return derive([el, it0]);
      } finally {
        this.weak--;
      }
    } finally {
      this.scope = saveScope;
    }
  }

  /** The items of a constant sequence (list/tuple literal, str/bytes, range, zip, enumerate), or null. */
  private constItems(v: Val): Val[] | null {
    if (v.items && !v.cycle) return v.items;
    if (known(v) && v.s.length <= MAX_ITEMS) {
      const out: Val[] = [];
      const t = v.t & SOURCES ? v.t : 0;
      if (v.b) for (let i = 0; i < v.s.length; i++) out.push({ t, n: v.s.charCodeAt(i) });
      else for (const ch of v.s) out.push({ t, s: ch, o: v.o });
      return out;
    }
    return null;
  }

  /** What iterating over v yields. */
  private elementOf(v: Val, n: SyntaxNode): Val {
    if (v.items) {
      let out: Val | undefined;
      for (const x of v.items.slice(0, 64)) out = join(out, x);
      return out ?? NONE;
    }
    if (v.obj) {
      const d = this.objData(v, 'iter', n);
      if (d) return d;
    }
    return { ...derive([v]) };
  }

  private itemOf(v: Val, i: number): Val {
    if (v.items) return v.items[i] ?? NONE;
    if (known(v) && i < v.s.length) return v.b ? { t: 0, n: v.s.charCodeAt(i) } : { t: 0, s: v.s[i] };
    return derive([v]);
  }

  // ---- operators -----------------------------------------------------------------------------------------------

  private binary(n: SyntaxNode): Val {
    const left = n.firstChild;
    const op = left?.nextSibling;
    const right = n.lastChild;
    if (!left || !op || !right) return NONE;
    const opText = this.text(op);
    if (opText === 'and' || opText === 'or') return join(this.ev(left), this.ev(right));
    const l = this.ev(left);
    const r = this.ev(right);
    if (op.name === 'CompareOp' || opText === 'in' || opText === 'not' || opText === 'is') return NONE;
    return this.binop(opText, l, r, n);
  }

  private binop(op: string, l: Val, r: Val, n: SyntaxNode): Val {
    const num = l.n !== undefined && r.n !== undefined;
    const tainted = ((l.t | r.t) & SOURCES) !== 0;
    switch (op) {
      case '+':
        if (num) return { t: l.t | r.t, n: l.n! + r.n! };
        if (l.s !== undefined && r.s !== undefined) return this.concat([l, r], true);
        if (l.items && r.items) return { ...derive([l, r]), items: [...l.items, ...r.items].slice(0, MAX_ITEMS) };
        return derive([l, r]);
      case '%':
        if (l.s !== undefined) return this.percent(l, r);
        if (num && r.n !== 0) return { t: 0, n: ((l.n! % r.n!) + r.n!) % r.n! };
        return derive([l, r], tainted && r.n === 2 ? L.BITS : 0, 'bits');
      case '/':
        if (l.obj === 'path' || r.obj === 'path') return this.pathJoin([l, r]);
        if (num && r.n !== 0) return { t: 0, n: l.n! / r.n! };
        return derive([l, r]);
      case '^':
        // XOR of numbers is labelled too: folding `bytes(a ^ k for ...)` over a literal is how XOR payloads are decoded
        if (num) return { t: l.t | r.t | L.XOR, n: l.n! ^ r.n! };
        return derive([l, r], tainted ? L.XOR : 0, tainted ? this.tag('xor', n) : undefined);
      case '&':
      case '|':
      case '>>':
      case '<<':
        if (num) {
          const a = l.n!;
          const b = r.n!;
          return { t: l.t | r.t, n: op === '&' ? a & b : op === '|' ? a | b : op === '>>' ? a >> b : a << b };
        }
        return derive([l, r], tainted ? L.BITS : 0, tainted ? this.tag('bits', n) : undefined);
      case '*':
        if (num) return { t: 0, n: l.n! * r.n! };
        return derive([l, r]);
      case '-':
        if (num) return { t: l.t | r.t, n: l.n! - r.n! };
        return derive([l, r]);
      case '//':
        if (num && r.n !== 0) return { t: 0, n: Math.floor(l.n! / r.n!) };
        return derive([l, r]);
      default:
        return derive([l, r]);
    }
  }

  private percent(l: Val, r: Val): Val {
    const args = r.items ?? [r];
    let k = 0;
    let s = '';
    const f = l.s!;
    for (let i = 0; i < f.length; i++) {
      if (f[i] !== '%') {
        s += f[i];
        continue;
      }
      const m = /^%(?:\([^)]*\))?[-+ #0]*\d*(?:\.\d+)?([sdirxXcfeEgGoa%])/.exec(f.slice(i, i + 24));
      if (!m) {
        s += '%';
        continue;
      }
      i += m[0].length - 1;
      if (m[1] === '%') {
        s += '%';
        continue;
      }
      const a = args[k++] ?? NONE;
      if (m[1] === 'c' && a.n !== undefined) s += String.fromCharCode(a.n);
      else if (m[1] === 'x' && a.n !== undefined) s += a.n.toString(16);
      else s += this.str(a).s ?? UNK;
      if (s.length > lit.MAX_FOLD) return derive([l, r]);
    }
    return { ...derive([l, r]), s, o: Math.max(l.o ?? 0, ...args.map((a) => a.o ?? 0)) };
  }

  // ---- member access -------------------------------------------------------------------------------------------

  private member(n: SyntaxNode): Val {
    const base = n.firstChild;
    const last = n.lastChild;
    if (!base || !last) return NONE;
    if (last.name === 'PropertyName') return this.attribute(this.ev(base), this.text(last), n);
    const b = this.ev(base);
    // subscript: collect the parts between the brackets, noting slice colons
    const parts: Array<SyntaxNode | ':'> = [];
    for (let c = base.nextSibling; c; c = c.nextSibling) {
      if (c.name === ':') parts.push(':');
      else if (isSyntax(c)) parts.push(c);
    }
    if (parts.includes(':')) return this.slice(b, parts, n);
    const idxNode = parts.find((p): p is SyntaxNode => p !== ':');
    const idx = this.ev(idxNode);
    return this.subscript(b, idx, n);
  }

  private subscript(b: Val, idx: Val, n: SyntaxNode): Val {
    if (b.items && idx.n !== undefined) {
      const i = idx.n < 0 ? b.items.length + idx.n : idx.n;
      if (b.cycle) return b.items[i % Math.max(1, b.items.length)] ?? NONE;
      return b.items[i] ?? derive([b]);
    }
    if (b.keys && known(idx)) return b.keys.get(idx.s) ?? derive([b]);
    if (b.q && known(idx)) {
      if (b.q === '$globals') return this.resolveName(this.mod.vars.get(idx.s) ?? this.name(idx.s), idx, 'globals()[...]', n);
      if (b.q === 'builtins' || b.q.endsWith('.__dict__')) {
        const q = `${b.q === 'builtins' ? 'builtins' : b.q.slice(0, -9)}.${idx.s}`;
        return this.resolveName({ t: 0, q }, idx, `${b.q}[...]`, n);
      }
      if (b.q === 'sys.modules') return this.resolveName({ t: 0, q: idx.s }, idx, 'sys.modules[...]', n, true);
      if (b.q === 'os.environ') return { t: L.INPUT, s: UNK, src: [this.tag('environment', n)] };
    }
    if (known(b) && idx.n !== undefined) {
      const i = idx.n < 0 ? b.s.length + idx.n : idx.n;
      if (i >= 0 && i < b.s.length) return b.b ? { t: b.t & SOURCES ? b.t : 0, n: b.s.charCodeAt(i) } : { t: b.t & SOURCES ? b.t : 0, s: b.s[i], o: b.o };
    }
    if (b.obj === 'response' || b.obj === 'file') return this.objData(b, 'read', n) ?? derive([b]);
    return { ...derive([b]), s: undefined };
  }

  private slice(b: Val, parts: Array<SyntaxNode | ':'>, n: SyntaxNode): Val {
    const nums: Array<number | undefined> = [undefined, undefined, undefined];
    let k = 0;
    for (const p of parts) {
      if (p === ':') k++;
      else if (k < 3) nums[k] = this.ev(p).n;
    }
    const [start, stop, step0] = nums;
    const step = step0 ?? 1;
    const reversed = step < 0;
    const seq = b.s !== undefined ? b.s : null;
    // reversing text is an obfuscation; reversing a list (of path parts, tokens, namespaces) is not
    const textual = b.s !== undefined ? b.s.length > 1 : !b.items && (b.t & (L.NET | L.MEDIA | L.SOCK | L.FILE | L.LIT)) !== 0;
    const out: Val = { ...derive([b], reversed && textual ? L.OBF : 0, reversed && textual ? this.tag('reverse', n) : undefined) };
    if (seq !== null && known(b) && step !== 0 && seq.length <= lit.MAX_FOLD) {
      const len = seq.length;
      const norm = (x: number | undefined, d: number): number => (x === undefined ? d : x < 0 ? Math.max(x + len, reversed ? -1 : 0) : Math.min(x, reversed ? len - 1 : len));
      let s = '';
      if (step > 0) for (let i = norm(start, 0); i < norm(stop, len); i += step) s += seq[i];
      else for (let i = norm(start, len - 1); i > norm(stop, -1); i += step) s += seq[i];
      out.s = s;
      if (b.b) out.b = true;
      out.o = (b.o ?? 0) + (reversed ? 1 : 0);
      if (reversed) this.decodedLocation(out, n);
      return out;
    }
    if (b.items && step === 1) out.items = b.items.slice(start ?? 0, stop);
    else if (b.items && step === -1 && start === undefined && stop === undefined) out.items = [...b.items].reverse();
    if (b.obj) out.obj = b.obj;
    return out;
  }

  private attribute(base: Val, name: string, n: SyntaxNode): Val {
    if (base.inst) {
      const v = base.inst.attrs.get(name) ?? base.inst.cls.attrs.get(name);
      if (v) return v.fn ? { ...v, self: base } : v;
      const m = this.lookupMethod(base.inst.cls, name);
      if (m) return { t: 0, fn: m, self: base };
      return NONE;
    }
    if (base.cls) {
      const v = base.cls.attrs.get(name);
      if (v) return v;
      const m = this.lookupMethod(base.cls, name);
      if (m) return { t: 0, fn: m };
      return NONE;
    }
    if (base.obj) {
      const d = this.objAttr(base, name, n);
      if (d) return d;
    }
    if (base.q) {
      const q = `${base.q}.${name}`;
      if (q === 'os.sep') return { t: 0, s: '/' };
      return { t: 0, q };
    }
    if (name === '__dict__') return NONE;
    // an attribute of data is data (`arr.T`, `frames.real`), but metadata is not
    if (base.t && !/^(?:size|shape|width|height|mode|format|info|dtype|ndim|nbytes|status|status_code|code|headers|reason|encoding|name|closed|nframes|framerate|sampwidth|nchannels|frame_rate|channels|sample_width|duration_seconds)$/.test(name)) return { ...derive([base]) };
    return NONE;
  }

  /**
   * A name computed at run time resolved to `resolved`: when the computation was an obfuscation (concatenated
   * pieces, reversal, chr(), decoding) and the name is sensitive, record it.
   */
  private resolveName(resolved: Val, nameVal: Val, how: string, n: SyntaxNode, module = false): Val {
    const q = resolved.q ? canon(resolved.q) : undefined;
    if ((nameVal.o ?? 0) > 0 && q && (module ? SENSITIVE_MODULES.test(q) : isSensitive(q))) {
      const f = this.facts.obfuscated;
      const { offset, line } = this.at(n);
      if (f.length < MAX_OBFUSCATED && !f.some((x) => x.offset === offset && x.name === q)) f.push({ name: module ? `import ${q}` : q, how, offset, line, ctx: this.ctx, layer: this.layer });
    }
    return resolved;
  }

  // ---- calls ---------------------------------------------------------------------------------------------------

  private args(argList: SyntaxNode | null): Call {
    const c: Call = { args: [], argNodes: [], kw: new Map(), kwNodes: new Map(), spread: [] };
    if (!argList) return c;
    const kids: SyntaxNode[] = [];
    for (let k = argList.firstChild; k; k = k.nextSibling) if (k.name !== '(' && k.name !== ')') kids.push(k);
    // a bare generator argument: f(x for x in y)
    if (kids.some((k) => k.name === 'for')) {
      const v = this.comprehension(kids.filter((k) => k.name !== ','), argList);
      c.args.push(v);
      c.argNodes.push(argList);
      return c;
    }
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.name === ',') continue;
      if (k.name === '*' || k.name === '**') {
        const v = this.ev(kids[++i]);
        if (k.name === '*' && v.items) {
          c.args.push(...v.items.slice(0, MAX_KEEP_ITEMS));
          for (const _ of v.items.slice(0, MAX_KEEP_ITEMS)) c.argNodes.push(kids[i]);
        } else c.spread.push(v);
        continue;
      }
      if (k.name === 'VariableName' && kids[i + 1]?.name === 'AssignOp') {
        const valNode = kids[i + 2];
        c.kw.set(this.text(k), this.ev(valNode));
        if (valNode) c.kwNodes.set(this.text(k), valNode);
        i += 2;
        continue;
      }
      if (isSyntax(k)) {
        c.args.push(this.ev(k));
        c.argNodes.push(k);
      }
    }
    return c;
  }

  private call(n: SyntaxNode): Val {
    const calleeNode = n.firstChild;
    const argList = n.getChild('ArgList');
    if (!calleeNode) return NONE;
    let recv: Val | undefined;
    let mname: string | undefined;
    let callee: Val;
    let recvName: string | undefined;
    if (calleeNode.name === 'MemberExpression' && calleeNode.lastChild?.name === 'PropertyName') {
      const baseNode = calleeNode.firstChild;
      recv = this.ev(baseNode);
      mname = this.text(calleeNode.lastChild);
      if (baseNode?.name === 'VariableName') recvName = this.text(baseNode);
      callee = this.attribute(recv, mname, calleeNode);
    } else callee = this.ev(calleeNode);
    const c = this.args(argList);
    const out = this.invoke(callee, c, n, recv, mname);
    // methods that put data into their receiver: buf.append(x ^ k), out.extend(...), h.update(...)
    if (recv && recvName && mname && /^(?:append|extend|insert|add|update|appendleft|extendleft|write|writelines|fromlist|frombytes|__setitem__)$/.test(mname) && !recv.obj && !recv.q && !recv.inst && !recv.fn) {
      const data = derive([...c.args, ...c.spread]);
      if (data.t) this.rebind(recvName, join(recv, { ...data, items: undefined }));
    }
    return out;
  }

  private invoke(callee: Val, c: Call, n: SyntaxNode, recv?: Val, mname?: string): Val {
    if (callee.fn) return this.callUser(callee.fn, c, callee.self);
    if (callee.cls) return this.instantiate(callee.cls, c);
    if (callee.q) {
      const r = this.callQ(canon(callee.q), c, n);
      if (r) return r;
    }
    if (recv && mname && !recv.q) {
      const r = this.method(recv, mname, c, n);
      if (r) return r;
    }
    const parts = [...c.args, ...c.kw.values(), ...c.spread];
    if (recv && !recv.q && !recv.inst && !recv.cls) parts.push(recv);
    // the path of a file this code wrote, handed to a function we do not model: it most likely reads it back
    for (const a of c.args) {
      const w = a.pk || a.s !== undefined ? this.writes.get(this.pk(a) ?? '') : undefined;
      if (w) parts.push(w.v);
    }
    // what a function we do not model returns carries its arguments' data, but not "a literal": a regular expression
    // or a format string handed to a library is not the content of what comes back
    const out = derive(parts);
    out.t &= ~L.LIT;
    return out;
  }

  private arg(c: Call, i: number, kw?: string): Val {
    return (kw !== undefined ? c.kw.get(kw) : undefined) ?? c.args[i] ?? NONE;
  }

  /** Calls of library functions by qualified name. Returns undefined for functions it does not model. */
  private callQ(q: string, c: Call, n: SyntaxNode): Val | undefined {
    const a0 = this.arg(c, 0);
    const a1 = this.arg(c, 1);
    if (PROCESS.has(q) || osExecLike(q)) return this.process(q, c, n);
    switch (q) {
      // ---- the exec family
      case 'builtins.exec':
      case 'builtins.eval':
        this.sinkExec(this.arg(c, 0, 'source'), q.slice(9), n);
        return derive([a0]);
      case 'builtins.execfile':
        this.sinkExec(this.readPath(a0, n), 'execfile', n);
        return NONE;
      case 'builtins.compile': {
        const src = this.arg(c, 0, 'source');
        const out: Val = { ...derive([src], L.CODE) };
        if (src.s !== undefined) {
          out.s = src.s;
          if (src.b) out.b = true;
          out.o = src.o;
        }
        return out;
      }
      case 'types.FunctionType':
      case 'types.LambdaType':
        this.sinkExec(a0, q, n);
        return NONE;
      case 'timeit.timeit':
      case 'timeit.repeat':
      case 'timeit.Timer':
        this.sinkExec(this.arg(c, 0, 'stmt'), q, n);
        this.sinkExec(this.arg(c, 1, 'setup'), q, n);
        return NONE;
      case 'code.InteractiveInterpreter':
      case 'code.InteractiveConsole':
        return { t: 0, obj: 'interp' };
      case 'marshal.loads':
        return this.transform(a0, L.MARSHAL, 'marshal', n, undefined);
      case 'marshal.load':
        return this.transform(this.objData(a0, 'read', n) ?? derive([a0]), L.MARSHAL, 'marshal', n, undefined);
      case 'pickle.loads':
      case 'pickle.load':
        this.flow('unpickle', q, n, q === 'pickle.load' ? (this.objData(a0, 'read', n) ?? derive([a0])) : a0);
        return NONE;
      // ---- imports
      case 'builtins.__import__':
      case 'importlib.import_module':
        return this.importName(this.arg(c, 0, 'name'), q, n);
      case 'importlib.util.spec_from_file_location':
      case 'imp.load_source':
      case 'imp.load_compiled':
      case 'imp.load_dynamic':
      case 'importlib.machinery.SourceFileLoader':
      case 'importlib.machinery.SourcelessFileLoader':
      case 'importlib.machinery.ExtensionFileLoader':
        this.runFile(this.arg(c, 1, q.endsWith('spec_from_file_location') ? 'location' : 'path'), 'import', q, n);
        return NONE;
      case 'zipimport.zipimporter':
      case 'runpy.run_path':
        this.runFile(a0, 'import', q, n);
        return NONE;
      case 'runpy.run_module':
        return this.importName(a0, q, n);
      // ---- names reached by computation
      case 'builtins.getattr': {
        const nameV = a1;
        if (known(nameV)) return this.resolveName(this.attribute(a0, nameV.s, n), nameV, 'getattr', n);
        return derive([a0]);
      }
      case 'builtins.globals':
      case 'builtins.locals':
        return { t: 0, q: '$globals' };
      case 'builtins.vars':
        return c.args.length === 0 ? { t: 0, q: '$globals' } : a0.q ? { t: 0, q: `${a0.q}.__dict__` } : NONE;
      case 'builtins.setattr':
        if (a0.inst && known(a1)) a0.inst.attrs.set(a1.s, this.arg(c, 2));
        return NONE;
      case 'operator.xor':
        return derive([a0, a1], (a0.t | a1.t) & SOURCES ? L.XOR : 0, this.tag('xor', n));
      case 'functools.reduce':
        return this.callFunctional(a0, [a1], n, 'reduce');
      // ---- files and paths
      case 'builtins.open':
      case 'builtins.file':
        return this.open(this.arg(c, 0, 'file'), this.arg(c, 1, 'mode'), n);
      case 'io.BytesIO':
        return { ...derive([a0]), obj: 'file', s: a0.s, b: a0.b };
      case 'io.FileIO':
        return this.open(a0, a1, n);
      case 'os.path.join':
        return this.pathJoin(c.args);
      case 'os.path.dirname': {
        if (a0.s === undefined) return { t: 0, s: UNK };
        const i = Math.max(a0.s.lastIndexOf('/'), a0.s.lastIndexOf('\\'));
        return { t: 0, s: i > 0 ? a0.s.slice(0, i) : UNK };
      }
      case 'os.path.basename': {
        if (a0.s === undefined) return { t: 0, s: UNK };
        return { t: 0, s: a0.s.replace(/^.*[\\/]/, '') };
      }
      case 'os.path.abspath':
      case 'os.path.realpath':
      case 'os.path.normpath':
      case 'os.path.expanduser':
      case 'os.path.expandvars':
      case 'os.fspath':
        return a0.s !== undefined ? { t: 0, s: a0.s, pk: a0.pk } : { ...a0 };
      case 'os.getcwd':
      case 'tempfile.gettempdir':
      case 'tempfile.mkdtemp':
        return { t: 0, s: UNK };
      case 'os.getenv':
      case 'os.environ.get':
      case 'os.environ.setdefault':
        return { t: L.INPUT, s: UNK, src: [this.tag('environment', n)] };
      case 'pathlib.Path':
      case 'pathlib.PurePath':
      case 'pathlib.PosixPath':
      case 'pathlib.WindowsPath':
      case 'pathlib.PurePosixPath':
      case 'pathlib.PureWindowsPath':
      case 'importlib.resources.files':
      case 'importlib_resources.files':
        return q.includes('resources') ? { t: 0, obj: 'path', s: UNK } : { ...this.pathJoin(c.args.length ? c.args : [{ t: 0, s: '.' }]), obj: 'path' };
      case 'tempfile.NamedTemporaryFile':
      case 'tempfile.TemporaryFile':
      case 'tempfile.SpooledTemporaryFile': {
        const suffix = c.kw.get('suffix');
        return { t: 0, obj: 'file', w: true, pk: `tmp:${n.from}:${this.layer}`, s: `${UNK}${known(suffix ?? NONE) ? suffix!.s : ''}` };
      }
      case 'tempfile.mkstemp': {
        const suffix = this.arg(c, 0, 'suffix');
        const pk = `tmp:${n.from}:${this.layer}`;
        return { t: 0, items: [{ t: 0, pk, obj: 'fd' }, { t: 0, pk, s: `${UNK}${known(suffix) ? suffix.s : ''}` }] };
      }
      case 'tempfile.mktemp':
        return { t: 0, pk: `tmp:${n.from}:${this.layer}`, s: `${UNK}${known(this.arg(c, 0, 'suffix')) ? this.arg(c, 0, 'suffix').s : ''}` };
      case 'os.write':
        this.write(a0, a1, n);
        return NONE;
      case 'os.chmod':
      case 'os.lchmod':
        this.chmod(a0, c.argNodes[1] ?? c.kwNodes.get('mode'), this.arg(c, 1, 'mode'), n);
        return NONE;
      case 'shutil.copy':
      case 'shutil.copy2':
      case 'shutil.copyfile':
      case 'shutil.move':
      case 'os.rename':
      case 'os.replace': {
        const from = this.writes.get(this.pk(a0) ?? '');
        if (from) this.write(a1, from.v, n);
        return a1;
      }
      case 'shutil.copyfileobj': {
        const data = this.objData(a0, 'read', n) ?? derive([a0]);
        this.write(a1, data, n);
        return NONE;
      }
      case 'pkgutil.get_data':
      case 'pkg_resources.resource_string':
      case 'importlib.resources.read_binary':
      case 'importlib.resources.read_text':
      case 'importlib_resources.read_binary':
      case 'importlib_resources.read_text':
        return this.objData(this.open({ t: 0, s: `${UNK}/${a1.s ?? UNK}` }, NONE, n), 'read', n) ?? NONE;
      case 'pkg_resources.resource_stream':
      case 'importlib.resources.open_binary':
      case 'importlib.resources.open_text':
        return this.open({ t: 0, s: `${UNK}/${a1.s ?? UNK}` }, NONE, n);
      case 'pkg_resources.resource_filename':
      case 'importlib.resources.path':
        return { t: 0, s: `${UNK}/${a1.s ?? UNK}` };
      case 'numpy.fromfile':
        return this.readPath(a0, n);
      // ---- media
      case 'wave.open':
      case 'aifc.open':
      case 'sunau.open':
        return this.mediaObj('wave', a0, n);
      case 'scipy.io.wavfile.read':
        return { t: 0, items: [NONE, this.mediaData(a0, q, n)] };
      case 'soundfile.read':
      case 'librosa.load':
        return { t: 0, items: [this.mediaData(a0, q, n), NONE] };
      case 'soundfile.SoundFile':
      case 'audioread.audio_open':
      case 'pydub.AudioSegment':
      case 'pydub.AudioSegment.from_file':
      case 'pydub.AudioSegment.from_wav':
      case 'pydub.AudioSegment.from_mp3':
      case 'pydub.AudioSegment.from_ogg':
      case 'pydub.AudioSegment.from_raw':
        return this.mediaObj('audio', q === 'pydub.AudioSegment' ? this.arg(c, 0, 'data') : a0, n);
      case 'soundfile.blocks':
        return this.mediaData(a0, q, n);
      case 'PIL.Image.open':
        return this.mediaObj('image', a0, n);
      case 'imageio.imread':
      case 'cv2.imread':
      case 'matplotlib.image.imread':
      case 'skimage.io.imread':
        return this.mediaData(a0, q, n);
      // ---- network
      case 'urllib.request.urlopen':
      case 'requests.get':
      case 'requests.post':
      case 'requests.put':
      case 'requests.patch':
      case 'requests.request':
      case 'urllib3.request':
      case 'wget.download': {
        const url = q === 'requests.request' || q === 'urllib3.request' ? a1 : this.arg(c, 0, 'url');
        const resp = this.response(url, q, n);
        if (q === 'wget.download') {
          this.write(this.arg(c, 1, 'out'), resp.data, n);
          return { t: 0, s: UNK };
        }
        return resp.obj;
      }
      case 'urllib.request.urlretrieve': {
        const resp = this.response(a0, q, n);
        const dest = this.arg(c, 1, 'filename');
        this.write(dest, resp.data, n);
        return { t: 0, items: [dest.s !== undefined || dest.pk ? dest : { t: 0, pk: `tmp:${n.from}:${this.layer}`, s: UNK }, NONE] };
      }
      case 'urllib.request.Request':
        return { ...derive([a0]), s: a0.s, urls: a0.s !== undefined ? [a0.s] : undefined };
      case 'urllib.request.build_opener':
      case 'urllib.request.OpenerDirector':
      case 'urllib.request.URLopener':
      case 'urllib.request.FancyURLopener':
      case 'requests.Session':
      case 'requests.session':
      case 'requests.Client':
      case 'requests.AsyncClient':
      case 'urllib3.PoolManager':
      case 'urllib3.ProxyManager':
      case 'urllib3.HTTPConnectionPool':
      case 'urllib3.HTTPSConnectionPool':
      case 'urllib3.connection_from_url':
        return { t: 0, obj: 'session' };
      case 'http.client.HTTPConnection':
      case 'http.client.HTTPSConnection':
        return { t: 0, obj: 'conn', s: a0.s };
      case 'socket.socket':
        return { t: 0, obj: 'socket' };
      case 'socket.create_connection':
        this.net(q, this.itemOf(a0, 0), n);
        return { t: 0, obj: 'socket' };
      case 'ftplib.FTP':
      case 'ftplib.FTP_TLS':
        if (c.args.length) this.net(q, a0, n);
        return { t: 0, obj: 'ftp' };
      // ---- background runs of module functions at import
      case 'threading.Thread':
      case 'multiprocessing.Process':
      case 'threading.Timer':
      case 'atexit.register': {
        const target = q === 'atexit.register' ? a0 : q === 'threading.Timer' ? this.arg(c, 1, 'function') : this.arg(c, 1, 'target');
        const targs = q === 'atexit.register' ? c.args.slice(1) : (c.kw.get('args')?.items ?? (q === 'threading.Timer' ? this.arg(c, 2, 'args').items : undefined) ?? []);
        if (target.fn) this.callUser(target.fn, { args: targs, argNodes: [], kw: new Map(), kwNodes: new Map(), spread: [] }, target.self);
        return NONE;
      }
      // ---- native memory
      case 'mmap.mmap':
        return { t: 0, obj: 'mmap' };
      // ---- builtins that fold
      case 'builtins.bytes':
      case 'builtins.bytearray':
        return this.bytesOf(a0, a1, n);
      case 'builtins.str':
      case 'builtins.unicode':
        if (c.args.length >= 2 && a0.s !== undefined && a0.b) return this.decodeMethod(a0, a1, n);
        return this.str(a0);
      case 'builtins.repr':
      case 'builtins.format':
        return this.str(a0);
      case 'builtins.chr':
      case 'builtins.unichr':
        return a0.n !== undefined && a0.n >= 0 && a0.n <= 0x10ffff ? { t: a0.t & SOURCES ? a0.t : 0, s: String.fromCodePoint(a0.n), o: 1, src: a0.src, steps: a0.steps } : derive([a0]);
      case 'builtins.ord':
        return a0.s !== undefined && a0.s.length === 1 && a0.s !== UNK ? { t: a0.t & SOURCES ? a0.t : 0, n: a0.s.charCodeAt(0) } : derive([a0]);
      case 'builtins.int':
      case 'builtins.long': {
        if (known(a0)) {
          const base = a1.n ?? 10;
          const v = parseInt(a0.s.trim().replace(/^0[xob]/i, ''), base);
          if (Number.isFinite(v)) return { t: a0.t & SOURCES ? a0.t : 0, n: v };
        }
        if (a0.n !== undefined) return { t: a0.t, n: Math.trunc(a0.n) };
        return derive([a0]);
      }
      case 'builtins.len':
        return a0.s !== undefined && known(a0) ? { t: 0, n: a0.s.length } : a0.items && !a0.cycle ? { t: 0, n: a0.items.length } : NONE;
      case 'builtins.list':
      case 'builtins.tuple':
      case 'builtins.iter':
      case 'builtins.set':
      case 'builtins.frozenset':
      case 'builtins.sorted':
      case 'builtins.memoryview': {
        const items = this.constItems(a0);
        const base = a0.obj ? (this.objData(a0, 'read', n) ?? derive([a0])) : derive([a0]);
        return items ? { ...base, items } : { ...base, s: a0.s, b: a0.b };
      }
      case 'builtins.reversed': {
        const items = this.constItems(a0);
        return items ? { ...derive([a0], a0.t & SOURCES ? L.OBF : 0), items: [...items].reverse() } : derive([a0], a0.t & SOURCES ? L.OBF : 0);
      }
      case 'builtins.range': {
        const [start, stop, step] = c.args.length === 1 ? [0, a0.n, 1] : [a0.n, a1.n, this.arg(c, 2).n ?? 1];
        if (start !== undefined && stop !== undefined && step && Math.abs((stop - start) / step) <= MAX_ITEMS) {
          const items: Val[] = [];
          for (let i = start; step > 0 ? i < stop : i > stop; i += step) items.push({ t: 0, n: i });
          return { t: 0, items };
        }
        return derive(c.args);
      }
      case 'builtins.enumerate': {
        const items = this.constItems(a0);
        if (items) return { ...derive([a0]), items: items.map((x, i) => ({ ...derive([x]), items: [{ t: 0, n: i }, x] })) };
        return { ...derive([a0]), items: undefined, cycle: undefined, obj: undefined, s: undefined };
      }
      case 'builtins.zip':
        return this.zip(c.args);
      case 'itertools.cycle': {
        const items = this.constItems(a0);
        return items ? { ...derive([a0]), items, cycle: true } : derive([a0]);
      }
      case 'builtins.map':
        return this.callFunctional(a0, c.args.slice(1), n, 'map');
      case 'builtins.filter':
      case 'itertools.chain':
      case 'itertools.islice':
        return derive(c.args);
      case 'builtins.input':
      case 'builtins.raw_input':
        return { t: L.INPUT, s: UNK, src: [this.tag('input', n)] };
      case 'builtins.print':
      case 'builtins.isinstance':
      case 'builtins.hasattr':
      case 'builtins.callable':
      case 'builtins.id':
      case 'builtins.hash':
      case 'builtins.type':
        return NONE;
      case 'builtins.bytes.fromhex':
      case 'builtins.bytearray.fromhex':
        return this.transform(a0, L.DECODE, 'fromhex', n, known(a0) ? lit.hexdecode(a0.s, true) : undefined, true);
      case 'builtins.str.maketrans':
      case 'builtins.bytes.maketrans':
        return { t: 0, items: [a0, a1, this.arg(c, 2)] };
      // ---- decoders
      case 'base64.b64decode':
      case 'base64.standard_b64decode':
      case 'base64.decodebytes':
      case 'base64.decodestring':
      case 'binascii.a2b_base64': {
        const alt = this.arg(c, 1, 'altchars');
        return this.transform(a0, L.DECODE, 'base64', n, known(a0) ? lit.b64decode(a0.s, known(alt) ? alt.s : undefined) : undefined, true);
      }
      case 'base64.urlsafe_b64decode':
        return this.transform(a0, L.DECODE, 'base64', n, known(a0) ? lit.b64decode(a0.s, undefined, true) : undefined, true);
      case 'base64.b32decode':
      case 'base64.b32hexdecode':
        return this.transform(a0, L.DECODE, 'base32', n, known(a0) && q === 'base64.b32decode' ? lit.b32decode(a0.s) : undefined, true);
      case 'base64.b16decode':
        return this.transform(a0, L.DECODE, 'base16', n, known(a0) ? lit.hexdecode(a0.s, false) : undefined, true);
      case 'base64.b85decode':
        return this.transform(a0, L.DECODE, 'base85', n, known(a0) ? lit.b85decode(a0.s) : undefined, true);
      case 'base64.a85decode':
        return this.transform(a0, L.DECODE, 'ascii85', n, known(a0) ? lit.a85decode(a0.s) : undefined, true);
      case 'binascii.unhexlify':
      case 'binascii.a2b_hex':
        return this.transform(a0, L.DECODE, 'hex', n, known(a0) ? lit.hexdecode(a0.s, false) : undefined, true);
      case 'binascii.a2b_uu':
      case 'binascii.a2b_qp':
        return this.transform(a0, L.DECODE, q.slice(13), n, undefined, true);
      case 'codecs.decode':
      case 'codecs.encode': {
        const enc = this.arg(c, 1, 'encoding');
        const kind = known(enc) ? lit.codec(enc.s) : 'utf8';
        if (kind === 'utf8' || kind === 'latin1' || kind === null) return q === 'codecs.decode' && a0.b && kind === 'utf8' && a0.s !== undefined ? { ...derive([a0]), s: lit.utf8Decode(a0.s), o: a0.o } : { ...derive([a0]), s: a0.s, b: a0.b, o: a0.o };
        if (q === 'codecs.encode' && kind !== 'rot13') return derive([a0]);
        return this.codecTransform(a0, kind, n);
      }
      case 'codecs.getdecoder':
        return NONE;
      case 'zlib.decompress':
        return this.transform(a0, L.DECOMP, 'zlib', n, known(a0) ? lit.zlibDecompress(a0.s, this.arg(c, 1, 'wbits').n) : undefined, true);
      case 'gzip.decompress':
        return this.transform(a0, L.DECOMP, 'gzip', n, known(a0) ? lit.gzipDecompress(a0.s) : undefined, true);
      case 'bz2.decompress':
        return this.transform(a0, L.DECOMP, 'bz2', n, known(a0) ? lit.bz2Decompress(a0.s) : undefined, true);
      case 'lzma.decompress':
        return this.transform(a0, L.DECOMP, 'lzma', n, known(a0) ? lit.lzmaDecompress(a0.s) : undefined, true);
      case 'zlib.decompressobj':
      case 'bz2.BZ2Decompressor':
      case 'lzma.LZMADecompressor':
        return { t: 0, obj: 'zobj' };
      case 'gzip.GzipFile':
      case 'gzip.open':
      case 'zipfile.ZipFile':
      case 'tarfile.open':
        return { ...derive([this.arg(c, 0), this.arg(c, 0, 'fileobj')]), obj: 'zip' };
      case 'numpy.frombuffer':
      case 'numpy.array':
      case 'numpy.asarray':
      case 'numpy.ascontiguousarray':
        return a0.obj ? (this.objData(a0, 'read', n) ?? derive([a0])) : { ...derive([a0]), items: a0.items };
      case 'numpy.unpackbits':
      case 'numpy.packbits':
      case 'numpy.bitwise_and':
      case 'numpy.right_shift':
      case 'numpy.left_shift':
        return derive(c.args, c.args.some((x) => x.t & SOURCES) ? L.BITS : 0, this.tag('bits', n));
      case 'numpy.bitwise_xor':
        return derive(c.args, c.args.some((x) => x.t & SOURCES) ? L.XOR : 0, this.tag('xor', n));
    }
    // steganography libraries: what they reveal comes out of pixels or samples
    if (/^(?:stegano|judyb|stepic|steganography|cryptosteganography|stegpy|lsb_steg)\b.*\.(?:reveal|decode|extract|extract_msg|get_message|show)$/.test(q)) {
      const out = this.mediaData(a0, q, n);
      out.t |= L.BITS;
      out.steps = addTrail(out.steps, this.tag('lsb', n));
      return out;
    }
    // natives: copying data into memory that is made executable
    if (/(?:^|\.)(?:memmove|RtlMoveMemory|WriteProcessMemory|create_string_buffer|from_buffer_copy|from_buffer|c_char_p|CopyMemory)$/.test(q)) {
      if (this.execMem) for (const a of c.args) if (a.t) this.flow('native', q, n, a);
      return derive(c.args);
    }
    if (/(?:^|\.)(?:PyRun_SimpleString\w*|PyRun_String\w*)$/.test(q)) {
      this.sinkExec(a0, q, n);
      return NONE;
    }
    if (/^ctypes\.(?:CDLL|WinDLL|OleDLL|PyDLL)$|(?:^|\.)LoadLibrary(?:A|W|Ex\w*)?$/.test(q)) {
      this.runFile(a0, 'run-file', q, n);
      return { t: 0, q: 'ctypes.$lib' };
    }
    if (/(?:^|\.)ShellExecute[AW]?$/.test(q)) {
      this.runFile(this.arg(c, 2), 'run-file', q, n);
      return NONE;
    }
    return undefined;
  }

  /** Methods of objects and data. */
  private method(recv: Val, name: string, c: Call, n: SyntaxNode): Val | undefined {
    const a0 = this.arg(c, 0);
    switch (recv.obj) {
      case 'wave':
      case 'audio':
        if (/^(?:readframes|read|get_array_of_samples|raw_data|__iter__|blocks|read_data|frames|getframes|export)$/.test(name)) return this.objData(recv, name, n) ?? NONE;
        if (/^(?:set_\w+|__getitem__|overlay|append|fade\w*|reverse|apply_gain|normalize)$/.test(name)) return recv;
        return NONE;
      case 'image':
        if (/^(?:getdata|tobytes|tostring|load|getpixel|getchannel|split|histogram|__array__|__array_interface__)$/.test(name)) return this.objData(recv, name, n) ?? NONE;
        if (/^(?:convert|resize|crop|copy|rotate|transpose|filter|quantize|reduce)$/.test(name)) return recv;
        return NONE;
      case 'file':
      case 'zip':
        if (/^(?:read|read1|readline|readlines|readall|getvalue|__next__|__iter__|extractfile|open)$/.test(name)) return name === 'open' || name === 'extractfile' ? { ...derive([recv]), obj: 'file' } : (this.objData(recv, name, n) ?? NONE);
        if (name === 'write' || name === 'writelines') {
          this.write(recv, name === 'writelines' ? this.elementOf(a0, n) : a0, n);
          return NONE;
        }
        if (name === '__enter__') return recv;
        return NONE;
      case 'response':
        if (/^(?:read|read1|readline|readlines|json|iter_content|iter_lines|getvalue|decode|stream)$/.test(name)) return this.objData(recv, name, n) ?? NONE;
        return NONE;
      case 'session':
        if (/^(?:get|post|put|patch|request|open|urlopen|retrieve|stream)$/.test(name)) {
          const url = name === 'request' || (name === 'urlopen' && c.args.length >= 2) || name === 'stream' ? this.arg(c, 1, 'url') : this.arg(c, 0, 'url');
          const r = this.response(url, `${name}`, n);
          if (name === 'retrieve') {
            this.write(this.arg(c, 1, 'filename'), r.data, n);
            return NONE;
          }
          return r.obj;
        }
        return NONE;
      case 'conn':
        if (name === 'request' || name === 'putrequest') {
          const path = this.arg(c, 1, 'url');
          this.net(`http.client.${name}`, { t: 0, s: `${recv.s ?? UNK}${path.s ?? ''}` }, n);
          return NONE;
        }
        if (name === 'getresponse') return { t: L.NET, obj: 'response', src: [this.tag('http.client', n)], urls: recv.s ? [recv.s] : undefined };
        return NONE;
      case 'socket':
        if (name === 'connect' || name === 'connect_ex') {
          this.net(`socket.${name}`, this.itemOf(a0, 0), n);
          return NONE;
        }
        if (/^(?:recv|recvfrom|recv_into|recvmsg|makefile)$/.test(name)) return { t: L.SOCK, src: [this.tag(`socket.${name}`, n)], obj: name === 'makefile' ? 'file' : undefined };
        if (name === 'accept') return { t: 0, items: [{ t: 0, obj: 'socket' }, NONE] };
        return NONE;
      case 'process':
        if (name === 'communicate') {
          const input = this.arg(c, 0, 'input');
          if (recv.proc?.stdinCode) this.sinkExec(input, 'python stdin', n, 'python-stdin');
          return { t: 0, items: [{ t: L.PROCOUT }, { t: L.PROCOUT }] };
        }
        return NONE;
      case 'procstdin':
        if (name === 'write' && recv.proc?.stdinCode) this.sinkExec(a0, 'python stdin', n, 'python-stdin');
        return NONE;
      case 'interp':
        if (/^(?:runsource|runcode|push|interact)$/.test(name)) this.sinkExec(a0, `code.${name}`, n);
        return NONE;
      case 'mmap':
        if (name === 'write' && this.execMem && a0.t) this.flow('native', 'mmap.write', n, a0);
        return NONE;
      case 'zobj':
        if (name === 'decompress') return this.transform(a0, L.DECOMP, 'zlib', n, known(a0) ? lit.zlibDecompress(a0.s) : undefined, true);
        return NONE;
      case 'path':
        return this.pathMethod(recv, name, c, n);
      case 'fd':
        return NONE;
    }
    // str and bytes methods
    switch (name) {
      case 'decode':
        return this.decodeMethod(recv, this.arg(c, 0, 'encoding'), n);
      case 'encode': {
        const enc = this.arg(c, 0, 'encoding');
        const kind = known(enc) ? lit.codec(enc.s) : 'utf8';
        if (kind === 'rot13') return this.transform(recv, L.DECODE, 'rot13', n, known(recv) ? lit.rot13(recv.s) : undefined, false);
        if (recv.s !== undefined && !recv.b) return { ...derive([recv]), s: kind === 'latin1' ? recv.s : lit.utf8Encode(recv.s), b: true, o: recv.o };
        return { ...derive([recv]), s: recv.s, b: true, o: recv.o };
      }
      case 'join': {
        const items = this.constItems(a0);
        const out = derive([recv, a0, ...(items ?? []).slice(0, 64)]);
        if (items && items.reduce((t, x) => t | x.t, 0) & SOURCES) out.t |= items.reduce((t, x) => t | x.t, 0);
        const size = items ? items.reduce((a, x) => a + (x.s?.length ?? 1), 0) + (recv.s?.length ?? 0) * items.length : Infinity;
        if (recv.s !== undefined && items && size <= lit.MAX_FOLD && items.every((x) => x.s !== undefined || (x.n !== undefined && recv.b))) {
          const parts = items.map((x) => (x.s !== undefined ? x.s : String.fromCharCode(x.n! & 0xff)));
          const s = parts.join(recv.s);
          out.s = s;
          if (recv.b) out.b = true;
          const chars = items.length >= 2 && parts.every((p) => p.length <= 3 && !p.includes(UNK));
          out.o = Math.max(recv.o ?? 0, ...items.slice(0, 4096).map((x) => x.o ?? 0)) + (chars ? 1 : 0);
          if (chars && items.length >= 4) {
            // text assembled character by character
            out.t |= L.OBF;
            out.steps = addTrail(out.steps, this.tag('join of characters', n));
            this.decodedLocation(out, n);
          }
        }
        return out;
      }
      case 'replace': {
        const out = derive([recv, a0, this.arg(c, 1)]);
        const b = this.arg(c, 1);
        if (recv.s !== undefined && known(a0) && known(b) && a0.s.length > 0 && (b.s.length <= a0.s.length || recv.s.length + (recv.s.length / a0.s.length) * b.s.length <= lit.MAX_FOLD)) {
          out.s = recv.s.split(a0.s).join(b.s);
          if (recv.b) out.b = true;
          out.o = (recv.o ?? 0) + 1;
          this.decodedLocation(out, n);
        }
        return out;
      }
      case 'strip':
      case 'lstrip':
      case 'rstrip':
      case 'lower':
      case 'upper':
      case 'swapcase':
      case 'title':
      case 'casefold':
      case 'capitalize': {
        const out = derive([recv]);
        if (recv.s !== undefined) {
          let s = recv.s;
          if (name === 'lower' || name === 'casefold') s = s.toLowerCase();
          else if (name === 'upper') s = s.toUpperCase();
          else if (name === 'swapcase') s = [...s].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('');
          else if (name.endsWith('strip') && c.args.length === 0) s = name === 'lstrip' ? s.trimStart() : name === 'rstrip' ? s.trimEnd() : s.trim();
          else if (name.endsWith('strip') && known(a0)) {
            const set = new Set(a0.s);
            let a = 0;
            let e = s.length;
            if (name !== 'rstrip') while (a < e && set.has(s[a])) a++;
            if (name !== 'lstrip') while (e > a && set.has(s[e - 1])) e--;
            s = s.slice(a, e);
          }
          out.s = s;
          if (recv.b) out.b = true;
          out.o = (recv.o ?? 0) + (name === 'swapcase' ? 1 : 0);
          if (name === 'swapcase') out.t |= L.OBF;
        }
        return out;
      }
      case 'split':
      case 'rsplit':
      case 'splitlines': {
        if (known(recv) && recv.s.length <= lit.MAX_FOLD) {
          const sep = known(a0) && a0.s.length ? a0.s : null;
          const parts = name === 'splitlines' ? recv.s.split(/\r\n|\r|\n/) : sep !== null ? recv.s.split(sep) : recv.s.trim().split(/\s+/);
          if (parts.length <= MAX_ITEMS) return { ...derive([recv]), items: parts.map((p) => ({ t: recv.t & SOURCES ? recv.t : 0, s: p, b: recv.b, o: recv.o })) };
        }
        return derive([recv]);
      }
      case 'format': {
        if (recv.s === undefined || c.args.reduce((a, x) => a + (x.s?.length ?? 16), 0) * Math.min(1000, (recv.s.match(/\{/g) ?? []).length) + recv.s.length > lit.MAX_FOLD) return derive([recv, ...c.args]);
        let k = 0;
        const s = recv.s.replace(/\{(\d*)(?:![rsa])?(?::[^{}]*)?\}/g, (_m, idx: string) => this.str(c.args[idx === '' ? k++ : Number(idx)] ?? NONE).s ?? UNK);
        return { ...derive([recv, ...c.args]), s: s.length <= lit.MAX_FOLD ? s : undefined, o: recv.o };
      }
      case 'translate': {
        const tbl = a0.items;
        const out = derive([recv], recv.t & SOURCES ? L.OBF : 0, this.tag('translate', n));
        if (recv.s !== undefined && tbl && known(tbl[0] ?? NONE) && known(tbl[1] ?? NONE)) {
          out.t |= L.OBF;
          out.s = lit.translate(recv.s, tbl[0].s!, tbl[1].s!, known(tbl[2] ?? NONE) ? tbl[2].s : '');
          if (recv.b) out.b = true;
          out.o = (recv.o ?? 0) + 1;
          this.decodedLocation(out, n);
        }
        return out;
      }
      case 'hex':
      case 'tobytes':
      case 'tolist':
      case 'to_bytes':
      case 'flatten':
      case 'ravel':
      case 'reshape':
      case 'astype':
      case 'copy':
      case 'getvalue':
      case 'zfill':
        return { ...derive([recv]), s: name === 'copy' || name === 'tobytes' ? recv.s : undefined, b: recv.b, items: name === 'tolist' || name === 'copy' ? recv.items : undefined };
      case 'startswith':
      case 'endswith':
      case 'find':
      case 'index':
      case 'count':
      case 'isdigit':
      case 'isalpha':
      case 'keys':
        return NONE;
      case 'get':
        if (recv.keys && known(a0)) return recv.keys.get(a0.s) ?? derive([recv]);
        if (recv.q === '$globals' || recv.q?.endsWith('.__dict__')) return this.subscript(recv, a0, n);
        return derive([recv]);
      case 'values':
      case 'items':
        return derive([recv]);
    }
    return undefined;
  }

  private decodeMethod(recv: Val, enc: Val, n: SyntaxNode): Val {
    const kind = known(enc) ? lit.codec(enc.s) : 'utf8';
    if (kind === 'utf8' || kind === 'latin1' || kind === null) {
      if (recv.s !== undefined && recv.b) return { ...derive([recv]), s: kind === 'latin1' ? recv.s : lit.utf8Decode(recv.s), o: recv.o };
      return { ...derive([recv]), s: recv.s, o: recv.o };
    }
    // Python 2: 'aGk='.decode('base64'), '...'.decode('hex'), .decode('rot13'), .decode('zlib')
    return this.codecTransform(recv, kind, n);
  }

  /** A non-text codec (`lit.codec`: base64, hex, rot13, zlib, bz2, uu, escape) applied to v. */
  private codecTransform(v: Val, kind: string, n: SyntaxNode): Val {
    return this.transform(v, kind === 'zlib' || kind === 'bz2' ? L.DECOMP : L.DECODE, kind, n, known(v) ? lit.decodeWith(kind, v.s) : undefined, kind !== 'rot13' && kind !== 'escape');
  }

  private pathMethod(recv: Val, name: string, c: Call, n: SyntaxNode): Val | undefined {
    const a0 = this.arg(c, 0);
    switch (name) {
      case 'read_bytes':
      case 'read_text':
        return this.readPath(recv, n);
      case 'open':
        return this.open(recv, this.arg(c, 0, 'mode'), n);
      case 'write_bytes':
      case 'write_text':
        this.write(recv, a0, n);
        return NONE;
      case 'chmod':
        this.chmod(recv, c.argNodes[0] ?? c.kwNodes.get('mode'), this.arg(c, 0, 'mode'), n);
        return NONE;
      case 'joinpath':
        return { ...this.pathJoin([recv, ...c.args]), obj: 'path' };
      case 'resolve':
      case 'absolute':
      case 'expanduser':
        return recv;
      case 'with_suffix':
        return { t: 0, obj: 'path', s: recv.s !== undefined && known(a0) ? recv.s.replace(/\.[^./\\]*$/, '') + a0.s : UNK };
      case 'with_name':
        return { t: 0, obj: 'path', s: recv.s !== undefined && known(a0) ? recv.s.replace(/[^/\\]*$/, a0.s) : UNK };
      default:
        return NONE;
    }
  }

  /** Attributes of modelled objects. */
  private objAttr(o: Val, name: string, n: SyntaxNode): Val | undefined {
    switch (o.obj) {
      case 'response':
        if (/^(?:content|text|raw|data|body)$/.test(name)) return name === 'raw' ? { ...o } : this.objData(o, name, n);
        return NONE;
      case 'file':
        if (name === 'name') return { t: 0, s: o.s ?? UNK, pk: o.pk };
        if (name === 'buffer') return o;
        return undefined;
      case 'audio':
        if (name === 'raw_data' || name === '_data') return this.objData(o, name, n);
        return NONE;
      case 'process':
        if (name === 'stdin') return { t: 0, obj: 'procstdin', proc: o.proc };
        if (name === 'stdout' || name === 'stderr') return { t: L.PROCOUT, obj: 'file' };
        return NONE;
      case 'path':
        if (name === 'parent') return { t: 0, obj: 'path', s: o.s !== undefined && /[\\/]/.test(o.s) ? o.s.replace(/[\\/][^\\/]*$/, '') : UNK };
        if (name === 'name' || name === 'stem' || name === 'suffix') return { t: 0, s: o.s !== undefined ? o.s.replace(/^.*[\\/]/, '') : UNK };
        return undefined;
      case 'image':
      case 'wave':
        return NONE;
    }
    return undefined;
  }

  // ---- modelled data ------------------------------------------------------------------------------------------

  /** The data an object yields when read (media samples, file content, a response body). */
  private objData(o: Val, how: string, n: SyntaxNode): Val | undefined {
    switch (o.obj) {
      case 'wave':
      case 'audio':
      case 'image': {
        const out = derive([o], L.MEDIA);
        out.src = addTrail(o.src, this.tag(`${o.obj === 'image' ? 'image' : 'audio'}.${how}`, n));
        return out;
      }
      case 'file':
      case 'zip':
      case 'response':
      case 'procstdin': {
        const out = derive([o]);
        if (o.s !== undefined && o.obj === 'file' && !o.w) {
          out.s = o.s.includes(UNK) ? undefined : o.s;
          if (o.b) out.b = true;
        }
        if (o.obj === 'file' && o.s !== undefined && !o.t) delete out.s;
        return out;
      }
    }
    return undefined;
  }

  private mediaObj(kind: 'wave' | 'audio' | 'image', src: Val, n: SyntaxNode): Val {
    const base = src.obj === 'file' ? src : this.readPath(src, n, true);
    const out: Val = { ...derive([base]), obj: kind };
    const p = this.pathString(src);
    if (p) out.paths = addTrail(out.paths, p);
    out.src = addTrail(out.src, this.tag(kind === 'wave' ? 'wave.open' : kind === 'image' ? 'Image.open' : 'audio', n));
    return out;
  }

  private mediaData(src: Val, what: string, n: SyntaxNode): Val {
    const base = src.obj === 'file' ? src : this.readPath(src, n, true);
    const out = derive([base], L.MEDIA);
    const p = this.pathString(src);
    if (p) out.paths = addTrail(out.paths, p);
    out.src = addTrail(out.src, this.tag(what, n));
    return out;
  }

  private pathString(v: Val): string | undefined {
    if (v.s === undefined || v.obj === 'file' && v.t) return undefined;
    const s = v.s.replace(new RegExp(UNK, 'g'), '*');
    return s.length <= 512 && /[^*/\\]/.test(s) ? s : undefined;
  }

  private pk(v: Val): string | undefined {
    if (v.pk) return v.pk;
    if (v.s !== undefined && /[^\uffff/\\.]/.test(v.s)) return `c:${v.s}`;
    return undefined;
  }

  /** open(path, mode): a file object, readable (carrying what was written to the path) or writable. */
  private open(path: Val, mode: Val, n: SyntaxNode): Val {
    if (path.obj === 'file') return path;
    const m = known(mode) ? mode.s : 'r';
    const pk = this.pk(path);
    const p = this.pathString(path);
    if (/[wax+]/.test(m)) return { t: 0, obj: 'file', w: true, pk, s: path.s, paths: p ? [p] : undefined };
    return { ...this.readPath(path, n), obj: 'file', pk };
  }

  /** The content of the file at `path`: media, an ordinary file, or what this code wrote there. */
  private readPath(path: Val, n: SyntaxNode, media = false): Val {
    if (path.obj === 'file' || path.obj === 'response') return this.objData(path, 'read', n) ?? derive([path]);
    const p = this.pathString(path);
    const written = this.writes.get(this.pk(path) ?? '');
    const isMedia = media || (p !== undefined && MEDIA_EXT.test(p));
    const out = derive(written ? [written.v] : [], isMedia ? L.MEDIA : L.FILE);
    out.src = addTrail(out.src, this.tag(isMedia ? 'media file' : 'file', n));
    if (p) out.paths = addTrail(out.paths, p);
    return out;
  }

  private pathJoin(parts: Val[]): Val {
    let s = '';
    const all = derive(parts);
    for (const p of parts) {
      const piece = p.s ?? UNK;
      if (/^[\\/]/.test(piece) || /^[A-Za-z]:[\\/]/.test(piece)) s = piece;
      else s = s === '' ? piece : s.endsWith('/') || s.endsWith('\\') ? s + piece : `${s}/${piece}`;
      if (s.length > 4096) return { ...all, s: UNK };
    }
    return { ...all, s };
  }

  private response(url: Val, call: string, n: SyntaxNode): { obj: Val; data: Val } {
    const u = url.s !== undefined ? url.s : url.urls?.[0];
    this.net(call, url, n);
    const base: Val = { t: L.NET, src: [this.tag(call, n)], urls: u ? [u.replace(new RegExp(UNK, 'g'), '*')] : url.urls };
    // a media URL: what comes back is media as well
    if (u && MEDIA_EXT.test(u.replace(/[?#].*$/, ''))) base.t |= L.MEDIA;
    if (url.steps) base.steps = url.steps;
    return { obj: { ...base, obj: 'response' }, data: base };
  }

  private net(call: string, url: Val, n: SyntaxNode): void {
    const f = this.facts.network;
    if (f.length >= MAX_NETWORK) return;
    const { offset, line } = this.at(n);
    const u = url.s !== undefined ? url.s.replace(new RegExp(UNK, 'g'), '*') : undefined;
    const dup = f.find((x) => x.offset === offset && x.layer === this.layer);
    if (dup) {
      // reached again from module level: it runs at import
      if (this.ctx === 'module') dup.ctx = 'module';
      return;
    }
    f.push({ call, url: u, offset, line, ctx: this.ctx, fn: this.ctx === 'module' ? undefined : this.fnName, layer: this.layer });
  }

  private write(target: Val, data: Val, n: SyntaxNode): void {
    const pk = this.pk(target);
    if (!pk) return;
    const prev = this.writes.get(pk);
    const v = join(prev?.v, derive([data]));
    const path = target.s !== undefined ? target.s : prev?.path;
    const rec = { v, path };
    if (this.writes.size < 10000) this.writes.set(pk, rec);
    if (path && /[^\uffff/\\.]/.test(path) && this.writesByPath.size < 10000) this.writesByPath.set(path, rec);
    if (!flowWorthy(data.t)) return;
    const p = path?.replace(new RegExp(UNK, 'g'), '*');
    if (p && PERSIST_PATH.test(p)) this.flow('persist', 'write', n, data, { detail: p });
    else if (p && EXEC_EXT.test(p)) this.flow('drop-exe', 'write', n, data, { detail: p });
  }

  private chmod(target: Val, modeNode: SyntaxNode | undefined, mode: Val, n: SyntaxNode): void {
    const execBits = mode.n !== undefined ? (mode.n & 0o111) !== 0 : modeNode ? /\bS_IX(?:USR|GRP|OTH)\b|\bS_IEXEC\b|\bS_IRWX[UGO]\b|\b0o?[1357][0-7]{2}\b|\b0o?[0-7][1357][0-7]\b|\b(?:493|511|365|457|489)\b/.test(this.text(modeNode)) : false;
    if (execBits) this.runFile(target, 'chmod', 'os.chmod', n);
  }

  /** A file written with interesting data is run, imported or made executable. */
  private runFile(target: Val, sink: SinkKind, call: string, n: SyntaxNode, hidden = false): void {
    const w = this.writes.get(this.pk(target) ?? '');
    if (w && flowWorthy(w.v.t)) this.flow(sink, call, n, w.v, { detail: w.path?.replace(new RegExp(UNK, 'g'), '*'), hidden });
  }

  private importName(name: Val, call: string, n: SyntaxNode): Val {
    if (known(name)) return this.resolveName({ t: 0, q: name.s }, name, call, n, true);
    if (flowWorthy(name.t)) this.flow('import', call, n, name);
    return NONE;
  }

  private bytesOf(a0: Val, enc: Val, n: SyntaxNode): Val {
    if (a0.s !== undefined) {
      if (a0.b) return { ...derive([a0]), s: a0.s, b: true, o: a0.o };
      const kind = known(enc) ? lit.codec(enc.s) : 'utf8';
      return { ...derive([a0]), s: kind === 'latin1' ? a0.s : lit.utf8Encode(a0.s), b: true, o: a0.o };
    }
    const items = a0.items && !a0.cycle ? a0.items : null;
    if (items && items.length <= MAX_ITEMS && items.every((x) => x.n !== undefined)) {
      let s = '';
      for (let i = 0; i < items.length; i += 8192) s += String.fromCharCode(...items.slice(i, i + 8192).map((x) => x.n! & 0xff));
      const out: Val = { ...derive([a0]), s, b: true, o: Math.max(0, ...items.slice(0, 4096).map((x) => x.o ?? 0)) + (items.length >= 4 ? 1 : 0) };
      if (items.length >= 4) out.t |= L.OBF;
      this.decodedLocation(out, n);
      return out;
    }
    if (a0.obj) return this.objData(a0, 'read', n) ?? derive([a0]);
    return derive([a0]);
  }

  private zip(args: Val[]): Val {
    const lists = args.map((a) => ({ items: this.constItems(a) ?? (a.cycle ? a.items : null), cycle: !!a.cycle }));
    if (lists.length && lists.every((l) => l.items) && lists.some((l) => !l.cycle)) {
      const len = Math.min(...lists.filter((l) => !l.cycle).map((l) => l.items!.length));
      if (len <= MAX_ITEMS) {
        const items: Val[] = [];
        for (let i = 0; i < len; i++) {
          const row = lists.map((l) => l.items![l.cycle ? i % Math.max(1, l.items!.length) : i] ?? NONE);
          items.push({ ...derive(row), items: row });
        }
        return { ...derive(args), items };
      }
    }
    return derive(args);
  }

  /** map(f, xs) / reduce(f, xs): fold when f is a builtin that folds and xs are constant; otherwise apply f once. */
  private callFunctional(f: Val, seqs: Val[], n: SyntaxNode, kind: 'map' | 'reduce'): Val {
    const lists = seqs.map((s) => this.constItems(s));
    if (kind === 'map' && lists.length >= 1 && lists.every((l) => l) && (f.q || f.fn)) {
      const len = Math.min(...lists.map((l) => l!.length));
      if (len <= MAX_ITEMS && len * (f.fn ? 20 : 1) <= MAX_ITEMS) {
        const items: Val[] = [];
        for (let i = 0; i < len; i++) {
          const args = lists.map((l) => l![i]);
          items.push(this.invoke(f, { args, argNodes: [], kw: new Map(), kwNodes: new Map(), spread: [] }, n));
        }
        return { ...derive([...seqs, ...items.slice(0, 64)]), items, t: items.reduce((a, x) => a | x.t, derive(seqs).t) };
      }
    }
    const el = seqs.map((s) => this.elementOf(s, n));
    const r = f.fn || f.q ? this.invoke(f, { args: kind === 'reduce' ? [el[0] ?? NONE, el[0] ?? NONE] : el, argNodes: [], kw: new Map(), kwNodes: new Map(), spread: [] }, n) : NONE;
    return derive([r, ...seqs]);
  }

  /**
   * A decoding step (base64, hex, zlib, rot13, marshal...). The label is added whatever the input: decoding is the
   * evidence. `out` is the folded result when the input was constant; `bytes` says the result is bytes.
   */
  private transform(input: Val, label: number, step: string, n: SyntaxNode, out: string | undefined, bytes = false): Val {
    const v = derive([input], label);
    v.steps = addTrail(v.steps, this.tag(step, n));
    if (out !== undefined && out.length <= lit.MAX_FOLD) {
      v.s = out;
      if (bytes || input.b) v.b = true;
      if (step === 'rot13' || step === 'escape') v.b = input.b;
      v.o = (input.o ?? 0) + 1;
      this.decodedLocation(v, n);
    }
    return v;
  }

  /** A decoded or de-obfuscated constant that is a URL or an IP address. */
  private decodedLocation(v: Val, n: SyntaxNode): void {
    if (!known(v) || v.s.length > 2048 || (v.o ?? 0) < 1) return;
    const text = v.b ? lit.utf8Decode(v.s) : v.s;
    const loc = lit.looksLikeLocation(text);
    if (!loc) return;
    const f = this.facts.locations;
    const { offset, line } = this.at(n);
    if (f.length < MAX_LOCATIONS && !f.some((x) => x.value === loc)) f.push({ value: loc, steps: v.steps ?? [], offset, line, layer: this.layer });
  }

  // ---- processes -------------------------------------------------------------------------------------------------

  private process(q: string, c: Call, n: SyntaxNode): Val {
    const ex = osExecLike(q);
    let argv: Val[] | null = null;
    let cmd: Val = NONE;
    if (ex) {
      const path = this.arg(c, ex === 'spawn' ? 1 : 0);
      const rest = c.args.slice(ex === 'spawn' ? 2 : 1);
      argv = rest.length === 1 && rest[0].items ? [path, ...rest[0].items.slice(1)] : [path, ...rest.slice(1)];
    } else {
      const first = q === 'os.posix_spawn' || q === 'os.posix_spawnp' ? this.arg(c, 1) : this.arg(c, 0, 'args');
      if (q === 'asyncio.create_subprocess_exec' || q === 'os.startfile') argv = c.args.slice();
      else if (first.items) argv = first.items;
      else if (first.seq) argv = first.head ? [first.head] : [NONE];
      else cmd = first;
    }
    const kwText = [...c.kwNodes.entries()].map(([k, v]) => `${k}=${this.text(v).slice(0, 200)}`).join(' ');
    const all = argv ?? [cmd];
    const words = all.map((v) => (v.s ?? '').replace(new RegExp(UNK, 'g'), ''));
    const program = argv ? (argv[0] ?? NONE) : cmd;
    const progText = (argv ? words[0] : (cmd.s ?? '').trim().split(/\s+/)[0]) ?? '';
    const isPython = program.q === 'sys.executable' || /(?:^|[\\/])(?:python[\d.]*w?|pythonw|py)(?:\.exe)?$/i.test(progText);
    const hidden = /DETACHED_PROCESS|CREATE_NO_WINDOW|CREATE_NEW_PROCESS_GROUP|0x0*8\b|0x0*8000000\b|start_new_session\s*=\s*True|startupinfo|SW_HIDE|preexec_fn\s*=\s*os\.setsid/.test(kwText) || /(?:^|[\\/\s])pythonw(?:\.exe)?\b|\bnohup\b|&\s*$|\bsetsid\b|\bdisown\b/i.test(words.join(' '));
    const proc = { python: isPython, stdinCode: false, hidden };
    const detailBase = argv ? words.slice(0, 6).join(' ') : (cmd.s ?? '');

    // python -c CODE, python - (program on stdin), python SCRIPT
    if (isPython && argv) {
      const ci = argv.findIndex((a, i) => i > 0 && a.s === '-c');
      if (ci > 0) this.sinkExec(argv[ci + 1] ?? NONE, `${q} python -c`, n, 'exec', hidden);
      else {
        const script = argv.slice(1).find((a) => !(a.s !== undefined && /^-[A-Za-z]+$/.test(a.s) && a.s !== '-'));
        if (!script || script.s === '-') proc.stdinCode = /\bstdin\s*=/.test(kwText) || c.kw.has('input');
        else this.runFile(script, 'run-file', q, n, hidden);
      }
      if (proc.stdinCode && c.kw.has('input')) this.sinkExec(c.kw.get('input')!, `${q} python stdin`, n, 'python-stdin', hidden);
    }
    // a shell command line: python -c inside it, download-and-run, decode-and-run
    if (!argv && known(cmd)) this.shellText(cmd.s, q, n, hidden);
    else if (argv && words.length >= 3 && /^(?:(?:ba|da|z)?sh|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)$/i.test(progText.replace(/^.*[\\/]/, ''))) {
      const body = argv.slice(1).find((a, i) => i > 0 && known(a) && /\s/.test(a.s));
      if (body && known(body)) this.shellText(body.s, q, n, hidden);
    }
    // curl/wget: a download at this point
    if (argv && /^(?:curl|wget)(?:\.exe)?$/i.test(progText.replace(/^.*[\\/]/, ''))) {
      const url = argv.find((a) => a.s !== undefined && /^(?:https?|ftp):\/\//i.test(a.s));
      this.net(progText, url ?? NONE, n);
      const oi = argv.findIndex((a) => a.s === '-o' || a.s === '-O' || a.s === '--output' || a.s === '--output-document');
      if (oi > 0 && argv[oi + 1]) this.write(argv[oi + 1], { t: L.NET, src: [this.tag(progText, n)], urls: url?.s ? [url.s] : undefined }, n);
    }
    // the program itself was written by this code
    if (program !== NONE && !isPython) this.runFile(program, 'run-file', q, n, hidden);
    if (cmd !== NONE && !argv) {
      const word = (cmd.s ?? '').trim().split(/\s+/)[0] ?? '';
      const first = this.writes.get(`c:${word}`) ?? this.writesByPath.get(word);
      if (first && flowWorthy(first.v.t)) this.flow('run-file', q, n, first.v, { hidden });
    }
    // data that is the command itself: the whole shell string, the program, or the script of `sh -c` / `cmd /c` /
    // `powershell -Command`. A path or a name built from data (a version tag in an argument, a file name in a template
    // whose program is written in the code) is not.
    const isData = (v: Val | undefined): boolean => !!v && flowWorthy(v.t) && (v.s === undefined || v.s.startsWith(UNK));
    let command: Val | undefined;
    if (!argv && isData(cmd)) command = cmd;
    else if (argv && isData(argv[0])) command = argv[0];
    else if (argv && /^(?:(?:ba|da|z)?sh|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)$/i.test(progText.replace(/^.*[\\/]/, ''))) {
      const ci = argv.findIndex((a, i) => i > 0 && a.s !== undefined && /^(?:-c|\/c|\/k|-command|-c(?:ommand)?|-e(?:nc(?:odedcommand)?)?)$/i.test(a.s));
      if (ci > 0 && isData(argv[ci + 1])) command = argv[ci + 1];
    }
    if (command) this.flow('process', q, n, command, { hidden, detail: detailBase.slice(0, 200) });
    if (q === 'os.startfile') this.runFile(this.arg(c, 0), 'run-file', q, n, hidden);
    return { t: 0, obj: 'process', proc };
  }

  private shellText(s: string, q: string, n: SyntaxNode, hidden: boolean): void {
    const m = /\bpython[\d.]*w?(?:\.exe)?\s+-c\s+(["'])([\s\S]*)\1/.exec(s);
    if (m) this.sinkExec({ t: 0, s: m[2] }, `${q} python -c`, n, 'exec', hidden);
    const c = classify(new Uint8Array(Buffer.from(s.slice(0, 8192), 'utf8')));
    if (c.kind === 'shell' && c.indicators.some((x) => x === 'download-and-run' || x === 'decode-and-run' || x === 'reverse-shell')) {
      const url = /(?:https?|ftp):\/\/[^\s'"|;&]+/i.exec(s);
      this.net(`${q} (${c.indicators.join(', ')})`, url ? { t: 0, s: url[0] } : NONE, n);
      const t = c.indicators.includes('download-and-run') ? L.NET : c.indicators.includes('decode-and-run') ? L.DECODE | L.LIT : L.SOCK;
      this.flow('process', q, n, { t, src: [this.tag('shell command', n)], urls: url ? [url[0]] : undefined }, { hidden, detail: `shell: ${c.indicators.join(', ')}`, preview: defang(s, 160) });
    }
  }

  // ---- sinks --------------------------------------------------------------------------------------------------

  /** Code is executed: analyse it when it folded, and record the flow when its data is interesting. */
  private sinkExec(code: Val, call: string, n: SyntaxNode, sink: SinkKind = 'exec', hidden = false): void {
    let preview: string | undefined;
    let what: string | undefined;
    if (known(code) && code.s.length > 0) {
      const text = code.b ? lit.utf8Decode(code.s) : code.s;
      preview = defang(text, 160);
      if (code.t & DECODING || (code.o ?? 0) > 0) what = classify(new Uint8Array(Buffer.from(text.slice(0, 65536), 'utf8'))).what;
      this.nested(text, n);
    }
    if (flowWorthy(code.t)) this.flow(sink, call, n, code, { hidden, preview, what });
  }

  private nested(text: string, n: SyntaxNode): void {
    const sh = this.shared;
    if (this.layer + 1 > sh.limits.maxLayers) {
      if (hasAnchors(text)) this.reason(`decoded code nested deeper than ${sh.limits.maxLayers} layers was not analysed`);
      return;
    }
    if (sh.nestedChars + text.length > sh.limits.maxNestedChars) {
      if (hasAnchors(text)) this.reason(`more than ${sh.limits.maxNestedChars} characters of decoded code: the rest was not analysed`);
      return;
    }
    sh.nestedChars += text.length;
    const sub = new Interp(text, sh, this.layer + 1, this.at(n), this.ctx, this.fnName, this.setup);
    // the nesting bound counts across layers: decoded code runs on this code's stack
    sub.depth = this.depth;
    sub.run();
  }

  private flow(sink: SinkKind, call: string, n: SyntaxNode, v: Val, extra: { hidden?: boolean; preview?: string; what?: string; detail?: string } = {}): void {
    const flows = this.facts.flows;
    const { offset, line } = this.at(n);
    const dup = flows.find((f) => f.offset === offset && f.sink === sink && f.layer === this.layer);
    if (dup) {
      dup.t |= v.t;
      if (this.ctx === 'module' && dup.ctx !== 'module') dup.ctx = 'module';
      return;
    }
    if (flows.length >= MAX_FLOWS) return;
    let what = extra.what;
    if (!what && known(v) && v.t & DECODING) what = classify(new Uint8Array(Buffer.from(v.s.slice(0, 1 << 20), 'latin1'))).what;
    // a value the analysis could fold entirely was built from literals of the code
    const t = known(v) && !(v.t & (L.MEDIA | L.NET | L.SOCK | L.FILE | L.PARAM | L.INPUT | L.PROCOUT)) ? v.t | L.LIT : v.t;
    const f: Flow = { sink, call, offset, line, t, src: v.src ?? [], steps: v.steps ?? [], paths: v.paths ?? [], urls: v.urls ?? [], ctx: this.ctx, layer: this.layer };
    if (this.ctx !== 'module' && this.fnName) f.fn = this.fnName;
    if (extra.hidden) f.hidden = true;
    if (extra.preview) f.preview = extra.preview;
    if (what) f.what = what;
    if (extra.detail) f.detail = extra.detail;
    flows.push(f);
  }
}

/** Data worth a flow: it came from media, the network or a socket, or it was decoded, deobfuscated or unmarshalled. */
export function flowWorthy(t: number): boolean {
  return (t & (L.MEDIA | L.NET | L.SOCK)) !== 0 || (t & (DECODING | L.MARSHAL)) !== 0;
}

export { L };
