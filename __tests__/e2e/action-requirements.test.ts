/**
 * The action end to end on requirements files: artifacts fetched with pip from a local index (127.0.0.1), the
 * annotation on the requirement line that pulled the flagged wheel in, SARIF located there, and changed-only on a
 * pull request scanning only what the pull request changed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../src/main.js';
import type { ScanReport } from '../../src/types.js';
import { startIndex, wheelFile, type LocalIndex } from '../helpers/pypi-index.js';
import { LOADER, telnyxWav } from '../helpers/reports.js';
import { tone, wav } from '../helpers/pcm.js';
import { runInRunner, simulatedRunner, workflowCommands, type SimulatedRunner } from '../helpers/runner.js';
import { validateSarif } from '../helpers/sarif-schema.js';

let index: LocalIndex;
const runners: SimulatedRunner[] = [];

beforeAll(async () => {
  index = await startIndex({
    tonekit: [
      wheelFile('tonekit', '1.2.0', { files: { 'tonekit/__init__.py': 'def chime():\n    return 1\n', 'tonekit/data/chime.wav': wav(tone(0.3)) } }),
      wheelFile('tonekit', '1.2.1', { files: { 'tonekit/__init__.py': LOADER, 'tonekit/data/chime.wav': wav(tone(0.3)), 'tonekit/data/ring.wav': telnyxWav() } }),
    ],
    six: [wheelFile('six', '1.16.0')],
  });
});
afterAll(async () => {
  await index.close();
  runners.forEach((r) => r.cleanup());
});

const runAction = (runner: SimulatedRunner): Promise<{ stdout: string; exitCode: number }> => runInRunner(runner, () => run());

function setup(inputs: Record<string, string>, opts: Parameters<typeof simulatedRunner>[1] = {}): SimulatedRunner {
  const r = simulatedRunner({ 'index-url': index.url, ...inputs }, opts);
  runners.push(r);
  return r;
}

test('a flagged wheel pulled in by requirements.txt is annotated on its line, in SARIF too', async () => {
  const runner = setup({ files: '**/requirements*.txt' });
  fs.writeFileSync(path.join(runner.workspace, 'requirements.txt'), '# pinned\nsix==1.16.0\ntonekit==1.2.1\n');
  const { stdout, exitCode } = await runAction(runner);
  const outputs = runner.outputs();
  const report = JSON.parse(fs.readFileSync(outputs['report-json'], 'utf8')) as ScanReport;
  expect(report.errors).toEqual([]);
  expect(report.artifacts.map((a) => [a.package, a.version, a.flagged]).sort()).toEqual([
    ['six', '1.16.0', false],
    ['tonekit', '1.2.1', true],
  ]);
  expect(exitCode).toBe(1);
  const ann = workflowCommands(stdout).find((c) => c.command === 'error' && c.props.file)!;
  expect(ann.props).toMatchObject({ file: 'requirements.txt', line: '3', title: 'pypi-stego-scan: tonekit 1.2.1 flagged' });
  const summary = runner.summary();
  expect(summary).toMatch(/\| FLAGGED \| 10 \| tonekit \| 1\.2\.1 \| .* \| requirements\.txt:3 \|/);
  expect(summary).toMatch(/fetching [\d.]+ s/);
  const sarif = JSON.parse(fs.readFileSync(outputs['sarif-file'], 'utf8'));
  expect(validateSarif(sarif)).toEqual([]);
  expect(sarif.runs[0].results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'requirements.txt' }, region: { startLine: 3 } });
});

/** A workspace that is a git repository (isolated from the user's git config), for changed-only. */
function gitWorkspace() {
  const ws = setup({ files: 'requirements.txt' }).workspace;
  const git = (...a: string[]) => execFileSync('git', a, { cwd: ws, encoding: 'utf8', env: { ...process.env, HOME: ws, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.invalid');
  git('config', 'user.name', 't');
  return { ws, git };
}

test('changed-only on a pull request scans only the packages the pull request changed', async () => {
  const { ws, git } = gitWorkspace();
  fs.writeFileSync(path.join(ws, 'requirements.txt'), 'six==1.16.0\ntonekit==1.2.0\n');
  git('add', 'requirements.txt');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  fs.writeFileSync(path.join(ws, 'requirements.txt'), 'six==1.16.0\ntonekit==1.2.1\n');
  const runner = setup({ files: 'requirements.txt', 'changed-only': 'true' }, { workspace: ws, event: { name: 'pull_request', payload: { pull_request: { base: { sha: base } } } } });
  const { exitCode } = await runAction(runner);
  const report = JSON.parse(fs.readFileSync(runner.outputs()['report-json'], 'utf8')) as ScanReport;
  expect(report.artifacts.map((a) => `${a.package} ${a.version}`)).toEqual(['tonekit 1.2.1']);
  expect(exitCode).toBe(1);
  expect(runner.summary()).toContain(`- changed-only: 1 package(s) added or changed since ${base.slice(0, 12)}: tonekit`);
});

test('a pull request that changes no dependency scans nothing, and passes', async () => {
  const { ws, git } = gitWorkspace();
  fs.writeFileSync(path.join(ws, 'requirements.txt'), 'six==1.16.0\ntonekit==1.2.1\n');
  git('add', 'requirements.txt');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  fs.writeFileSync(path.join(ws, 'requirements.txt'), '# a comment\nsix==1.16.0\ntonekit==1.2.1\n');
  const runner = setup({ files: 'requirements.txt', 'changed-only': 'true' }, { workspace: ws, event: { name: 'pull_request', payload: { pull_request: { base: { sha: base } } } } });
  const { exitCode } = await runAction(runner);
  const report = JSON.parse(fs.readFileSync(runner.outputs()['report-json'], 'utf8')) as ScanReport;
  expect(report.errors).toEqual([]);
  expect(report.artifacts).toEqual([]);
  expect(exitCode).toBe(0);
  expect(runner.summary()).toContain(`- changed-only: 0 package(s) added or changed since ${base.slice(0, 12)}`);
});
