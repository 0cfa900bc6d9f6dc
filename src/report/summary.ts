/**
 * The job summary (GitHub-flavoured Markdown): a verdict line, a table of flagged and not-fully-scanned artifacts
 * with where each is required, collapsible details per artifact, policy effects, totals and timing. GitHub refuses a
 * step summary over 1 MiB, so the summary is built to a byte budget: what does not fit is cut with a note pointing to
 * the JSON report. Every attacker-controlled string goes through sanitize.ts.
 */
import type { ArtifactReport, Finding, ScanReport } from '../types.js';
import { htmlText, mdCell } from './sanitize.js';
import { scanTiming, scopeLine, statusLabel } from './text.js';

export type FailOn = 'incomplete' | 'flagged' | 'never';

export interface SummaryOptions {
  failOn?: FailOn;
  /** Byte budget (default 1,000,000: GitHub's limit is 1 MiB per step). */
  maxBytes?: number;
  /** Where the JSON report, the SARIF file and the report folder were written, to point people at them. */
  reportJson?: string;
  sarifFile?: string;
  reportDir?: string;
  /** Lines shown under the verdict (changed-only, verdict cache...). Plain text: they are escaped. */
  notices?: string[];
  /** Annotations left out by max-annotations. */
  annotationsOmitted?: number;
}

export const SUMMARY_MAX_BYTES = 1_000_000;
const MAX_TABLE_ROWS = 300;
const MAX_FINDINGS_SHOWN = 30;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
/** Text inside the raw-HTML <summary>: entities for markup, and for Markdown punctuation too, whatever the renderer. */
const htmlCell = (s: string, max: number): string => htmlText(s, max).replace(/[[\]`*_|\\]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Would this report fail the step? (exit code semantics of run.ts, with fail-on applied) */
export function fails(r: ScanReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (r.errors.length) return true;
  if (r.artifacts.some((a) => a.flagged)) return true;
  return failOn === 'incomplete' && r.artifacts.some((a) => a.status !== 'scanned');
}

function verdictLine(r: ScanReport, failOn: FailOn): string {
  const { flagged, incomplete, artifacts } = r.stats;
  const counts = `${flagged} flagged, ${incomplete} not fully scanned, ${artifacts} artifact(s)${r.errors.length ? `, ${r.errors.length} target(s) not scanned` : ''}`;
  const bad = fails(r, failOn === 'never' ? 'incomplete' : failOn);
  if (failOn === 'never' && bad) return `## ⚠️ pypi-stego-scan (advisory): ${counts}`;
  if (bad) return `## ❌ pypi-stego-scan: ${counts}`;
  if (incomplete || flagged) return `## ⚠️ pypi-stego-scan: ${counts}`;
  return `## ✅ pypi-stego-scan: ${counts}`;
}

function requiredBy(a: ArtifactReport, max = 3): string {
  const req = a.requiredBy ?? [];
  if (!req.length) return 'given directly';
  const shown = req.slice(0, max).map((r) => `${mdCell(r.file, 80)}:${Math.floor(r.line)}`);
  return shown.join('<br>') + (req.length > max ? `<br>+${req.length - max} more` : '');
}

function topFindings(a: ArtifactReport): string {
  const live = a.findings.filter((f) => !f.suppressed && f.score > 0).slice(0, 3);
  const parts = live.map((f) => `\`${mdCell(f.rule, 60)}\` ${f.score} ${mdCell(f.path || '(archive)', 80)}`);
  if (a.denied) parts.unshift(`denylisted: ${mdCell(a.denied, 100)}`);
  if (!parts.length && a.reasons.length) parts.push(`not fully scanned: ${mdCell(a.reasons[0], 140)}`);
  return parts.join('<br>') || '—';
}

function findingRow(f: Finding): string {
  const score = f.originalScore !== undefined ? `${f.score} (was ${f.originalScore})` : String(f.score);
  const note = f.suppressed ? ` — *suppressed*: ${mdCell(f.suppression?.reason ?? 'by policy', 120)}${f.suppression ? ` (${mdCell(f.suppression.file, 60)}:${f.suppression.line})` : ''}` : '';
  return `| ${score} | \`${mdCell(f.rule, 60)}\` | ${mdCell(f.path || '(archive)', 100)} | ${mdCell(f.message, 200)}${note} |`;
}

function details(a: ArtifactReport, r: ScanReport): string {
  const out: string[] = [];
  out.push('<details>', `<summary>${htmlCell(a.file, 120)}: ${statusLabel(a)}, score ${a.score}, ${a.findings.length} finding(s)</summary>`, '');
  out.push(`sha256 \`${mdCell(a.sha256, 64)}\`${a.fetchedVia ? `, obtained via ${a.fetchedVia}` : ''}`, '');
  if (a.requiredBy?.length) {
    out.push('Required by:');
    for (const q of a.requiredBy.slice(0, 10)) out.push(`- ${mdCell(q.file, 100)}:${Math.floor(q.line)}: ${mdCell(q.requirement, 160)}`);
    if (a.requiredBy.length > 10) out.push(`- …and ${a.requiredBy.length - 10} more`);
    out.push('');
  }
  if (a.denied) out.push(`- ⛔ on the policy's denylist: ${mdCell(a.denied, 200)}`);
  if (a.scoreBreakdown.worstFile !== null) {
    const cats = Object.entries(a.scoreBreakdown.categories).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`- score: worst file ${mdCell(a.scoreBreakdown.worstFile || '(archive)', 100)} = ${a.scoreBreakdown.worstFileScore} (${cats})${a.scoreBreakdown.corroboration ? ` + ${a.scoreBreakdown.corroboration} for other suspicious files` : ''}; threshold ${r.threshold}`);
  }
  for (const reason of a.reasons.slice(0, 10)) out.push(`- ⚠️ not fully scanned: ${mdCell(reason, 300)}`);
  if (a.reasons.length > 10) out.push(`- ⚠️ …and ${a.reasons.length - 10} more reasons in the JSON report`);
  if (a.findings.length) {
    out.push('', '| Score | Rule | File | Message |', '| ---: | --- | --- | --- |');
    for (const f of a.findings.slice(0, MAX_FINDINGS_SHOWN)) out.push(findingRow(f));
    if (a.findings.length > MAX_FINDINGS_SHOWN) out.push('', `…and ${a.findings.length - MAX_FINDINGS_SHOWN} more in the JSON report.`);
  }
  const omitted = Object.entries(a.omittedFindings ?? {});
  if (omitted.length) out.push('', `Not listed even in the JSON report: ${omitted.map(([k, n]) => `${n} more \`${mdCell(k, 60)}\``).join(', ')}.`);
  const pics = (a.attachments ?? []).filter((p) => p.file);
  if (pics.length) {
    out.push('', 'In the report folder (upload it with actions/upload-artifact):');
    for (const p of pics.slice(0, 10)) out.push(`- ${mdCell(p.file!, 120)}: ${mdCell(p.caption, 120)} (${mdCell(p.path, 100)})`);
  }
  out.push('', '</details>', '');
  return out.join('\n') + '\n';
}

/** Every suppressed finding, in one collapsible table: they do not count, but nobody should have to guess why. */
function suppressedBlock(r: ScanReport, max = 200): string {
  const rows: string[] = [];
  let total = 0;
  for (const a of r.artifacts)
    for (const f of a.findings) {
      if (!f.suppressed) continue;
      total++;
      if (rows.length >= max) continue;
      const src = f.suppression ? ` (${mdCell(f.suppression.file, 60)}:${f.suppression.line})` : '';
      rows.push(`| ${mdCell(a.package ?? a.file, 60)} | ${mdCell(a.version ?? '?', 30)} | \`${mdCell(f.rule, 60)}\` | ${mdCell(f.path || '(archive)', 100)} | ${f.score} | ${mdCell(f.suppression?.reason ?? 'by policy', 120)}${src} |`);
    }
  if (!total) return '';
  const out = ['<details>', `<summary>${total} finding(s) suppressed by the policy (not counted in scores)</summary>`, '', '| Package | Version | Rule | File | Score | Reason |', '| --- | --- | --- | --- | ---: | --- |', ...rows];
  if (total > rows.length) out.push('', `…and ${total - rows.length} more in the JSON report.`);
  out.push('', '</details>', '');
  return out.join('\n') + '\n';
}

function fmtSeconds(s: number): string {
  return s < 10 ? s.toFixed(1) : String(Math.round(s));
}

export function renderSummary(r: ScanReport, options: SummaryOptions = {}): string {
  const failOn = options.failOn ?? (r.failOnIncomplete ? 'incomplete' : 'flagged');
  const budget = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const head: string[] = [verdictLine(r, failOn), ''];
  const policyText = failOn === 'never' ? 'Advisory mode (`fail-on: never`): nothing fails the step.' : failOn === 'flagged' ? 'Flagged artifacts fail the step; artifacts that could not be fully scanned are reported.' : 'Flagged artifacts and artifacts that could not be fully scanned fail the step.';
  const part = scopeLine(r);
  if (part) head.push(`${mdCell(part, 300)}.`, '');
  head.push(`Threshold ${r.threshold}. ${policyText}`, '');
  for (const n of options.notices ?? []) head.push(`- ${mdCell(n, 500)}`);
  if (options.notices?.length) head.push('');

  const problems = r.artifacts
    .filter((a) => a.flagged || a.status !== 'scanned')
    .sort((x, y) => Number(y.flagged) - Number(x.flagged) || y.score - x.score || x.file.localeCompare(y.file));
  const table: string[] = [];
  if (problems.length) {
    table.push('| Status | Score | Package | Version | Top findings | Required by |', '| --- | ---: | --- | --- | --- | --- |');
    for (const a of problems.slice(0, MAX_TABLE_ROWS)) {
      table.push(`| ${statusLabel(a)} | ${a.score} | ${mdCell(a.package ?? a.file, 60)} | ${mdCell(a.version ?? '?', 30)} | ${topFindings(a)} | ${requiredBy(a)} |`);
    }
    if (problems.length > MAX_TABLE_ROWS) table.push('', `…and ${problems.length - MAX_TABLE_ROWS} more flagged or incomplete artifacts in the JSON report.`);
    table.push('');
  } else {
    table.push(r.stats.artifacts ? 'No artifact reached the threshold, and every artifact was fully scanned.' : 'No artifact was scanned.', '');
  }

  const tail: string[] = [];
  for (const e of r.errors.slice(0, 50)) tail.push(`- ❌ ${mdCell(e.target, 200)}: ${mdCell(e.message, 400)}`);
  if (r.errors.length > 50) tail.push(`- ❌ …and ${r.errors.length - 50} more in the JSON report`);
  if (r.errors.length) tail.push('');
  const notes = r.notes ?? [];
  if (notes.length) {
    tail.push('<details>', `<summary>${notes.length} requirement(s) not fetched, for reasons that are not failures</summary>`, '');
    for (const n of notes.slice(0, 50)) tail.push(`- ${mdCell(n.file, 80)}:${Math.floor(n.line)}: ${mdCell(n.requirement, 120)}: ${mdCell(n.message, 300)}`);
    if (notes.length > 50) tail.push(`- …and ${notes.length - 50} more in the JSON report`);
    tail.push('', '</details>', '');
  }
  if (r.policy) {
    const p = r.policy;
    tail.push(`**Policy** ${mdCell(p.file, 120)}: ${p.suppressedFindings} finding(s) suppressed (listed in the details, not counted in scores), ${p.denied} artifact(s) denylisted${Object.keys(p.weights).length ? `, weights changed for ${Object.keys(p.weights).map((k) => `\`${mdCell(k, 60)}\``).join(', ')}` : ''}.`);
    for (const s of p.expired.slice(0, 20)) tail.push(`- ⏰ expired on ${mdCell(s.expires, 12)}, no longer applies: \`${mdCell(s.rule, 60)}\` on ${mdCell(s.package, 60)} (${mdCell(s.file, 80)}:${s.line}): ${mdCell(s.reason, 120)}`);
    if (p.expired.length > 20) tail.push(`- ⏰ …and ${p.expired.length - 20} more expired suppressions`);
    if (p.unused.length) tail.push(`- ${p.unused.length} suppression(s) matched nothing in this run.`);
    tail.push('');
  }
  const timing = [`${fmtSeconds(r.stats.seconds)} s in all`];
  if (r.stats.fetchSeconds !== undefined) timing.push(`fetching ${fmtSeconds(r.stats.fetchSeconds)} s`);
  timing.push(scanTiming(r));
  tail.push(`${r.stats.artifacts} artifact(s), ${r.stats.files} file(s), ${(r.stats.bytes / 1e6).toFixed(1)} MB; ${timing.join(', ')}.${r.pip ? ` Fetched with ${mdCell(r.pip, 120)}.` : ''}`);
  const where: string[] = [];
  if (options.reportJson) where.push(`JSON report \`${mdCell(options.reportJson, 200)}\``);
  if (options.sarifFile) where.push(`SARIF \`${mdCell(options.sarifFile, 200)}\``);
  if (options.reportDir) where.push(`report folder \`${mdCell(options.reportDir, 200)}\``);
  if (where.length) tail.push('', `Written: ${where.join(', ')}.`);
  if (options.annotationsOmitted) tail.push('', `${options.annotationsOmitted} annotation(s) were not shown (max-annotations); every artifact above is also in the SARIF file.`);

  const headText = head.join('\n') + '\n';
  let tableText = table.join('\n') + '\n';
  const tailText = '\n' + tail.join('\n') + '\n';
  const cutNote = (n: number) =>
    `\n> ✂️ The summary is cut to stay under GitHub's 1 MiB limit: ${n} detail section(s) are not shown here. Everything is in the JSON report${options.reportJson ? ` (\`${mdCell(options.reportJson, 200)}\`)` : ''}.\n`;
  const reserve = bytes(cutNote(problems.length)) + 64;
  // The table itself may not fit (thousands of incomplete artifacts): cut rows first.
  while (bytes(headText) + bytes(tableText) + bytes(tailText) + reserve > budget && table.length > 3) {
    table.splice(Math.max(2, table.length - 50), 50);
    tableText = table.join('\n') + `\n\n…the table is cut here; the rest is in the JSON report.\n`;
  }
  let used = bytes(headText) + bytes(tableText) + bytes(tailText) + reserve;
  const blocks: string[] = [];
  let cut = 0;
  for (const a of problems) {
    if (cut) {
      cut++;
      continue;
    }
    const d = details(a, r);
    const n = bytes(d);
    if (used + n > budget) {
      cut = 1;
      continue;
    }
    blocks.push(d);
    used += n;
  }
  const sup = suppressedBlock(r);
  if (sup && !cut && used + bytes(sup) <= budget) {
    blocks.push(sup);
    used += bytes(sup);
  } else if (sup) cut++;
  let out = headText + tableText + blocks.join('');
  if (cut) out += cutNote(cut);
  out += tailText;
  if (bytes(out) > budget) {
    // Still too large (enormous head or tail): hard cut on a line boundary, never inside a multi-byte character.
    const buf = Buffer.from(out, 'utf8').subarray(0, budget - 200);
    const text = buf.toString('utf8');
    out = text.slice(0, text.lastIndexOf('\n') + 1).replace(/\uFFFD$/, '') + cutNote(problems.length);
  }
  return out;
}
