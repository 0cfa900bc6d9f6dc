/** The action's inputs (action.yml), read and validated: a wrong value is a clear failure, never a default. */
import * as core from '@actions/core';
import type { FailOn } from '../report/summary.js';
import { parseShard, ShardError, type Shard } from '../shard.js';
import { isJobCount, MAX_JOBS } from '../workers/pool.js';

export interface ActionInputs {
  files: string[];
  /** `scan` (the default) or `merge`: combine the JSON reports in `reports` (the shard reports of a matrix run). */
  mode: 'scan' | 'merge';
  /** merge: JSON report files, folders of them, or glob patterns. */
  reports: string[];
  /** scan: this job's part of the artifacts (`i/n`, src/shard.ts), when the scan is split over a matrix. */
  shard: Shard | undefined;
  /** undefined: the policy file's threshold, else the default. */
  threshold: number | undefined;
  failOn: FailOn;
  indexUrl: string | undefined;
  extraIndexUrls: string[];
  python: string | undefined;
  platforms: 'runner' | 'all' | string[];
  config: string | undefined;
  sarifFile: string | undefined;
  reportDir: string | undefined;
  maxAnnotations: number;
  changedOnly: boolean;
  cache: boolean;
  /** Scan worker threads; undefined: the runner's cores. */
  jobs: number | undefined;
}

export class InputError extends Error {}

function words(name: string): string[] {
  return core
    .getMultilineInput(name)
    .flatMap((l) => l.split(/[\s,]+/))
    .filter(Boolean);
}

function bool(name: string, dflt: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (!v) return dflt;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`${name} must be true or false, got ${JSON.stringify(v)}`);
}

function url(name: string, v: string): string {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new InputError(`${name} must be a URL, got ${JSON.stringify(v)}`);
  }
  if (!['http:', 'https:', 'file:'].includes(u.protocol)) throw new InputError(`${name} must be an http(s) or file URL, got ${JSON.stringify(v)}`);
  return v;
}

export function readInputs(): ActionInputs {
  const files = core
    .getMultilineInput('files')
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean);
  const mode = core.getInput('mode').trim().toLowerCase() || 'scan';
  if (mode !== 'scan' && mode !== 'merge') throw new InputError(`mode must be scan or merge, got ${JSON.stringify(mode)}`);
  const reports = core
    .getMultilineInput('reports')
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean);
  const shardText = core.getInput('shard').trim();
  let shard: Shard | undefined;
  try {
    shard = shardText ? parseShard(shardText) : undefined;
  } catch (e) {
    throw e instanceof ShardError ? new InputError(e.message) : e;
  }
  if (mode === 'merge') {
    // Inputs about scanning mean nothing to a merge: set by mistake (a copied `with:` block), they would mislead.
    const scanInputs = ['files', 'shard', 'index-url', 'extra-index-url', 'python'].filter((n) => core.getInput(n).trim() !== '');
    if (!['', 'runner'].includes(core.getInput('platforms').trim())) scanInputs.push('platforms');
    if (bool('changed-only', false)) scanInputs.push('changed-only');
    if (bool('cache', false)) scanInputs.push('cache');
    if (scanInputs.length) throw new InputError(`mode: merge combines the reports of scans; ${scanInputs.join(', ')} ${scanInputs.length === 1 ? 'is an input' : 'are inputs'} of mode: scan`);
    if (!reports.length) throw new InputError('reports is required with mode: merge: the JSON reports to combine (report.json of each shard job), paths, folders or glob patterns');
  } else {
    if (!files.length) throw new InputError('files is required: requirements or lock files, artifacts, folders or glob patterns');
    if (reports.length) throw new InputError('reports is an input of mode: merge (set mode: merge to combine reports)');
  }

  const t = core.getInput('threshold').trim();
  const threshold = t === '' ? undefined : Number(t);
  if (threshold !== undefined && (!Number.isFinite(threshold) || threshold < 0 || threshold > 10)) throw new InputError(`threshold must be a number from 0 to 10, got ${JSON.stringify(t)}`);

  const failOn = (core.getInput('fail-on').trim() || 'incomplete') as FailOn;
  if (!['incomplete', 'flagged', 'never'].includes(failOn)) throw new InputError(`fail-on must be incomplete, flagged or never, got ${JSON.stringify(failOn)}`);

  const indexUrlRaw = core.getInput('index-url').trim();
  const indexUrl = indexUrlRaw ? url('index-url', indexUrlRaw) : undefined;
  const extraIndexUrls = words('extra-index-url').map((u) => url('extra-index-url', u));

  const p = core.getInput('platforms').trim();
  let platforms: ActionInputs['platforms'] = 'runner';
  if (p === '' || p === 'runner') platforms = 'runner';
  else if (p === 'all') platforms = 'all';
  else {
    platforms = p.split(/[\s,]+/).filter(Boolean);
    for (const tag of platforms) if (!/^[A-Za-z0-9_.]{1,100}$/.test(tag)) throw new InputError(`platforms must be runner, all, or pip platform tags (e.g. manylinux_2_28_x86_64), got ${JSON.stringify(tag)}`);
  }

  const m = core.getInput('max-annotations').trim();
  const maxAnnotations = m === '' ? 10 : Number(m);
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0 || maxAnnotations > 1000) throw new InputError(`max-annotations must be a whole number from 0 to 1000, got ${JSON.stringify(m)}`);

  const j = core.getInput('jobs').trim();
  const jobs = j === '' ? undefined : Number(j);
  if (jobs !== undefined && !isJobCount(jobs)) throw new InputError(`jobs must be a whole number from 1 to ${MAX_JOBS} (or empty: the runner's cores), got ${JSON.stringify(j)}`);

  const opt = (name: string) => core.getInput(name).trim() || undefined;
  return {
    files,
    mode,
    reports,
    shard,
    threshold,
    failOn,
    indexUrl,
    extraIndexUrls,
    python: opt('python'),
    platforms,
    config: opt('config'),
    sarifFile: opt('sarif-file'),
    reportDir: opt('report-dir'),
    maxAnnotations,
    changedOnly: bool('changed-only', false),
    cache: bool('cache', false),
    jobs,
  };
}
