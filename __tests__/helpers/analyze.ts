import type { Analyzer } from '../../src/analyzers/types.js';
import { analyzeFile, toScanFile, type FileResult } from '../../src/analyzers/run.js';
import { defaultOptions } from '../../src/options.js';

/** Run one analyzer on one in-memory file, the way the pipeline would. */
export async function runAnalyzer(analyzer: Analyzer, path: string, data: Uint8Array, paths?: string[]): Promise<FileResult> {
  const file = await toScanFile(path, data);
  return analyzeFile(file, [analyzer], defaultOptions(), paths ?? [path]);
}

/** Rule ids reported, sorted, for compact assertions. */
export function ruleIds(r: FileResult): string[] {
  return [...new Set(r.findings.map((f) => f.rule))].sort();
}

export function scoreOf(r: FileResult, rule: string): number {
  return Math.max(0, ...r.findings.filter((f) => f.rule === rule).map((f) => f.score));
}
