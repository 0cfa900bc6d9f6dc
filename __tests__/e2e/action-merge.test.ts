/**
 * The action split over a matrix, in simulated runners: jobs with `shard: i/n` scan their part of one workspace, and
 * a job with `mode: merge` combines their report.json files into one verdict with one job summary, one SARIF run,
 * the annotations, the outputs and the step's status; a missing shard fails the merge job.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { run, type RunDeps } from '../../src/main.js';
import type { CacheStore } from '../../src/action/cache.js';
import type { ScanReport } from '../../src/types.js';
import { cleanWheel, telnyxWheel } from '../helpers/reports.js';
import { runInRunner, simulatedRunner, workflowCommands, type SimulatedRunner } from '../helpers/runner.js';
import { validateSarif } from '../helpers/sarif-schema.js';

const runners: SimulatedRunner[] = [];
let workspace: string;
afterAll(() => runners.forEach((r) => r.cleanup()));

const readJson = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'));

async function job(inputs: Record<string, string>, deps: RunDeps = {}) {
  const runner = simulatedRunner(inputs, { workspace });
  runners.push(runner);
  return { ...(await runInRunner(runner, () => run(deps))), runner };
}

/** Shard i of 2 scans the workspace's dist/ and its report.json is "uploaded" to reports/shard-i/. */
async function shardJob(i: number) {
  const r = await job({ files: 'dist/*.whl', shard: `${i}/2`, 'max-annotations': '0' });
  const dest = path.join(workspace, 'reports', `shard-${i}`);
  fs.mkdirSync(dest, { recursive: true });
  fs.copyFileSync(r.runner.outputs()['report-json'], path.join(dest, 'report.json'));
  return r;
}

beforeAll(() => {
  const owner = simulatedRunner({});
  runners.push(owner);
  workspace = owner.workspace;
  const dist = path.join(workspace, 'dist');
  fs.mkdirSync(dist);
  // Over 2 shards (by file name): tonekit 1.2.0 and bells in 1; tonekit 1.2.1 (flagged), chimes, gongs in 2.
  fs.writeFileSync(path.join(dist, 'tonekit-1.2.1-py3-none-any.whl'), telnyxWheel());
  fs.writeFileSync(path.join(dist, 'tonekit-1.2.0-py3-none-any.whl'), cleanWheel());
  for (const [n, v] of [['chimes', '0.1'], ['bells', '2.0'], ['gongs', '1.0']]) fs.writeFileSync(path.join(dist, `${n}-${v}-py3-none-any.whl`), cleanWheel(n, v));
});

test('shard jobs scan their part; the merge job gives one summary, one SARIF run, annotations, outputs and the verdict', async () => {
  const one = await shardJob(1);
  const two = await shardJob(2);
  expect(one.exitCode).toBe(0);
  expect(two.exitCode).toBe(1);
  const r1 = readJson(one.runner.outputs()['report-json']) as ScanReport;
  const r2 = readJson(two.runner.outputs()['report-json']) as ScanReport;
  expect(r1.shard).toEqual({ index: 1, count: 2 });
  expect(r1.artifacts.map((a) => a.file).sort()).toEqual(['bells-2.0-py3-none-any.whl', 'tonekit-1.2.0-py3-none-any.whl']);
  expect(r2.artifacts.map((a) => a.file).sort()).toEqual(['chimes-0.1-py3-none-any.whl', 'gongs-1.0-py3-none-any.whl', 'tonekit-1.2.1-py3-none-any.whl']);
  expect(one.runner.summary()).toMatch(/^shard 1 of 2: only this shard's part of the artifacts/m);
  // max-annotations 0 in the shard jobs: the merge job annotates.
  expect(workflowCommands(two.stdout).filter((c) => c.command === 'error' && c.props.title)).toEqual([]);

  const merge = await job({ mode: 'merge', reports: 'reports/*/report.json' });
  expect(merge.exitCode).toBe(1);
  const cmds = workflowCommands(merge.stdout);
  const errors = cmds.filter((c) => c.command === 'error');
  expect(errors[0]).toMatchObject({ props: { title: 'pypi-stego-scan: tonekit 1.2.1 flagged' } });
  expect(errors.at(-1)!.message).toBe('1 artifact(s) flagged, 0 not fully scanned: see the job summary');
  const summary = merge.runner.summary();
  expect(summary.match(/^## /gm)).toHaveLength(1);
  expect(summary).toMatch(/^## ❌ pypi-stego-scan: 1 flagged, 0 not fully scanned, 5 artifact\(s\)/);
  expect(summary).toMatch(/^merged from the reports of all 2 shard\(s\)\./m);
  expect(summary).toMatch(/\| FLAGGED \| 10 \| tonekit \| 1\.2\.1 \|/);
  const outputs = merge.runner.outputs();
  expect(outputs).toMatchObject({ 'max-score': '10', 'flagged-count': '1', 'incomplete-count': '0' });
  const merged = readJson(outputs['report-json']) as ScanReport;
  expect(merged.merged).toEqual({ reports: 2, shards: 2 });
  expect(merged.shard).toBeUndefined();
  expect(merged.artifacts.map((a) => a.file)).toEqual([...r1.artifacts, ...r2.artifacts].map((a) => a.file).sort());
  const sarif = readJson(outputs['sarif-file']);
  expect(validateSarif(sarif)).toEqual([]);
  expect(sarif.runs).toHaveLength(1);
  expect(sarif.runs[0].results.map((r: { properties: { package: string; version: string } }) => `${r.properties.package} ${r.properties.version}`)).toEqual(expect.arrayContaining(['tonekit 1.2.1']));
  expect(sarif.runs[0].results.every((r: { properties: { package: string } }) => r.properties.package === 'tonekit')).toBe(true);

  // A folder of reports works as well as a pattern; fail-on never makes the merge advisory.
  const advisory = await job({ mode: 'merge', reports: 'reports', 'fail-on': 'never' });
  expect(advisory.exitCode).toBe(0);
  expect(advisory.runner.outputs()['flagged-count']).toBe('1');
});

test('a missing shard report fails the merge job with a clear message, and no verdict', async () => {
  if (!fs.existsSync(path.join(workspace, 'reports', 'shard-1', 'report.json'))) await shardJob(1);
  const merge = await job({ mode: 'merge', reports: 'reports/shard-1/report.json' });
  expect(merge.exitCode).toBe(1);
  const errors = workflowCommands(merge.stdout).filter((c) => c.command === 'error');
  expect(errors.map((e) => e.message).join('\n')).toMatch(/missing shard report\(s\): 2\/2/);
  expect(merge.runner.summary()).toBe('');
  expect(merge.runner.outputs()['report-json']).toBeUndefined();
});

test('inputs: mode is scan or merge; scan inputs are refused in merge mode and reports in scan mode; shard is validated', async () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ mode: 'combine', files: 'dist' }, /mode must be scan or merge/],
    [{ mode: 'merge', files: 'dist', reports: 'reports' }, /files is an input of mode: scan/],
    [{ mode: 'merge', reports: 'reports', cache: 'true' }, /cache is an input of mode: scan/],
    [{ mode: 'merge' }, /reports is required with mode: merge/],
    [{ files: 'dist', reports: 'reports' }, /reports is an input of mode: merge/],
    [{ files: 'dist', shard: '3/2' }, /shard 3\/2: the part must be from 1 to 2/],
    [{ files: 'dist', shard: 'half' }, /shard must be written i\/n/],
    [{ mode: 'merge', reports: 'dist/tonekit-1.2.0-py3-none-any.whl' }, /not a JSON file/],
  ];
  for (const [inputs, message] of cases) {
    const r = await job(inputs);
    expect(r.exitCode).toBe(1);
    expect(workflowCommands(r.stdout).filter((c) => c.command === 'error').map((c) => c.message).join('\n')).toMatch(message);
  }
});

test('the verdict cache is kept per shard: a shard restores its own verdicts, never another shard\'s', async () => {
  // A stand-in for the Actions cache service: the most recent save whose key starts with a restore key wins.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-store-'));
  const saved: string[] = [];
  const store: CacheStore = {
    available: () => true,
    async restore(target, key, restoreKeys) {
      const hit = [...saved].reverse().find((k) => k === key || restoreKeys.some((p) => k.startsWith(p)));
      if (!hit) return undefined;
      fs.cpSync(path.join(dir, hit), target, { recursive: true });
      return hit;
    },
    async save(target, key) {
      fs.cpSync(target, path.join(dir, key), { recursive: true });
      saved.push(key);
    },
  };
  try {
    const first1 = await job({ files: 'dist/*.whl', shard: '1/2', cache: 'true' }, { cacheStore: store });
    expect(first1.runner.summary()).toContain('verdict cache: 0 verdict(s) reused, 2 new saved');
    await job({ files: 'dist/*.whl', shard: '2/2', cache: 'true' }, { cacheStore: store });
    expect(saved.map((k) => /-shard-(\d)-of-2-/.exec(k)?.[1])).toEqual(['1', '2']);
    // Shard 2 saved last; shard 1 still finds its own verdicts.
    const again1 = await job({ files: 'dist/*.whl', shard: '1/2', cache: 'true' }, { cacheStore: store });
    expect(again1.runner.summary()).toContain('verdict cache: 2 verdict(s) reused, nothing new to save');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
