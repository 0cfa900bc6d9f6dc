#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  DEFAULT_THRESHOLD,
  TOOL_NAME,
  TOOL_VERSION,
  defaultOptions,
  errText,
  exitCode,
  renderMarkdown,
  renderText,
  runScan,
  safeText
} from "./chunks/chunk-7AX5OR36.js";

// src/cli.ts
import fs from "node:fs/promises";
import { parseArgs } from "node:util";

// src/report/index.ts
var FORMATS = ["text", "json", "markdown"];
function render(r, format) {
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  if (format === "markdown") return renderMarkdown(r);
  return renderText(r);
}

// src/cli.ts
var USAGE = `Usage: ${TOOL_NAME} scan [options] TARGET...

Scan Python artifacts (.whl, .tar.gz, .tar.bz2, .tar.xz, .zip, .egg, or folders of them) for payloads hidden
in audio, images and other non-code files.

Options:
  --format text|json|markdown   report format (default: text)
  --output FILE                 write the report to FILE instead of standard output
  --report-dir DIR              write pictures for people (spectrograms of suspicious audio) into DIR
  --threshold N                 flag artifacts scoring N or more (default: ${DEFAULT_THRESHOLD})
  --allow-incomplete            do not fail on artifacts that could not be fully scanned
  --max-total-bytes N           uncompressed bytes per artifact (default: ${DEFAULT_LIMITS.maxTotalBytes})
  --max-member-bytes N          uncompressed bytes per member (default: ${DEFAULT_LIMITS.maxMemberBytes})
  --max-members N               members per artifact (default: ${DEFAULT_LIMITS.maxMembers})
  --max-ratio N                 compression ratio flagged as a bomb (default: ${DEFAULT_LIMITS.maxRatio})
  --max-depth N                 nested archive depth (default: ${DEFAULT_LIMITS.maxDepth})
  --max-artifact-bytes N        largest artifact read (default: ${DEFAULT_LIMITS.maxArtifactBytes})
  --quiet                       no progress line on stderr
  -h, --help                    this help
  --version                     print the version

Exit codes: 0 nothing flagged, 1 an artifact flagged (or not fully scanned), 2 usage or runtime error.
`;
var UsageError = class extends Error {
};
function num(name, v, min) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number >= ${min}, got ${JSON.stringify(v)}`);
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
        threshold: { type: "string" },
        "allow-incomplete": { type: "boolean", default: false },
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
  try {
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
    const options = defaultOptions({ threshold: num("threshold", v.threshold, 0), failOnIncomplete: !v["allow-incomplete"], limits });
    const showProgress = !v.quiet && process.stderr.isTTY;
    const progress = (done, total, current) => {
      if (!showProgress || total < 2) return;
      const line = done < total ? `[${done + 1}/${total}] ${safeText(current, 70)}` : "";
      process.stderr.write(`\r\x1B[K${line}`);
    };
    const report = await runScan(targets, options, { progress, reportDir: v["report-dir"] });
    const text = render(report, v.format);
    if (v.output) await fs.writeFile(v.output, text);
    else process.stdout.write(text);
    return exitCode(report);
  } catch (e) {
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
main(process.argv.slice(2)).then(
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
