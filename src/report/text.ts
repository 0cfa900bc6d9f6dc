/** The default, human report: a verdict, a table of artifacts, then details of what is flagged or incomplete. */
import type { ArtifactReport, ScanReport } from '../types.js';
import { safeText } from './sanitize.js';

function verdict(r: ScanReport): string {
  const { flagged, incomplete, artifacts } = r.stats;
  if (r.errors.length) return `ERROR: ${r.errors.length} target(s) could not be scanned; ${flagged} of ${artifacts} artifact(s) flagged`;
  if (flagged) return `FLAGGED: ${flagged} of ${artifacts} artifact(s) scored ${r.threshold} or more`;
  if (incomplete) return `INCOMPLETE: ${incomplete} of ${artifacts} artifact(s) could not be fully scanned${r.failOnIncomplete ? ' (this fails the run)' : ''}`;
  return `OK: ${artifacts} artifact(s) scanned, none scored ${r.threshold} or more`;
}

/** Time spent scanning: wall clock and threads when known (a merged report has no one wall clock), else the sum. */
export function scanTiming(r: ScanReport): string {
  const sum = r.artifacts.reduce((s, a) => s + a.stats.seconds, 0);
  const t = r.stats.threads;
  if (r.stats.scanSeconds !== undefined && t !== undefined && !r.merged) {
    const after = r.stats.scanAfterFetchSeconds !== undefined && r.stats.fetchSeconds !== undefined ? `, ${r.stats.scanAfterFetchSeconds.toFixed(1)} s of it after the last download` : '';
    return t ? `scanning ${r.stats.scanSeconds.toFixed(1)} s on ${t} worker thread(s)${after}, ${sum.toFixed(1)} s of artifact scans added up` : `scanning ${r.stats.scanSeconds.toFixed(1)} s on the main thread${after}`;
  }
  return `${sum.toFixed(1)} s of artifact scans added up`;
}

/** Which part of a run a report covers, when it is a shard report or a merge of reports; null otherwise. */
export function scopeLine(r: ScanReport): string | null {
  if (r.shard) return `shard ${r.shard.index} of ${r.shard.count}: only this shard's part of the artifacts (merge the ${r.shard.count} shard reports for the whole run)`;
  if (r.merged) return r.merged.shards ? `merged from the reports of all ${r.merged.shards} shard(s)` : `merged from ${r.merged.reports} report(s)`;
  return null;
}

export function statusLabel(a: ArtifactReport): string {
  if (a.flagged) return 'FLAGGED';
  if (a.status === 'incomplete') return 'INCOMPLETE';
  if (a.status === 'error') return 'ERROR';
  return 'ok';
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function renderText(r: ScanReport, opts: { details?: 'problems' | 'all' } = {}): string {
  const lines: string[] = [];
  lines.push(verdict(r), '');
  const part = scopeLine(r);
  if (part) lines.push(part, '');
  const rows = r.artifacts.map((a) => [statusLabel(a), a.score.toFixed(1), safeText(a.package ?? '?', 40), safeText(a.version ?? '?', 20), safeText(a.file, 80), a.findings[0] ? safeText(a.findings[0].rule, 40) : '']);
  const head = ['STATUS', 'SCORE', 'PACKAGE', 'VERSION', 'FILE', 'TOP FINDING'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  lines.push(head.map((h, i) => pad(h, widths[i])).join('  ').trimEnd());
  for (const row of rows) lines.push(row.map((c, i) => pad(c, widths[i])).join('  ').trimEnd());
  for (const a of r.artifacts) {
    const show = opts.details === 'all' ? a.findings.length > 0 || a.status !== 'scanned' : a.flagged || a.status !== 'scanned';
    if (!show) continue;
    lines.push('', `${statusLabel(a)} ${safeText(a.file)}  score ${a.score} (threshold ${r.threshold})  sha256 ${a.sha256}`);
    for (const q of (a.requiredBy ?? []).slice(0, 5)) lines.push(`  required by ${safeText(q.file, 120)}:${q.line}: ${safeText(q.requirement, 120)}`);
    if (a.denied) lines.push(`  denylisted by the policy: ${safeText(a.denied, 200)}`);
    if (a.scoreBreakdown.worstFile !== null) {
      const cats = Object.entries(a.scoreBreakdown.categories).map(([k, v]) => `${k} ${v}`).join(', ');
      lines.push(`  worst file: ${safeText(a.scoreBreakdown.worstFile || '(archive)')} = ${a.scoreBreakdown.worstFileScore} (${cats})${a.scoreBreakdown.corroboration ? ` + ${a.scoreBreakdown.corroboration} for other suspicious files` : ''}`);
    }
    for (const reason of a.reasons.slice(0, 10)) lines.push(`  ! not fully scanned: ${safeText(reason)}`);
    if (a.reasons.length > 10) lines.push(`  ! ... and ${a.reasons.length - 10} more reasons (see the JSON report)`);
    for (const f of a.findings.slice(0, 20)) {
      const where = f.offset !== undefined ? ` @${f.offset}` : '';
      const sup = f.suppressed ? ` [suppressed: ${safeText(f.suppression?.reason ?? 'by policy', 120)}]` : '';
      lines.push(`  ${pad(f.score.toFixed(1), 4)} ${f.rule}  ${safeText(f.path || '(archive)', 120)}${where}: ${safeText(f.message)}${sup}`);
      const preview = f.evidence?.preview;
      if (typeof preview === 'string' && preview) lines.push(`       preview: ${safeText(preview, 160)}`);
    }
    if (a.findings.length > 20) lines.push(`  ... and ${a.findings.length - 20} more findings (see the JSON report)`);
    const omitted = Object.entries(a.omittedFindings ?? {});
    if (omitted.length) lines.push(`  (not listed even in the JSON report: ${omitted.map(([r, n]) => `${n} more ${r}`).join(', ')})`);
    for (const att of (a.attachments ?? []).filter((x) => x.file)) lines.push(`  picture: ${safeText(att.file ?? '', 200)} (${safeText(att.caption, 160)})`);
  }
  for (const e of r.errors) lines.push('', `error: ${safeText(e.target)}: ${safeText(e.message)}`);
  const notes = r.notes ?? [];
  if (notes.length) lines.push('', `${notes.length} requirement(s) not fetched, for reasons that are not failures:`);
  for (const n of notes.slice(0, 50)) lines.push(`  ${safeText(n.file, 120)}:${n.line}: ${safeText(n.requirement, 120)}: ${safeText(n.message, 300)}`);
  if (notes.length > 50) lines.push(`  ... and ${notes.length - 50} more (see the JSON report)`);
  if (r.policy) lines.push('', `policy ${safeText(r.policy.file)}: ${r.policy.suppressedFindings} finding(s) suppressed, ${r.policy.denied} artifact(s) denylisted, ${r.policy.expired.length} expired suppression(s), ${r.policy.unused.length} unused`);
  const mb = r.stats.bytes / 1e6;
  const fetch = ` (${r.stats.fetchSeconds !== undefined ? `fetching ${r.stats.fetchSeconds.toFixed(1)} s, ` : ''}${scanTiming(r)})`;
  const pip = r.pip ? `; fetched with ${safeText(r.pip, 120)}` : '';
  lines.push('', `${r.stats.artifacts} artifact(s), ${r.stats.files} file(s), ${mb.toFixed(1)} MB in ${r.stats.seconds.toFixed(1)} s${fetch}${pip}`);
  return lines.join('\n') + '\n';
}
