#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  DEFAULT_THRESHOLD,
  DEFAULT_TIMEOUT_BASE_SECONDS,
  DEFAULT_WORKER_HEAP_MB,
  FORMATS,
  MAX_JOBS,
  MergeError,
  PolicyError,
  ShardError,
  TOOL_NAME,
  TOOL_VERSION,
  applyPolicy,
  buildBaseline,
  defaultJobs,
  defaultOptions,
  exitCode,
  installSignalCleanup,
  isJobCount,
  loadPolicy,
  mergeReports,
  parseShard,
  readReports,
  render,
  renderSarif,
  resolveThreshold,
  runScan,
  safeText,
  withRunTemp,
  workerFileNear
} from "./chunks/chunk-SUNSNJAD.js";
import {
  errText
} from "./chunks/chunk-UI4XNSBP.js";
import "./chunks/chunk-XEYCVPWC.js";
import "./chunks/chunk-4J2HL6ZJ.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli.ts
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
function workerFile() {
  return workerFileNear(import.meta.url);
}
var USAGE = `Usage: ${TOOL_NAME} scan [options] TARGET...
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
var MERGE_OPTIONS = ["format", "output", "sarif", "write-baseline", "allow-incomplete", "config", "quiet", "help", "version"];
var UsageError = class extends Error {
};
function num(name, v, min) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number >= ${min}, got ${JSON.stringify(v)}`);
  return n;
}
function jobsOf(name, v) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!isJobCount(n)) throw new UsageError(`--${name} must be a whole number from 1 to ${MAX_JOBS}, got ${JSON.stringify(v)}`);
  return n;
}
async function main(argv) {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        output: { type: "string" },
        "report-dir": { type: "string" },
        "index-url": { type: "string" },
        "extra-index-url": { type: "string", multiple: true },
        python: { type: "string" },
        platform: { type: "string", multiple: true },
        jobs: { type: "string" },
        "fetch-jobs": { type: "string" },
        "artifact-timeout": { type: "string" },
        "worker-memory": { type: "string" },
        threshold: { type: "string" },
        "allow-incomplete": { type: "boolean", default: false },
        config: { type: "string" },
        sarif: { type: "string" },
        "write-baseline": { type: "string" },
        shard: { type: "string" },
        "max-total-bytes": { type: "string" },
        "max-member-bytes": { type: "string" },
        "max-members": { type: "string" },
        "max-ratio": { type: "string" },
        "max-depth": { type: "string" },
        "max-artifact-bytes": { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false }
      }
    });
  } catch (e) {
    process.stderr.write(`${errText(e)}

${USAGE}`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (v.version) {
    process.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  const [command, ...targets] = args.positionals;
  const emit = async (report) => {
    if (v.sarif) await fs.writeFile(v.sarif, renderSarif(report, { root: process.cwd(), rulesDocFile: fileURLToPath(new URL("../docs/rules.md", import.meta.url)) }));
    if (v["write-baseline"]) {
      const b = buildBaseline(report);
      await fs.writeFile(v["write-baseline"], b.text);
      process.stderr.write(`baseline: ${b.entries} suppression(s) written to ${safeText(v["write-baseline"])}${b.skipped.length ? `; not recorded (no package name or digest): ${b.skipped.map((f) => safeText(f, 80)).join(", ")}` : ""}
`);
    }
    const text = render(report, v.format);
    if (v.output) await fs.writeFile(v.output, text);
    else process.stdout.write(text);
    return exitCode(report);
  };
  try {
    if (command === "merge") {
      if (targets.length === 0) throw new UsageError("merge needs at least one REPORT.json");
      if (!FORMATS.includes(v.format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
      const scanOnly = Object.entries(v).filter(([k, x]) => x !== void 0 && x !== false && !MERGE_OPTIONS.includes(k));
      if (scanOnly.length) throw new UsageError(`${scanOnly.map(([k]) => `--${k}`).join(", ")}: not an option of merge (it is about scanning)`);
      const policy2 = v.config ? await loadPolicy(v.config) : null;
      const merged = mergeReports(await readReports(targets), { policy: policy2, threshold: policy2?.threshold ?? void 0, failOnIncomplete: v["allow-incomplete"] ? false : void 0 });
      for (const w of merged.warnings) process.stderr.write(`warning: ${safeText(w, 500)}
`);
      return await emit(merged.report);
    }
    if (command !== "scan") throw new UsageError(command ? `unknown command ${JSON.stringify(command)}` : "missing command");
    if (targets.length === 0) throw new UsageError("scan needs at least one TARGET");
    if (!FORMATS.includes(v.format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
    const limits = {};
    const set = (k, name, min) => {
      const n = num(name, v[name], min);
      if (n !== void 0) limits[k] = n;
    };
    set("maxTotalBytes", "max-total-bytes", 1);
    set("maxMemberBytes", "max-member-bytes", 1);
    set("maxMembers", "max-members", 1);
    set("maxRatio", "max-ratio", 1);
    set("maxDepth", "max-depth", 0);
    set("maxArtifactBytes", "max-artifact-bytes", 1);
    let shard;
    try {
      shard = v.shard === void 0 ? void 0 : parseShard(v.shard);
    } catch (e) {
      throw e instanceof ShardError ? new UsageError(`--${e.message}`) : e;
    }
    const policy = v.config ? await loadPolicy(v.config) : null;
    const options = defaultOptions({ threshold: resolveThreshold(num("threshold", v.threshold, 0), policy), failOnIncomplete: !v["allow-incomplete"], limits });
    const showProgress = !v.quiet && process.stderr.isTTY;
    const progress = (done, total, current, fetching) => {
      if (!showProgress || total < 2 && !fetching) return;
      const line = done < total ? `[${done + 1}/${total}${fetching ? ", more downloading" : ""}] ${safeText(current, 70)}` : "";
      process.stderr.write(`\r\x1B[K${line}`);
    };
    const platforms = v.platform?.includes("all") ? "all" : v.platform?.length ? v.platform : void 0;
    const fetch = { indexUrl: v["index-url"], extraIndexUrls: v["extra-index-url"], python: v.python, platforms, jobs: jobsOf("fetch-jobs", v["fetch-jobs"]) };
    const workers = { workerFile: workerFile(), jobs: jobsOf("jobs", v.jobs), timeoutSeconds: num("artifact-timeout", v["artifact-timeout"], 1), heapMb: num("worker-memory", v["worker-memory"], 64) };
    if (!workers.workerFile) process.stderr.write("warning: no worker file next to this program: scanning on one thread, without time or memory budgets\n");
    const report = await runScan(targets, options, { progress, reportDir: v["report-dir"], fetch, workers, shard });
    applyPolicy(report, policy);
    return await emit(report);
  } catch (e) {
    if (e instanceof MergeError) {
      process.stderr.write(`error: ${e.message}
`);
      return 2;
    }
    if (e instanceof PolicyError) {
      process.stderr.write(`error: ${e.message}
`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}

${USAGE}`);
      return 2;
    }
    process.stderr.write(`error: ${errText(e)}
`);
    return 2;
  }
}
installSignalCleanup();
withRunTemp(() => main(process.argv.slice(2))).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`error: ${errText(e)}
`);
    process.exitCode = 2;
  }
);
export {
  main
};
