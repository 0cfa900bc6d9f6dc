/** Properties shared by the fuzz targets: what every entry point's result must satisfy on any input. */
import { scanArtifact, MAX_FINDINGS_PER_RULE } from '../../src/scan.js';
import { defaultOptions, MiB, type ScanOptions } from '../../src/options.js';
import { ANALYZERS } from '../../src/analyzers/index.js';
import { analyzeFile, toScanFile, type FileResult } from '../../src/analyzers/run.js';
import type { ArtifactReport, Finding } from '../../src/types.js';
import { ensure, fail } from './harness.js';

/** Tight limits, so that fuzzed inputs reach them and the bounds can be checked. */
export const FUZZ_OPTIONS: ScanOptions = defaultOptions({
  limits: { maxMembers: 200, maxTotalBytes: 16 * MiB, maxMemberBytes: 8 * MiB, maxDepth: 3, maxRatio: 200 },
});

/**
 * The pipeline turns a throw into `incomplete` so that a crash is never a pass, but an analyzer or the unpacker must
 * not throw on hostile input in the first place (src/analyzers/types.ts): such a reason is a bug here.
 */
const CRASH = /analyzer \S+ failed|scan stopped by an internal error/;

function checkFindings(findings: readonly Finding[], where: string): void {
  for (const f of findings) {
    ensure(typeof f.rule === 'string' && typeof f.message === 'string' && typeof f.path === 'string', `${where}: malformed finding ${JSON.stringify(f).slice(0, 300)}`);
    ensure(Number.isFinite(f.score) && f.score >= 0 && f.score <= 10, `${where}: finding ${f.rule} has score ${f.score}`);
    for (const k of ['offset', 'length'] as const) {
      const v = f[k];
      ensure(v === undefined || (Number.isSafeInteger(v) && v >= 0), `${where}: finding ${f.rule} has ${k} ${v}`);
    }
  }
}

/** What a report says, without its timing: two scans of the same bytes must say the same. */
export function reportGist(r: ArtifactReport): string {
  return JSON.stringify({ ...r, stats: { ...r.stats, seconds: 0 } });
}

/** One artifact through scanArtifact: a report, never a throw, within the limits. */
export async function checkScan(file: string, d: Uint8Array, options: ScanOptions = FUZZ_OPTIONS): Promise<ArtifactReport> {
  let r: ArtifactReport;
  try {
    r = await scanArtifact({ file, path: file, data: d }, options);
  } catch (e) {
    fail(`scanArtifact threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  ensure(['scanned', 'incomplete', 'error'].includes(r.status), `status ${r.status}`);
  ensure((r.status === 'scanned') === (r.reasons.length === 0), `status ${r.status} with ${r.reasons.length} reasons`);
  const crash = r.reasons.find((x) => CRASH.test(x));
  ensure(!crash, () => `a parser threw inside the scan: ${crash}`);
  ensure(r.stats.files <= options.limits.maxMembers, `${r.stats.files} members over the limit ${options.limits.maxMembers}`);
  ensure(r.stats.bytes <= options.limits.maxTotalBytes, `${r.stats.bytes} bytes over the limit ${options.limits.maxTotalBytes}`);
  const perRule = new Map<string, number>();
  for (const f of r.findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  for (const [rule, n] of perRule) ensure(n <= MAX_FINDINGS_PER_RULE, `${n} findings of ${rule} kept (cap ${MAX_FINDINGS_PER_RULE})`);
  checkFindings(r.findings, 'scan');
  ensure(Number.isFinite(r.score) && r.score >= 0, `score ${r.score}`);
  ensure(r.reasons.length <= 5000, `${r.reasons.length} reasons`);
  const json = JSON.stringify(r);
  ensure(json.length < 64 * MiB, `report of ${json.length} characters`);
  return r;
}

/** One file through every analyzer, as the pipeline runs them on each member. */
export async function checkFile(path: string, d: Uint8Array): Promise<FileResult> {
  let r: FileResult;
  try {
    const file = await toScanFile(path, d);
    r = await analyzeFile(file, ANALYZERS, FUZZ_OPTIONS, [path]);
  } catch (e) {
    fail(`analyzeFile threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  const crash = r.incomplete.find((x) => CRASH.test(x));
  ensure(!crash, () => `an analyzer threw: ${crash}`);
  checkFindings(r.findings, path);
  for (const f of r.findings) {
    if (f.offset === undefined || f.path !== path) continue;
    ensure(f.offset + (f.length ?? 0) <= d.length, () => `${path}: finding ${f.rule} at ${f.offset}+${f.length ?? 0} is outside the ${d.length}-byte file (${f.message.slice(0, 120)})`);
  }
  ensure(r.findings.length <= 5000, `${r.findings.length} findings for one file`);
  ensure(r.incomplete.length <= 500, `${r.incomplete.length} incomplete reasons for one file`);
  ensure(r.attachments.length <= 32, `${r.attachments.length} attachments for one file`);
  return r;
}

/**
 * Every non-empty `{ offset, length }` range anywhere in a parser's result lies inside the input. Typed arrays and strings are
 * not walked; `skip` names keys whose ranges are not file positions.
 */
export function rangesWithin(v: unknown, size: number, where: string, skip: readonly string[] = [], depth = 0): void {
  if (depth > 8 || v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return;
  if (Array.isArray(v)) {
    for (const x of v) rangesWithin(x, size, where, skip, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  // an empty range points at no byte: only non-empty ones must lie inside
  if (typeof o.offset === 'number' && typeof o.length === 'number' && o.length !== 0) {
    ensure(Number.isFinite(o.offset) && Number.isFinite(o.length) && o.offset >= 0 && o.length >= 0 && o.offset + o.length <= size,
      () => `${where}: range offset ${o.offset} length ${o.length} outside the ${size}-byte input`);
  }
  for (const [k, x] of Object.entries(o)) if (!skip.includes(k)) rangesWithin(x, size, `${where}.${k}`, skip, depth + 1);
}

/** Call a parser that must not throw on any input. */
export function noThrow<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    fail(`${what} threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
}
