/**
 * Core data model shared by every pipeline stage. The JSON report (see README "JSON report") is built from these
 * types; fields may be added, never removed or renamed.
 */

/** Score categories. A file's score adds the strongest finding of each category, each capped (see scoring/). */
export type Category =
  | 'archive' // how the artifact is packed: traversal, links, bombs, RECORD problems
  | 'filetype' // what a file is vs. what its name says
  | 'entropy' // byte entropy against the format's baseline
  | 'strings' // URLs, encoded runs, commands in places they do not belong
  | 'structure' // container structure: data outside chunks/frames, sizes that lie
  | 'payload' // decoded content proven to be executable or code: near-certain
  | 'spectrogram' // filled by the signal analyzers
  | 'lsb' // filled by the signal analyzers
  | 'code'; // loader code (Python, .pth)

/** Static description of one rule. Every rule is documented in docs/rules.md under its id. */
export interface RuleMeta {
  /** Stable id, dotted: `area.format.what`, e.g. `audio.riff.trailing-data`. */
  id: string;
  category: Category;
  /** Highest score one finding of this rule can contribute (a finding's strength in 0..1 scales it). */
  weight: number;
  /** One line: what the rule catches. */
  description: string;
}

/** Coarse family of a file's true type, from its content. */
export type Kind =
  | 'audio'
  | 'image'
  | 'archive'
  | 'compressed'
  | 'executable'
  | 'bytecode'
  | 'python'
  | 'text'
  | 'font'
  | 'document'
  | 'data'
  | 'empty'
  | 'unknown';

export interface DetectedType {
  kind: Kind;
  /** Short format name: wav, mp3, flac, ogg, png, jpeg, gif, bmp, zip, gzip, bzip2, xz, tar, elf, pe, macho, pyc, ... */
  format: string;
  mime?: string;
}

/** One file to analyse: an archive member (or the artifact itself), its bytes and what it really is. */
export interface ScanFile {
  /** Path inside the artifact; members of nested archives are written `outer.zip!/inner/file`. */
  path: string;
  /** Lower-case extension without the dot (`wav`, `tar.gz` is `gz`), '' when none. */
  ext: string;
  data: Uint8Array;
  type: DetectedType;
  /** 0 for members of the artifact, 1 for members of an archive inside it, ... */
  depth: number;
}

export interface Finding {
  rule: string;
  /** File inside the artifact ('' for the artifact as a whole). */
  path: string;
  score: number;
  message: string;
  offset?: number;
  length?: number;
  /** Rule-specific facts. Previews of decoded content are defanged (see decode/defang.ts). */
  evidence?: Record<string, unknown>;
  /** Set by policy (a later stage): the finding is reported but not counted. */
  suppressed?: boolean;
  /** Why it is suppressed: the policy entry that matched (see docs/policy.md). */
  suppression?: { reason: string; expires: string | null; file: string; line: number };
  /** The rule's weight was changed by the policy: the score this finding had before (its score is re-scaled). */
  originalScore?: number;
}

export type ArtifactStatus = 'scanned' | 'incomplete' | 'error';

export interface ArtifactReport {
  file: string;
  path: string;
  sha256: string;
  size: number;
  package: string | null;
  version: string | null;
  /** wheel | sdist | egg | zip | unknown */
  kind: string;
  score: number;
  flagged: boolean;
  status: ArtifactStatus;
  /**
   * The scan of this artifact was stopped by the scanner itself (over its time or heap budget, or its worker thread
   * crashed): it is `incomplete`, and its verdict is not cached (another run may finish it).
   */
  stopped?: 'time' | 'memory' | 'crash';
  /** Why the status is not `scanned`: every limit hit, parse failure or error. Empty when scanned. */
  reasons: string[];
  findings: Finding[];
  /** Findings left out of `findings` per rule (only the strongest 50 of each rule are listed; all were scored). */
  omittedFindings?: Record<string, number>;
  /**
   * Pictures made for people (e.g. spectrograms of suspicious audio). While scanning they carry their bytes in
   * `data`; run.ts writes them into the report folder (`--report-dir`), sets `file` and drops `data` before any
   * report is rendered.
   */
  attachments?: Attachment[];
  /** The manifest lines that pulled this artifact in (requirements and lock files); absent for artifacts given directly. */
  requiredBy?: Array<{ file: string; line: number; requirement: string }>;
  /** How it was obtained: `pip`, `http` (direct download from the index or a locked URL), `local`. */
  fetchedVia?: 'pip' | 'http' | 'local';
  /** Set by the policy's denylist: the artifact is flagged whatever its score, for this reason. */
  denied?: string;
  /** How the artifact score was formed, for people: the worst file and what raised it. */
  scoreBreakdown: ScoreBreakdown;
  stats: { files: number; bytes: number; seconds: number };
}

export interface Attachment {
  /** File inside the artifact the picture is about. */
  path: string;
  /** Short name, also the end of the written file name, e.g. `spectrogram.png`. */
  name: string;
  mime: string;
  /** One line for people: what the picture shows. */
  caption: string;
  /** The bytes, until written. */
  data?: Uint8Array;
  /** Where it was written, relative to the report folder. */
  file?: string;
}

export interface ScoreBreakdown {
  worstFile: string | null;
  worstFileScore: number;
  categories: Partial<Record<Category, number>>;
  corroboration: number;
}

export interface ScanError {
  target: string;
  message: string;
}

export interface ScanReport {
  /** `rulesVersion`: the rule set's digest (version.ts RULES_VERSION); absent in reports of older versions. */
  tool: { name: string; version: string; rulesVersion?: string };
  /** `pip --version` of the pip that fetched artifacts, when pip was used. */
  pip?: string;
  threshold: number;
  failOnIncomplete: boolean;
  artifacts: ArtifactReport[];
  errors: ScanError[];
  stats: {
    artifacts: number;
    files: number;
    bytes: number;
    seconds: number;
    flagged: number;
    incomplete: number;
    /** Time spent fetching artifacts for requirements and lock files, when any. */
    fetchSeconds?: number;
    /**
     * Wall-clock time spent scanning artifacts, all threads together: from the first scan's start to the last one's
     * end. Fetched artifacts are scanned as their downloads finish, so this overlaps `fetchSeconds`.
     */
    scanSeconds?: number;
    /** When artifacts were fetched: how long scanning went on after the last download (what it adds to the fetch). */
    scanAfterFetchSeconds?: number;
    /** Worker threads that scanned (0: on the main thread, one artifact at a time). */
    threads?: number;
  };
  /**
   * Requirements not fetched, for a reason that is not a failure: a marker excludes them from the target
   * environment, a local project folder (`-e .`). Absent when none.
   */
  notes?: Array<{ file: string; line: number; requirement: string; message: string }>;
  /** What the policy file (`--config`, action input `config`) changed; absent when none was given. */
  policy?: PolicyReport;
  /** This report covers one part of a sharded run (`--shard i/n`, 1-based index); absent when not sharded. */
  shard?: { index: number; count: number };
  /** The report was made by `merge` from this many reports (of `shards` shards, when they were shard reports). */
  merged?: { reports: number; shards?: number };
}

/** The policy's effect on a report, so that nobody has to guess why a finding does not count. */
export interface PolicyReport {
  /** The policy file as given. */
  file: string;
  /** Findings suppressed (they stay in `findings`, marked `suppressed`, and do not count in the score). */
  suppressedFindings: number;
  /** Artifacts flagged by the denylist. */
  denied: number;
  /** Rule weights the policy changed: rule id -> weight. */
  weights: Record<string, number>;
  /** Suppressions past their `expires` date: they no longer apply. */
  expired: Array<{ package: string; rule: string; reason: string; expires: string; file: string; line: number }>;
  /** Suppressions that matched nothing in this run (stale entries, or packages not scanned this time). */
  unused: Array<{ package: string; rule: string; reason: string; file: string; line: number }>;
}
