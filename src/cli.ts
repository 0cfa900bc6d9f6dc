#!/usr/bin/env node
/** Command-line entry point: argument parsing and output only; the work is in run.ts. */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { defaultOptions, DEFAULT_LIMITS, DEFAULT_THRESHOLD, type Limits } from './options.js';
import { exitCode, runScan } from './run.js';
import { FORMATS, render, type Format } from './report/index.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { errText } from './analyzers/run.js';
import { safeText } from './report/sanitize.js';
import type { FetchOptions } from './fetch/options.js';
import { applyPolicy, buildBaseline, loadPolicy, PolicyError, resolveThreshold } from './policy/index.js';
import { renderSarif } from './report/sarif.js';
import { parseShard, ShardError, type Shard } from './shard.js';
import { MergeError, mergeReports, readReports } from './merge.js';
import type { ScanReport } from './types.js';
import { installSignalCleanup, withRunTemp } from './tempdir.js';
import { DEFAULT_TIMEOUT_BASE_SECONDS, DEFAULT_WORKER_HEAP_MB, defaultJobs, isJobCount, MAX_JOBS, workerFileNear, type ScannerOptions } from './workers/pool.js';

/** dist/worker.js beside dist/cli.js. */
function workerFile(): URL | undefined {
  return workerFileNear(import.meta.url);
}

const USAGE = `Usage: ${TOOL_NAME} scan [options] TARGET...
       ${TOOL_NAME} merge [options] REPORT.json...

Scan Python artifacts (.whl, .tar.gz, .tar.bz2, .tar.xz, .zip, .egg, or folders of them) for payloads hidden
in audio, images and other non-code files. A TARGET may also be a requirements file or a lock file (poetry.lock,
Pipfile.lock, uv.lock, pdm.lock, pylock.toml): its artifacts are downloaded (wheels with pip, sdists directly, never
built) and scanned.

Options:
  --format text|json|markdown   report format (default: text)
  --output FILE                 write the report to FILE instead of standard output
  --report-dir DIR              write pictures for people (spectrograms of suspicious audio) into DIR
  --index-url URL               index for requirements and lock files (default: PIP_INDEX_URL, the file's own
                                --index-url, else https://pypi.org/simple)
  --extra-index-url URL         another index (repeatable)
  --python PATH                 the Python whose pip downloads wheels (default: python3 on PATH)
  --platform TAG|all            fetch wheels for this pip platform tag (repeatable), or every platform (default:
                                this machine's)
  --jobs N                      worker threads scanning artifacts and large members, 1 to 256 (default: available
                                cores, here ${defaultJobs()})
  --fetch-jobs N                parallel pip processes and downloads, 1 to 256 (default: 4)
  --artifact-timeout N          time budget of one artifact, seconds, plus 1 s per MB of artifact (default:
                                ${DEFAULT_TIMEOUT_BASE_SECONDS}); over it, the artifact is reported incomplete
  --worker-memory N             heap budget of a worker thread, MB (default: ${DEFAULT_WORKER_HEAP_MB}); over it, the artifact is
                                reported incomplete
  --threshold N                 flag artifacts scoring N or more (default: ${DEFAULT_THRESHOLD})
  --allow-incomplete            do not fail on artifacts that could not be fully scanned
  --config FILE                 policy file: suppressions, denylist, threshold, rule weights (docs/policy.md)
  --sarif FILE                  also write SARIF 2.1.0 (for code scanning) to FILE
  --write-baseline FILE         write today's findings as suppressions to FILE (a policy file; docs/policy.md)
  --shard i/n                   scan only part i of n (1-based) of the artifacts, split by a hash of each project's
                                name (or artifact file name): run n of these in parallel, then merge their JSON reports
  --max-total-bytes N           uncompressed bytes per artifact (default: ${DEFAULT_LIMITS.maxTotalBytes})
  --max-member-bytes N          uncompressed bytes per member (default: ${DEFAULT_LIMITS.maxMemberBytes})
  --max-members N               members per artifact (default: ${DEFAULT_LIMITS.maxMembers})
  --max-ratio N                 compression ratio flagged as a bomb (default: ${DEFAULT_LIMITS.maxRatio})
  --max-depth N                 nested archive depth (default: ${DEFAULT_LIMITS.maxDepth})
  --max-artifact-bytes N        largest artifact read (default: ${DEFAULT_LIMITS.maxArtifactBytes})
  --quiet                       no progress line on stderr
  -h, --help                    this help
  --version                     print the version

merge combines JSON reports (--format json) into one, for the same outputs as a scan: those of the n shards of a
run (each shard 1..n exactly once), or any reports made with the same version, rules and threshold. Its options:
--format, --output, --sarif, --write-baseline, --allow-incomplete, and --config (the policy is applied again to
the merged report, so that its summary covers the whole run).

Exit codes: 0 nothing flagged, 1 an artifact flagged (or not fully scanned), 2 usage or runtime error (for merge
also: a report missing, given twice, or not a report of this tool).
`;

/** Options merge takes (the others are about scanning). */
const MERGE_OPTIONS = ['format', 'output', 'sarif', 'write-baseline', 'allow-incomplete', 'config', 'quiet', 'help', 'version'];

class UsageError extends Error {}

function num(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number >= ${min}, got ${JSON.stringify(v)}`);
  return n;
}

/** Threads and processes: the same whole numbers as the action's `jobs` input. */
function jobsOf(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!isJobCount(n)) throw new UsageError(`--${name} must be a whole number from 1 to ${MAX_JOBS}, got ${JSON.stringify(v)}`);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'report-dir': { type: 'string' },
        'index-url': { type: 'string' },
        'extra-index-url': { type: 'string', multiple: true },
        python: { type: 'string' },
        platform: { type: 'string', multiple: true },
        jobs: { type: 'string' },
        'fetch-jobs': { type: 'string' },
        'artifact-timeout': { type: 'string' },
        'worker-memory': { type: 'string' },
        threshold: { type: 'string' },
        'allow-incomplete': { type: 'boolean', default: false },
        config: { type: 'string' },
        sarif: { type: 'string' },
        'write-baseline': { type: 'string' },
        shard: { type: 'string' },
        'max-total-bytes': { type: 'string' },
        'max-member-bytes': { type: 'string' },
        'max-members': { type: 'string' },
        'max-ratio': { type: 'string' },
        'max-depth': { type: 'string' },
        'max-artifact-bytes': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`${errText(e)}\n\n${USAGE}`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (v.version) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  const [command, ...targets] = args.positionals;
  /** The outputs of a report, scanned or merged: SARIF, baseline, the report itself; then the exit status. */
  const emit = async (report: ScanReport): Promise<number> => {
    if (v.sarif) await fs.writeFile(v.sarif, renderSarif(report, { root: process.cwd(), rulesDocFile: fileURLToPath(new URL('../docs/rules.md', import.meta.url)) }));
    if (v['write-baseline']) {
      const b = buildBaseline(report);
      await fs.writeFile(v['write-baseline'], b.text);
      process.stderr.write(`baseline: ${b.entries} suppression(s) written to ${safeText(v['write-baseline'])}${b.skipped.length ? `; not recorded (no package name or digest): ${b.skipped.map((f) => safeText(f, 80)).join(', ')}` : ''}\n`);
    }
    const text = render(report, v.format as Format);
    if (v.output) await fs.writeFile(v.output, text);
    else process.stdout.write(text);
    return exitCode(report);
  };
  try {
    if (command === 'merge') {
      if (targets.length === 0) throw new UsageError('merge needs at least one REPORT.json');
      if (!FORMATS.includes(v.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
      const scanOnly = Object.entries(v).filter(([k, x]) => x !== undefined && x !== false && !MERGE_OPTIONS.includes(k));
      if (scanOnly.length) throw new UsageError(`${scanOnly.map(([k]) => `--${k}`).join(', ')}: not an option of merge (it is about scanning)`);
      const policy = v.config ? await loadPolicy(v.config) : null;
      const merged = mergeReports(await readReports(targets), { policy, threshold: policy?.threshold ?? undefined, failOnIncomplete: v['allow-incomplete'] ? false : undefined });
      for (const w of merged.warnings) process.stderr.write(`warning: ${safeText(w, 500)}\n`);
      return await emit(merged.report);
    }
    if (command !== 'scan') throw new UsageError(command ? `unknown command ${JSON.stringify(command)}` : 'missing command');
    if (targets.length === 0) throw new UsageError('scan needs at least one TARGET');
    if (!FORMATS.includes(v.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const limits: Partial<Limits> = {};
    const set = (k: keyof Limits, name: string, min: number) => {
      const n = num(name, v[name as keyof typeof v] as string | undefined, min);
      if (n !== undefined) limits[k] = n;
    };
    set('maxTotalBytes', 'max-total-bytes', 1);
    set('maxMemberBytes', 'max-member-bytes', 1);
    set('maxMembers', 'max-members', 1);
    set('maxRatio', 'max-ratio', 1);
    set('maxDepth', 'max-depth', 0);
    set('maxArtifactBytes', 'max-artifact-bytes', 1);
    let shard: Shard | undefined;
    try {
      shard = v.shard === undefined ? undefined : parseShard(v.shard);
    } catch (e) {
      throw e instanceof ShardError ? new UsageError(`--${e.message}`) : e;
    }
    const policy = v.config ? await loadPolicy(v.config) : null;
    const options = defaultOptions({ threshold: resolveThreshold(num('threshold', v.threshold, 0), policy), failOnIncomplete: !v['allow-incomplete'], limits });
    const showProgress = !v.quiet && process.stderr.isTTY;
    const progress = (done: number, total: number, current: string, fetching?: boolean) => {
      if (!showProgress || (total < 2 && !fetching)) return;
      // while downloads go on, the total is what has arrived so far
      const line = done < total ? `[${done + 1}/${total}${fetching ? ', more downloading' : ''}] ${safeText(current, 70)}` : '';
      process.stderr.write(`\r\x1b[K${line}`);
    };
    const platforms = v.platform?.includes('all') ? 'all' : v.platform?.length ? v.platform : undefined;
    const fetch: FetchOptions = { indexUrl: v['index-url'], extraIndexUrls: v['extra-index-url'], python: v.python, platforms, jobs: jobsOf('fetch-jobs', v['fetch-jobs']) };
    const workers: ScannerOptions = { workerFile: workerFile(), jobs: jobsOf('jobs', v.jobs), timeoutSeconds: num('artifact-timeout', v['artifact-timeout'], 1), heapMb: num('worker-memory', v['worker-memory'], 64) };
    if (!workers.workerFile) process.stderr.write('warning: no worker file next to this program: scanning on one thread, without time or memory budgets\n');
    const report = await runScan(targets, options, { progress, reportDir: v['report-dir'], fetch, workers, shard });
    applyPolicy(report, policy);
    return await emit(report);
  } catch (e) {
    if (e instanceof MergeError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof PolicyError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`error: ${errText(e)}\n`);
    return 2;
  }
}

// The run's temporary folder is removed when the run ends, however it ends (src/tempdir.ts).
installSignalCleanup();
withRunTemp(() => main(process.argv.slice(2))).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`error: ${errText(e)}\n`);
    process.exitCode = 2;
  },
);
