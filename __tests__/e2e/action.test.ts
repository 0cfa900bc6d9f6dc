/**
 * The action's entry (src/main.ts run()) in a simulated runner: inputs from INPUT_* variables, the job summary, the
 * annotations (workflow commands on standard output), the outputs, the JSON report and SARIF, and the exit status.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run, type RunDeps } from '../../src/main.js';
import { buildBaseline } from '../../src/policy/index.js';
import type { CacheStore } from '../../src/action/cache.js';
import { expandFiles, expandBraces, globToRegExp } from '../../src/action/glob.js';
import type { ScanReport } from '../../src/types.js';
import { cleanWheel, telnyxWheel } from '../helpers/reports.js';
import { runInRunner, simulatedRunner, workflowCommands, type SimulatedRunner } from '../helpers/runner.js';
import { validateSarif } from '../helpers/sarif-schema.js';

interface ActionRun {
  stdout: string;
  exitCode: number;
  runner: SimulatedRunner;
}

const runners: SimulatedRunner[] = [];
afterAll(() => runners.forEach((r) => r.cleanup()));

/** Run the action's entry with `runner`'s environment, in its workspace; everything is restored afterwards. */
async function runAction(runner: SimulatedRunner, deps: RunDeps = {}): Promise<ActionRun> {
  return { ...(await runInRunner(runner, () => run(deps))), runner };
}

function setup(inputs: Record<string, string>, opts: Parameters<typeof simulatedRunner>[1] = {}): SimulatedRunner {
  const r = simulatedRunner(inputs, opts);
  runners.push(r);
  fs.mkdirSync(path.join(r.workspace, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(r.workspace, 'dist', 'tonekit-1.2.1-py3-none-any.whl'), telnyxWheel());
  fs.writeFileSync(path.join(r.workspace, 'dist', 'tonekit-1.2.0-py3-none-any.whl'), cleanWheel());
  return r;
}

const readJson = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'));

test('a flagged artifact: failure, annotation, summary, outputs, JSON report and valid SARIF', async () => {
  const runner = setup({ files: 'dist/*.whl' });
  const { stdout, exitCode } = await runAction(runner);
  expect(exitCode).toBe(1);
  const cmds = workflowCommands(stdout);
  const errors = cmds.filter((c) => c.command === 'error');
  expect(errors[0]).toMatchObject({ props: { title: 'pypi-stego-scan: tonekit 1.2.1 flagged' } });
  expect(errors[0].message).toMatch(/^tonekit 1\.2\.1 \(tonekit-1\.2\.1-py3-none-any\.whl\) scored 10\/10 \(threshold 7\): [a-z.-]+ in tonekit-1\.2\.1-py3-none-any\.whl!\/tonekit\//);
  expect(errors.at(-1)!.message).toBe('1 artifact(s) flagged, 0 not fully scanned: see the job summary');
  const summary = runner.summary();
  expect(summary).toMatch(/^## ❌ pypi-stego-scan: 1 flagged, 0 not fully scanned, 2 artifact\(s\)/);
  expect(summary).toMatch(/\| FLAGGED \| 10 \| tonekit \| 1\.2\.1 \| .* \| given directly \|/);
  const outputs = runner.outputs();
  expect(outputs).toMatchObject({ 'max-score': '10', 'flagged-count': '1', 'incomplete-count': '0' });
  expect(outputs['report-json']).toBe(path.join(runner.temp, 'pypi-stego-scan', 'report.json'));
  const report = readJson(outputs['report-json']) as ScanReport;
  expect(report.artifacts.map((a) => [a.file, a.flagged])).toEqual([
    ['tonekit-1.2.0-py3-none-any.whl', false],
    ['tonekit-1.2.1-py3-none-any.whl', true],
  ]);
  const sarif = readJson(outputs['sarif-file']);
  expect(validateSarif(sarif)).toEqual([]);
  expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('dist/tonekit-1.2.1-py3-none-any.whl');
  expect(summary).toContain(`SARIF \`${outputs['sarif-file']}\``);
});

test('a clean artifact passes; fail-on never is advisory; a sarif-file input is honoured', async () => {
  const clean = await runAction(setup({ files: 'dist/tonekit-1.2.0-py3-none-any.whl' }));
  expect(clean.exitCode).toBe(0);
  expect(workflowCommands(clean.stdout).filter((c) => c.command === 'error')).toEqual([]);
  expect(clean.runner.summary()).toMatch(/^## ✅ pypi-stego-scan: 0 flagged/);

  const adv = await runAction(setup({ files: 'dist/', 'fail-on': 'never', 'sarif-file': 'out/scan.sarif' }));
  expect(adv.exitCode).toBe(0);
  expect(adv.runner.summary()).toMatch(/^## ⚠️ pypi-stego-scan \(advisory\): 1 flagged/);
  expect(workflowCommands(adv.stdout).filter((c) => c.command === 'error')).toHaveLength(1); // the annotation, no failure
  expect(adv.runner.outputs()['sarif-file']).toBe(path.join(adv.runner.workspace, 'out', 'scan.sarif'));
  expect(validateSarif(readJson(path.join(adv.runner.workspace, 'out', 'scan.sarif')))).toEqual([]);
});

test('bad inputs and a missing file fail clearly', async () => {
  const bad = await runAction(setup({ files: 'dist/', 'fail-on': 'sometimes' }));
  expect(bad.exitCode).toBe(1);
  expect(bad.stdout).toContain('::error::fail-on must be incomplete, flagged or never, got "sometimes"');
  const thr = await runAction(setup({ files: 'dist/', threshold: '11' }));
  expect(thr.stdout).toContain('::error::threshold must be a number from 0 to 10, got "11"');
  const missing = await runAction(setup({ files: 'dist/*.whl\nlocks/*.lock' }));
  expect(missing.exitCode).toBe(1);
  expect(missing.stdout).toMatch(/::error::locks\/\*\.lock: no such file or directory/);
  expect(missing.runner.summary()).toContain('- ❌ locks/\\*.lock: no such file or directory');
});

test('a policy file: suppressions from a baseline make the run pass; policy errors point at their line', async () => {
  const first = await runAction(setup({ files: 'dist/' }));
  const report = readJson(first.runner.outputs()['report-json']) as ScanReport;
  const runner = setup({ files: 'dist/', config: '.github/pypi-stego-scan.yml' });
  fs.mkdirSync(path.join(runner.workspace, '.github'));
  fs.writeFileSync(path.join(runner.workspace, '.github', 'baseline.yml'), buildBaseline(report).text);
  fs.writeFileSync(path.join(runner.workspace, '.github', 'pypi-stego-scan.yml'), 'threshold: 7\nbaseline: baseline.yml\n');
  const second = await runAction(runner);
  expect(second.exitCode).toBe(0);
  const n = report.artifacts.flatMap((a) => a.findings).filter((f) => f.score > 0).length;
  expect(second.runner.summary()).toContain(`**Policy** .github/pypi-stego-scan.yml: ${n} finding(s) suppressed`);
  expect(second.runner.summary()).toContain(`<summary>${n} finding(s) suppressed by the policy (not counted in scores)</summary>`);
  expect(second.runner.summary()).toMatch(/\| tonekit \| 1\.2\.1 \| `payload\.encoded-executable` \| tonekit\/data\/ring\.wav \| 9 \| baseline \(\.github\/baseline\.yml:\d+\) \|/);

  const broken = setup({ files: 'dist/', config: 'policy.yml' });
  fs.writeFileSync(path.join(broken.workspace, 'policy.yml'), 'suppressions:\n  - package: tonekit\n    path: tonekit/data/ring.wav\n    reason: test data\n');
  const third = await runAction(broken);
  expect(third.exitCode).toBe(1);
  const cmds = workflowCommands(third.stdout).filter((c) => c.command === 'error');
  expect(cmds[0]).toMatchObject({ props: { file: 'policy.yml', line: '2' }, message: 'suppression: rule is required (one rule per suppression; rule ids are in docs/rules.md)' });
  expect(cmds.at(-1)!.message).toMatch(/^2 problems in the policy/);
});

test('max-annotations caps the annotations; the rest are counted in a notice and the summary', async () => {
  const runner = setup({ files: 'dist/', 'max-annotations': '0' });
  const { stdout } = await runAction(runner);
  const cmds = workflowCommands(stdout);
  expect(cmds.filter((c) => c.command === 'error').map((c) => c.message)).toEqual(['1 artifact(s) flagged, 0 not fully scanned: see the job summary']);
  expect(cmds.find((c) => c.command === 'notice')!.message).toMatch(/^1 more annotation\(s\) not shown/);
  expect(runner.summary()).toContain('1 annotation(s) were not shown (max-annotations)');
});

describe('changed-only on a pull request', () => {
  function repo(runner: SimulatedRunner): string {
    const git = (...a: string[]) => execFileSync('git', a, { cwd: runner.workspace, encoding: 'utf8', env: { ...process.env, HOME: runner.workspace, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.invalid');
    git('config', 'user.name', 't');
    fs.writeFileSync(path.join(runner.workspace, 'requirements.txt'), 'tonekit==1.2.0\nsix==1.16.0\n');
    git('add', 'requirements.txt');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(runner.workspace, 'requirements.txt'), 'tonekit==1.2.1\nsix==1.16.0\n');
    return base;
  }

  test('the base commit comes from the event payload; the notice says what changed', async () => {
    const pre = setup({ files: 'dist/tonekit-1.2.0-py3-none-any.whl', 'changed-only': 'true' });
    const base = repo(pre);
    const runner = setup({ files: 'dist/tonekit-1.2.0-py3-none-any.whl', 'changed-only': 'true' }, { workspace: pre.workspace, event: { name: 'pull_request', payload: { pull_request: { number: 1, base: { sha: base } } } } });
    // requirements.txt is not a target here: only the diff is checked (fetching is the input side's, tested there)
    const r = await runAction(runner);
    expect(r.exitCode).toBe(0);
    expect(runner.summary()).toContain(`- changed-only: 0 package(s) added or changed since ${base.slice(0, 12)}`);
  });

  test('outside pull requests, changed-only scans everything, and says so', async () => {
    const runner = setup({ files: 'dist/', 'changed-only': 'true' });
    const r = await runAction(runner);
    expect(r.exitCode).toBe(1);
    expect(runner.summary()).toContain('- changed-only applies to pull requests: this is not one, so everything is scanned');
  });

  test('a pull request whose base commit is not in the clone: everything is scanned, with a notice', async () => {
    const runner = setup({ files: 'dist/', 'changed-only': 'yes' }, { event: { name: 'pull_request', payload: { pull_request: { base: { sha: 'a'.repeat(40) } } } } });
    execFileSync('git', ['init', '-q'], { cwd: runner.workspace });
    const r = await runAction(runner);
    expect(r.exitCode).toBe(1);
    expect(runner.summary()).toContain('changed-only: the base commit aaaaaaaaaaaa is not in this clone and could not be fetched');
  });
});

describe('the verdict cache', () => {
  /** A stand-in for the Actions cache service: saved folders copied aside, restored by key prefix. */
  function memoryStore(): CacheStore & { saved: string[]; dir: string } {
    const dir = fs.mkdtempSync(path.join(runners[0]?.temp ?? '/tmp', 'store-'));
    const saved: string[] = [];
    return {
      saved,
      dir,
      available: () => true,
      async restore(target, key, restoreKeys) {
        const hit = [...saved].reverse().find((k) => k === key || restoreKeys.some((p) => k.startsWith(p)));
        if (!hit) return undefined;
        fs.cpSync(path.join(dir, hit), target, { recursive: true });
        return hit;
      },
      async save(target, key) {
        if (saved.includes(key)) throw new Error('Unable to reserve cache with key, another job may be creating this cache.');
        fs.cpSync(target, path.join(dir, key), { recursive: true });
        saved.push(key);
      },
    };
  }

  test('verdicts are saved, then reused: same report, fewer scans; nothing new, nothing saved', async () => {
    const store = memoryStore();
    const first = await runAction(setup({ files: 'dist/', cache: 'true' }), { cacheStore: store });
    expect(store.saved).toHaveLength(1);
    expect(store.saved[0]).toMatch(/^pypi-stego-scan-verdicts-0\.1\.0-[0-9a-f]{16}-[0-9a-f]{12}-[0-9a-f]{16}$/);
    expect(first.runner.summary()).toContain('verdict cache: 0 verdict(s) reused, 2 new saved');
    const second = await runAction(setup({ files: 'dist/', cache: 'true' }), { cacheStore: store });
    expect(second.runner.summary()).toContain('verdict cache: 2 verdict(s) reused, nothing new to save');
    expect(store.saved).toHaveLength(1);
    const a = readJson(first.runner.outputs()['report-json']) as ScanReport;
    const b = readJson(second.runner.outputs()['report-json']) as ScanReport;
    const strip = (r: ScanReport) => r.artifacts.map(({ stats: _s, path: _p, ...x }) => x);
    expect(strip(b)).toEqual(strip(a));
    expect(second.exitCode).toBe(1); // a cached verdict still fails the run
  });

  test('a cache that cannot be restored or saved is a warning, never a failure', async () => {
    const broken: CacheStore = {
      available: () => true,
      restore: async () => {
        throw new Error('cache service unreachable');
      },
      save: async () => {
        throw new Error('cache service unreachable');
      },
    };
    const r = await runAction(setup({ files: 'dist/tonekit-1.2.0-py3-none-any.whl', cache: 'true' }), { cacheStore: broken });
    expect(r.exitCode).toBe(0);
    const warnings = workflowCommands(r.stdout).filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toEqual(['verdict cache not restored (the scan runs in full): cache service unreachable', 'verdict cache not saved: cache service unreachable']);
  });

  test('a tampered or foreign entry is not trusted', async () => {
    const store = memoryStore();
    await runAction(setup({ files: 'dist/tonekit-1.2.1-py3-none-any.whl', cache: 'true' }), { cacheStore: store });
    const folder = path.join(store.dir, store.saved[0]);
    const [entryFile] = fs.readdirSync(folder);
    const entry = readJson(path.join(folder, entryFile));
    entry.report.score = 0; // a poisoned verdict for the flagged wheel, under another scope
    entry.scope = 'other';
    fs.writeFileSync(path.join(folder, entryFile), JSON.stringify(entry));
    const r = await runAction(setup({ files: 'dist/tonekit-1.2.1-py3-none-any.whl', cache: 'true' }), { cacheStore: store });
    expect(r.exitCode).toBe(1);
    expect(r.runner.summary()).toContain('- verdict cache: 0 verdict(s) reused'); // rescanned, not reused
  });
});

describe('the files input', () => {
  test('globs: *, **, ?, {a,b}, [..], ! excludes; literal paths pass through; no match is kept as written', async () => {
    const runner = setup({ files: 'x' });
    const ws = runner.workspace;
    for (const f of ['a/requirements.txt', 'a/b/requirements-dev.txt', 'a/b/c/poetry.lock', 'a/node_modules/x/requirements.txt', 'vendor/requirements.txt', 'p1.whl', 'p2.whl', 'pa.whl']) {
      fs.mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
      fs.writeFileSync(path.join(ws, f), '');
    }
    const r = await expandFiles(['**/requirements*.txt', '!vendor/**', 'a/**/*.lock', 'p[0-9].whl', 'p?.whl', '{a,vendor}/requirements.txt', 'dist/', 'none/*.lock'], { cwd: ws });
    expect(r.paths).toEqual(['a/b/requirements-dev.txt', 'a/requirements.txt', 'a/b/c/poetry.lock', 'p1.whl', 'p2.whl', 'pa.whl', 'dist/', 'none/*.lock']);
    expect(r.unmatched).toEqual(['none/*.lock']);
    expect(globToRegExp('**/x').test('x')).toBe(true);
    expect(globToRegExp('a/*.txt').test('a/b/c.txt')).toBe(false);
    expect(expandBraces('{a,b{c,d}}.txt')).toEqual(['a.txt', 'bc.txt', 'bd.txt']);
    const bounded = await expandFiles(['**/*.txt'], { cwd: ws, maxEntries: 3 });
    expect(bounded.truncated).toEqual(['**/*.txt']);
  });
});

describe('action.yml', () => {
  test('every input is read by the entry and documented in the README, every output is set and documented', async () => {
    const { parse } = await import('yaml');
    const meta = parse(fs.readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, unknown>; runs: Record<string, string> };
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const readme = fs.readFileSync('README.md', 'utf8');
    const inputsSrc = fs.readFileSync('src/action/inputs.ts', 'utf8');
    const mainSrc = fs.readFileSync('src/main.ts', 'utf8');
    for (const [name, input] of Object.entries(meta.inputs)) {
      expect(input.description.length).toBeGreaterThan(20);
      expect(readme).toContain(`| \`${name}\` |`);
      expect(inputsSrc).toMatch(new RegExp(`['(]${name}['),]`));
    }
    for (const name of Object.keys(meta.outputs)) {
      expect(readme).toContain(`| \`${name}\` |`);
      expect(mainSrc).toContain(`core.setOutput('${name}'`);
    }
  });
});

test('jobs: the scan runs on that many worker threads (the bundled worker), with the same verdict; a bad value fails clearly', async () => {
  const { bundleWorker } = await import('../helpers/worker-bundle.js');
  const worker = await bundleWorker();
  try {
    const runner = setup({ files: 'dist/', jobs: '2' });
    const { exitCode } = await runAction(runner, { workerFile: new URL(`file://${worker.file}`) });
    expect(exitCode).toBe(1);
    const report = readJson(runner.outputs()['report-json']) as ScanReport;
    expect(report.stats.threads).toBe(2);
    expect(report.artifacts.map((a) => [a.file, a.flagged, a.status])).toEqual([
      ['tonekit-1.2.0-py3-none-any.whl', false, 'scanned'],
      ['tonekit-1.2.1-py3-none-any.whl', true, 'scanned'],
    ]);
    expect(runner.summary()).toMatch(/scanning [\d.]+ s on 2 worker thread\(s\)/);
  } finally {
    worker.cleanup();
  }
  const bad = await runAction(setup({ files: 'dist/', jobs: 'many' }));
  expect(bad.exitCode).toBe(1);
  expect(bad.stdout).toContain('::error::jobs must be a whole number from 1 to 256 (or empty: the runner\'s cores), got "many"');
}, 60_000);
