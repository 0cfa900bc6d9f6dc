/**
 * The verdict cache (action input `cache`): reports of artifacts already scanned, one JSON file per artifact sha256
 * in a folder that @actions/cache restores at the start of a run and saves at the end. Entries are valid only for
 * the same tool version, rule set (RULES_VERSION) and scan limits: all three are in the cache key and in each entry.
 * Only fully scanned artifacts are cached (an incomplete scan is retried every time); the score is stored, the
 * verdict (flagged or not) is recomputed with the run's threshold and policy. A cache that cannot be restored or
 * saved is a warning, never a failure: the scan just runs in full.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactReport } from '../types.js';
import type { VerdictCache } from '../run.js';
import type { ScanOptions } from '../options.js';
import { RULES_VERSION, TOOL_VERSION } from '../version.js';
import type { Shard } from '../shard.js';

/** Where cache folders are kept between runs (@actions/cache in the action; a stub in tests). */
export interface CacheStore {
  available(): boolean;
  /** Restore `dir`; the key that matched, or undefined. */
  restore(dir: string, key: string, restoreKeys: string[]): Promise<string | undefined>;
  save(dir: string, key: string): Promise<void>;
}

/** @actions/cache, loaded only when the cache is used. */
export function actionsCacheStore(): CacheStore {
  let mod: typeof import('@actions/cache') | null = null;
  const load = async () => (mod ??= await import('@actions/cache'));
  return {
    available() {
      return !!(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL);
    },
    async restore(dir, key, restoreKeys) {
      const c = await load();
      if (!c.isFeatureAvailable()) return undefined;
      return c.restoreCache([dir], key, restoreKeys);
    },
    async save(dir, key) {
      const c = await load();
      if (!c.isFeatureAvailable()) return;
      await c.saveCache([dir], key);
    },
  };
}

const ENTRY_VERSION = 1;
/** Largest entry read back (a report with 50 findings per rule and pictures stays far below this). */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
const SHA_RE = /^[0-9a-f]{64}$/;

interface Entry {
  v: number;
  scope: string;
  report: ArtifactReport;
  /** Attachment bytes, base64, by attachment index. */
  pictures?: Record<string, string>;
}

/** What verdicts depend on besides the artifact's bytes. */
export function cacheScope(options: ScanOptions): string {
  const limits = createHash('sha256').update(JSON.stringify(options.limits)).digest('hex').slice(0, 12);
  return `${TOOL_VERSION}-${RULES_VERSION}-${limits}`;
}

export interface FolderCacheOptions {
  /** Report folder of the run: pictures already written there are copied into the cache. */
  reportDir?: string;
  /**
   * The run's shard (`shard` input): each shard keeps its own verdicts under its own keys, so that a shard never
   * restores another shard's (its packages stay in it as long as the number of shards is the same).
   */
  shard?: Shard;
}

export class FolderVerdictCache implements VerdictCache {
  hits = 0;
  added = 0;
  /** Entries read or written in this run: the only ones saved again (the cache does not grow without bound). */
  readonly touched = new Set<string>();

  constructor(
    readonly dir: string,
    readonly scope: string,
    private readonly options: FolderCacheOptions = {},
  ) {}

  private file(sha256: string): string {
    return path.join(this.dir, `${sha256}.json`);
  }

  async get(sha256: string): Promise<ArtifactReport | null> {
    if (!SHA_RE.test(sha256)) return null;
    try {
      const st = await fs.stat(this.file(sha256));
      if (!st.isFile() || st.size > MAX_ENTRY_BYTES) return null;
      const e = JSON.parse(await fs.readFile(this.file(sha256), 'utf8')) as Entry;
      const r = e?.report;
      if (e?.v !== ENTRY_VERSION || e.scope !== this.scope || !r || r.sha256 !== sha256 || r.status !== 'scanned' || !Array.isArray(r.findings) || typeof r.score !== 'number') return null;
      if (r.attachments) {
        r.attachments = r.attachments.flatMap((a, i) => {
          const b64 = e.pictures?.[String(i)];
          if (!b64) return [];
          const { file: _file, ...rest } = a;
          return [{ ...rest, data: new Uint8Array(Buffer.from(b64, 'base64')) }];
        });
        if (!r.attachments.length) delete r.attachments;
      }
      this.hits++;
      this.touched.add(sha256);
      return r;
    } catch {
      return null;
    }
  }

  async put(report: ArtifactReport): Promise<void> {
    if (report.status !== 'scanned' || !SHA_RE.test(report.sha256)) return;
    const { requiredBy: _r, fetchedVia: _f, denied: _d, ...rest } = report;
    const copy = JSON.parse(JSON.stringify({ ...rest, findings: report.findings.map(({ suppressed: _s, suppression: _p, originalScore, ...f }) => ({ ...f, score: originalScore ?? f.score })) })) as ArtifactReport;
    const pictures: Record<string, string> = {};
    for (const [i, a] of (report.attachments ?? []).entries()) {
      let data: Uint8Array | null = a.data ?? null;
      if (!data && a.file && this.options.reportDir) data = await fs.readFile(path.join(this.options.reportDir, a.file)).catch(() => null);
      if (data) pictures[String(i)] = Buffer.from(data).toString('base64');
    }
    const entry: Entry = { v: ENTRY_VERSION, scope: this.scope, report: copy, pictures };
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = `${this.file(report.sha256)}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(entry));
    await fs.rename(tmp, this.file(report.sha256));
    if (!this.touched.has(report.sha256)) this.added++;
    this.touched.add(report.sha256);
  }

  /** Remove entries not used in this run, so that what is saved is what the project depends on now. */
  async prune(): Promise<void> {
    let names: string[] = [];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return;
    }
    for (const n of names) {
      const sha = n.endsWith('.json') ? n.slice(0, -5) : '';
      if (!this.touched.has(sha)) await fs.rm(path.join(this.dir, n), { force: true, recursive: true });
    }
  }

  /** The cache key for what the folder holds now: a digest of every entry's bytes, so any change makes a new key. */
  async contentKey(prefix: string): Promise<string> {
    const h = createHash('sha256');
    for (const sha of [...this.touched].sort()) {
      const data = await fs.readFile(this.file(sha)).catch(() => null);
      h.update(`${sha}:${data ? createHash('sha256').update(data).digest('hex') : '-'}\n`);
    }
    return `${prefix}${h.digest('hex').slice(0, 16)}`;
  }
}

export interface ActionCache {
  cache: FolderVerdictCache;
  restoredKey: string | undefined;
  /** Save if new verdicts were added; returns a line for people. */
  save(): Promise<string>;
}

/** Key prefix shared by every save of one scope (restore keys match on it). */
export function keyPrefix(scope: string): string {
  return `pypi-stego-scan-verdicts-${scope}-`;
}

/**
 * Restore the verdict folder. Never throws: on any cache error, `warn` is told and the scan runs without the
 * restored verdicts (the returned cache still records new ones for the save).
 */
export async function openActionCache(dir: string, options: ScanOptions, store: CacheStore, warn: (m: string) => void, folder: FolderCacheOptions = {}): Promise<ActionCache> {
  const scope = cacheScope(options);
  const prefix = keyPrefix(scope) + (folder.shard ? `shard-${folder.shard.index}-of-${folder.shard.count}-` : '');
  const cache = new FolderVerdictCache(dir, scope, folder);
  let restoredKey: string | undefined;
  await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  if (store.available()) {
    try {
      restoredKey = await store.restore(dir, `${prefix}latest`, [prefix]);
    } catch (e) {
      warn(`verdict cache not restored (the scan runs in full): ${(e as Error).message}`);
    }
  }
  return {
    cache,
    restoredKey,
    async save() {
      if (!store.available()) return 'verdict cache: the cache service is not available on this runner';
      if (cache.added === 0) return `verdict cache: ${cache.hits} verdict(s) reused, nothing new to save`;
      try {
        await cache.prune();
        const key = await cache.contentKey(prefix);
        if (key === restoredKey) return `verdict cache: ${cache.hits} verdict(s) reused, ${cache.added} rescanned, the same verdicts are already saved`;
        await store.save(dir, key);
        return `verdict cache: ${cache.hits} verdict(s) reused, ${cache.added} new saved`;
      } catch (e) {
        warn(`verdict cache not saved: ${(e as Error).message}`);
        return `verdict cache: ${cache.hits} verdict(s) reused; saving failed`;
      }
    },
  };
}
