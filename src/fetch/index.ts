/**
 * Requirements and lock entries → artifact files on disk, without running any package code.
 *
 * - Index requirements and lock entries go to pip: `pip download --only-binary :all:` (wheels only: pip never builds
 *   anything), isolated from every pip configuration (python.ts), the index passed explicitly. Lock files list the
 *   whole closure, so they run with --no-deps, sharded over parallel pip processes; so do requirements files with
 *   hashes (pip's --require-hashes mode demands the closure); other requirements files are resolved by one pip.
 *   Lock entries that carry URLs are handed to pip as a generated find-links page (--no-index), so pip picks the wheel
 *   for the target platform and checks its hash; with `--platform all` every file a lock lists is downloaded directly.
 * - A package with no wheel for the target (pip: "No matching distribution") is fetched as an sdist straight from
 *   the index's simple API or the locked URL, never built. When pip is resolving dependencies it then gets a
 *   placeholder wheel (metadata.ts) carrying the sdist's declared dependencies, so resolution goes on.
 * - URL and path requirements are downloaded or read directly; VCS requirements cannot be scanned (reported);
 *   local project folders (`-e .`) are the user's own source (noted).
 * - Every artifact is checked against the hashes of its requirement or lock entry, whichever path it took; a
 *   mismatch is fatal. Requirements whose markers exclude the target environment are noted, not dropped silently.
 * - Downloads go to a fresh temporary folder (inside the run's temporary folder when an entry point opened one:
 *   src/tempdir.ts), removed by cleanup() even after errors; pip's own temporary files go there too.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FetchOptions } from './options.js';
import type { FetchedArtifact, FetchProblem, LockedFile, Manifest, Requirement } from '../inputs/types.js';
import { evaluateMarker, type MarkerEnvironment } from '../inputs/markers.js';
import { normalizeName, parseArtifactFilename, unescapeUrlPart } from '../inputs/names.js';
import { bestVersion, parseSpecifierSet, type Specifier } from '../inputs/pep440.js';
import { isUrl, isVcsUrl, parseRequirement } from '../inputs/pep508.js';
import { download, FetchError, hashFile, redact } from './http.js';
import { listProjectFiles, type IndexEntry } from './simple.js';
import { findPython, pipEnvironment, runProcess, type PythonInfo } from './python.js';
import { placeholderWheel, readDeclaredMetadata } from './metadata.js';
import { fetchedArtifactKey, inShard, requirementKey } from '../shard.js';
import { makeTempDir } from '../tempdir.js';

/**
 * `python -I -c PIP_CAPPED LIMIT ARGS...` runs pip as `python -m pip ARGS...` does, after capping the size of any file
 * the process writes at LIMIT bytes (RLIMIT_FSIZE; Python ignores SIGXFSZ, so an oversized write fails with EFBIG
 * and pip stops): a download can never fill the disk past the artifact limit, whatever the index sends. Where the
 * resource module is missing (Windows) the files are checked after the download instead.
 */
const PIP_CAPPED = `import sys
try:
    import resource
    n = int(sys.argv[1])
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if hard != resource.RLIM_INFINITY:
        n = min(n, hard)
    resource.setrlimit(resource.RLIMIT_FSIZE, (n, hard))
except (ImportError, ValueError, OSError):
    pass
del sys.argv[1]
sys.argv[0] = 'pip'
import runpy
runpy.run_module('pip', run_name='__main__', alter_sys=True)
`;

export const PYPI_SIMPLE = 'https://pypi.org/simple';
/** Platforms `--platform all` asks pip for (pip widens each to the older tags it implies). */
export const ALL_PLATFORMS = ['manylinux_2_28_x86_64', 'manylinux_2_28_aarch64', 'musllinux_1_2_x86_64', 'macosx_14_0_arm64', 'macosx_14_0_x86_64', 'win_amd64'];
const ARTIFACT_RE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar)$/i;
const MAX_ARTIFACTS = 10_000;
const DEFAULT_JOBS = 4;
/** Smallest no-deps shard worth its own pip process. */
const MIN_SHARD = 8;
/** Largest no-deps shard: a longer list is split further, so its first artifacts are scanned while the rest download. */
const MAX_SHARD = 32;

export interface FetchRunOptions extends FetchOptions {
  maxArtifactBytes: number;
  /** The user's environment (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL are read from it); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** One pip process, one download (default 900 s). */
  timeoutSeconds?: number;
  /**
   * Called once per distinct artifact as soon as it is downloaded and its hashes check out, before the rest are
   * fetched (so it can be scanned meanwhile). Its `requiredBy` may still grow until fetchArtifacts returns, and with
   * `shard` the returned list, not this call, says which artifacts are this shard's.
   */
  onArtifact?: (a: FetchedArtifact) => void;
}

export interface FetchResult {
  artifacts: FetchedArtifact[];
  problems: FetchProblem[];
  /** `pip --version`, when pip ran. */
  pip: string | null;
  seconds: number;
  cleanup(): Promise<void>;
}

interface Indexes {
  index: string;
  extras: string[];
}

interface Ctx {
  opts: FetchRunOptions;
  root: string;
  timeoutMs: number;
  python: PythonInfo | null;
  pythonError: string | null;
  pipUsed: boolean;
  artifacts: Map<string, FetchedArtifact>;
  problems: FetchProblem[];
  seq: number;
  /** Artifacts pip resolved transitively (groups without --no-deps): with --shard they are split after fetching. */
  transitive: Set<FetchedArtifact>;
}

/** Run `fn` over items with at most `n` at once. */
export async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
}

const safeName = (s: string): string => path.basename(s).replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^\.+/, '').slice(-150) || 'artifact';

async function freshDir(ctx: Ctx, prefix: string): Promise<string> {
  const d = path.join(ctx.root, `${prefix}-${++ctx.seq}`);
  // Not recursive: once the run's folder is gone (an interrupted run), nothing recreates it.
  await fs.mkdir(d);
  return d;
}

function problem(ctx: Ctx, requirement: Requirement | null, message: string, fatal: boolean, note = false): void {
  ctx.problems.push({ requirement, message, fatal, ...(note ? { note: true } : {}) });
}

/** Check a file against `algo:hex` hashes (any one matching is enough); returns the mismatch message or null. */
async function checkHashes(file: string, expected: string[]): Promise<string | null> {
  if (!expected.length) return null;
  const algos = [...new Set(expected.map((h) => h.split(':')[0]))];
  let got: Record<string, string>;
  try {
    got = await hashFile(file, algos);
  } catch (e) {
    return `cannot hash ${path.basename(file)}: ${(e as Error).message}`;
  }
  if (expected.some((h) => got[h.split(':')[0]] === h.split(':')[1])) return null;
  return `hash mismatch for ${path.basename(file)}: expected ${expected.slice(0, 4).join(' or ')}${expected.length > 4 ? ' …' : ''}, got ${algos.map((a) => `${a}:${got[a]}`).join(', ')}`;
}

/** Record an artifact (merging requirements when the same bytes arrive twice), after its hash check. */
async function addArtifact(ctx: Ctx, file: string, filename: string, via: FetchedArtifact['via'], url: string | null, reqs: Requirement[], extraHashes: string[] = []): Promise<FetchedArtifact | null> {
  for (const r of reqs) {
    const bad = await checkHashes(file, r.hashes);
    if (bad) {
      problem(ctx, r, `${bad} — the artifact was not scanned`, true);
      return null;
    }
  }
  const badIndex = await checkHashes(file, extraHashes);
  if (badIndex) {
    problem(ctx, reqs[0] ?? null, `${badIndex} (the hash the index advertised) — the artifact was not scanned`, true);
    return null;
  }
  const { sha256 } = await hashFile(file, ['sha256']);
  const known = ctx.artifacts.get(sha256);
  if (known) {
    for (const r of reqs) if (!known.requiredBy.includes(r)) known.requiredBy.push(r);
    return known;
  }
  if (ctx.artifacts.size >= MAX_ARTIFACTS) {
    problem(ctx, reqs[0] ?? null, `more than ${MAX_ARTIFACTS} artifacts: stopped fetching`, true);
    return null;
  }
  const a: FetchedArtifact = { path: file, filename, sha256, via, url: url ? redact(url) : null, requiredBy: [...reqs] };
  ctx.artifacts.set(sha256, a);
  ctx.opts.onArtifact?.(a);
  return a;
}

async function downloadTo(ctx: Ctx, url: string, filename: string): Promise<string> {
  const dir = await freshDir(ctx, 'http');
  const dest = path.join(dir, safeName(filename));
  await download(url, dest, { maxBytes: ctx.opts.maxArtifactBytes, timeoutMs: ctx.timeoutMs });
  return dest;
}

/** The indexes for a requirement: CLI options, else PIP_INDEX_URL/PIP_EXTRA_INDEX_URL, else the lock entry's or the file's own, else PyPI. */
function indexesFor(ctx: Ctx, m: Manifest, r: Requirement): Indexes {
  const o = ctx.opts;
  if (o.indexUrl || o.extraIndexUrls?.length) return { index: o.indexUrl ?? PYPI_SIMPLE, extras: o.extraIndexUrls ?? [] };
  const env = o.env ?? process.env;
  if (env.PIP_INDEX_URL || env.PIP_EXTRA_INDEX_URL) return { index: env.PIP_INDEX_URL || PYPI_SIMPLE, extras: (env.PIP_EXTRA_INDEX_URL ?? '').split(/\s+/).filter(Boolean) };
  if (r.index) return { index: r.index, extras: [] };
  if (m.indexUrls.length || m.extraIndexUrls.length) return { index: m.indexUrls[m.indexUrls.length - 1] ?? PYPI_SIMPLE, extras: m.extraIndexUrls };
  return { index: PYPI_SIMPLE, extras: [] };
}

/** Every file the indexes list for a project (primary first). */
async function indexFiles(ctx: Ctx, idx: Indexes, name: string): Promise<IndexEntry[]> {
  const out: IndexEntry[] = [];
  for (const u of [idx.index, ...idx.extras]) out.push(...(await listProjectFiles(u, name, Math.min(ctx.timeoutMs, 120_000))));
  return out;
}

const hashList = (e: IndexEntry): string[] => Object.entries(e.hashes).map(([a, h]) => `${a}:${h}`);

/** Constraints of the manifest that apply to a name (pins and hashes of `-c` files). */
function constraintsFor(m: Manifest, name: string | null): Requirement[] {
  return name ? (m.constraints ?? []).filter((c) => c.name === name) : [];
}

/**
 * Fetch the sdist of a requirement directly: the locked sdist URL, else the index's simple API (by locked file name,
 * by locked hash, else the best version for the specifier). Returns false when there is none.
 */
async function fetchSdist(ctx: Ctx, m: Manifest, r: Requirement, name: string, spec: string, requiredBy: Requirement[]): Promise<FetchedArtifact | null | false> {
  const lockedSdists = r.files.filter((f) => f.filename && parseArtifactFilename(f.filename)?.kind === 'sdist');
  const withUrl = lockedSdists.find((f) => f.url);
  if (withUrl?.url) {
    const p = await downloadTo(ctx, lockUrl(m, withUrl.url), withUrl.filename ?? 'sdist.tar.gz');
    return addArtifact(ctx, p, path.basename(p), 'http', withUrl.url, requiredBy);
  }
  const idx = indexesFor(ctx, m, r);
  const files = (await indexFiles(ctx, idx, name)).filter((e) => {
    const a = parseArtifactFilename(e.filename);
    return a?.kind === 'sdist' && a.name === normalizeName(name);
  });
  let pick: IndexEntry | undefined;
  const wanted = new Set(lockedSdists.map((f) => f.filename));
  if (wanted.size) pick = files.find((e) => wanted.has(e.filename));
  else if (r.hashes.length && r.files.length === 0 && r.version) {
    const hs = new Set(r.hashes);
    pick = files.find((e) => hashList(e).some((h) => hs.has(h)));
  }
  if (!pick && !wanted.size) {
    const specs: Specifier[] = [];
    for (const s of [spec, r.name === normalizeName(name) ? r.specifier : '', ...constraintsFor(m, normalizeName(name)).map((c) => c.specifier)]) specs.push(...(parseSpecifierSet(s) ?? []));
    const pinned = specs.some((s) => s.op === '==' || s.op === '===');
    const usable = files.filter((e) => pinned || !e.yanked);
    const v = bestVersion(usable.map((e) => parseArtifactFilename(e.filename)!.version), specs);
    const same = usable.filter((e) => parseArtifactFilename(e.filename)!.version === v);
    pick = same.find((e) => /\.tar\.gz$/i.test(e.filename)) ?? same[0];
  }
  if (!pick) return false;
  const p = await downloadTo(ctx, pick.url, pick.filename);
  return addArtifact(ctx, p, path.basename(p), 'http', pick.url, requiredBy, hashList(pick));
}

/** A locked URL or path, absolute (relative paths are relative to the lock file). */
function lockUrl(m: Manifest, u: string): string {
  if (isUrl(u)) return u;
  return pathToFileURL(path.resolve(path.dirname(m.file), u)).toString();
}

/** Marker environment for the target: the interpreter's, or one with the platform variables left open. */
function targetEnvironment(ctx: Ctx, platforms: string[] | null): MarkerEnvironment {
  const base: MarkerEnvironment = ctx.python ? { ...ctx.python.markers } : { sys_platform: process.platform === 'win32' ? 'win32' : process.platform, os_name: process.platform === 'win32' ? 'nt' : 'posix' };
  if (!platforms) return base;
  const open: MarkerEnvironment = { ...base };
  for (const k of ['sys_platform', 'platform_system', 'os_name', 'platform_machine', 'platform_release', 'platform_version'] as const) delete open[k];
  const os_ = new Set(platforms.map((p) => (/^win/.test(p) ? 'win' : /^macosx/.test(p) ? 'mac' : /linux/.test(p) ? 'linux' : '?')));
  if (os_.size === 1) {
    const o = [...os_][0];
    if (o === 'win') Object.assign(open, { sys_platform: 'win32', platform_system: 'Windows', os_name: 'nt' });
    if (o === 'mac') Object.assign(open, { sys_platform: 'darwin', platform_system: 'Darwin', os_name: 'posix' });
    if (o === 'linux') Object.assign(open, { sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix' });
  }
  return open;
}

interface PipEntry {
  req: Requirement;
  manifest: Manifest;
  /** What pip is asked for (one requirements-file line, hashes included). */
  line: string;
}

interface PipGroup {
  key: string;
  entries: PipEntry[];
  indexes: Indexes | null;
  /** Find-links page for locked URLs (pip runs with --no-index). */
  linksPage: string | null;
  findLinks: string[];
  noDeps: boolean;
  requireHashes: boolean;
  constraints: Requirement[];
}

function pipLine(r: Requirement, pinned: boolean): string {
  const extras = r.extras.length ? `[${r.extras.join(',')}]` : '';
  const spec = pinned && r.version ? `==${r.version}` : r.specifier;
  return `${r.name}${extras}${spec}${r.hashes.map((h) => ` --hash=${h}`).join('')}`;
}

/** pip's error lines, the last few, for a message. */
function pipErrors(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trimEnd()).filter((l) => /^ERROR:|^\s+(Expected|Got)\b/.test(l));
  return (lines.length ? lines : stderr.trim().split('\n')).slice(-6).join(' | ').slice(0, 2000);
}

/** `name>=1 (from parent)` → name, specifier and parent, from pip's "No matching distribution found for …". */
function missingFrom(stderr: string): { name: string; spec: string; parent: string | null } | null {
  const m = /No matching distribution found for (.+)$/m.exec(stderr);
  if (!m) return null;
  const what = m[1].trim();
  const parsed = parseRequirement(what.replace(/\s*\(from [^)]*\)\s*$/, ''));
  if ('error' in parsed || !parsed.name) return null;
  const cv = /Could not find a version that satisfies the requirement \S+ \(from ([A-Za-z0-9._-]+)/.exec(stderr);
  return { name: parsed.name, spec: parsed.specifier, parent: cv ? normalizeName(cv[1]) : null };
}

/** Requirements-file lines (1-based) pip says do not match their hashes. */
function hashMismatchLines(stderr: string): number[] {
  if (!/DO NOT MATCH THE HASHES/.test(stderr)) return [];
  return [...stderr.matchAll(/\(from -r \S+ \(line (\d+)\)\)/g)].map((m) => Number(m[1]));
}

async function runPipGroup(ctx: Ctx, g: PipGroup, platform: string | null): Promise<void> {
  const py = ctx.python!;
  ctx.pipUsed = true;
  const dir = await freshDir(ctx, 'pip');
  const out = path.join(dir, 'out');
  const stubs = path.join(dir, 'placeholders');
  await fs.mkdir(out);
  // pip's own temporary files (unpacked downloads, build trackers) stay in this folder too, not in the system one.
  const pipTmp = path.join(dir, 'tmp');
  await fs.mkdir(pipTmp);
  const pipTemp = { TMPDIR: pipTmp, TEMP: pipTmp, TMP: pipTmp };
  let entries = [...g.entries];
  const direct: FetchedArtifact[] = [];
  const stubHashes = new Set<string>();
  const stubDeps = new Map<string, string[]>();
  const seenMissing = new Set<string>();
  const maxRounds = entries.length + 25;
  let ok = false;
  for (let round = 0; round < maxRounds && entries.length; round++) {
    const reqFile = path.join(dir, `requirements-${round}.txt`);
    await fs.writeFile(reqFile, entries.map((e) => e.line).join('\n') + '\n');
    const args = ['-I', '-c', PIP_CAPPED, String(ctx.opts.maxArtifactBytes), '--isolated', 'download', '--only-binary', ':all:', '--no-cache-dir', '--disable-pip-version-check', '--no-input', '--progress-bar', 'off', '--timeout', '60', '-d', out, '-r', reqFile];
    if (g.noDeps) args.push('--no-deps');
    if (g.requireHashes) args.push('--require-hashes');
    if (g.linksPage) args.push('--no-index', '--find-links', g.linksPage);
    else if (g.indexes) {
      args.push('--index-url', g.indexes.index);
      for (const e of g.indexes.extras) args.push('--extra-index-url', e);
    }
    for (const f of g.findLinks) args.push('--find-links', f);
    if (stubHashes.size) args.push('--find-links', stubs);
    if (g.constraints.length && !g.noDeps) {
      const cFile = path.join(dir, 'constraints.txt');
      await fs.writeFile(cFile, g.constraints.map((c) => `${c.name}${c.specifier}`).join('\n') + '\n');
      args.push('-c', cFile);
    }
    if (platform) {
      args.push('--platform', platform, '--python-version', py.pythonVersion);
      const impl = py.markers.implementation_name === 'pypy' ? 'pp' : py.markers.implementation_name === 'cpython' ? 'cp' : null;
      if (impl) args.push('--implementation', impl);
    }
    const r = await runProcess(py.executable, args, { env: { ...pipEnvironment(ctx.opts.env), ...pipTemp }, cwd: dir, timeoutMs: ctx.timeoutMs });
    if (r.code === 0) {
      ok = true;
      break;
    }
    if (r.timedOut) {
      for (const e of entries) problem(ctx, e.req, `pip timed out after ${ctx.timeoutMs / 1000} s`, true);
      return;
    }
    if (/\[Errno 27\]|File too large/.test(r.stderr)) {
      for (const e of entries) problem(ctx, e.req, `pip stopped: a file it downloaded grew past the ${ctx.opts.maxArtifactBytes}-byte artifact limit (not scanned)`, true);
      return;
    }
    const bad = hashMismatchLines(r.stderr);
    if (bad.length) {
      const badSet = new Set(bad.map((n) => entries[n - 1]).filter(Boolean));
      for (const e of badSet) problem(ctx, e.req, `hash mismatch reported by pip — the artifact was not scanned: ${pipErrors(r.stderr)}`, true);
      entries = entries.filter((e) => !badSet.has(e));
      if (badSet.size) continue;
    }
    const miss = missingFrom(r.stderr);
    const key = miss ? `${miss.name}${miss.spec}` : '';
    if (!miss || seenMissing.has(key)) {
      for (const e of entries) problem(ctx, e.req, `pip could not download it${platform ? ` for ${platform}` : ''}: ${pipErrors(r.stderr)}`, true);
      return;
    }
    seenMissing.add(key);
    // No wheel for the target: the sdist, fetched directly and never built.
    const top = entries.find((e) => e.req.name === miss.name);
    const owner = top ?? entries.find((e) => e.req.name === miss.parent) ?? entries[0];
    let got: FetchedArtifact | null | false;
    try {
      got = await fetchSdist(ctx, owner.manifest, top?.req ?? { ...owner.req, name: miss.name, specifier: miss.spec, version: null, hashes: [], files: [] }, miss.name, miss.spec, top ? [top.req] : []);
    } catch (e) {
      got = null;
      problem(ctx, owner.req, `no wheel for ${miss.name}${miss.spec} and its sdist could not be downloaded: ${(e as Error).message}`, true);
    }
    if (got === false) {
      problem(ctx, top?.req ?? owner.req, `${miss.name}${miss.spec}${top ? '' : ` (needed by ${miss.parent ?? 'a dependency'})`}: no wheel${platform ? ` for ${platform}` : ''} and no sdist on the index`, true);
    }
    if (g.noDeps || !got) {
      entries = entries.filter((e) => e !== top);
      if ((got === false || got === null) && !top && !g.noDeps) {
        // pip cannot resolve past a dependency it has no artifact for: the rest of this file is not fetched either.
        for (const e of entries) if (e !== owner) problem(ctx, e.req, `not fetched: resolution stopped at ${miss.name}${miss.spec} (see the error above)`, true);
        return;
      }
      continue;
    }
    direct.push(got);
    ctx.transitive.add(got);
    // Resolving dependencies: a placeholder wheel lets pip go on, carrying the sdist's declared dependencies.
    const meta = await readDeclaredMetadata(got.path);
    const version = parseArtifactFilename(got.filename)?.version ?? '0';
    const deps = meta?.requiresDist ?? [];
    stubDeps.set(miss.name, deps);
    if (!meta || meta.metadataVersion === null || Number(meta.metadataVersion) < 2.2 || meta.dynamic.includes('requires-dist')) {
      problem(ctx, top?.req ?? owner.req, `${miss.name} ${version} has no wheel: its sdist was scanned, and its dependencies were read from PKG-INFO, which ${meta ? 'does not guarantee them complete (metadata not static)' : 'it lacks'}`, false, true);
    }
    const stub = placeholderWheel(miss.name, version, deps);
    await fs.mkdir(stubs).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    await fs.writeFile(path.join(stubs, stub.filename), stub.data);
    stubHashes.add((await hashFile(path.join(stubs, stub.filename), ['sha256'])).sha256);
  }
  if (!ok && entries.length) {
    for (const e of entries) problem(ctx, e.req, `pip could not download it after ${maxRounds} attempts`, true);
    return;
  }
  // What pip saved, placeholders dropped, mapped to the requirements that pulled each in.
  const saved: Array<{ file: string; name: string }> = [];
  for (const f of (await fs.readdir(out)).sort()) {
    const p = path.join(out, f);
    if (stubHashes.has((await hashFile(p, ['sha256'])).sha256)) continue;
    const a = parseArtifactFilename(f);
    saved.push({ file: p, name: a?.name ?? normalizeName(f) });
  }
  const parents = await dependencyParents(saved, stubDeps);
  const topByName = new Map<string, Requirement[]>();
  for (const e of g.entries) if (e.req.name) topByName.set(e.req.name, [...(topByName.get(e.req.name) ?? []), e.req]);
  const reqsOf = (name: string): Requirement[] => {
    if (topByName.has(name)) return topByName.get(name)!;
    const found = new Set<Requirement>();
    const seen = new Set<string>([name]);
    const queue = [name];
    while (queue.length) {
      const n = queue.shift()!;
      for (const p of parents.get(n) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        const t = topByName.get(p);
        if (t) t.forEach((x) => found.add(x));
        else queue.push(p);
      }
    }
    return found.size ? [...found] : g.entries.map((e) => e.req);
  };
  for (const s of saved) {
    const reqs = reqsOf(s.name);
    const a = await addArtifact(ctx, s.file, path.basename(s.file), 'pip', null, topByName.has(s.name) ? reqs : reqs.map((r) => viaDependency(r, s.name)));
    if (a && !g.noDeps) ctx.transitive.add(a);
  }
  for (const d of direct) {
    const name = parseArtifactFilename(d.filename)?.name;
    if (name && !topByName.has(name) && d.requiredBy.length === 0) d.requiredBy.push(...reqsOf(name).map((r) => viaDependency(r, name)));
  }
}

/** A requirement standing for a dependency it pulled in (same location; text says through what). */
const viaCache = new WeakMap<Requirement, Map<string, Requirement>>();
function viaDependency(r: Requirement, dep: string): Requirement {
  let m = viaCache.get(r);
  if (!m) viaCache.set(r, (m = new Map()));
  let v = m.get(dep);
  if (!v) m.set(dep, (v = { ...r, text: `${r.text} (dependency ${dep})` }));
  return v;
}

/** child → parents, from the Requires-Dist of every saved wheel and the placeholders' declared dependencies. */
async function dependencyParents(saved: Array<{ file: string; name: string }>, stubDeps: Map<string, string[]>): Promise<Map<string, Set<string>>> {
  const parents = new Map<string, Set<string>>();
  const edge = (from: string, dep: string) => {
    const p = parseRequirement(dep.split(';')[0]);
    if ('error' in p || !p.name) return;
    if (!parents.has(p.name)) parents.set(p.name, new Set());
    parents.get(p.name)!.add(from);
  };
  for (const s of saved) {
    if (!/\.whl$/i.test(s.file)) continue;
    const meta = await readDeclaredMetadata(s.file);
    for (const d of meta?.requiresDist ?? []) edge(s.name, d);
  }
  for (const [name, deps] of stubDeps) for (const d of deps) edge(name, d);
  return parents;
}

/** Every file a lock entry lists (`--platform all`), downloaded directly. */
async function fetchAllLockedFiles(ctx: Ctx, m: Manifest, r: Requirement): Promise<void> {
  const files: Array<{ url: string; filename: string; hashes: string[] }> = [];
  const missing = r.files.filter((f) => !f.url);
  for (const f of r.files) if (f.url) files.push({ url: lockUrl(m, f.url), filename: f.filename ?? 'artifact', hashes: f.hashes });
  if (missing.length || (!r.files.length && r.name)) {
    const listed = await indexFiles(ctx, indexesFor(ctx, m, r), r.name!);
    if (missing.length) {
      const byName = new Map(listed.map((e) => [e.filename, e]));
      for (const f of missing) {
        const e = f.filename ? byName.get(f.filename) : undefined;
        if (e) files.push({ url: e.url, filename: e.filename, hashes: f.hashes });
        else problem(ctx, r, `${f.filename ?? 'a locked file'} is not on the index`, true);
      }
    } else {
      // Pipfile.lock: hashes only. Every file of the locked version whose hash the lock lists.
      const hs = new Set(r.hashes);
      for (const e of listed) {
        const a = parseArtifactFilename(e.filename);
        if (a?.name === r.name && a.version === r.version && hashList(e).some((h) => hs.has(h))) files.push({ url: e.url, filename: e.filename, hashes: [] });
      }
      if (!files.length) problem(ctx, r, `no file of ${r.name} ${r.version ?? ''} with a locked hash on the index`, true);
    }
  }
  await pool(files, ctx.opts.jobs ?? DEFAULT_JOBS, async (f) => {
    try {
      const p = await downloadTo(ctx, f.url, f.filename);
      await addArtifact(ctx, p, path.basename(p), 'http', f.url, [r], f.hashes);
    } catch (e) {
      problem(ctx, r, `cannot download ${f.filename}: ${(e as Error).message}`, true);
    }
  });
}

/** A URL or path requirement: downloaded or read directly; VCS and folders are reported. */
async function fetchDirect(ctx: Ctx, m: Manifest, r: Requirement): Promise<void> {
  const raw = r.url!;
  if (isVcsUrl(raw)) {
    problem(ctx, r, `VCS requirement ${redact(raw.replace(/^[a-z]+\+/i, ''))}: a repository checkout is not an artifact and cannot be scanned without building it`, false);
    return;
  }
  const fragment = /#(?:.*&)?(md5|sha1|sha224|sha256|sha384|sha512)=([0-9a-f]+)/i.exec(raw);
  const extra = fragment ? [`${fragment[1].toLowerCase()}:${fragment[2].toLowerCase()}`] : [];
  const clean = raw.replace(/#.*$/, '');
  if (/^https?:/i.test(clean)) {
    const filename = unescapeUrlPart(new URL(clean).pathname.split('/').pop() || 'artifact');
    if (!ARTIFACT_RE.test(filename)) {
      problem(ctx, r, `${redact(clean)} does not name an artifact (.whl, .tar.gz, .zip…): not downloaded`, false);
      return;
    }
    const p = await downloadTo(ctx, clean, filename);
    await addArtifact(ctx, p, path.basename(p), 'http', clean, [r], extra);
    return;
  }
  let local: string;
  if (/^file:/i.test(clean)) local = new URL(clean).pathname;
  else if (isUrl(clean)) {
    problem(ctx, r, `refused URL scheme in ${redact(clean)}: only http, https and file`, true);
    return;
  } else local = m.kind === 'requirements' ? path.resolve(clean) : path.resolve(path.dirname(m.file), clean);
  const st = await fs.stat(local).catch(() => null);
  if (st?.isDirectory()) {
    problem(ctx, r, `${clean} is a local project folder (${r.editable ? 'editable, ' : ''}your own source, not a downloaded artifact): not scanned — scan its built wheel or sdist instead`, false, true);
    return;
  }
  if (!st?.isFile()) {
    problem(ctx, r, `${clean}: no such file`, true);
    return;
  }
  if (!ARTIFACT_RE.test(local)) {
    problem(ctx, r, `${clean} is not an artifact (.whl, .tar.gz, .zip…)`, true);
    return;
  }
  if (st.size > ctx.opts.maxArtifactBytes) {
    problem(ctx, r, `${clean} is ${st.size} bytes, over the ${ctx.opts.maxArtifactBytes}-byte artifact limit`, true);
    return;
  }
  await addArtifact(ctx, local, path.basename(local), 'local', null, [r], extra);
}

/**
 * Entries fetched one by one (--no-deps) split into pip processes: one per job when there are enough (MIN_SHARD
 * each), and none larger than MAX_SHARD, so that artifacts arrive batch after batch and are scanned while the
 * later batches download (pip saves a process's files only when it ends).
 */
export function pipBatches<T>(items: T[], jobs: number): T[][] {
  const n = Math.max(1, Math.min(jobs, Math.ceil(items.length / MIN_SHARD)), Math.ceil(items.length / MAX_SHARD));
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((x, i) => out[i % n].push(x));
  return out.filter((s) => s.length);
}

function linksPage(entries: PipEntry[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const anchors: string[] = [];
  for (const e of entries) {
    for (const f of e.req.files) {
      if (!f.url || !f.filename) continue;
      const sha = f.hashes.find((h) => h.startsWith('sha256:'));
      const href = lockUrl(e.manifest, f.url).replace(/#.*$/, '') + (sha ? `#sha256=${sha.slice(7)}` : '');
      anchors.push(`<a href="${esc(href)}">${esc(f.filename)}</a>`);
    }
  }
  return `<!DOCTYPE html><html><body>\n${anchors.join('<br/>\n')}\n</body></html>\n`;
}

const isWheel = (f: LockedFile): boolean => !!f.filename && /\.whl$/i.test(f.filename);

/**
 * This shard's part of what was fetched (everything when not sharded). Artifacts of entries split before fetching are
 * all this shard's; those pip resolved transitively go by their project name, so each is kept by exactly one shard
 * (every shard resolves the same closure). Problems and notes go by the name of their requirement; problems tied to no
 * requirement (a failure of the whole fetch) stay in every shard, and merge reports them once.
 */
function shardPart(ctx: Ctx): { artifacts: FetchedArtifact[]; problems: FetchProblem[] } {
  const shard = ctx.opts.shard;
  const all = [...ctx.artifacts.values()];
  if (!shard) return { artifacts: all, problems: ctx.problems };
  return {
    artifacts: all.filter((a) => !ctx.transitive.has(a) || inShard(fetchedArtifactKey(a.filename), shard)),
    problems: ctx.problems.filter((p) => !p.requirement || inShard(requirementKey(p.requirement), shard)),
  };
}

export async function fetchArtifacts(manifests: Manifest[], opts: FetchRunOptions): Promise<FetchResult> {
  const t0 = performance.now();
  // Under the run's temporary folder when an entry point opened one (src/tempdir.ts), so an interrupted run leaves nothing.
  const root = opts.workDir ? await fs.mkdir(opts.workDir, { recursive: true }).then(() => fs.mkdtemp(path.join(opts.workDir!, 'pss-fetch-'))) : await makeTempDir('fetch');
  const ctx: Ctx = { opts, root, timeoutMs: (opts.timeoutSeconds ?? 900) * 1000, python: null, pythonError: null, pipUsed: false, artifacts: new Map(), problems: [], seq: 0, transitive: new Set() };
  const cleanup = () => fs.rm(root, { recursive: true, force: true });
  try {
    await fetchInto(ctx, manifests);
  } catch (e) {
    await cleanup();
    throw e;
  }
  const { artifacts, problems } = shardPart(ctx);
  return { artifacts, problems, pip: ctx.pipUsed ? (ctx.python?.pip ?? null) : null, seconds: (performance.now() - t0) / 1000, cleanup };
}

async function fetchInto(ctx: Ctx, manifests: Manifest[]): Promise<void> {
  const opts = ctx.opts;
  const platforms = opts.platforms === 'all' ? 'all' : Array.isArray(opts.platforms) && opts.platforms.length ? opts.platforms : null;
  const jobs = Math.max(1, opts.jobs ?? DEFAULT_JOBS);
  const needsPip = manifests.some((m) => m.requirements.some((r) => !r.url && (m.kind === 'requirements' || platforms !== 'all')));
  if (needsPip) {
    try {
      ctx.python = await findPython(opts.python);
    } catch (e) {
      ctx.pythonError = (e as Error).message;
    }
  }
  const env = targetEnvironment(ctx, platforms === 'all' ? ALL_PLATFORMS : platforms);
  const groups = new Map<string, PipGroup>();
  const directTasks: Array<() => Promise<void>> = [];
  /** A direct fetch for one requirement; its failure becomes a problem on that requirement. */
  const direct = (r0: Requirement, fetchOne: () => Promise<unknown>): void => {
    directTasks.push(async () => {
      try {
        await fetchOne();
      } catch (e) {
        problem(ctx, r0, (e as Error).message, true);
      }
    });
  };
  for (const m of manifests) {
    const hashed = m.kind === 'requirements' && m.requirements.some((r) => r.hashes.length > 0);
    for (const r0 of m.requirements) {
      if (opts.only && r0.name && !opts.only.has(r0.name)) continue;
      // --shard: what is fetched entry by entry (lock entries, hashed requirements, URLs, paths) is split here, before
      // any download; requirements pip resolves transitively are fetched whole by every shard and split in shardPart().
      if (opts.shard && !(m.kind === 'requirements' && !hashed && !r0.url) && !inShard(requirementKey(r0), opts.shard)) continue;
      // Constraint files add their hashes to the requirement they pin.
      const cons = constraintsFor(m, r0.name);
      const r: Requirement = cons.length && !r0.hashes.length ? { ...r0, hashes: cons.flatMap((c) => c.hashes) } : r0;
      const mk = evaluateMarker(r.markers, { ...env, extra: r.extras });
      if (!mk.applies) {
        problem(ctx, r0, `not for this environment (marker: ${r.markers}): not fetched`, false, true);
        continue;
      }
      if (r.url && !(m.kind !== 'requirements' && r.files.length && !isVcsUrl(r.url))) {
        direct(r0, () => fetchDirect(ctx, m, r));
        continue;
      }
      if (!r.name) {
        problem(ctx, r0, 'requirement without a project name', true);
        continue;
      }
      const isLock = m.kind !== 'requirements';
      const hasUrls = isLock && r.files.some((f) => f.url);
      if (isLock && platforms === 'all') {
        direct(r0, () => fetchAllLockedFiles(ctx, m, r));
        continue;
      }
      if (isLock && r.files.length && !r.files.some(isWheel)) {
        // Only an sdist is locked: nothing for pip to do.
        direct(r0, async () => {
          if ((await fetchSdist(ctx, m, r, r.name!, r.specifier, [r])) === false) problem(ctx, r0, 'the locked sdist is not on the index', true);
        });
        continue;
      }
      if (!ctx.python) {
        problem(ctx, r0, ctx.pythonError ?? 'no Python with pip', true);
        continue;
      }
      if (isLock && !r.version) {
        problem(ctx, r0, 'lock entry without a version', true);
        continue;
      }
      const noDeps = isLock || hashed;
      const idx = hasUrls ? null : indexesFor(ctx, m, r);
      const requireHashes = noDeps && r.hashes.length > 0;
      const key = JSON.stringify([hasUrls, idx, noDeps, requireHashes, isLock ? null : m.file]);
      let g = groups.get(key);
      if (!g) {
        g = { key, entries: [], indexes: idx, linksPage: null, findLinks: isLock ? [] : m.findLinks.map((f) => (isUrl(f) ? f : path.resolve(f))), noDeps, requireHashes, constraints: isLock ? [] : (m.constraints ?? []) };
        groups.set(key, g);
      }
      g.entries.push({ req: r, manifest: m, line: pipLine(r, isLock) });
    }
  }
  const pipTasks: Array<() => Promise<void>> = [];
  for (const g of groups.values()) {
    if (g.key.startsWith('[true')) {
      g.linksPage = path.join(await freshDir(ctx, 'links'), 'locked-files.html');
      await fs.writeFile(g.linksPage, linksPage(g.entries));
    }
    const parts = g.noDeps ? pipBatches(g.entries, jobs) : [g.entries];
    const plats: Array<string | null> = platforms === 'all' ? ALL_PLATFORMS : platforms ?? [null];
    for (const part of parts) for (const p of plats) pipTasks.push(() => runPipGroup(ctx, { ...g, entries: part }, p));
  }
  await pool([...pipTasks, ...directTasks], jobs, async (t) => {
    try {
      await t();
    } catch (e) {
      problem(ctx, null, e instanceof FetchError ? e.message : `fetch failed: ${(e as Error).message}`, true);
    }
  });
}
