/**
 * Splitting one scan over several runners (`--shard i/n`, action input `shard`): runner i of n takes the part of the
 * artifacts whose key hashes to i. The key is the normalized project name for what requirements and lock files pull
 * in, and the file name for artifacts given directly, so a package lands in the same shard whatever else the list
 * holds (adding or removing other packages never moves it, which keeps each shard's verdict cache warm). Every key is
 * in exactly one of the n shards; `merge` (src/merge.ts) puts the shard reports back together.
 *
 * Pure: no I/O. Where the split is applied: run.ts (artifacts given directly) and fetch/index.ts (requirements and
 * lock files: entries fetched one by one are split before fetching; what pip resolves transitively is fetched whole
 * and split after, by the project name of each artifact).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { normalizeName, parseArtifactFilename } from './inputs/names.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Most shards (a GitHub Actions matrix runs at most 256 jobs). */
export const MAX_SHARDS = 256;

export class ShardError extends Error {}

/** `i/n` → { index: i, count: n }, 1 <= i <= n <= MAX_SHARDS; anything else is a ShardError saying what is wrong. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!m) throw new ShardError(`shard must be written i/n (this runner's part and the number of parts, e.g. 2/4), got ${JSON.stringify(text.slice(0, 100))}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) throw new ShardError(`shard ${index}/${count}: the number of shards must be from 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > count) throw new ShardError(`shard ${index}/${count}: the part must be from 1 to ${count} (parts are counted from 1)`);
  return { index, count };
}

export function formatShard(s: Shard): string {
  return `${s.index}/${s.count}`;
}

/** The shard (1..count) a key belongs to: the first 48 bits of its SHA-256, modulo count. */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key, 'utf8').digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

/** Is `key` in this runner's part? Always true when the run is not sharded. */
export function inShard(key: string, shard: Shard | null | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(key, shard.count) === shard.index;
}

/** Key of an artifact given directly (a path, or found in a folder): its file name. */
export function localArtifactKey(file: string): string {
  return `file:${path.basename(file)}`;
}

/** Key of a project, by name (PEP 503-normalized). */
export function projectKey(name: string): string {
  return `project:${normalizeName(name)}`;
}

/** Key of a fetched artifact: its project, read from the file name (wheel or sdist convention), else the file name. */
export function fetchedArtifactKey(filename: string): string {
  const a = parseArtifactFilename(path.basename(filename));
  return a ? projectKey(a.name) : localArtifactKey(filename);
}

/**
 * Key of a requirement or lock entry: its project name; for a bare URL or path without one, the project its file name
 * names, else the requirement as written.
 */
export function requirementKey(r: { name: string | null; url: string | null; text: string }): string {
  if (r.name) return projectKey(r.name);
  if (r.url) {
    const base = r.url.replace(/[#?].*$/, '').replace(/\/+$/, '');
    const a = parseArtifactFilename(base.slice(base.lastIndexOf('/') + 1));
    if (a) return projectKey(a.name);
  }
  return `requirement:${r.text.trim()}`;
}
