/**
 * Harness for the adversarial tests: wrap generated files in a wheel, run the real pipeline (scanArtifact with the
 * default options), and measure how long it took and how much memory it needed. Also the exit code the run would
 * have, through the same buildReport/exitCode the CLI and the action use.
 */
import { scanArtifact } from '../../src/scan.js';
import { defaultOptions } from '../../src/options.js';
import { buildReport, exitCode } from '../../src/run.js';
import type { ArtifactReport, Finding } from '../../src/types.js';
import { buildWheel, type Bytes } from './archive.js';
import { collectGarbage } from './gc.js';

export const MB = 1024 * 1024;

/**
 * Budgets every adversarial scan must meet. CPU seconds: these files take under 2 s each on an idle machine, so 20 s
 * catches hangs and blow-ups, not slowness; the wall clock gets three times that, for a machine shared with other
 * jobs. Memory: the growth of the peak resident set, and what is still held once the report is out.
 */
export const CPU_BUDGET = 20;
export const WALL_BUDGET = 60;
export const HELD_BUDGET = 256 * MB;

/** The scan ended within its time budgets and released its memory. */
export function withinBudgets(s: HostileScan, peakBudget: number): boolean[] {
  return [s.cpuSeconds < CPU_BUDGET, s.seconds < WALL_BUDGET, s.peakRssGrowth < peakBudget, s.heapDelta < HELD_BUDGET, s.arrayBuffersDelta < HELD_BUDGET];
}

export interface HostileScan {
  report: ArtifactReport;
  /** Wall-clock seconds of scanArtifact. */
  seconds: number;
  /**
   * CPU seconds this process spent in scanArtifact (user + system, all threads). On a machine shared with other jobs
   * the wall clock says more about the neighbours than about the scan; CPU time is what a hang or a blow-up shows in.
   */
  cpuSeconds: number;
  /** Growth of the process's peak resident set during the scan (bytes; 0 when the peak was already higher). */
  peakRssGrowth: number;
  /**
   * Live heap and array-buffer bytes still held after the scan and a full collection, compared with before it (what a
   * leak shows in). The resident set is logged, not judged: V8 keeps freed pages for a while.
   */
  heapDelta: number;
  /** The same right after the scan and one collection (logged, not judged). */
  heapDeltaAtOnce: number;
  rssDelta: number;
  arrayBuffersDelta: number;
  /** What `pypi-stego-scan scan` would exit with for this one artifact (0 clean, 1 flagged or incomplete). */
  exit: 0 | 1 | 2;
  /** Size of the wheel. */
  wheelBytes: number;
}

const maxRss = (): number => process.resourceUsage().maxRSS * 1024;

/** Build a wheel around `files` and scan it as the CLI would. */
export async function scanHostile(files: Record<string, Bytes>, name = 'probe'): Promise<HostileScan> {
  const wheel = buildWheel(name, '1.0', files);
  return scanWheelBytes(wheel, `${name}-1.0-py3-none-any.whl`);
}

export async function scanWheelBytes(wheel: Uint8Array, file: string): Promise<HostileScan> {
  const options = defaultOptions();
  collectGarbage();
  const before = process.memoryUsage();
  const peak0 = maxRss();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = await scanArtifact({ file, path: file, data: wheel }, options);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const peak1 = maxRss();
  // what the scan still holds, not what the collector has not got round to yet: a first collection right after the
  // scan, logged (heapMBAtOnce); then, after a turn of the event loop and two more, the one judged. Once, on Node 24
  // in CI, a single collection still counted 281 MB held after the million-literal scan, which no run here repeated
  // (not established why: references held until the end of the current job, or a marking cycle already under way,
  // would both be gone by then). A real leak survives any number of collections.
  collectGarbage();
  const atOnce = process.memoryUsage();
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  collectGarbage();
  const after = process.memoryUsage();
  const scan = buildReport([report], [], options, seconds);
  return {
    report,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssGrowth: Math.max(0, peak1 - peak0),
    heapDelta: after.heapUsed - before.heapUsed,
    heapDeltaAtOnce: atOnce.heapUsed - before.heapUsed,
    rssDelta: after.rss - before.rss,
    arrayBuffersDelta: after.arrayBuffers - before.arrayBuffers,
    exit: exitCode(scan),
    wheelBytes: wheel.length,
  };
}

export function rulesOn(r: ArtifactReport, path: string): string[] {
  return [...new Set(r.findings.filter((f) => f.path === path).map((f) => f.rule))].sort();
}

export function findingsOf(r: ArtifactReport, rule: string, path?: string): Finding[] {
  return r.findings.filter((f) => f.rule === rule && (path === undefined || f.path === path));
}

/** One line per scan, for a failing assertion's message and for measuring. */
export function describeScan(s: HostileScan): string {
  const r = s.report;
  return JSON.stringify({
    status: r.status,
    score: r.score,
    flagged: r.flagged,
    exit: s.exit,
    seconds: Math.round(s.seconds * 100) / 100,
    cpu: Math.round(s.cpuSeconds * 100) / 100,
    peakMB: Math.round(s.peakRssGrowth / MB),
    rssMB: Math.round(s.rssDelta / MB),
    heapMB: Math.round(s.heapDelta / MB),
    heapMBAtOnce: Math.round(s.heapDeltaAtOnce / MB),
    abMB: Math.round(s.arrayBuffersDelta / MB),
    reasons: r.reasons.map((x) => x.slice(0, 200)),
    findings: r.findings.map((f) => `${f.path} ${f.rule} ${f.score}`).slice(0, 30),
  });
}
