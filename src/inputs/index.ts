/** Reading a manifest (requirements file or lock file) by its name. */
import fs from 'node:fs/promises';
import type { Manifest } from './types.js';
import { ManifestError } from './types.js';
import { lockKind, parseLockfile } from './lockfiles.js';
import { displayPath, readRequirementsFile, type RequirementsReadOptions } from './requirements.js';

export { ManifestError } from './types.js';
export type { Manifest, Requirement, LockedFile, FetchedArtifact, FetchProblem, SourceLocation, ManifestKind } from './types.js';

/** Requirements and lock file names, as targets. */
export const MANIFEST_RE = /(^|[\\/])(requirements[^\\/]*\.(txt|in)|constraints[^\\/]*\.txt|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|pylock(\.[^.\\/]+)?\.toml)$/i;

const MAX_LOCK_BYTES = 64 * 1024 * 1024;

export async function readManifest(file: string, options: RequirementsReadOptions = {}): Promise<Manifest> {
  const kind = lockKind(file);
  if (!kind) return readRequirementsFile(file, options);
  const shown = displayPath(file);
  let text: string;
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new ManifestError(`${shown} is not a regular file`);
    if (st.size > MAX_LOCK_BYTES) throw new ManifestError(`${shown} is ${st.size} bytes, over the ${MAX_LOCK_BYTES}-byte limit`);
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof ManifestError) throw e;
    throw new ManifestError(`cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseLockfile(text, kind, shown);
}
