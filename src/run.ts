/** Scanning a list of targets into one report: the function both entry points (CLI, action) call. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactReport, ScanReport } from './types.js';
import type { ScanOptions } from './options.js';
import { scanArtifact, sha256Hex } from './scan.js';
import { resolveTargets } from './targets.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { errText } from './analyzers/run.js';
import type { FetchOptions } from './fetch/options.js';

export interface Progress {
  (done: number, total: number, current: string): void;
}

async function scanPath(p: string, options: ScanOptions): Promise<ArtifactReport> {
  const file = path.basename(p);
  const st = await fs.stat(p);
  if (st.size > options.limits.maxArtifactBytes) {
    return errorReport(p, file, null, st.size, `artifact is ${st.size} bytes, over the ${options.limits.maxArtifactBytes}-byte limit: not scanned`);
  }
  const data = await fs.readFile(p);
  try {
    return await scanArtifact({ file, path: p, data }, options);
  } catch (e) {
    return errorReport(p, file, sha256Hex(data), data.length, `scan failed: ${errText(e)}`);
  }
}

export function errorReport(p: string, file: string, sha256: string | null, size: number, reason: string): ArtifactReport {
  return {
    file,
    path: p,
    sha256: sha256 ?? '',
    size,
    package: null,
    version: null,
    kind: 'unknown',
    score: 0,
    flagged: false,
    status: 'error',
    reasons: [reason],
    findings: [],
    scoreBreakdown: { worstFile: null, worstFileScore: 0, categories: {}, corroboration: 0 },
    stats: { files: 0, bytes: 0, seconds: 0 },
  };
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

export async function runScan(targets: string[], options: ScanOptions, run: RunOptions = {}): Promise<ScanReport> {
  const { progress } = run;
  const t0 = performance.now();
  const { artifacts, errors } = await resolveTargets(targets);
  const reports: ArtifactReport[] = [];
  for (let i = 0; i < artifacts.length; i++) {
    progress?.(i, artifacts.length, artifacts[i]);
    try {
      const r = await scanPath(artifacts[i], options);
      await saveAttachments(r, run.reportDir);
      reports.push(r);
    } catch (e) {
      reports.push(errorReport(artifacts[i], path.basename(artifacts[i]), null, 0, `cannot read: ${errText(e)}`));
    }
  }
  progress?.(artifacts.length, artifacts.length, '');
  return buildReport(reports, errors, options, (performance.now() - t0) / 1000);
}

export function buildReport(artifacts: ArtifactReport[], errors: ScanReport['errors'], options: ScanOptions, seconds: number): ScanReport {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
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
