/**
 * Scanning one artifact: a pure function of its bytes, its file name and the options, so that it can run in a worker
 * thread. Unpack (src/archive), detect each member's true type (src/formats), run every analyzer
 * (src/analyzers), score (src/scoring).
 */
import { createHash } from 'node:crypto';
import type { ArtifactReport, Attachment, Finding, ScanFile } from './types.js';
import type { ScanOptions } from './options.js';
import { ANALYZERS, allRules } from './analyzers/index.js';
import { analyzeFile, errText, finalizeArtifact, newArtifactState, toScanFile, type FileResult } from './analyzers/run.js';
import { appendedZip, containerOf, unpack, type ContainerFormat, type Member } from './archive/index.js';
import { endAudioWork } from './audio/decode.js';
import { parseArtifactName, parseMetadata } from './archive/wheel.js';
import { findZipEOCD } from './formats/magic.js';
import { EXCLUSIVE } from './archive/zip.js';
import { scoreArtifact } from './scoring/index.js';

const RULES = allRules();

export function sha256Hex(d: Uint8Array): string {
  return createHash('sha256').update(d).digest('hex');
}

/** Container of the artifact: from content, with the name deciding only between zip and "zip after a prefix". */
function artifactContainer(d: Uint8Array, file: string): ContainerFormat | null {
  const c = containerOf(d);
  if (c === 'gzip') return 'tar.gz';
  if (c === 'bzip2') return 'tar.bz2';
  if (c) return c;
  if (/\.(whl|zip|egg)$/i.test(file) && findZipEOCD(d) >= 0) return 'zip';
  return null;
}

/** Findings kept per rule in a report (the score is computed from all of them first). */
export const MAX_FINDINGS_PER_RULE = 50;

/**
 * A package with ten thousand odd files must not produce a report nobody can open: keep the strongest findings of
 * each rule and count the rest in `omittedFindings`.
 */
function capFindings(report: ArtifactReport): void {
  const kept = new Map<string, number>();
  const omitted: Record<string, number> = {};
  report.findings = report.findings.filter((f) => {
    const n = kept.get(f.rule) ?? 0;
    if (n < MAX_FINDINGS_PER_RULE) {
      kept.set(f.rule, n + 1);
      return true;
    }
    omitted[f.rule] = (omitted[f.rule] ?? 0) + 1;
    return false;
  });
  if (Object.keys(omitted).length) report.omittedFindings = omitted;
}

/** A report with nothing found yet: the start of every scan, and what is said of an artifact that could not be scanned. */
export function blankReport(id: Pick<ArtifactReport, 'file' | 'path' | 'sha256' | 'size' | 'package' | 'version' | 'kind'>, status: ArtifactReport['status'], reasons: string[] = []): ArtifactReport {
  return {
    ...id,
    score: 0,
    flagged: false,
    status,
    reasons,
    findings: [],
    scoreBreakdown: { worstFile: null, worstFileScore: 0, categories: {}, corroboration: 0 },
    stats: { files: 0, bytes: 0, seconds: 0 },
  };
}

export interface ArtifactInput {
  /** File name (for name/version and the report). */
  file: string;
  /** Where it was read from (reported as is). */
  path: string;
  data: Uint8Array;
  /** Its sha256 (hex) when the caller has already computed it (for the verdict cache): not computed again. */
  sha256?: string;
}

/** A member handed to another worker thread: its bytes, transferred (`owned`) or copied. */
export interface OffloadedMember {
  path: string;
  depth: number;
  data: Uint8Array;
}

export interface ScanHooks {
  /**
   * Analyse a large member elsewhere (another worker thread) with the analyzers that need nothing of the rest of the
   * artifact. Returns null when no thread is free: the member is then analysed here, so work never waits on a queue.
   */
  offload?: (m: OffloadedMember) => Promise<FileResult> | null;
}

/** Members at least this large are worth the hand-over to another thread (below it, analysis takes milliseconds). */
export const OFFLOAD_MIN_BYTES = 1 << 20;

const LOCAL_ANALYZERS = ANALYZERS.filter((a) => a.sharesArtifactState);

/**
 * The bytes to hand over: the member's own memory when nothing else views it (an inflated member, src/archive/zip.ts
 * EXCLUSIVE) and nothing reads it afterwards (the unpacker opens archives after the callback), else a copy.
 */
function handOver(data: Uint8Array): Uint8Array {
  if (EXCLUSIVE.has(data) && !containerOf(data) && !appendedZip(data)) return data;
  return new Uint8Array(data);
}

export async function scanArtifact(input: ArtifactInput, options: ScanOptions, hooks: ScanHooks = {}): Promise<ArtifactReport> {
  const t0 = performance.now();
  const { data, file } = input;
  const dist = parseArtifactName(file);
  const report = blankReport({ file, path: input.path, sha256: input.sha256 ?? sha256Hex(data), size: data.length, package: dist.name, version: dist.version, kind: dist.kind }, 'scanned');
  const finish = (): ArtifactReport => {
    const { score, breakdown } = scoreArtifact(report.findings, RULES);
    report.score = score;
    report.scoreBreakdown = breakdown;
    report.flagged = score >= options.threshold;
    report.findings.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule));
    capFindings(report);
    report.stats.seconds = Math.round(performance.now() - t0) / 1000;
    return report;
  };

  const container = artifactContainer(data, file);
  if (!container) {
    report.status = 'error';
    report.reasons.push(`${file}: not an archive the scanner reads (zip, tar, or tar compressed with gzip, bzip2, xz, lzma or Unix compress): cannot be scanned`);
    return finish();
  }
  const findings: Finding[] = [];
  const incomplete: string[] = [];
  const attachments: Attachment[] = [];
  const artifactState = newArtifactState();
  let metadata: { name: string | null; version: string | null } | null = null;
  const paths: string[] = [];
  const pending: Array<Promise<void>> = [];
  const collect = (r: FileResult) => {
    findings.push(...r.findings);
    incomplete.push(...r.incomplete);
    attachments.push(...r.attachments);
  };
  const analyzeMember = async (m: Member, file: ScanFile): Promise<void> => {
    if (hooks.offload && m.data.length >= OFFLOAD_MIN_BYTES) {
      // analyzers bound to the artifact's state first: the bytes may be gone (transferred) once handed over
      collect(await analyzeFile(file, LOCAL_ANALYZERS, options, paths, artifactState));
      const away = hooks.offload({ path: m.path, depth: m.depth, data: handOver(m.data) });
      if (away) {
        pending.push(
          away.then(collect, (e: unknown) => {
            incomplete.push(`${m.path}: analysis in another thread failed: ${errText(e)}`);
          }),
        );
        return;
      }
      collect(await analyzeFile(file, ANALYZERS.filter((a) => !a.sharesArtifactState), options, paths, artifactState));
      return;
    }
    collect(await analyzeFile(file, ANALYZERS, options, paths, artifactState));
  };
  try {
    const state = await unpack(data, container, { limits: options.limits, wheel: dist.kind === 'wheel' }, async (m) => {
      paths.push(m.path);
      report.stats.files++;
      report.stats.bytes += m.data.length;
      if (!metadata && m.depth === 0 && /^[^/]+\.(dist-info\/METADATA|egg-info\/PKG-INFO)$|^[^/]+\/PKG-INFO$|^EGG-INFO\/PKG-INFO$/.test(m.path)) {
        metadata = parseMetadata(Buffer.from(m.data.subarray(0, 65536)).toString('utf8'));
      }
      const file = await toScanFile(m.path, m.data, m.depth);
      try {
        await analyzeMember(m, file);
      } finally {
        // every analyzer of this thread is done with the member: memory lent for it goes back
        endAudioWork(file.data);
      }
    });
    await Promise.all(pending);
    findings.push(...state.findings);
    incomplete.push(...state.incomplete);
    const fin = await finalizeArtifact(ANALYZERS, options, paths, findings, artifactState);
    findings.push(...fin.findings);
    incomplete.push(...fin.incomplete);
  } catch (e) {
    incomplete.push(`${file}: scan stopped by an internal error: ${errText(e)}`);
  }
  const meta = metadata as { name: string | null; version: string | null } | null;
  if (meta) {
    report.package ??= meta.name;
    report.version ??= meta.version;
  }
  // members analysed elsewhere finish in any order: make the report independent of it
  await Promise.allSettled(pending);
  report.findings = findings;
  attachments.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (attachments.length) report.attachments = attachments;
  report.reasons = [...new Set(incomplete)];
  if (report.reasons.length) report.status = 'incomplete';
  return finish();
}
