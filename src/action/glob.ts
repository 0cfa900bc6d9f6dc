/**
 * The `files` input: paths and glob patterns. Hand-written because @actions/glob is not a dependency and
 * fs.promises.glob exists only from Node 22 (the tests also run on Node 20); the syntax is the usual subset:
 * `*` and `?` within a path segment, `**` across segments, `{a,b}` alternatives, `[abc]` classes, and `!pattern` to
 * exclude. A path without glob characters is passed through as is (files and folders alike), and so is a pattern
 * that matches nothing, so that the scan reports it as missing instead of passing silently. Walks are bounded in
 * entries and depth; symbolic links to folders are not followed; `.git` and `node_modules` are skipped by wildcards.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export interface GlobOptions {
  cwd?: string;
  /** Most directory entries visited for one pattern (default 200,000). */
  maxEntries?: number;
  /** Deepest folder level walked (default 32). */
  maxDepth?: number;
}

export interface GlobResult {
  /** Paths to scan, in the order the patterns were given, each once. */
  paths: string[];
  /** Patterns that matched nothing (also present in `paths`, as written). */
  unmatched: string[];
  /** Patterns whose walk stopped at a bound. */
  truncated: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);

export function hasGlob(p: string): boolean {
  return GLOB_CHARS.test(p);
}

function escapeRe(s: string): string {
  return s.replace(/[.+^$()|\\/]/g, (c) => `\\${c}`);
}

/** `{a,b}` alternatives, expanded (nested braces too), bounded. */
export function expandBraces(p: string, limit = 256): string[] {
  const open = p.indexOf('{');
  if (open < 0) return [p];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < p.length; i++) {
    if (p[i] === '{') depth++;
    else if (p[i] === '}' && --depth === 0) {
      close = i;
      break;
    } else if (p[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) return [p];
  const cuts = [open, ...commas, close];
  const out: string[] = [];
  for (let i = 0; i < cuts.length - 1 && out.length < limit; i++) {
    for (const rest of expandBraces(p.slice(0, open) + p.slice(cuts[i] + 1, cuts[i + 1]) + p.slice(close + 1), limit)) {
      if (out.length >= limit) break;
      out.push(rest);
    }
  }
  return out;
}

/** A pattern without braces as a RegExp over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  const p = pattern.replace(/\\/g, '/');
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          if (p[i + 2] === '/') {
            re += '(?:[^/]+/)*';
            i += 2;
          } else {
            re += '.*';
            i += 1;
          }
          continue;
        }
        re += '[^/]*';
        i += 1;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = p.slice(i + 1, end);
      const neg = body[0] === '!' || body[0] === '^';
      if (neg) body = body.slice(1);
      re += `[${neg ? '^' : ''}${body.replace(/[\\\]]/g, (x) => `\\${x}`)}]`;
      i = end;
    } else {
      re += escapeRe(c);
    }
  }
  return new RegExp(`^${re}$`);
}

/** The folder a pattern's walk starts from: its segments before the first one with a glob character. */
function baseOf(pattern: string): string {
  const segs = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  for (const s of segs) {
    if (hasGlob(s)) break;
    fixed.push(s);
  }
  if (fixed.length === segs.length) fixed.pop();
  const b = fixed.join('/');
  return b === '' && pattern.startsWith('/') ? '/' : b;
}

async function walk(root: string, rel: string, depth: number, out: string[], budget: { left: number }, maxDepth: number, re: RegExp): Promise<boolean> {
  if (depth > maxDepth) return false;
  let entries;
  try {
    entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
  } catch {
    return true;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let complete = true;
  for (const e of entries) {
    if (--budget.left < 0) return false;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name)) continue;
      if (re.test(r)) out.push(r);
      if (!(await walk(root, r, depth + 1, out, budget, maxDepth, re))) complete = false;
    } else if (e.isFile() || e.isSymbolicLink()) {
      if (re.test(r)) out.push(r);
    }
    if (budget.left < 0) return false;
  }
  return complete;
}

/** Expand `files` entries (paths and patterns, `!` to exclude) relative to `cwd`. */
export async function expandFiles(entries: string[], options: GlobOptions = {}): Promise<GlobResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxEntries = options.maxEntries ?? 200_000;
  const maxDepth = options.maxDepth ?? 32;
  const include = entries.filter((e) => !e.startsWith('!'));
  const exclude = entries.filter((e) => e.startsWith('!')).flatMap((e) => expandBraces(e.slice(1))).map((e) => globToRegExp(path.posix.normalize(e.replace(/\\/g, '/')).replace(/^\.\//, '')));
  const seen = new Set<string>();
  const result: GlobResult = { paths: [], unmatched: [], truncated: [] };
  const add = (p: string) => {
    const norm = path.normalize(p);
    const key = path.resolve(cwd, norm);
    if (seen.has(key)) return;
    const rel = path.relative(cwd, key).replace(/\\/g, '/');
    if (exclude.some((re) => re.test(rel) || re.test(norm.replace(/\\/g, '/')))) return;
    seen.add(key);
    result.paths.push(norm);
  };
  for (const entry of include) {
    if (!hasGlob(entry)) {
      add(entry);
      continue;
    }
    const found: string[] = [];
    let complete = true;
    for (const alt of expandBraces(entry)) {
      const clean = path.posix.normalize(alt.replace(/\\/g, '/')).replace(/^\.\//, '');
      const base = baseOf(clean);
      const absBase = path.resolve(cwd, base);
      const re = globToRegExp(clean.slice(base === '/' ? 1 : base ? base.length + 1 : 0));
      const rels: string[] = [];
      const budget = { left: maxEntries };
      if (!(await walk(absBase, '', 0, rels, budget, maxDepth, re))) complete = false;
      for (const r of rels) found.push(base ? (base === '/' ? `/${r}` : `${base}/${r}`) : r);
    }
    if (!complete) result.truncated.push(entry);
    if (found.length === 0) {
      result.unmatched.push(entry);
      add(entry);
    } else for (const f of found.sort()) add(f);
  }
  return result;
}
