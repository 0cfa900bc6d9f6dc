/** Project names and artifact file names (PEP 503 normalization, wheel and sdist file name conventions). */

/** PEP 503: lower case, runs of `-`, `_`, `.` become one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export const SDIST_EXT_RE = /\.(tar\.gz|tgz|zip|tar\.bz2|tbz2?|tar\.xz|txz|tar)$/i;

export interface ArtifactName {
  /** Normalized project name. */
  name: string;
  version: string;
  kind: 'wheel' | 'sdist';
  /** Wheel tags `py-abi-platform` (compressed tag sets kept as written), empty for sdists. */
  tags: string[];
}

/** Name, version and kind from an artifact's file name; null when it is neither a wheel nor an sdist name. */
export function parseArtifactFilename(filename: string): ArtifactName | null {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  if (/\.whl$/i.test(base)) {
    const parts = base.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6) return null;
    const [py, abi, plat] = parts.slice(-3);
    return { name: normalizeName(parts[0]), version: parts[1], kind: 'wheel', tags: [`${py}-${abi}-${plat}`] };
  }
  const m = SDIST_EXT_RE.exec(base);
  if (!m) return null;
  const stem = base.slice(0, m.index);
  // The version starts after the last hyphen that is followed by a digit (legacy names may contain hyphens).
  const i = stem.search(/-(?=v?\d[^-]*$)/i);
  if (i <= 0) return null;
  return { name: normalizeName(stem.slice(0, i)), version: stem.slice(i + 1), kind: 'sdist', tags: [] };
}

/** `%xx` escapes decoded; a stray `%` (on which decodeURIComponent throws) left as written. */
export function unescapeUrlPart(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
