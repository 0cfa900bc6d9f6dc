/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF consumers.
 *
 * What becomes a result (one per artifact and rule, located on the manifest line that pulled the artifact in):
 * - every rule with unsuppressed findings on a flagged artifact;
 * - `policy.denied` for an artifact on the policy's denylist;
 * - `scan.incomplete` for an artifact that could not be fully scanned (an attacker must not pass by making the
 *   scanner give up, so this is visible in code scanning like any finding).
 * Findings of artifacts under the threshold and suppressed findings stay in the JSON report and the job summary:
 * code scanning opens an alert per result, and alerts for what the team decided is fine are how tools get switched
 * off. Targets that could not be scanned at all are tool execution notifications.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ArtifactReport, Finding, RuleMeta, ScanReport } from '../types.js';
import { allRules } from '../analyzers/index.js';
import { RULES_VERSION, TOOL_NAME, TOOL_VERSION } from '../version.js';
import { safeText } from './sanitize.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Rules that do not come from an analyzer: reported by the run itself and by the policy. */
export const SCAN_INCOMPLETE: RuleMeta = {
  id: 'scan.incomplete',
  category: 'archive',
  weight: 6,
  description: 'The artifact could not be fully scanned (a limit, an encrypted or unreadable member, a corrupt archive): what was not read was not checked.',
};
export const POLICY_DENIED: RuleMeta = {
  id: 'policy.denied',
  category: 'payload',
  weight: 9,
  description: "The package (or this version of it) is on the policy file's denylist.",
};

export interface SarifOptions {
  /** Folder that manifest and artifact paths are made relative to (the repository checkout: GITHUB_WORKSPACE). */
  root?: string;
  /** URL of docs/rules.md (e.g. `https://github.com/OWNER/REPO/blob/REF/docs/rules.md`): rules get `helpUri` anchors. */
  rulesDocUrl?: string;
  /** docs/rules.md on disk: each rule's help is its section there. */
  rulesDocFile?: string;
  /** Most results written (code scanning keeps at most 25,000 per run); the rest are counted in the run properties. */
  maxResults?: number;
}

type Json = Record<string, unknown>;

const MAX_RESULTS = 5000;
const MAX_HELP_CHARS = 4000;

/** GitHub's heading anchor: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** `## rule.id` sections of docs/rules.md, as plain text. */
export function ruleDocs(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    const id = part.slice(0, nl < 0 ? undefined : nl).trim();
    const body = (nl < 0 ? '' : part.slice(nl + 1)).split(/^# /m)[0].trim();
    if (/^[a-z0-9]+(\.[a-z0-9-]+)+$/.test(id)) out.set(id, body.length > MAX_HELP_CHARS ? `${body.slice(0, MAX_HELP_CHARS - 1)}…` : body);
  }
  return out;
}

function readDocs(file: string | undefined): Map<string, string> {
  if (!file) return new Map();
  try {
    return ruleDocs(fs.readFileSync(file, 'utf8'));
  } catch {
    return new Map();
  }
}

/** Path for a SARIF `uri`: relative to root with `/` separators when inside it, percent-encoded per segment. */
export function sarifUri(p: string, root: string | undefined): string {
  let rel = p;
  if (root) {
    const r = path.relative(path.resolve(root), path.resolve(p));
    rel = r && !r.startsWith('..') && !path.isAbsolute(r) ? r : path.basename(p);
  } else if (path.isAbsolute(p)) {
    rel = path.basename(p);
  }
  return rel
    .split(/[\\/]+/)
    .filter((s) => s && s !== '.')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function level(score: number): 'error' | 'warning' | 'note' {
  return score >= 7 ? 'error' : score >= 4 ? 'warning' : 'note';
}

function ruleDescriptor(r: RuleMeta, docs: Map<string, string>, docUrl: string | undefined): Json {
  const doc = docs.get(r.id);
  const help = `${r.description}\n\nCategory: ${r.category}; weight ${r.weight} (the most one finding of this rule adds to an artifact's 0-10 score).${doc ? `\n\n${doc}` : ''}`;
  const d: Json = {
    id: r.id,
    name: r.id.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.description.split(/(?<=\.)\s/)[0] },
    fullDescription: { text: r.description },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: level(r.weight) },
    properties: {
      tags: ['security', 'supply-chain', r.category],
      'security-severity': r.weight.toFixed(1),
      precision: r.weight >= 7 ? 'high' : 'medium',
      category: r.category,
      weight: r.weight,
    },
  };
  if (docUrl) d.helpUri = `${docUrl}#${headingAnchor(r.id)}`;
  return d;
}

function fingerprint(...parts: Array<string | null>): string {
  return createHash('sha256').update(parts.map((p) => p ?? '').join('\0')).digest('hex').slice(0, 32);
}

/** Rule-specific evidence, flattened to short strings (it is for people; the JSON report has all of it). */
function evidenceSummary(e: Finding['evidence']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!e) return out;
  for (const [k, v] of Object.entries(e).slice(0, 12)) {
    let s: string;
    try {
      s = typeof v === 'string' ? v : JSON.stringify(v) ?? '';
    } catch {
      s = String(v);
    }
    out[safeText(k, 40)] = safeText(s, 200);
  }
  return out;
}

function locationsOf(a: ArtifactReport, root: string | undefined): { locations: Json[]; related: Json[] } {
  const req = a.requiredBy ?? [];
  if (!req.length) {
    return { locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(a.path, root) } }, message: { text: 'the artifact (given directly, not through a requirements or lock file)' } }], related: [] };
  }
  const loc = (r: (typeof req)[number], id?: number): Json => {
    const l: Json = {
      physicalLocation: { artifactLocation: { uri: sarifUri(r.file, root) }, region: { startLine: Math.max(1, Math.floor(r.line) || 1) } },
      message: { text: safeText(r.requirement, 200) },
    };
    if (id !== undefined) l.id = id;
    return l;
  };
  return { locations: [loc(req[0])], related: req.slice(1, 20).map((r, i) => loc(r, i + 1)) };
}

function artifactName(a: ArtifactReport): string {
  return a.package ? `${safeText(a.package, 80)} ${safeText(a.version ?? '?', 40)}` : safeText(a.file, 120);
}

function baseProperties(a: ArtifactReport, report: ScanReport): Json {
  const p: Json = {
    package: a.package === null ? null : safeText(a.package, 200),
    version: a.version === null ? null : safeText(a.version, 100),
    artifact: safeText(a.file, 200),
    artifactPath: safeText(a.path, 300),
    sha256: a.sha256,
    score: a.score,
    threshold: report.threshold,
    flagged: a.flagged,
    status: a.status,
  };
  const suppressed = a.findings.filter((f) => f.suppressed).length;
  if (suppressed) p.suppressedFindings = suppressed;
  return p;
}

/** The SARIF log for a report. */
export function toSarif(report: ScanReport, options: SarifOptions = {}): Json {
  const registry = allRules();
  const docs = readDocs(options.rulesDocFile);
  const ruleList: RuleMeta[] = [...registry.values(), SCAN_INCOMPLETE, POLICY_DENIED];
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
  const results: Json[] = [];
  const max = options.maxResults ?? MAX_RESULTS;
  let dropped = 0;
  const push = (r: Json) => {
    if (results.length < max) results.push(r);
    else dropped++;
  };
  const ordered = [...report.artifacts].sort((x, y) => Number(y.flagged) - Number(x.flagged) || y.score - x.score || x.file.localeCompare(y.file));
  for (const a of ordered) {
    const { locations, related } = locationsOf(a, options.root);
    const manifest = a.requiredBy?.[0]?.file ?? null;
    const name = artifactName(a);
    const common = (ruleId: string): Json => {
      const r: Json = { ruleId, ruleIndex: ruleIndex.get(ruleId), locations, partialFingerprints: { 'pypiStegoScan/v1': fingerprint(a.package ?? a.file, a.version, a.sha256, ruleId, manifest) } };
      if (related.length) r.relatedLocations = related;
      return r;
    };
    if (a.denied) {
      push({
        ...common(POLICY_DENIED.id),
        level: 'error',
        message: { text: `${name} (${safeText(a.file, 120)}) is on the policy's denylist: ${safeText(a.denied, 300)}` },
        properties: { ...baseProperties(a, report), reason: safeText(a.denied, 300) },
      });
    }
    if (a.status !== 'scanned') {
      const reasons = a.reasons.slice(0, 5).map((x) => safeText(x, 300));
      push({
        ...common(SCAN_INCOMPLETE.id),
        level: report.failOnIncomplete ? 'error' : 'warning',
        message: {
          text: `${name} (${safeText(a.file, 120)}) could not be fully scanned${a.status === 'error' ? ' (it could not be opened)' : ''}: ${reasons.join('; ')}${a.reasons.length > 5 ? `; and ${a.reasons.length - 5} more` : ''}`,
        },
        properties: { ...baseProperties(a, report), reasons },
      });
    }
    // Findings are results when they flag the artifact by themselves (a denied artifact has its own result above).
    if (a.status === 'error' || a.score < report.threshold) continue;
    const byRule = new Map<string, Finding[]>();
    for (const f of a.findings) {
      if (f.suppressed || f.score <= 0) continue;
      const list = byRule.get(f.rule) ?? [];
      list.push(f);
      byRule.set(f.rule, list);
    }
    const rules = [...byRule.entries()].sort((x, y) => y[1][0].score - x[1][0].score || x[0].localeCompare(y[0]));
    for (const [ruleId, fs_] of rules) {
      if (!ruleIndex.has(ruleId)) continue; // a rule unknown to this build (e.g. a cached verdict): in the JSON report only
      const top = fs_[0];
      const where = top.path ? `${safeText(a.file, 120)}!/${safeText(top.path, 200)}` : safeText(a.file, 120);
      const more = fs_.length > 1 ? ` (and ${fs_.length - 1} more finding(s) of this rule)` : '';
      const omitted = a.omittedFindings?.[ruleId];
      push({
        ...common(ruleId),
        level: level(top.score),
        message: {
          text: `${name}: ${safeText(top.message, 400)} — in ${where}${top.offset !== undefined ? ` at offset ${top.offset}` : ''}${more}. Artifact score ${a.score} (threshold ${report.threshold}).`,
        },
        properties: {
          ...baseProperties(a, report),
          innerPath: safeText(top.path, 300),
          findingScore: top.score,
          findings: fs_.slice(0, 10).map((f) => ({ path: safeText(f.path, 300), score: f.score, offset: f.offset ?? null })),
          ...(omitted ? { omittedFindings: omitted } : {}),
          evidence: evidenceSummary(top.evidence),
        },
      });
    }
  }
  const notifications: Json[] = report.errors.slice(0, 1000).map((e) => ({
    level: 'error',
    message: { text: `${safeText(e.target, 300)}: ${safeText(e.message, 500)}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(e.target, options.root) || 'unknown' } } }],
  }));
  const driver: Json = {
    name: TOOL_NAME,
    version: TOOL_VERSION,
    semanticVersion: TOOL_VERSION,
    rules: ruleList.map((r) => ruleDescriptor(r, docs, options.rulesDocUrl)),
    properties: { rulesVersion: RULES_VERSION },
  };
  if (options.rulesDocUrl) driver.informationUri = options.rulesDocUrl.replace(/\/blob\/[^/]+\/docs\/rules\.md$/, '');
  const runProps: Json = { threshold: report.threshold, failOnIncomplete: report.failOnIncomplete, stats: report.stats };
  if (dropped) runProps.resultsNotWritten = dropped;
  if (report.policy) runProps.policy = { file: report.policy.file, suppressedFindings: report.policy.suppressedFindings, denied: report.policy.denied, expiredSuppressions: report.policy.expired.length };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        invocations: [{ executionSuccessful: report.errors.length === 0, toolExecutionNotifications: notifications }],
        results,
        columnKind: 'utf16CodeUnits',
        properties: runProps,
      },
    ],
  };
}

export function renderSarif(report: ScanReport, options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}
