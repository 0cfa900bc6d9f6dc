/** Markdown report: what the job summary shows (GitHub-flavoured: tables and collapsible details). */
import type { ScanReport } from '../types.js';
import { htmlText, mdCell } from './sanitize.js';
import { statusLabel } from './text.js';

export function renderMarkdown(r: ScanReport): string {
  const out: string[] = [];
  const { flagged, incomplete, artifacts } = r.stats;
  const icon = r.errors.length || flagged ? '❌' : incomplete ? '⚠️' : '✅';
  out.push(`## ${icon} pypi-stego-scan: ${flagged} flagged, ${incomplete} not fully scanned, ${artifacts} artifact(s)`, '');
  out.push(`Threshold ${r.threshold}. ${r.failOnIncomplete ? 'Artifacts that could not be fully scanned fail the run.' : 'Incomplete scans are reported but do not fail the run.'}`, '');
  const problems = r.artifacts.filter((a) => a.flagged || a.status !== 'scanned');
  if (problems.length) {
    out.push('| Status | Score | Package | Version | Top findings |', '| --- | ---: | --- | --- | --- |');
    for (const a of problems) {
      const top = a.findings.slice(0, 3).map((f) => `\`${f.rule}\` ${mdCell(f.path || 'archive', 80)}`).join('<br>') || mdCell(a.reasons[0] ?? '', 120);
      out.push(`| ${statusLabel(a)} | ${a.score} | ${mdCell(a.package ?? a.file, 60)} | ${mdCell(a.version ?? '?', 30)} | ${top} |`);
    }
    out.push('');
    for (const a of problems) {
      out.push('<details>', `<summary>${htmlText(a.file, 120)}: score ${a.score}, ${a.findings.length} finding(s)</summary>`, '');
      out.push(`sha256 \`${a.sha256}\``, '');
      for (const reason of a.reasons.slice(0, 10)) out.push(`- ⚠️ not fully scanned: ${mdCell(reason)}`);
      if (a.findings.length) {
        out.push('', '| Score | Rule | File | Message |', '| ---: | --- | --- | --- |');
        for (const f of a.findings.slice(0, 30)) out.push(`| ${f.score} | \`${f.rule}\` | ${mdCell(f.path || '(archive)', 100)} | ${mdCell(f.message, 200)} |`);
        if (a.findings.length > 30) out.push('', `…and ${a.findings.length - 30} more in the JSON report.`);
      }
      const pics = (a.attachments ?? []).filter((p) => p.file);
      if (pics.length) {
        out.push('', 'In the report folder:');
        for (const p of pics) out.push(`- [${mdCell(p.caption, 120)}](${encodeURI(p.file!)}) (${mdCell(p.path, 100)})`);
      }
      out.push('', '</details>', '');
    }
  } else {
    out.push('No artifact reached the threshold.', '');
  }
  for (const e of r.errors) out.push(`- ❌ ${mdCell(e.target)}: ${mdCell(e.message)}`);
  out.push('', `${artifacts} artifact(s), ${r.stats.files} file(s), ${(r.stats.bytes / 1e6).toFixed(1)} MB in ${r.stats.seconds.toFixed(1)} s.`);
  return out.join('\n') + '\n';
}
