/** Scanning a list of targets into one report: the function both entry points (CLI, action) call. */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactReport, ScanReport } from './types.js';
import type { ScanOptions } from './options.js';
import { blankReport, sha256Hex } from './scan.js';
import { resolveTargets } from './targets.js';
import { RULES_VERSION, TOOL_NAME, TOOL_VERSION } from './version.js';
import { fetchedArtifactKey, inShard, localArtifactKey, type Shard } from './shard.js';
import { createScanner, type ArtifactScanner, type ScannerOptions } from './workers/pool.js';
import { WorkQueue } from './workers/queue.js';
import { errText } from './analyzers/run.js';
import type { FetchOptions } from './fetch/options.js';
import { fetchArtifacts, type FetchResult } from './fetch/index.js';
import { readManifest } from './inputs/index.js';
import { ManifestError, type FetchedArtifact, type FetchProblem, type Manifest } from './inputs/types.js';

export interface Progress {
  /** `fetching`: downloads are still going on, so `total` (artifacts known so far) may grow. */
  (done: number, total: number, current: string, fetching?: boolean): void;
}

async function scanPath(p: string, options: ScanOptions, scanner: ArtifactScanner, verdicts?: VerdictCache, name?: string, ahead?: Promise<Buffer | Error>): Promise<ArtifactReport> {
  const file = name ?? path.basename(p);
  const limit = options.limits.maxArtifactBytes;
  const over = (n: number): ArtifactReport => errorReport(p, file, null, n, `artifact is ${n} bytes, over the ${limit}-byte limit: not scanned`);
  let data: Buffer;
  if (ahead) {
    const got = await ahead;
    if (got instanceof Error) throw got;
    data = got;
  } else {
    const st = await fs.stat(p);
    if (st.size > limit) return over(st.size);
    data = await fs.readFile(p);
  }
  // (the file may have grown since it was measured)
  if (data.length > limit) return over(data.length);
  // hashed here only for the verdict cache; otherwise by the scanning thread (in parallel, not one artifact after
  // another on this thread)
  const sha = verdicts ? sha256Hex(data) : undefined;
  const cached = verdicts && sha ? await verdicts.get(sha).catch(() => null) : null;
  if (cached) {
    const { requiredBy: _r, fetchedVia: _f, ...rest } = cached;
    return { ...rest, file, path: p };
  }
  const size = data.length;
  let report: ArtifactReport;
  try {
    // the bytes move to a worker thread: not read here afterwards
    report = await scanner.scan({ file, path: p, data }, options, sha);
  } catch (e) {
    // (bytes moved to a thread are gone: their hash is then unknown here)
    return errorReport(p, file, sha ?? (data.byteLength === size ? sha256Hex(data) : null), size, `scan failed: ${errText(e)}`);
  }
  // a scan the scanner stopped (budget, crash) may finish next time: not cached
  if (verdicts && report.status !== 'error' && !report.stopped) await verdicts.put(report).catch(() => undefined);
  return report;
}

export function errorReport(p: string, file: string, sha256: string | null, size: number, reason: string): ArtifactReport {
  return blankReport({ file, path: p, sha256: sha256 ?? '', size, package: null, version: null, kind: 'unknown' }, 'error', [reason]);
}

/** A verdict cache (action input `cache`): reports of artifacts already scanned, keyed by sha256 + tool and rules version. */
export interface VerdictCache {
  get(sha256: string): Promise<ArtifactReport | null>;
  put(report: ArtifactReport): Promise<void>;
}

/** Everything about a run that is not about scanning one artifact. */
export interface RunOptions {
  progress?: Progress;
  /** Folder for pictures made for people (spectrograms of suspicious audio); none written when unset. */
  reportDir?: string;
  /** How requirements and lock files are turned into artifacts. */
  fetch?: FetchOptions;
  verdicts?: VerdictCache;
  /** Worker threads: without a worker file, artifacts are scanned one at a time on this thread. */
  workers?: ScannerOptions;
  /**
   * A scanner the caller made with createScanner and closes itself (`workers` is then ignored): several runs share its
   * threads, which start and compile their code once (a service scanning one lock file after another, the benchmark).
   */
  scanner?: ArtifactScanner;
  /** Scan only this part of the targets (`--shard i/n`, src/shard.ts). */
  shard?: Shard;
}

/** Smallest finding score on a file that makes its attachments worth writing, when the artifact is not flagged. */
const ATTACH_MIN_SCORE = 2;

/**
 * Write an artifact's attachments into the report folder and drop their bytes from the report. Pictures are kept for
 * flagged artifacts and for files with a finding of some weight; names are built from the artifact's sha256 and a
 * neutralised member path, never from the member path as is.
 */
export async function saveAttachments(report: ArtifactReport, reportDir: string | undefined): Promise<void> {
  const atts = report.attachments;
  if (!atts?.length) return;
  const kept: NonNullable<ArtifactReport['attachments']> = [];
  for (const [i, a] of atts.entries()) {
    const data = a.data;
    delete a.data;
    if (!reportDir || !data) continue;
    const worth = report.flagged || report.findings.some((f) => f.path === a.path && f.score >= ATTACH_MIN_SCORE);
    if (!worth) continue;
    const base = a.path.slice(a.path.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '').slice(-80) || 'file';
    const name = a.name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40);
    const rel = path.join(report.sha256.slice(0, 12) || 'unhashed', `${i}-${base}-${name}`);
    await fs.mkdir(path.join(reportDir, path.dirname(rel)), { recursive: true });
    await fs.writeFile(path.join(reportDir, rel), data);
    kept.push({ ...a, file: rel });
  }
  if (kept.length) report.attachments = kept;
  else delete report.attachments;
}

/** An unscannable dependency (a VCS requirement): reported like an artifact not fully scanned. */
function unscannedReport(problem: FetchProblem): ArtifactReport {
  const r = problem.requirement;
  const where = r ? `${r.location.file}:${r.location.line}` : '';
  const report = errorReport(where, r?.text ?? 'requirement', null, 0, problem.message);
  report.status = 'incomplete';
  report.package = r?.name ?? null;
  report.version = r?.version ?? null;
  if (r) report.requiredBy = [{ file: r.location.file, line: r.location.line, requirement: r.text }];
  return report;
}

interface Work {
  path: string;
  /** Bytes on disk when queued (0 when it cannot be read: scanning it reports why). */
  size: number;
  fetched?: FetchedArtifact;
  /** Its bytes, read while the threads were busy with other artifacts (or why they could not be read). */
  ahead?: Promise<Buffer | Error>;
}

/**
 * While a lane's artifact is read and scanned, the next artifact in the queue is read too, so a thread that finishes
 * gets its next artifact without waiting for the disk (a read into fresh memory took up to 40 ms for 5.5 MB on the
 * benchmark's machine). Only while the artifacts read ahead and not yet taken add up to at most this many bytes: a
 * large wheel is read when its lane takes it, not held beside the others.
 */
export const READ_AHEAD_MAX_BYTES = 64 * 1024 * 1024;

/** The size of a file to be scanned, for the order of the work (0 when it cannot be read). */
const sizeOf = (p: string): Promise<number> => fs.stat(p).then((st) => st.size, () => 0);

/** A report for a fetched artifact says where it came from and which requirement lines pulled it in. */
function attribute(r: ArtifactReport, a: FetchedArtifact): void {
  if (a.via !== 'local') r.path = a.url ?? a.filename;
  r.fetchedVia = a.via;
  const seen = new Set<string>();
  r.requiredBy = [];
  for (const q of a.requiredBy) {
    const key = `${q.location.file}:${q.location.line}:${q.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    r.requiredBy.push({ file: q.location.file, line: q.location.line, requirement: q.text });
  }
  r.requiredBy.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export async function runScan(targets: string[], options: ScanOptions, run: RunOptions = {}): Promise<ScanReport> {
  const { progress } = run;
  const t0 = performance.now();
  const { artifacts: found, manifests, errors } = await resolveTargets(targets);
  // --shard i/n (src/shard.ts): this runner's part of the artifacts given directly; requirements and lock files are
  // split in fetch/ (it gets the same shard). The report says which part it covers (report.shard).
  const artifacts = found.filter((p) => inShard(localArtifactKey(p), run.shard));
  if (run.shard) run = { ...run, fetch: { ...run.fetch, shard: run.shard } };
  const reports: ArtifactReport[] = [];
  const notes: NonNullable<ScanReport['notes']> = [];
  const queue = new WorkQueue<Work>();
  const local: Work[] = await Promise.all(artifacts.map(async (p) => ({ path: p, size: await sizeOf(p) })));
  for (const w of local) queue.push(w);
  const done = new Map<Work, ArtifactReport>();
  const scanned = new Map<FetchedArtifact, Work>();
  let fetched: FetchResult | null = null;
  let fetchFailed = false;
  let fetching = false;
  let tFetched: number | null = null;
  let tFirst: number | null = null;
  let tLast = 0;
  let threads = 0;
  // the scanner starts before the downloads, so its threads start while pip runs
  const scanner = run.scanner ?? createScanner(run.workers);
  try {
    let finished = 0;
    const scanOne = async (w: Work, ahead?: Promise<Buffer | Error>): Promise<ArtifactReport> => {
      try {
        const r = await scanPath(w.path, options, scanner, run.verdicts, w.fetched?.filename, ahead);
        await saveAttachments(r, run.reportDir);
        return r;
      } catch (e) {
        return errorReport(w.path, w.fetched?.filename ?? path.basename(w.path), null, 0, `cannot read: ${errText(e)}`);
      }
    };
    // as many artifacts in flight as threads: each holds its bytes in memory until a thread takes it
    let aheadBytes = 0;
    const readAhead = (w: Work | undefined): void => {
      if (!w || w.ahead || w.size <= 0 || (w.fetched && fetchFailed)) return;
      if (w.size > options.limits.maxArtifactBytes || aheadBytes + w.size > READ_AHEAD_MAX_BYTES) return;
      aheadBytes += w.size;
      w.ahead = fs.readFile(w.path).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    };
    const lane = async () => {
      for (let w = await queue.take(); w; w = await queue.take()) {
        // (the work keeps no reference to the bytes: they go with the scan)
        const ahead = w.ahead;
        if (ahead) aheadBytes -= w.size;
        w.ahead = undefined;
        // a fetch that failed as a whole removed its files: what it had queued is not scanned (the error says why)
        if (w.fetched && fetchFailed) continue;
        tFirst ??= performance.now();
        progress?.(finished, queue.total, w.fetched ? (w.fetched.url ?? w.fetched.filename) : w.path, fetching);
        const report = scanOne(w, ahead);
        readAhead(queue.peek());
        done.set(w, await report);
        finished++;
        tLast = performance.now();
      }
    };
    const lanes = Promise.all(Array.from({ length: Math.max(1, scanner.jobs) }, lane));
    // awaited once the fetch is over: a lane that failed meanwhile is not an unhandled rejection (it is rethrown then)
    lanes.catch(() => undefined);
    try {
      if (manifests.length) {
        const read: Manifest[] = [];
        for (const m of manifests) {
          try {
            read.push(await readManifest(m));
          } catch (e) {
            errors.push({ target: m, message: e instanceof ManifestError ? e.message : `cannot read: ${errText(e)}` });
          }
        }
        // With --shard, what pip resolved transitively is this shard's only when its project is (decided after the
        // downloads, fetch/ shardPart): an artifact that may belong to another shard waits until then.
        const enqueue = (a: FetchedArtifact): void => {
          const w: Work = { path: a.path, size: 0, fetched: a };
          scanned.set(a, w);
          try {
            w.size = fsSync.statSync(a.path).size;
          } catch {
            // (scanning it reports why it cannot be read)
          }
          queue.push(w);
        };
        const onArtifact = (a: FetchedArtifact): void => {
          if (!run.shard || inShard(fetchedArtifactKey(a.filename), run.shard)) enqueue(a);
        };
        if (read.length) {
          fetching = true;
          try {
            fetched = await fetchArtifacts(read, { ...run.fetch, maxArtifactBytes: options.limits.maxArtifactBytes, onArtifact });
          } catch (e) {
            fetchFailed = true;
            errors.push({ target: manifests.join(' '), message: `cannot fetch: ${errText(e)}` });
          }
          tFetched = performance.now();
          fetching = false;
        }
        for (const pr of fetched?.problems ?? []) {
          const r = pr.requirement;
          if (pr.fatal) errors.push({ target: r ? `${r.location.file}:${r.location.line} (${r.text})` : manifests.join(' '), message: pr.message });
          else if (pr.note) notes.push({ file: r?.location.file ?? '', line: r?.location.line ?? 0, requirement: r?.text ?? '', message: pr.message });
          else reports.push(unscannedReport(pr));
        }
        // this shard's artifacts that waited for the end of the downloads
        for (const a of fetched?.artifacts ?? []) if (!scanned.has(a)) enqueue(a);
      }
    } finally {
      queue.close();
      await lanes;
    }
    for (const w of local) reports.push(done.get(w)!);
    // fetched artifacts in a stable order (by file name), whatever order their downloads finished in
    const got = [...(fetched?.artifacts ?? [])].sort((a, b) => a.filename.localeCompare(b.filename));
    for (const a of got) {
      const r = done.get(scanned.get(a)!);
      if (!r) continue;
      attribute(r, a);
      reports.push(r);
    }
    threads = scanner.threaded ? scanner.jobs : 0;
    progress?.(queue.total, queue.total, '');
  } finally {
    if (!run.scanner) await scanner.close();
    await fetched?.cleanup();
  }
  const report = buildReport(reports, errors, options, (performance.now() - t0) / 1000);
  const secs = (s: number): number => Math.round(s * 1000) / 1000;
  if (fetched) {
    if (fetched.pip) report.pip = fetched.pip;
    report.stats.fetchSeconds = secs(fetched.seconds);
  }
  report.stats.scanSeconds = tFirst === null ? 0 : secs((tLast - tFirst) / 1000);
  if (tFetched !== null) report.stats.scanAfterFetchSeconds = tFirst === null ? 0 : secs(Math.max(0, tLast - Math.max(tFetched, tFirst)) / 1000);
  report.stats.threads = threads;
  if (run.shard) report.shard = { ...run.shard };
  if (notes.length) report.notes = notes;
  return report;
}

export function buildReport(artifacts: ArtifactReport[], errors: ScanReport['errors'], options: ScanOptions, seconds: number): ScanReport {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION, rulesVersion: RULES_VERSION },
    threshold: options.threshold,
    failOnIncomplete: options.failOnIncomplete,
    artifacts,
    errors,
    stats: {
      artifacts: artifacts.length,
      files: artifacts.reduce((a, r) => a + r.stats.files, 0),
      bytes: artifacts.reduce((a, r) => a + r.stats.bytes, 0),
      seconds: Math.round(seconds * 1000) / 1000,
      flagged: artifacts.filter((r) => r.flagged).length,
      incomplete: artifacts.filter((r) => r.status !== 'scanned').length,
    },
  };
}

/** 0 = clean, 1 = flagged (or not fully scanned, when failing closed), 2 = usage or runtime error. */
export function exitCode(r: ScanReport): 0 | 1 | 2 {
  if (r.errors.length) return 2;
  if (r.artifacts.some((a) => a.flagged)) return 1;
  if (r.failOnIncomplete && r.artifacts.some((a) => a.status !== 'scanned')) return 1;
  return 0;
}
