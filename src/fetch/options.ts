import type { Shard } from '../shard.js';

/** How artifacts are fetched for requirements and lock files. */
export interface FetchOptions {
  /** Python interpreter that runs pip (default: python3 on PATH, else the runner's tool cache). */
  python?: string;
  /** Index to use (`--index-url`); default: PIP_INDEX_URL, else the requirements file's own lines, else PyPI. */
  indexUrl?: string;
  extraIndexUrls?: string[];
  /** `runner` (default): wheels for this machine; `all`: every platform the lock lists; or explicit pip platform tags. */
  platforms?: 'runner' | 'all' | string[];
  /** Only these normalized project names (pull request `changed-only`); all when unset. */
  only?: ReadonlySet<string>;
  /** This runner's part of the requirements (`--shard i/n`, src/shard.ts); everything when unset. */
  shard?: Shard;
  /** Parallel downloads (pip processes or HTTP requests). */
  jobs?: number;
  /** Folder for downloads; a fresh temporary one (removed afterwards) when unset. */
  workDir?: string;
}
