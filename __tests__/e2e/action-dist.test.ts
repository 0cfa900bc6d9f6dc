/**
 * The bundled action entry (dist/index.js), spawned as the runner spawns it (PSS_NODE selects the Node binary: CI runs
 * it on Node 24, the action's runtime), in a simulated runner: requirements fetched from a local index, a policy file,
 * annotations on the requirement line, the job summary, outputs, JSON report and SARIF.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ScanReport } from '../../src/types.js';
import { startIndex, wheelFile, type LocalIndex } from '../helpers/pypi-index.js';
import { LOADER, telnyxWav } from '../helpers/reports.js';
import { tone, wav } from '../helpers/pcm.js';
import { simulatedRunner, workflowCommands, type SimulatedRunner } from '../helpers/runner.js';
import { validateSarif } from '../helpers/sarif-schema.js';

const NODE = process.env.PSS_NODE || process.execPath;
const ENTRY = path.resolve('dist/index.js');

let index: LocalIndex;
const runners: SimulatedRunner[] = [];

beforeAll(async () => {
  index = await startIndex({
    tonekit: [wheelFile('tonekit', '1.2.1', { files: { 'tonekit/__init__.py': LOADER, 'tonekit/data/chime.wav': wav(tone(0.3)), 'tonekit/data/ring.wav': telnyxWav() } })],
    six: [wheelFile('six', '1.16.0')],
  });
});
afterAll(async () => {
  await index.close();
  runners.forEach((r) => r.cleanup());
});

/** Spawned asynchronously: the local index answers from this process while the action runs. */
function spawnAction(runner: SimulatedRunner): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: '', ...runner.env };
    const child = spawn(NODE, [ENTRY], { cwd: runner.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('requirements file + policy: the flagged wheel fails the step on its line; the denylisted one too', async () => {
  const runner = simulatedRunner({ files: 'requirements.txt', 'index-url': index.url, config: 'pss.yml', 'sarif-file': 'results.sarif' });
  runners.push(runner);
  fs.writeFileSync(path.join(runner.workspace, 'requirements.txt'), 'six==1.16.0\n\ntonekit==1.2.1\n');
  fs.writeFileSync(path.join(runner.workspace, 'pss.yml'), 'deny:\n  - package: six\n    reason: not allowed here\n');
  const r = await spawnAction(runner);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const errors = workflowCommands(r.stdout).filter((c) => c.command === 'error');
  expect(errors.map((c) => [c.props.file ?? null, c.props.line ?? null, c.props.title ?? null])).toEqual([
    ['requirements.txt', '1', 'pypi-stego-scan: six 1.16.0 flagged'],
    ['requirements.txt', '3', 'pypi-stego-scan: tonekit 1.2.1 flagged'],
    [null, null, null],
  ]);
  expect(errors[0].message).toContain("on the policy's denylist: not allowed here");
  expect(errors[2].message).toBe('2 artifact(s) flagged, 0 not fully scanned: see the job summary');
  const outputs = runner.outputs();
  expect(outputs).toMatchObject({ 'max-score': '10', 'flagged-count': '2', 'sarif-file': path.join(runner.workspace, 'results.sarif') });
  const report = JSON.parse(fs.readFileSync(outputs['report-json'], 'utf8')) as ScanReport;
  expect(report.policy).toMatchObject({ file: 'pss.yml', denied: 1 });
  expect(report.artifacts.find((a) => a.package === 'tonekit')!.requiredBy).toEqual([{ file: 'requirements.txt', line: 3, requirement: 'tonekit==1.2.1' }]);
  const summary = runner.summary();
  expect(summary).toMatch(/^## ❌ pypi-stego-scan: 2 flagged, 0 not fully scanned, 2 artifact\(s\)/);
  expect(summary).toContain('denylisted: not allowed here');
  const sarif = JSON.parse(fs.readFileSync(path.join(runner.workspace, 'results.sarif'), 'utf8'));
  expect(validateSarif(sarif)).toEqual([]);
  expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('policy.denied');
  // the bundle finds docs/rules.md next to it: rule help is the documentation
  expect(sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'payload.encoded-executable').help.text).toMatch(/Catches: an encoded run, or the whole file, that decodes/);
});
