/**
 * Applying a policy to a report: weight overrides re-scale findings, suppressions mark findings (they stay in the
 * report, marked, and stop counting), the denylist flags artifacts whatever their score. Scores are then recomputed
 * with the same scoring as the scan (scoring/), so the breakdown always explains the score shown.
 */
import type { ArtifactReport, Finding, PolicyReport, ScanReport } from '../types.js';
import { allRules } from '../analyzers/index.js';
import { roundScore } from '../analyzers/run.js';
import { MAX_SCORE, scoreArtifact } from '../scoring/index.js';
import { normalizeName } from '../inputs/names.js';
import { compareVersions, parseVersion } from '../inputs/pep440.js';
import { isoDay, type Policy, type Suppression } from './config.js';

export interface ApplyOptions {
  /** The day suppressions are checked against (default: today). */
  now?: Date;
}

function sameVersion(a: string | null, b: string): boolean {
  if (a === null) return false;
  if (a === b) return true;
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return !!va && !!vb && compareVersions(va, vb) === 0;
}

function pathMatches(pattern: string | null, p: string): boolean {
  if (pattern === null) return true;
  if (pattern.endsWith('/**')) return p.startsWith(pattern.slice(0, -2));
  return p === pattern;
}

function matches(s: Suppression, a: ArtifactReport, pkg: string, f: Finding): boolean {
  return (
    s.package === pkg &&
    s.rule === f.rule &&
    (s.sha256 === null || s.sha256 === a.sha256.toLowerCase()) &&
    (s.version === null || sameVersion(a.version, s.version)) &&
    pathMatches(s.path, f.path)
  );
}

export const byScore = (a: Finding, b: Finding): number =>
  Number(!!a.suppressed) - Number(!!b.suppressed) || b.score - a.score || a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule);

/**
 * Recompute `flagged` and the run totals from the artifacts (after a policy, or for cached verdicts made with
 * another threshold). Denied artifacts stay flagged.
 */
export function refreshVerdicts(report: ScanReport): ScanReport {
  for (const a of report.artifacts) a.flagged = !!a.denied || a.score >= report.threshold;
  report.stats.flagged = report.artifacts.filter((a) => a.flagged).length;
  report.stats.incomplete = report.artifacts.filter((a) => a.status !== 'scanned').length;
  return report;
}

/** Apply `policy` to `report` in place (and return it). With no policy, only the verdicts are refreshed. */
export function applyPolicy(report: ScanReport, policy: Policy | null, options: ApplyOptions = {}): ScanReport {
  if (!policy) return refreshVerdicts(report);
  const today = isoDay(options.now ?? new Date());
  const rules = allRules();
  const active = policy.suppressions.filter((s) => s.expires === null || s.expires >= today);
  const used = new Set<Suppression>();
  let suppressedFindings = 0;
  for (const a of report.artifacts) {
    const pkg = a.package ? normalizeName(a.package) : null;
    let changed = false;
    for (const f of a.findings) {
      const w = policy.weights.get(f.rule);
      const meta = rules.get(f.rule);
      if (w !== undefined && meta && meta.weight > 0 && w !== meta.weight) {
        f.originalScore ??= f.score;
        f.score = roundScore(Math.min(MAX_SCORE, (f.originalScore * w) / meta.weight));
        changed = true;
      }
      if (!pkg) continue;
      const s = active.find((x) => matches(x, a, pkg, f));
      if (s) {
        f.suppressed = true;
        f.suppression = { reason: s.reason, expires: s.expires, file: s.file, line: s.line };
        used.add(s);
        suppressedFindings++;
        changed = true;
      }
    }
    if (changed) {
      // Findings left out of the report (omittedFindings: beyond 50 per rule) are weaker findings of rules already
      // listed; the score is recomputed from the listed ones.
      const { score, breakdown } = scoreArtifact(a.findings, rules);
      a.score = score;
      a.scoreBreakdown = breakdown;
      a.findings.sort(byScore);
    }
    const deny = pkg ? policy.deny.find((d) => d.package === pkg && (d.versions === null || d.versions.some((v) => sameVersion(a.version, v)))) : undefined;
    if (deny) a.denied = deny.reason;
  }
  const summary: PolicyReport = {
    file: policy.file,
    suppressedFindings,
    denied: report.artifacts.filter((a) => a.denied).length,
    weights: Object.fromEntries(policy.weights),
    expired: policy.suppressions
      .filter((s) => s.expires !== null && s.expires < today)
      .map((s) => ({ package: s.package, rule: s.rule, reason: s.reason, expires: s.expires!, file: s.file, line: s.line })),
    unused: active.filter((s) => !used.has(s)).map((s) => ({ package: s.package, rule: s.rule, reason: s.reason, file: s.file, line: s.line })),
  };
  report.policy = summary;
  return refreshVerdicts(report);
}
