/**
 * Scoring, after the seed scheme: per file, the strongest finding of each category counts, each category capped
 * (file type 0–3, entropy 0–3, strings/metadata 0–3, spectrogram 0–4, ...), and the categories add up, so that
 * independent signals agreeing on one file raise it. Decoded payloads and loader code have caps of 10: one proven
 * executable is enough. The artifact takes its worst file, raised by up to 2 points by other suspicious files that
 * show different rules (corroboration).
 */
import type { Category, Finding, RuleMeta, ScoreBreakdown } from '../types.js';
import { roundScore } from '../analyzers/run.js';

export const CATEGORY_CAPS: Record<Category, number> = {
  archive: 6,
  filetype: 3,
  entropy: 3,
  strings: 3,
  structure: 3,
  payload: 10,
  spectrogram: 4,
  lsb: 4,
  code: 10,
};

export const MAX_SCORE = 10;
/** A file at or above this score corroborates the worst one. */
const CORROBORATING_FILE = 3;
const MAX_CORROBORATION = 2;

export interface FileScore {
  path: string;
  score: number;
  categories: Partial<Record<Category, number>>;
  rules: Set<string>;
}

export function scoreFiles(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>): FileScore[] {
  const byPath = new Map<string, { categories: Partial<Record<Category, number>>; rules: Set<string> }>();
  for (const f of findings) {
    if (f.suppressed || f.score <= 0) continue;
    const rule = rules.get(f.rule);
    if (!rule) continue;
    const entry = byPath.get(f.path) ?? { categories: {}, rules: new Set<string>() };
    const cats = entry.categories;
    cats[rule.category] = Math.max(cats[rule.category] ?? 0, Math.min(CATEGORY_CAPS[rule.category], f.score));
    entry.rules.add(f.rule);
    byPath.set(f.path, entry);
  }
  const out: FileScore[] = [];
  for (const [path, { categories, rules: ruleIds }] of byPath) {
    const sum = Object.values(categories).reduce((a, b) => a + (b ?? 0), 0);
    out.push({ path, score: roundScore(Math.min(MAX_SCORE, sum)), categories, rules: ruleIds });
  }
  return out.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
}

export function scoreArtifact(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>): { score: number; breakdown: ScoreBreakdown } {
  const files = scoreFiles(findings, rules);
  if (files.length === 0) return { score: 0, breakdown: { worstFile: null, worstFileScore: 0, categories: {}, corroboration: 0 } };
  const [worst, ...rest] = files;
  // Other suspicious files raise the worst one only when they show something the worst file does not: a hundred
  // files tripping the same rule are one observation, not a hundred.
  const corroborating = rest.filter((f) => f.score >= CORROBORATING_FILE && [...f.rules].some((r) => !worst.rules.has(r)));
  const corroboration = Math.min(MAX_CORROBORATION, corroborating.length);
  return {
    score: roundScore(Math.min(MAX_SCORE, worst.score + (worst.score > 0 ? corroboration : 0))),
    breakdown: { worstFile: worst.path, worstFileScore: worst.score, categories: worst.categories, corroboration },
  };
}
