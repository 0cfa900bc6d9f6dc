/**
 * requirements.txt as pip reads it (pip's req_file.py): backslash continuations joined, comments (`#` at the start
 * or after whitespace) removed, `${VAR}` expanded from the environment, then each line split into a requirement and
 * options. `-r` / `-c` includes are read relative to the including file, to a bounded depth, cycles refused.
 * Paths and URLs in requirements stay as written (pip resolves them against the working directory).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Manifest, Requirement, SourceLocation } from './types.js';
import { ManifestError } from './types.js';
import { isUrl, parseRequirement } from './pep508.js';

export interface RequirementsReadOptions {
  /** Environment for `${VAR}` expansion (default: process.env). */
  env?: Record<string, string | undefined>;
  /** How deep `-r`/`-c` includes may nest (default 10). */
  maxDepth?: number;
  /** Largest file read (default 4 MiB). */
  maxBytes?: number;
  /** Most requirements in all files together (default 20,000). */
  maxRequirements?: number;
}

const HASH_RE = /^(md5|sha1|sha224|sha256|sha384|sha512):([0-9a-fA-F]+)$/;

/** Options pip accepts in requirements files that change nothing about which artifacts are fetched here. */
const IGNORED_FLAGS = new Set(['--pre', '--prefer-binary', '--require-hashes', '--no-index']);
const IGNORED_WITH_VALUE = new Set(['--trusted-host', '--only-binary', '--no-binary', '--use-feature', '--config-settings', '--global-option', '--install-option']);

/** Display form of a path: relative to the working directory when inside it. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), path.resolve(p));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** pip's join_lines + ignore_comments: logical lines with the number of their first physical line. */
export function logicalLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let buf: string[] = [];
  let first = 0;
  const isComment = (l: string) => /^\s*#/.test(l);
  physical.forEach((raw, i) => {
    const n = i + 1;
    if (!raw.endsWith('\\') || isComment(raw)) {
      const l = isComment(raw) ? ' ' + raw : raw;
      if (buf.length) {
        buf.push(l);
        out.push({ line: first, text: buf.join('') });
        buf = [];
      } else out.push({ line: n, text: l });
    } else {
      if (!buf.length) first = n;
      buf.push(raw.replace(/^\\+|\\+$/g, ''));
    }
  });
  if (buf.length) out.push({ line: first, text: buf.join('') });
  return out
    .map((l) => ({ line: l.line, text: l.text.replace(/(^|\s+)#.*$/, '').trim() }))
    .filter((l) => l.text.length > 0);
}

/** A small shlex: whitespace-separated words, single and double quotes, backslash escapes outside single quotes. */
export function shellWords(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let q: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"' && i + 1 < s.length) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      q = c;
      has = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (q) throw new Error('unclosed quote');
  if (has || cur) out.push(cur);
  return out;
}

interface State {
  opts: Required<Omit<RequirementsReadOptions, 'env'>> & { env: Record<string, string | undefined> };
  manifest: Manifest;
  stack: string[];
  count: number;
}

export async function readRequirementsFile(file: string, options: RequirementsReadOptions = {}): Promise<Manifest> {
  const manifest: Manifest = { file: displayPath(file), kind: 'requirements', requirements: [], indexUrls: [], extraIndexUrls: [], findLinks: [], included: [], constraints: [], warnings: [] };
  const state: State = {
    opts: { env: options.env ?? process.env, maxDepth: options.maxDepth ?? 10, maxBytes: options.maxBytes ?? 4 * 1024 * 1024, maxRequirements: options.maxRequirements ?? 20_000 },
    manifest,
    stack: [],
    count: 0,
  };
  await readOne(file, false, 0, null, state);
  return manifest;
}

async function readOne(file: string, constraint: boolean, depth: number, from: SourceLocation | null, st: State): Promise<void> {
  if (depth > st.opts.maxDepth) throw new ManifestError(`includes nested more than ${st.opts.maxDepth} deep`, from);
  let real: string;
  let text: string;
  try {
    real = await fs.realpath(file);
    // `-r /dev/zero` would never end and opening a FIFO blocks: only regular files are read
    if (!(await fs.stat(real)).isFile()) throw new ManifestError(`${displayPath(file)} is not a regular file`, from);
    const h = await fs.open(real, 'r');
    try {
      const size = (await h.stat()).size;
      if (size > st.opts.maxBytes) throw new ManifestError(`${displayPath(file)} is ${size} bytes, over the ${st.opts.maxBytes}-byte limit`, from);
      text = (await h.readFile()).toString('utf8');
    } finally {
      await h.close();
    }
  } catch (e) {
    if (e instanceof ManifestError) throw e;
    throw new ManifestError(`cannot read ${displayPath(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, from);
  }
  if (st.stack.includes(real)) throw new ManifestError(`include cycle: ${[...st.stack, real].map(displayPath).join(' -> ')}`, from);
  st.stack.push(real);
  const shown = displayPath(file);
  try {
    for (const { line, text: raw } of logicalLines(text)) {
      const loc: SourceLocation = { file: shown, line };
      const lineText = raw.replace(/\$\{([A-Z0-9_]+)\}/g, (m, v: string) => st.opts.env[v] ?? m);
      await readLine(lineText, raw, loc, path.dirname(file), constraint, depth, st);
    }
  } finally {
    st.stack.pop();
  }
}

async function readLine(line: string, written: string, loc: SourceLocation, dir: string, constraint: boolean, depth: number, st: State): Promise<void> {
  // pip's break_args_options: the requirement is every space-separated token before the first that starts with '-'.
  const tokens = line.split(' ');
  let k = 0;
  while (k < tokens.length && !tokens[k].startsWith('-')) k++;
  const reqText = tokens.slice(0, k).join(' ').trim();
  let words: string[];
  try {
    words = shellWords(tokens.slice(k).join(' '));
  } catch (e) {
    throw new ManifestError((e as Error).message, loc);
  }
  const hashes: string[] = [];
  let editable: string | null = null;
  const m = st.manifest;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const eq = w.indexOf('=');
    const [flag, inline] = w.startsWith('--') && eq > 0 ? [w.slice(0, eq), w.slice(eq + 1)] : /^-[rcefi]./.test(w) ? [w.slice(0, 2), w.slice(2)] : [w, null];
    const value = (): string => {
      if (inline !== null) return inline;
      const v = words[++i];
      if (v === undefined) throw new ManifestError(`${flag} needs a value`, loc);
      return v;
    };
    switch (flag) {
      case '-r':
      case '--requirement':
      case '-c':
      case '--constraint': {
        const target = value();
        if (isUrl(target) && !/^file:/i.test(target)) throw new ManifestError(`remote requirement files are not read: ${target}`, loc);
        const p = path.resolve(dir, target.replace(/^file:\/\//i, ''));
        m.included.push(displayPath(p));
        await readOne(p, constraint || flag === '-c' || flag === '--constraint', depth + 1, loc, st);
        break;
      }
      case '-e':
      case '--editable':
        editable = value();
        break;
      case '-i':
      case '--index-url':
        m.indexUrls.push(value());
        break;
      case '--extra-index-url':
        m.extraIndexUrls.push(value());
        break;
      case '-f':
      case '--find-links':
        m.findLinks.push(value());
        break;
      case '--hash': {
        const h = value();
        const hm = HASH_RE.exec(h);
        if (!hm) throw new ManifestError(`bad --hash ${JSON.stringify(h)}: expected algorithm:hex`, loc);
        hashes.push(`${hm[1]}:${hm[2].toLowerCase()}`);
        break;
      }
      default:
        if (IGNORED_FLAGS.has(flag)) {
          m.warnings!.push({ location: loc, message: `${flag} has no effect on what is scanned` });
        } else if (IGNORED_WITH_VALUE.has(flag)) {
          value();
          m.warnings!.push({ location: loc, message: `${flag} has no effect on what is scanned` });
        } else {
          throw new ManifestError(`unknown option ${JSON.stringify(flag)}`, loc);
        }
    }
  }
  const spec = editable ?? reqText;
  if (!spec) {
    if (hashes.length) throw new ManifestError('--hash without a requirement', loc);
    return;
  }
  if (++st.count > st.opts.maxRequirements) throw new ManifestError(`more than ${st.opts.maxRequirements} requirements`, loc);
  const parsed = parseRequirement(spec);
  if ('error' in parsed) throw new ManifestError(parsed.error, loc);
  if (editable && !parsed.url) {
    // `-e name` is not valid pip input; `-e .` and `-e path` are paths.
    throw new ManifestError(`-e needs a path or URL, got ${JSON.stringify(editable)}`, loc);
  }
  const req: Requirement = {
    name: parsed.name,
    specifier: parsed.specifier,
    version: parsed.version,
    extras: parsed.extras,
    markers: parsed.markers,
    url: parsed.url,
    editable: editable !== null,
    hashes,
    files: [],
    index: null,
    location: loc,
    text: written.replace(/\s+/g, ' ').trim(),
  };
  if (constraint) m.constraints!.push(req);
  else m.requirements.push(req);
}
