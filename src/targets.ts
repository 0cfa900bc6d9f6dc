/** Turning command-line targets into artifact files (given, or folders searched recursively) and manifests to fetch. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_RE } from './inputs/index.js';

/** What pip unpacks as an archive (pip's ARCHIVE_EXTENSIONS: its .tlz and .tar.lz are read as xz/lzma too), and eggs. */
export const ARTIFACT_RE = /\.(whl|egg|zip|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.lzma|tar\.lz|tlz|tar)$/i;
const MAX_FILES = 100_000;
const MAX_DEPTH = 32;

export interface ResolvedTargets {
  artifacts: string[];
  /** Requirements and lock files, read and fetched by run.ts. */
  manifests: string[];
  errors: Array<{ target: string; message: string }>;
}

export async function resolveTargets(targets: string[]): Promise<ResolvedTargets> {
  const artifacts: string[] = [];
  const manifests: string[] = [];
  const errors: ResolvedTargets['errors'] = [];
  for (const target of targets) {
    let st;
    try {
      st = await fs.stat(target);
    } catch {
      errors.push({ target, message: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      const ok = await walk(target, found, 0);
      if (!ok) errors.push({ target, message: `more than ${MAX_FILES} artifacts or ${MAX_DEPTH} folder levels: stopped searching` });
      if (found.length === 0) errors.push({ target, message: 'no Python artifacts (.whl, .tar.gz, .tar.bz2, .tar.xz, .zip, .egg) found in this folder' });
      artifacts.push(...found.sort());
    } else if (MANIFEST_RE.test(target)) {
      manifests.push(target);
    } else if (ARTIFACT_RE.test(target)) {
      artifacts.push(target);
    } else {
      errors.push({ target, message: 'not a Python artifact (.whl, .tar.gz, .tar.bz2, .tar.xz, .zip, .egg) nor a requirements or lock file (requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, pdm.lock, pylock.toml)' });
    }
  }
  return { artifacts: [...new Set(artifacts)], manifests: [...new Set(manifests)], errors };
}

/** Depth-first, symlinked folders not followed (loops); returns false when a bound was hit. */
async function walk(dir: string, out: string[], depth: number): Promise<boolean> {
  if (depth > MAX_DEPTH) return false;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return true;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!(await walk(p, out, depth + 1))) return false;
    } else if ((e.isFile() || e.isSymbolicLink()) && ARTIFACT_RE.test(e.name)) {
      if (e.isSymbolicLink()) {
        const st = await fs.stat(p).catch(() => null);
        if (!st?.isFile()) continue;
      }
      if (out.length >= MAX_FILES) return false;
      out.push(p);
    }
  }
  return true;
}
