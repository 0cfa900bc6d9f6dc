/**
 * `scan --write-baseline FILE`: today's findings as suppressions (reason "baseline", pinned to each artifact's
 * sha256), so that a team can adopt the scanner and fail only on what is new. A baseline is a policy file holding
 * only suppressions: use it as `--config`, or name it from a policy file with `baseline: FILE`.
 */
import { stringify } from 'yaml';
import type { ScanReport } from '../types.js';
import { normalizeName } from '../inputs/names.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface Baseline {
  text: string;
  /** Suppressions written. */
  entries: number;
  /** Artifacts with findings that could not be recorded (no package name or no digest): they are named here. */
  skipped: string[];
}

export function buildBaseline(report: ScanReport, now = new Date()): Baseline {
  const suppressions: Array<Record<string, string>> = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const a of report.artifacts) {
    const rules = [...new Set(a.findings.filter((f) => !f.suppressed && f.score > 0).map((f) => f.rule))].sort();
    if (!rules.length) continue;
    if (!a.package || !/^[0-9a-f]{64}$/.test(a.sha256)) {
      skipped.push(a.file);
      continue;
    }
    for (const rule of rules) {
      const key = `${a.sha256}\0${rule}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry: Record<string, string> = { package: normalizeName(a.package), rule, sha256: a.sha256 };
      if (a.version) entry.version = a.version;
      entry.reason = 'baseline';
      suppressions.push(entry);
    }
  }
  suppressions.sort((x, y) => x.package.localeCompare(y.package) || (x.version ?? '').localeCompare(y.version ?? '') || x.rule.localeCompare(y.rule) || x.sha256.localeCompare(y.sha256));
  const header = [
    `# Baseline written by ${TOOL_NAME} ${TOOL_VERSION} on ${now.toISOString().slice(0, 10)}: the findings of that scan,`,
    '# suppressed so that only new findings fail. Each entry is pinned to one artifact (sha256): a new release, or the',
    '# same version with other bytes, is scanned afresh. Review the entries; see docs/policy.md.',
    '',
  ].join('\n');
  const body = stringify({ version: 1, suppressions }, { lineWidth: 0 });
  return { text: header + body, entries: suppressions.length, skipped };
}
