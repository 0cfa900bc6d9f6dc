/**
 * GitHub annotations: each flagged or not-fully-scanned artifact is pointed at on the requirements or lock file line
 * that pulled it in (artifacts given directly get an annotation without a file). Most serious first, capped: GitHub
 * shows at most 10 errors and 10 warnings per step, and everything is in the job summary and SARIF anyway.
 */
import path from 'node:path';
import type { ArtifactReport, ScanReport } from '../types.js';
import { safeText } from './sanitize.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  /** Repository-relative path, when the annotation is on a file. */
  file?: string;
  line?: number;
}

export interface AnnotationOptions {
  /** Most annotations emitted (default 10). */
  max?: number;
  /** Paths are made relative to this folder (the repository checkout). */
  root?: string;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Annotations left out by the cap. */
  omitted: number;
}

export const DEFAULT_MAX_ANNOTATIONS = 10;

function relFile(file: string, root: string | undefined): string {
  if (!root) return file.replace(/\\/g, '/');
  const r = path.relative(path.resolve(root), path.resolve(file));
  return (r && !r.startsWith('..') && !path.isAbsolute(r) ? r : file).replace(/\\/g, '/');
}

function label(a: ArtifactReport): string {
  return a.package ? `${safeText(a.package, 80)} ${safeText(a.version ?? '?', 40)}` : safeText(a.file, 120);
}

/** One annotation per manifest line that required the artifact, or one without a file. */
function at(a: ArtifactReport, base: Omit<Annotation, 'file' | 'line'>, root: string | undefined): Annotation[] {
  const seen = new Set<string>();
  const out: Annotation[] = [];
  for (const r of a.requiredBy ?? []) {
    const file = relFile(r.file, root);
    const line = Math.max(1, Math.floor(r.line) || 1);
    const key = `${file}:${line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...base, file, line });
  }
  return out.length ? out : [{ ...base }];
}

export function planAnnotations(report: ScanReport, options: AnnotationOptions = {}): AnnotationPlan {
  const max = Math.max(0, options.max ?? DEFAULT_MAX_ANNOTATIONS);
  const { root } = options;
  const all: Annotation[] = [];
  const flagged = report.artifacts.filter((a) => a.flagged).sort((x, y) => Number(!!y.denied) - Number(!!x.denied) || y.score - x.score || x.file.localeCompare(y.file));
  for (const a of flagged) {
    const top = a.findings.find((f) => !f.suppressed && f.score > 0);
    const where = top ? (top.path ? ` in ${safeText(a.file, 120)}!/${safeText(top.path, 160)}` : ` in ${safeText(a.file, 120)}`) : '';
    const why = a.denied
      ? `on the policy's denylist: ${safeText(a.denied, 200)}${top && a.score >= report.threshold ? `; also scored ${a.score}/10: ${top.rule}${where}` : ''}`
      : `scored ${a.score}/10 (threshold ${report.threshold})${top ? `: ${top.rule}${where}: ${safeText(top.message, 300)}` : ''}`;
    all.push(
      ...at(a, { level: 'error', title: `pypi-stego-scan: ${label(a)} flagged`, message: `${label(a)} (${safeText(a.file, 120)}) ${why}. Details in the job summary.` }, root),
    );
  }
  for (const e of report.errors) {
    all.push({ level: 'error', title: 'pypi-stego-scan: not scanned', message: `${safeText(e.target, 200)}: ${safeText(e.message, 400)}` });
  }
  for (const a of report.artifacts.filter((x) => x.status !== 'scanned' && !x.flagged)) {
    const reasons = a.reasons.slice(0, 3).map((r) => safeText(r, 200)).join('; ');
    all.push(
      ...at(
        a,
        {
          level: report.failOnIncomplete ? 'error' : 'warning',
          title: `pypi-stego-scan: ${label(a)} not fully scanned`,
          message: `${label(a)} (${safeText(a.file, 120)}) could not be fully scanned: ${reasons}${a.reasons.length > 3 ? ` (and ${a.reasons.length - 3} more)` : ''}.`,
        },
        root,
      ),
    );
  }
  for (const s of report.policy?.expired ?? []) {
    all.push({
      level: 'warning',
      title: 'pypi-stego-scan: suppression expired',
      message: `The suppression of ${safeText(s.rule, 80)} on ${safeText(s.package, 80)} expired on ${s.expires} and no longer applies (${safeText(s.reason, 200)}).`,
      file: relFile(s.file, root),
      line: s.line,
    });
  }
  return { annotations: all.slice(0, max), omitted: Math.max(0, all.length - max) };
}

/** What emits an annotation (@actions/core's error/warning/notice have this shape). */
export interface AnnotationSink {
  error(message: string, props: { title?: string; file?: string; startLine?: number }): void;
  warning(message: string, props: { title?: string; file?: string; startLine?: number }): void;
  notice(message: string, props: { title?: string; file?: string; startLine?: number }): void;
}

export function emitAnnotations(plan: AnnotationPlan, sink: AnnotationSink): void {
  for (const a of plan.annotations) {
    const props: { title?: string; file?: string; startLine?: number } = { title: a.title };
    if (a.file) {
      props.file = a.file;
      if (a.line) props.startLine = a.line;
    }
    sink[a.level](a.message, props);
  }
  if (plan.omitted > 0) sink.notice(`${plan.omitted} more annotation(s) not shown: every flagged and incomplete artifact is in the job summary, the SARIF file and the JSON report.`, { title: 'pypi-stego-scan' });
}
