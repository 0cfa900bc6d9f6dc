import type { Attachment, Finding, RuleMeta, ScanFile } from '../types.js';
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
  /**
   * Per-artifact scratch space shared by every analyzer call on one artifact (and its `finalize`), keyed by analyzer
   * name by convention. Analyzers are singletons: state that spans files must live here, never in module variables.
   */
  readonly scratch: Map<string, unknown>;
  /** Attach a picture for people (e.g. a spectrogram PNG) about the file being analysed. */
  attach(attachment: Omit<Attachment, 'path' | 'file'> & { path?: string }): void;
}

/** What `finalize` sees once every file of the artifact has been analysed. */
export interface FinalizeContext extends Omit<AnalyzerContext, 'attach'> {
  /** Every finding so far, from every analyzer and file (read only). */
  readonly findings: readonly Finding[];
  /** In finalize, `hit.path` says which file a finding is about (default: the artifact as a whole, ''). */
  report(rule: RuleMeta, hit: Hit): void;
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
  /**
   * The analyzer reads or writes `ctx.scratch` or `ctx.paths`: it runs in the thread that scans the artifact. Others
   * may run on a large member in another worker thread, where the scratch space refuses to be used.
   */
  sharesArtifactState?: boolean;
  applies(file: ScanFile): boolean;
  analyze(file: ScanFile, ctx: AnalyzerContext): void | Promise<void>;
  /**
   * Optional post-pass, run once per artifact after every file was analysed: for rules that relate files to each
   * other (e.g. code that reads an asset of the same artifact). Same no-throw and bounded-work contract.
   */
  finalize?(ctx: FinalizeContext): void | Promise<void>;
}

export function defineRules<const T extends Record<string, RuleMeta>>(rules: T): T {
  return rules;
}

export type { Finding };
