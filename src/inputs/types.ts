/**
 * What a project depends on, read from requirements files and lock files into one model (src/inputs), and what the
 * fetch stage (src/fetch) made of it. Every requirement remembers the manifest line that asked for it, so that
 * findings can be annotated there.
 */

/** A line in a manifest (1-based), for annotations and SARIF locations. */
export interface SourceLocation {
  /** The manifest path as the user gave it (relative to the working directory when possible). */
  file: string;
  line: number;
}

/** Manifest formats understood. */
export type ManifestKind = 'requirements' | 'poetry.lock' | 'Pipfile.lock' | 'uv.lock' | 'pylock.toml' | 'pdm.lock';

/** One file a lock entry lists (wheel or sdist), with its hashes. */
export interface LockedFile {
  /** File name (e.g. `pkg-1.0-py3-none-any.whl`), when known. */
  filename: string | null;
  /** Where to download it, when the lock says. */
  url: string | null;
  /** Hashes as `algo:hex`, lower case (e.g. `sha256:ab12...`). */
  hashes: string[];
}

export interface Requirement {
  /** PEP 503-normalized project name; null for a bare URL or path whose name is unknown. */
  name: string | null;
  /** Version specifier as written (`==1.2.3`, `>=2`), '' when none. */
  specifier: string;
  /** The exact version when pinned (`==1.2.3`) or locked; null otherwise. */
  version: string | null;
  extras: string[];
  /** PEP 508 environment markers as written, null when none. */
  markers: string | null;
  /** `name @ url`, a bare URL, a local path or a VCS URL; null for index requirements. */
  url: string | null;
  editable: boolean;
  /** `--hash` options and lock hashes as `algo:hex`: any fetched artifact must match one of them. */
  hashes: string[];
  /** Files a lock lists for this package (empty for requirements files). */
  files: LockedFile[];
  /** Index the lock says the package comes from, when it says. */
  index: string | null;
  /** Where it was asked for. */
  location: SourceLocation;
  /** The requirement as written (one logical line, continuations joined), for people. */
  text: string;
}

export interface Manifest {
  file: string;
  kind: ManifestKind;
  requirements: Requirement[];
  /** `--index-url` / `--extra-index-url` / `--find-links` lines of requirements files (in order, includes followed). */
  indexUrls: string[];
  extraIndexUrls: string[];
  findLinks: string[];
  /** Files read because of `-r` / `-c` (constraints are read for their hashes and pins, not fetched). */
  included: string[];
  /** Requirements of `-c` constraint files: pins and hashes applied to the requirements, never fetched themselves. */
  constraints?: Requirement[];
  /** Lines read but not acted on (options pip has that change nothing here), for people. */
  warnings?: Array<{ location: SourceLocation; message: string }>;
}

/** A manifest that cannot be read as its format says: the message names the file and line. */
export class ManifestError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation | null = null,
  ) {
    super(location ? `${location.file}:${location.line}: ${message}` : message);
  }
}

/** An artifact on disk, ready to scan, and every requirement that pulled it in. */
export interface FetchedArtifact {
  /** Local path of the downloaded (or given) file. */
  path: string;
  filename: string;
  sha256: string;
  /** How it was obtained. */
  via: 'pip' | 'http' | 'local';
  /** The URL it came from, when known. */
  url: string | null;
  requiredBy: Requirement[];
}

/** A requirement that produced no artifact to scan, or one that failed verification: never a silent skip. */
export interface FetchProblem {
  requirement: Requirement | null;
  message: string;
  /** true: the run fails (hash mismatch, download refused); false: reported as not scanned (e.g. marker excludes it). */
  fatal: boolean;
  /**
   * A note for people that changes nothing (a marker excludes the requirement, a local project folder): not fatal,
   * and not an unscanned dependency either. Non-fatal problems without it (a VCS requirement) are dependencies that
   * could not be scanned: the run reports them as incomplete.
   */
  note?: boolean;
}
