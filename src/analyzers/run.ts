import type { Attachment, Finding, RuleMeta, ScanFile } from '../types.js';
import { detectType } from '../formats/magic.js';
import type { ScanOptions } from '../options.js';
import type { Analyzer, AnalyzerContext, FinalizeContext, Hit } from './types.js';
import { endAudioWork } from '../audio/decode.js';

/** Round to the half point: scores are meant to be read by people. */
export function roundScore(x: number): number {
  return Math.round(x * 2) / 2;
}

export function makeFinding(rule: RuleMeta, path: string, hit: Hit): Finding {
  const strength = Math.max(0, Math.min(1, hit.strength ?? 1));
  const f: Finding = { rule: rule.id, path: hit.path ?? path, score: roundScore(rule.weight * strength), message: hit.message };
  if (hit.offset !== undefined) f.offset = hit.offset;
  if (hit.length !== undefined) f.length = hit.length;
  if (hit.evidence) f.evidence = hit.evidence;
  return f;
}

export interface FileResult {
  findings: Finding[];
  incomplete: string[];
  attachments: Attachment[];
}

/** State of one artifact's scan that spans its files: scratch space for analyzers. */
export interface ArtifactState {
  scratch: Map<string, unknown>;
}

export function newArtifactState(): ArtifactState {
  return { scratch: new Map() };
}

/**
 * Run analyzers over one file. An analyzer that throws does not stop the others: the file is marked incomplete with
 * the analyzer's name, because a crash on crafted input must never turn into a silent pass.
 */
export async function analyzeFile(
  file: ScanFile,
  analyzers: readonly Analyzer[],
  options: ScanOptions,
  paths: readonly string[] = [file.path],
  state: ArtifactState = newArtifactState(),
): Promise<FileResult> {
  const findings: Finding[] = [];
  const incomplete: string[] = [];
  const attachments: Attachment[] = [];
  for (const a of analyzers) {
    let applies = false;
    try {
      applies = a.applies(file);
    } catch (e) {
      incomplete.push(`${file.path}: analyzer ${a.name} failed to classify the file: ${errText(e)}`);
      continue;
    }
    if (!applies) continue;
    const ctx: AnalyzerContext = {
      options,
      paths,
      report(rule: RuleMeta, hit: Hit) {
        findings.push(makeFinding(rule, file.path, hit));
      },
      incomplete(reason: string) {
        incomplete.push(`${file.path}: ${reason}`);
      },
      scratch: state.scratch,
      attach(att) {
        attachments.push({ ...att, path: att.path ?? file.path });
      },
    };
    try {
      await a.analyze(file, ctx);
    } catch (e) {
      incomplete.push(`${file.path}: analyzer ${a.name} failed: ${errText(e)}`);
    }
  }
  return { findings, incomplete, attachments };
}

/** Scratch space of a member analysed away from its artifact: any use is a bug the file's report must show. */
class DetachedScratch extends Map<string, unknown> {
  override get(): never {
    throw new Error('artifact state used on a member analysed in another thread (mark the analyzer sharesArtifactState)');
  }
  override set(): never {
    return this.get();
  }
  override has(): never {
    return this.get();
  }
}

/**
 * Run on one member, in any thread, the analyzers that need nothing of the rest of the artifact (those not marked
 * `sharesArtifactState`); the artifact's own thread runs the others on the same member.
 */
export function analyzeDetached(file: ScanFile, analyzers: readonly Analyzer[], options: ScanOptions): Promise<FileResult> {
  const state: ArtifactState = { scratch: new DetachedScratch() };
  // the member's analysis ends here: memory lent for it goes back (see endAudioWork)
  return analyzeFile(file, analyzers.filter((a) => !a.sharesArtifactState), options, [], state).finally(() => endAudioWork(file.data));
}

/** Run every analyzer's `finalize` once all files were analysed; same no-throw contract as analyzeFile. */
export async function finalizeArtifact(
  analyzers: readonly Analyzer[],
  options: ScanOptions,
  paths: readonly string[],
  findingsSoFar: readonly Finding[],
  state: ArtifactState,
): Promise<Omit<FileResult, 'attachments'>> {
  const findings: Finding[] = [];
  const incomplete: string[] = [];
  for (const a of analyzers) {
    if (!a.finalize) continue;
    const ctx: FinalizeContext = {
      options,
      paths,
      findings: findingsSoFar,
      scratch: state.scratch,
      report(rule: RuleMeta, hit: Hit) {
        findings.push(makeFinding(rule, '', hit));
      },
      incomplete(reason: string) {
        incomplete.push(reason);
      },
    };
    try {
      await a.finalize(ctx);
    } catch (e) {
      incomplete.push(`analyzer ${a.name} failed relating files to each other: ${errText(e)}`);
    }
  }
  return { findings, incomplete };
}

export function errText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Lower-case extension of the last path component, without the dot; '' when none. */
export function extOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Build the ScanFile for a member: extension from its name, type from its content. */
export async function toScanFile(path: string, data: Uint8Array, depth = 0): Promise<ScanFile> {
  return { path, ext: extOf(path), data, type: await detectType(data), depth };
}
