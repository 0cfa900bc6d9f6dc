import { createHash } from 'node:crypto';
import { allRules } from './analyzers/index.js';
import { CATEGORY_CAPS } from './scoring/index.js';

/** Tool identity, reported in every report (a test keeps it equal to package.json's version). */
export const TOOL_NAME = 'pypi-stego-scan';
export const TOOL_VERSION = '0.1.0';

/**
 * Identity of the rule set: a digest of every rule's id, category and weight and of the category caps. Cached verdicts
 * (action input `cache`) are keyed by it and by TOOL_VERSION, so a changed rule or weight never reuses an old verdict.
 */
export const RULES_VERSION: string = (() => {
  const rules = [...allRules().values()].map((r) => `${r.id}:${r.category}:${r.weight}`).sort();
  const caps = Object.entries(CATEGORY_CAPS).map(([k, v]) => `${k}=${v}`).sort();
  return createHash('sha256').update([...rules, ...caps].join('\n')).digest('hex').slice(0, 16);
})();
