/** Policy files (docs/policy.md): loading, applying to a report, writing a baseline. */
export { loadPolicy, parsePolicy, PolicyError, type Policy, type Suppression, type DenyEntry } from './config.js';
export { applyPolicy, refreshVerdicts } from './apply.js';
export { buildBaseline, type Baseline } from './baseline.js';
import type { Policy } from './config.js';
import { DEFAULT_THRESHOLD } from '../options.js';

/** The threshold of a run: the one given explicitly (flag or input), else the policy's, else the default. */
export function resolveThreshold(explicit: number | undefined, policy: Policy | null): number {
  return explicit ?? policy?.threshold ?? DEFAULT_THRESHOLD;
}
