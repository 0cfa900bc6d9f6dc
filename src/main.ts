/**
 * GitHub Action entry point. It stays thin: inputs in, the same runScan() as the CLI, the policy, then reports out
 * (JSON report, SARIF, job summary, annotations), outputs, and the verdict. The pieces live in src/action (inputs,
 * globs, changed-only, verdict cache), src/policy and src/report.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions } from './options.js';
import { exitCode, runScan, type RunOptions } from './run.js';
import { render } from './report/index.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { emitAnnotations, planAnnotations } from './report/annotations.js';
import { applyPolicy, loadPolicy, PolicyError, resolveThreshold, type Policy } from './policy/index.js';
import { readInputs, InputError, type ActionInputs } from './action/inputs.js';
import { MergeError, mergeReports, readReports } from './merge.js';
import { expandFiles } from './action/glob.js';
import { changedSince } from './action/changed.js';
import { actionsCacheStore, openActionCache, type CacheStore } from './action/cache.js';
import { errText } from './analyzers/run.js';
import type { FetchOptions } from './fetch/options.js';
import type { ScanReport } from './types.js';
import { closeRunTemp, openRunTemp } from './tempdir.js';

/** Test seams: everything else comes from the runner's environment, as on GitHub. */
export interface RunDeps {
  cacheStore?: CacheStore;
  /** The scan worker (dist/worker.js, given by dist/index.js); without it, artifacts are scanned on this thread. */
  workerFile?: URL;
}

/** docs/rules.md next to the running code (the action's checkout has it; so does a source tree). */
function findRulesDoc(): string | undefined {
  let dir: string;
  try {
    dir = path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
  for (let i = 0; i < 4; i++) {
    const f = path.join(dir, 'docs', 'rules.md');
    if (fs.existsSync(f)) return f;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** Where docs/rules.md of this action's version is on the web, when the runner says which action this is. */
function rulesDocUrl(): string | undefined {
  const repo = process.env.GITHUB_ACTION_REPOSITORY;
  const ref = process.env.GITHUB_ACTION_REF;
  if (!repo || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
  const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repo}/blob/${encodeURIComponent(ref)}/docs/rules.md`;
}

/** The pull request's base commit, when this is a pull request event. */
function pullRequestBase(): string | null {
  // A fresh Context reads GITHUB_EVENT_NAME and GITHUB_EVENT_PATH now (the exported `context` read them at import).
  const Ctx = github.context.constructor as new () => typeof github.context;
  const ctx = new Ctx();
  if (!['pull_request', 'pull_request_target'].includes(ctx.eventName)) return null;
  const sha = (ctx.payload.pull_request as { base?: { sha?: unknown } } | undefined)?.base?.sha;
  return typeof sha === 'string' ? sha : null;
}

function reportPolicyProblems(e: PolicyError): void {
  for (const p of e.problems) {
    const m = /^(.+?):(\d+): (.*)$/s.exec(p);
    if (m) core.error(m[3], { title: 'pypi-stego-scan: policy file', file: m[1], startLine: Number(m[2]) });
  }
}

/** Where a report goes and what it says: written where the outputs say, for the step's outputs, summary and status. */
interface PublishContext {
  inputs: ActionInputs;
  root: string;
  reportDir: string;
  notices: string[];
}

/**
 * A report's outputs, scanned or merged: the JSON report and SARIF in the report folder, annotations, the step
 * outputs, the job summary, and the step's status.
 */
async function publish(report: ScanReport, { inputs, root, reportDir, notices }: PublishContext): Promise<void> {
  const reportJson = path.join(reportDir, 'report.json');
  await fsp.writeFile(reportJson, render(report, 'json'));
  const sarifFile = path.resolve(inputs.sarifFile ?? path.join(reportDir, 'results.sarif'));
  await fsp.mkdir(path.dirname(sarifFile), { recursive: true });
  await fsp.writeFile(sarifFile, renderSarif(report, { root, rulesDocFile: findRulesDoc(), rulesDocUrl: rulesDocUrl() }));

  const plan = planAnnotations(report, { max: inputs.maxAnnotations, root });
  emitAnnotations(plan, core);

  const maxScore = Math.max(0, ...report.artifacts.map((a) => a.score));
  core.setOutput('max-score', String(maxScore));
  core.setOutput('flagged-count', String(report.stats.flagged));
  core.setOutput('incomplete-count', String(report.stats.incomplete));
  core.setOutput('report-json', reportJson);
  core.setOutput('sarif-file', sarifFile);
  core.setOutput('report-dir', reportDir);

  const summary = renderSummary(report, { failOn: inputs.failOn, reportJson, sarifFile, reportDir, notices, annotationsOmitted: plan.omitted });
  for (const n of notices) core.info(n);
  // What core.summary.write() does, without its path cached from the first call: the file is the runner's.
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) await fsp.appendFile(summaryFile, summary);
  else core.info(summary);

  const code = exitCode(report);
  if (code === 2) core.setFailed(report.errors.map((e) => `${e.target}: ${e.message}`).join('; '));
  else if (code === 1 && inputs.failOn !== 'never') core.setFailed(`${report.stats.flagged} artifact(s) flagged, ${report.stats.incomplete} not fully scanned: see the job summary`);
}

/**
 * mode: merge. The JSON reports in `reports` (paths, folders of them, glob patterns) combined into one (src/merge.ts),
 * which then goes through the same outputs as a scan.
 */
async function mergeMode(inputs: ActionInputs, policy: Policy | null, root: string, cwd: string): Promise<void> {
  const notices: string[] = [];
  const files: string[] = [];
  const expanded = await expandFiles(inputs.reports, { cwd });
  for (const t of expanded.truncated) notices.push(`reports: the search for ${t} stopped at a limit (too many entries or folder levels)`);
  for (const p of expanded.paths) {
    const st = await fsp.stat(path.resolve(cwd, p)).catch(() => null);
    if (!st?.isDirectory()) {
      files.push(p);
      continue;
    }
    const inside = await expandFiles([`${p.replace(/\\/g, '/').replace(/\/+$/, '')}/**/*.json`], { cwd });
    if (inside.unmatched.length) throw new MergeError(`reports: no JSON report in the folder ${p}`);
    files.push(...inside.paths.filter((f) => !files.includes(f)));
  }
  const merged = mergeReports(await readReports(files), { policy, threshold: inputs.threshold ?? policy?.threshold ?? undefined, failOnIncomplete: inputs.failOn === 'incomplete' });
  for (const w of merged.warnings) core.warning(w);
  notices.push(`${merged.report.merged?.shards ? `merged the reports of all ${merged.report.merged.shards} shard(s)` : `merged ${files.length} report(s)`}: ${files.slice(0, 20).join(', ')}${files.length > 20 ? ', …' : ''}`);
  const temp = process.env.RUNNER_TEMP || (await fsp.mkdtemp(path.join(os.tmpdir(), 'pypi-stego-scan-')));
  const reportDir = path.resolve(inputs.reportDir ?? path.join(temp, 'pypi-stego-scan'));
  await fsp.mkdir(reportDir, { recursive: true });
  await publish(merged.report, { inputs, root, reportDir, notices });
}

export async function run(deps: RunDeps = {}): Promise<void> {
  // The scanner's own temporary files (downloads, pip's) live in one folder, removed however the run ends.
  openRunTemp();
  try {
    const inputs = readInputs();
    const cwd = process.cwd();
    const root = process.env.GITHUB_WORKSPACE || cwd;

    let policy: Policy | null = null;
    if (inputs.config) policy = await loadPolicy(inputs.config);
    const threshold = resolveThreshold(inputs.threshold, policy);
    const options = defaultOptions({ threshold, failOnIncomplete: inputs.failOn === 'incomplete' });
    if (inputs.mode === 'merge') return await mergeMode(inputs, policy, root, cwd);

    const notices: string[] = [];
    const expanded = await expandFiles(inputs.files, { cwd });
    for (const t of expanded.truncated) notices.push(`files: the search for ${t} stopped at a limit (too many entries or folder levels)`);
    const targets = expanded.paths;

    const fetch: FetchOptions = { platforms: inputs.platforms };
    if (inputs.python) fetch.python = inputs.python;
    if (inputs.indexUrl) fetch.indexUrl = inputs.indexUrl;
    if (inputs.extraIndexUrls.length) fetch.extraIndexUrls = inputs.extraIndexUrls;

    if (inputs.changedOnly) {
      const base = pullRequestBase();
      if (!base) notices.push('changed-only applies to pull requests: this is not one, so everything is scanned');
      else {
        const changed = await changedSince(targets, base, { cwd });
        notices.push(...changed.notices);
        if (changed.only) fetch.only = changed.only;
      }
    }

    // RUNNER_TEMP is per job on GitHub; elsewhere (a local run of the entry) a fresh folder, never a shared one.
    const temp = process.env.RUNNER_TEMP || (await fsp.mkdtemp(path.join(os.tmpdir(), 'pypi-stego-scan-')));
    const reportDir = path.resolve(inputs.reportDir ?? path.join(temp, 'pypi-stego-scan'));
    await fsp.mkdir(reportDir, { recursive: true });

    const runOptions: RunOptions = { reportDir, fetch, workers: { workerFile: deps.workerFile, jobs: inputs.jobs } };
    let cacheHandle: Awaited<ReturnType<typeof openActionCache>> | null = null;
    if (inputs.cache) {
      const dir = path.join(temp, 'pypi-stego-scan-verdicts');
      cacheHandle = await openActionCache(dir, options, deps.cacheStore ?? actionsCacheStore(), (m) => core.warning(m), { reportDir, shard: inputs.shard });
      runOptions.verdicts = cacheHandle.cache;
    }

    if (inputs.shard) runOptions.shard = inputs.shard;
    const report: ScanReport = await runScan(targets, options, runOptions);
    applyPolicy(report, policy);
    if (cacheHandle) notices.push(await cacheHandle.save());

    await publish(report, { inputs, root, reportDir, notices });
  } catch (e) {
    if (e instanceof PolicyError) reportPolicyProblems(e);
    core.setFailed(e instanceof InputError || e instanceof PolicyError || e instanceof MergeError ? e.message : errText(e));
  } finally {
    closeRunTemp();
  }
}
