/**
 * `merge`: JSON reports (the shard reports of a matrix run, downloaded from its jobs) back into one report, which then
 * goes through the same outputs as a scan (text, JSON, Markdown, SARIF, job summary, annotations, exit status).
 *
 * Reading is strict: a file that is not a JSON report of this tool, or whose shape is not a report's, is refused with
 * a message naming the file and the field. Merging checks that the reports can be combined: same tool version, rule
 * set and threshold, the same policy, and, for shard reports, every shard 1..n exactly once — a missing shard would
 * silently drop packages from the verdict. Unsharded reports are merged as a plain union.
 */
import fs from 'node:fs/promises';
import type { ArtifactReport, Finding, PolicyReport, ScanReport } from './types.js';
import { TOOL_NAME, TOOL_VERSION, RULES_VERSION } from './version.js';
import { allRules } from './analyzers/index.js';
import { scoreArtifact } from './scoring/index.js';
import { applyPolicy, refreshVerdicts, type Policy } from './policy/index.js';
import { byScore } from './policy/apply.js';
import { MAX_SHARDS } from './shard.js';

/** Largest report file read. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** Most reports merged at once. */
export const MAX_REPORTS = 1024;
/** Most bytes of reports merged at once (all of them are held in memory). */
export const MAX_TOTAL_REPORT_BYTES = 1024 * 1024 * 1024;

/** The reports cannot be read or combined: the message says which file and why. */
export class MergeError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Reading and validating

type Check = (v: unknown, at: string) => string | null;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v, at) => (typeof v === 'string' ? null : `${at}: expected a string`);
const num: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? null : `${at}: expected a number`);
const int: Check = (v, at) => (Number.isSafeInteger(v) && (v as number) >= 0 ? null : `${at}: expected a whole number`);
const bool: Check = (v, at) => (typeof v === 'boolean' ? null : `${at}: expected true or false`);
const nullable =
  (c: Check): Check =>
  (v, at) =>
    v === null ? null : c(v, at);
const oneOf =
  (...values: string[]): Check =>
  (v, at) =>
    typeof v === 'string' && values.includes(v) ? null : `${at}: expected one of ${values.join(', ')}`;
const arr =
  (c: Check): Check =>
  (v, at) => {
    if (!Array.isArray(v)) return `${at}: expected a list`;
    for (let i = 0; i < v.length; i++) {
      const e = c(v[i], `${at}[${i}]`);
      if (e) return e;
    }
    return null;
  };
const rec =
  (c: Check): Check =>
  (v, at) => {
    if (!isObj(v)) return `${at}: expected an object`;
    for (const [k, x] of Object.entries(v)) {
      const e = c(x, `${at}.${k}`);
      if (e) return e;
    }
    return null;
  };
/** An object with these fields (`?` after a name: optional); other fields are allowed (reports may gain fields). */
const obj =
  (fields: Record<string, Check>): Check =>
  (v, at) => {
    if (!isObj(v)) return `${at}: expected an object`;
    for (const [k0, c] of Object.entries(fields)) {
      const optional = k0.endsWith('?');
      const k = optional ? k0.slice(0, -1) : k0;
      if (!(k in v) || v[k] === undefined) {
        if (optional) continue;
        return `${at}.${k}: missing`;
      }
      const e = c(v[k], `${at}.${k}`);
      if (e) return e;
    }
    return null;
  };

const finding = obj({
  rule: str,
  path: str,
  score: num,
  message: str,
  'offset?': num,
  'length?': num,
  'evidence?': rec(() => null),
  'suppressed?': bool,
  'suppression?': obj({ reason: str, expires: nullable(str), file: str, line: num }),
  'originalScore?': num,
});
const artifact = obj({
  file: str,
  path: str,
  sha256: str,
  size: num,
  package: nullable(str),
  version: nullable(str),
  kind: str,
  score: num,
  flagged: bool,
  status: oneOf('scanned', 'incomplete', 'error'),
  reasons: arr(str),
  findings: arr(finding),
  'omittedFindings?': rec(num),
  'attachments?': arr(obj({ path: str, name: str, mime: str, caption: str, 'file?': str })),
  'requiredBy?': arr(obj({ file: str, line: num, requirement: str })),
  'fetchedVia?': oneOf('pip', 'http', 'local'),
  'denied?': str,
  scoreBreakdown: obj({ worstFile: nullable(str), worstFileScore: num, categories: rec(num), corroboration: num }),
  stats: obj({ files: num, bytes: num, seconds: num }),
});
const policyReport = obj({
  file: str,
  suppressedFindings: num,
  denied: num,
  weights: rec(num),
  expired: arr(obj({ package: str, rule: str, reason: str, expires: str, file: str, line: num })),
  unused: arr(obj({ package: str, rule: str, reason: str, file: str, line: num })),
});
const report = obj({
  tool: obj({ name: str, version: str, 'rulesVersion?': str }),
  'pip?': str,
  threshold: num,
  failOnIncomplete: bool,
  artifacts: arr(artifact),
  errors: arr(obj({ target: str, message: str })),
  stats: obj({ artifacts: num, files: num, bytes: num, seconds: num, flagged: num, incomplete: num, 'fetchSeconds?': num, 'scanSeconds?': num, 'scanAfterFetchSeconds?': num, 'threads?': int }),
  'notes?': arr(obj({ file: str, line: num, requirement: str, message: str })),
  'policy?': policyReport,
  'shard?': obj({ index: int, count: int }),
  'merged?': obj({ reports: int, 'shards?': int }),
});

/** A report from its JSON text; `file` names it in messages. Throws MergeError when it is not a report of this tool. */
export function parseReport(text: string, file: string): ScanReport {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new MergeError(`${file}: not a JSON file (${(e as Error).message.slice(0, 200)}): expected a JSON report of ${TOOL_NAME} (--format json, or report.json of the action)`);
  }
  if (isObj(v) && ('runs' in v || '$schema' in v)) throw new MergeError(`${file}: a SARIF log, not a JSON report: give the JSON reports (--format json, or report.json of the action)`);
  const name = isObj(v) && isObj(v.tool) ? v.tool.name : undefined;
  if (name !== TOOL_NAME) {
    throw new MergeError(`${file}: not a JSON report of ${TOOL_NAME}${typeof name === 'string' ? ` (made by ${JSON.stringify(name.slice(0, 80))})` : ''}: expected --format json output, or report.json of the action`);
  }
  const bad = report(v, 'report');
  if (bad) throw new MergeError(`${file}: not a valid ${TOOL_NAME} JSON report: ${bad}`);
  const r = v as unknown as ScanReport;
  if (r.shard && (r.shard.count < 1 || r.shard.count > MAX_SHARDS || r.shard.index < 1 || r.shard.index > r.shard.count)) {
    throw new MergeError(`${file}: not a valid ${TOOL_NAME} JSON report: shard ${r.shard.index}/${r.shard.count} is out of range`);
  }
  return r;
}

async function reportSize(file: string): Promise<number> {
  let st;
  try {
    st = await fs.stat(file);
  } catch {
    throw new MergeError(`${file}: no such file`);
  }
  if (!st.isFile()) throw new MergeError(`${file}: not a file`);
  if (st.size > MAX_REPORT_BYTES) throw new MergeError(`${file}: ${st.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a report`);
  return st.size;
}

/** Read and validate one report file (at most MAX_REPORT_BYTES). */
export async function readReport(file: string): Promise<ScanReport> {
  await reportSize(file);
  return parseReport(await fs.readFile(file, 'utf8'), file);
}

/** Read every report file, in order. */
export async function readReports(files: string[]): Promise<Array<{ file: string; report: ScanReport }>> {
  if (!files.length) throw new MergeError('no report to merge');
  if (files.length > MAX_REPORTS) throw new MergeError(`${files.length} reports: at most ${MAX_REPORTS} are merged at once`);
  let total = 0;
  for (const file of files) total += await reportSize(file);
  if (total > MAX_TOTAL_REPORT_BYTES) throw new MergeError(`the reports add up to ${total} bytes, over the ${MAX_TOTAL_REPORT_BYTES}-byte limit of one merge`);
  const out: Array<{ file: string; report: ScanReport }> = [];
  for (const file of files) out.push({ file, report: await readReport(file) });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Merging

export interface MergeOptions {
  /**
   * A policy to apply to the merged report: what the shards' policy did is undone first, then this one is applied,
   * so its summary (unused suppressions especially) covers the whole run. Without one, the reports' own policy
   * effects are kept and their summaries combined (they must all have been made with the same policy).
   */
  policy?: Policy | null;
  /** The threshold the reports must have been made with (a flag or input, else the policy's); unchecked when unset. */
  threshold?: number;
  /** Fail on artifacts not fully scanned; default: as any of the reports does (fail closed). */
  failOnIncomplete?: boolean;
}

export interface MergeResult {
  report: ScanReport;
  /** Things worth saying that do not stop the merge (reports made by another version of the tool than this one). */
  warnings: string[];
}

const MAX_LISTED = 8;
function list(items: string[]): string {
  return items.slice(0, MAX_LISTED).join(', ') + (items.length > MAX_LISTED ? `, … (${items.length} in all)` : '');
}

/** Undo what a policy did to an artifact (weights, suppressions, denylist), before another policy is applied. */
function clearPolicy(a: ArtifactReport): void {
  let changed = false;
  for (const f of a.findings as Finding[]) {
    if (f.originalScore !== undefined) {
      f.score = f.originalScore;
      delete f.originalScore;
      changed = true;
    }
    if (f.suppressed !== undefined || f.suppression !== undefined) {
      delete f.suppressed;
      delete f.suppression;
      changed = true;
    }
  }
  delete a.denied;
  if (changed) {
    const { score, breakdown } = scoreArtifact(a.findings, allRules());
    a.score = score;
    a.scoreBreakdown = breakdown;
    a.findings.sort(byScore);
  }
}

const policyIdentity = (p: PolicyReport | undefined): string => (p ? JSON.stringify([p.file, Object.entries(p.weights).sort()]) : 'none');

/** The policy summaries of reports made with the same policy, combined: counts added, unused = unused in every one. */
function combinePolicies(ps: PolicyReport[]): PolicyReport {
  const key = (s: { package: string; rule: string; file: string; line: number }) => JSON.stringify([s.package, s.rule, s.file, s.line]);
  const expired = new Map<string, PolicyReport['expired'][number]>();
  for (const p of ps) for (const s of p.expired) if (!expired.has(key(s))) expired.set(key(s), s);
  const unusedIn = new Map<string, { entry: PolicyReport['unused'][number]; n: number }>();
  for (const p of ps) {
    const seen = new Set<string>();
    for (const s of p.unused) {
      const k = key(s);
      if (seen.has(k)) continue;
      seen.add(k);
      const u = unusedIn.get(k);
      if (u) u.n++;
      else unusedIn.set(k, { entry: s, n: 1 });
    }
  }
  return {
    file: ps[0].file,
    suppressedFindings: ps.reduce((s, p) => s + p.suppressedFindings, 0),
    denied: ps.reduce((s, p) => s + p.denied, 0),
    weights: ps[0].weights,
    expired: [...expired.values()],
    unused: [...unusedIn.values()].filter((u) => u.n === ps.length).map((u) => u.entry),
  };
}

/**
 * Combine reports into one. Throws MergeError when they cannot be combined: different tool versions, rule sets,
 * thresholds or policies; shard reports with a shard missing or given twice, or mixed with unsharded reports.
 */
export function mergeReports(inputs: Array<{ file: string; report: ScanReport }>, options: MergeOptions = {}): MergeResult {
  if (!inputs.length) throw new MergeError('no report to merge');
  const warnings: string[] = [];
  const first = inputs[0].report;
  const describe = (r: ScanReport) => `${r.tool.version}${r.tool.rulesVersion ? ` (rules ${r.tool.rulesVersion})` : ''}`;
  const versions = new Set(inputs.map((x) => describe(x.report)));
  if (versions.size > 1) throw new MergeError(`the reports come from different versions of ${TOOL_NAME} or its rules, so their scores do not compare: ${list(inputs.map((x) => `${x.file}: ${describe(x.report)}`))}`);
  if (first.tool.version !== TOOL_VERSION || (first.tool.rulesVersion && first.tool.rulesVersion !== RULES_VERSION)) {
    warnings.push(`the reports were made by ${TOOL_NAME} ${describe(first)}, this is ${TOOL_VERSION} (rules ${RULES_VERSION}): rule descriptions in the outputs are this version's`);
  }
  const thresholds = new Set(inputs.map((x) => x.report.threshold));
  if (thresholds.size > 1) throw new MergeError(`the reports were made with different thresholds: ${list(inputs.map((x) => `${x.file}: ${x.report.threshold}`))}`);
  if (options.threshold !== undefined && options.threshold !== first.threshold) {
    throw new MergeError(`the reports were made with threshold ${first.threshold}, not ${options.threshold} (the threshold given or the policy's): scan again with the same threshold`);
  }

  // Shards: all or none, the same count, each index exactly once.
  const sharded = inputs.filter((x) => x.report.shard);
  let shardCount: number | undefined;
  if (sharded.length) {
    const plain = inputs.filter((x) => !x.report.shard);
    if (plain.length) throw new MergeError(`shard reports and unsharded reports cannot be merged together: ${list(plain.map((x) => x.file))} ${plain.length === 1 ? 'is' : 'are'} not a shard report`);
    const counts = new Set(sharded.map((x) => x.report.shard!.count));
    if (counts.size > 1) throw new MergeError(`the shard reports come from runs split differently: ${list(sharded.map((x) => `${x.file}: shard ${x.report.shard!.index}/${x.report.shard!.count}`))}`);
    shardCount = first.shard!.count;
    const byIndex = new Map<number, string[]>();
    for (const x of sharded) byIndex.set(x.report.shard!.index, [...(byIndex.get(x.report.shard!.index) ?? []), x.file]);
    const twice = [...byIndex].filter(([, files]) => files.length > 1).sort((a, b) => a[0] - b[0]);
    if (twice.length) throw new MergeError(`shard ${twice.map(([i, files]) => `${i}/${shardCount} is given ${files.length} times (${list(files)})`).join('; shard ')}: each shard must be merged exactly once`);
    const missing: number[] = [];
    for (let i = 1; i <= shardCount; i++) if (!byIndex.has(i)) missing.push(i);
    if (missing.length) {
      throw new MergeError(`missing shard report(s): ${list(missing.map((i) => `${i}/${shardCount}`))} — the packages of a missing shard were not checked (did its job fail before uploading its report?)`);
    }
  }

  const reports = inputs.map((x) => x.report);
  if (!options.policy) {
    const ids = new Set(reports.map((r) => policyIdentity(r.policy)));
    if (ids.size > 1) throw new MergeError(`the reports were made with different policies: ${list(inputs.map((x) => `${x.file}: ${x.report.policy ? x.report.policy.file : 'no policy'}`))} — merge with --config (action: config) to apply one policy to all`);
  }

  const artifacts = reports.flatMap((r) => r.artifacts);
  artifacts.sort((a, b) => a.file.localeCompare(b.file) || a.path.localeCompare(b.path) || a.sha256.localeCompare(b.sha256));
  const errors: ScanReport['errors'] = [];
  const seenErrors = new Set<string>();
  for (const e of reports.flatMap((r) => r.errors)) {
    const k = JSON.stringify([e.target, e.message]);
    if (seenErrors.has(k)) continue;
    seenErrors.add(k);
    errors.push(e);
  }
  const notes: NonNullable<ScanReport['notes']> = [];
  const seenNotes = new Set<string>();
  for (const n of reports.flatMap((r) => r.notes ?? [])) {
    const k = JSON.stringify([n.file, n.line, n.requirement, n.message]);
    if (seenNotes.has(k)) continue;
    seenNotes.add(k);
    notes.push(n);
  }
  const round = (s: number) => Math.round(s * 1000) / 1000;
  /** A stat some reports have, added up over those that have it; undefined when none has it. */
  const added = (k: 'fetchSeconds' | 'scanSeconds' | 'scanAfterFetchSeconds' | 'threads'): number | undefined => {
    const xs = reports.map((r) => r.stats[k]).filter((x): x is number => x !== undefined);
    return xs.length ? round(xs.reduce((s, x) => s + x, 0)) : undefined;
  };
  const pips = [...new Set(reports.map((r) => r.pip).filter((p): p is string => !!p))];

  const merged: ScanReport = {
    tool: { ...first.tool },
    threshold: first.threshold,
    failOnIncomplete: options.failOnIncomplete ?? reports.some((r) => r.failOnIncomplete),
    artifacts,
    errors,
    stats: {
      artifacts: artifacts.length,
      files: artifacts.reduce((s, a) => s + a.stats.files, 0),
      bytes: artifacts.reduce((s, a) => s + a.stats.bytes, 0),
      // Runner time: the shards' times added (the wall time of a matrix run is about the longest shard's).
      seconds: round(reports.reduce((s, r) => s + r.stats.seconds, 0)),
      flagged: 0,
      incomplete: 0,
    },
  };
  if (pips.length) merged.pip = pips.join('; ');
  // Added up too: runner time and threads over all the reports (no one wall clock covers them).
  for (const k of ['fetchSeconds', 'scanSeconds', 'scanAfterFetchSeconds', 'threads'] as const) {
    const v = added(k);
    if (v !== undefined) merged.stats[k] = v;
  }
  if (notes.length) merged.notes = notes;
  merged.merged = { reports: inputs.length, ...(shardCount !== undefined ? { shards: shardCount } : {}) };

  if (options.policy) {
    for (const a of artifacts) clearPolicy(a);
    applyPolicy(merged, options.policy);
  } else {
    const ps = reports.map((r) => r.policy).filter((p): p is PolicyReport => !!p);
    if (ps.length) merged.policy = combinePolicies(ps);
    refreshVerdicts(merged);
  }
  return { report: merged, warnings };
}
