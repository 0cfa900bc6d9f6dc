import type { Finding, RuleMeta, ScanFile } from '../types.js';
import type { ScanOptions } from '../options.js';

/** What an analyzer may report about one rule hit. `strength` (0..1, default 1) scales the rule's weight. */
export interface Hit {
  message: string;
  strength?: number;
  offset?: number;
  length?: number;
  evidence?: Record<string, unknown>;
  /** Report against another path than the file being analysed (e.g. an archive-level problem). */
  path?: string;
}

export interface AnalyzerContext {
  readonly options: ScanOptions;
  /** Paths of every member of the artifact (for analyzers that relate files to each other). */
  readonly paths: readonly string[];
  /** Record a finding for one of this analyzer's rules. */
  report(rule: RuleMeta, hit: Hit): void;
  /** The file could not be fully analysed: the artifact becomes `incomplete` with this reason. */
  incomplete(reason: string): void;
}

/**
 * One analyzer per file in src/analyzers. An analyzer owns a set of rules, decides which files it looks at, and
 * reports hits. It must never throw on hostile input (the pipeline turns a throw into `incomplete`), must bound its
 * own work, and must not touch the filesystem or network.
 */
export interface Analyzer {
  name: string;
  description: string;
  rules: readonly RuleMeta[];
  applies(file: ScanFile): boolean;
  analyze(file: ScanFile, ctx: AnalyzerContext): void | Promise<void>;
}

export function defineRules<const T extends Record<string, RuleMeta>>(rules: T): T {
  return rules;
}

export type { Finding };
