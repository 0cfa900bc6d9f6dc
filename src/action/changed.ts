/**
 * `changed-only` on pull requests: scan only the packages that the pull request adds or changes in its requirements
 * and lock files. Both versions of each manifest are parsed with the input side's own readers (the base version from
 * `git show <base>:<path>`), and a package counts as changed when any of its requirements differs in anything that
 * decides which bytes are fetched: version, specifier, URL, hashes, extras, markers, index, locked files. When the base
 * commit cannot be read (a shallow clone), it is fetched once; failing that, everything is scanned, with a notice:
 * a diff that cannot be computed must never shrink the scan.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Manifest, Requirement } from '../inputs/types.js';
import { MANIFEST_RE, readManifest } from '../inputs/index.js';
import { lockKind, parseLockfile } from '../inputs/lockfiles.js';
import { readRequirementsFile } from '../inputs/requirements.js';
import { makeTempDir } from '../tempdir.js';

/** Everything about a requirement that decides what is fetched, as one comparable string. */
export function requirementSignature(r: Requirement): string {
  const files = r.files.map((f) => `${f.filename ?? ''}|${f.url ?? ''}|${[...f.hashes].sort().join(',')}`).sort();
  return JSON.stringify([r.name, r.specifier.replace(/\s+/g, ''), r.version, [...r.extras].sort(), r.markers?.replace(/\s+/g, ' ').trim() ?? null, r.url, r.editable, [...r.hashes].sort(), files, r.index]);
}

function byName(manifests: Manifest[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const man of manifests)
    for (const r of [...man.requirements, ...(man.constraints ?? [])]) {
      if (!r.name) continue;
      const set = m.get(r.name) ?? new Set<string>();
      set.add(requirementSignature(r));
      m.set(r.name, set);
    }
  return m;
}

/**
 * Normalized names of packages whose requirements in `head` are not all present, identical, in `base`: added
 * packages and changed ones. Removed packages are not listed (there is nothing to scan). A constraint that changes
 * counts as a change of its package.
 */
export function changedPackages(base: Manifest[], head: Manifest[]): Set<string> {
  const before = byName(base);
  const after = byName(head);
  const out = new Set<string>();
  for (const [name, sigs] of after) {
    const old = before.get(name);
    if (!old || [...sigs].some((s) => !old.has(s))) out.add(name);
  }
  return out;
}

/** Requirements without a name (bare URLs, paths) in head that are not in base, by their text. */
export function changedUnnamed(base: Manifest[], head: Manifest[]): string[] {
  const old = new Set(base.flatMap((m) => m.requirements.filter((r) => !r.name).map(requirementSignature)));
  return head.flatMap((m) => m.requirements.filter((r) => !r.name && !old.has(requirementSignature(r))).map((r) => r.text));
}

/** What reads a file as it was at a commit. */
export interface GitReader {
  /** Is the commit available locally? */
  hasCommit(rev: string): Promise<boolean>;
  /** Try to fetch the commit (shallow clones); true when it then exists. */
  fetchCommit(rev: string): Promise<boolean>;
  /** The file's text at `rev` (path relative to cwd), or null when it does not exist there. */
  show(rev: string, file: string): Promise<string | null>;
}

const GIT_MAX_BUFFER = 64 * 1024 * 1024;

function git(args: string[], cwd: string, timeoutMs = 120_000): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: GIT_MAX_BUFFER, timeout: timeoutMs, encoding: 'utf8', windowsHide: true }, (err, stdout, stderr) => {
      resolve({ ok: !err, stdout: String(stdout ?? ''), stderr: String(stderr ?? '') });
    });
  });
}

export function gitReader(cwd: string): GitReader {
  return {
    async hasCommit(rev) {
      return (await git(['cat-file', '-e', `${rev}^{commit}`], cwd)).ok;
    },
    async fetchCommit(rev) {
      await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', rev], cwd);
      return (await git(['cat-file', '-e', `${rev}^{commit}`], cwd)).ok;
    },
    async show(rev, file) {
      const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
      const r = await git(['show', `${rev}:./${rel}`], cwd);
      return r.ok ? r.stdout : null;
    },
  };
}

export interface ChangedOnlyResult {
  /** Names to fetch (FetchOptions.only), or null: scan everything. */
  only: Set<string> | null;
  /** For people (job summary and log). */
  notices: string[];
}

const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/**
 * Which packages of `manifests` changed since `baseSha`. Manifests are read as the scan reads them (head) and from
 * git (base); anything that cannot be compared makes that manifest count as entirely changed.
 */
export async function changedSince(manifests: string[], baseSha: string, options: { cwd?: string; git?: GitReader } = {}): Promise<ChangedOnlyResult> {
  const cwd = options.cwd ?? process.cwd();
  const g = options.git ?? gitReader(cwd);
  const notices: string[] = [];
  if (!SHA_RE.test(baseSha)) return { only: null, notices: [`changed-only: the base commit ${JSON.stringify(baseSha.slice(0, 80))} is not a commit id; scanning everything`] };
  const short = baseSha.slice(0, 12);
  if (!(await g.hasCommit(baseSha)) && !(await g.fetchCommit(baseSha))) {
    return { only: null, notices: [`changed-only: the base commit ${short} is not in this clone and could not be fetched (use actions/checkout with fetch-depth: 0); scanning everything`] };
  }
  const only = new Set<string>();
  const tmp = await makeTempDir('base');
  try {
    for (const file of manifests.filter((f) => MANIFEST_RE.test(f))) {
      let head: Manifest;
      try {
        head = await readManifest(path.resolve(cwd, file));
      } catch {
        continue; // the scan itself reports a manifest it cannot read
      }
      const headNames = new Set([...head.requirements, ...(head.constraints ?? [])].map((r) => r.name).filter((n): n is string => !!n));
      const baseText = await g.show(baseSha, file);
      if (baseText === null) {
        notices.push(`changed-only: ${file} is new in this pull request: all ${headNames.size} of its packages are scanned`);
        for (const n of headNames) only.add(n);
        continue;
      }
      let base: Manifest;
      try {
        base = await readBase(file, baseText, head, baseSha, g, tmp, cwd);
      } catch (e) {
        notices.push(`changed-only: ${file} at ${short} could not be read (${(e as Error).message.slice(0, 200)}): all its packages are scanned`);
        for (const n of headNames) only.add(n);
        continue;
      }
      const changed = changedPackages([base], [head]);
      for (const n of changed) only.add(n);
      const unnamed = changedUnnamed([base], [head]);
      if (unnamed.length) notices.push(`changed-only: ${unnamed.length} changed requirement(s) in ${file} have no package name (URLs or paths) and are handled as the fetch stage does`);
    }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
  notices.unshift(`changed-only: ${only.size} package(s) added or changed since ${short}${only.size ? `: ${[...only].sort().slice(0, 30).join(', ')}${only.size > 30 ? ', …' : ''}` : ''}`);
  return { only, notices };
}

/** The base version of a manifest: lock files parsed from text; requirements files with their includes, from git. */
async function readBase(file: string, text: string, head: Manifest, rev: string, g: GitReader, tmp: string, cwd: string): Promise<Manifest> {
  const kind = lockKind(file);
  if (kind) return parseLockfile(text, kind, file);
  // requirements files are read from disk (for -r/-c includes): lay the base versions out under a temporary folder,
  // at their paths relative to the working directory.
  const put = async (rel: string, content: string) => {
    const dest = path.join(tmp, rel);
    if (!dest.startsWith(tmp + path.sep)) return; // an include outside the checkout: left out (read as missing)
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.writeFile(dest, content);
  };
  const mainRel = path.relative(cwd, path.resolve(cwd, file));
  await put(mainRel, text);
  for (const inc of head.included) {
    const rel = path.relative(cwd, path.resolve(cwd, inc));
    const t = await g.show(rev, rel);
    if (t !== null) await put(rel, t);
  }
  return readRequirementsFile(path.join(tmp, mainRel));
}
