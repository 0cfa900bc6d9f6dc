/** The README's example command and the action entry point, run as users run them. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Node that runs the bundled entry points: PSS_NODE lets CI run them on the action's runtime (Node 24). */
const NODE = process.env.PSS_NODE || process.execPath;

let dir: string;
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(NODE, args, { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-example-'));
  const r = node(['scripts/run-ts.mjs', 'scripts/make-example.ts', dir]);
  if (r.status !== 0) throw new Error(r.stderr);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the example: 1.2.0 is clean, 1.2.1 (telnyx-style WAV) is flagged with a decoded PE', () => {
  const r = node(['dist/cli.js', 'scan', '--format', 'json', dir]);
  expect(r.status).toBe(1);
  const j = JSON.parse(r.stdout);
  const [clean, bad] = j.artifacts;
  expect(clean).toMatchObject({ version: '1.2.0', flagged: false, score: 0, status: 'scanned' });
  expect(bad).toMatchObject({ version: '1.2.1', flagged: true, status: 'scanned' });
  const payload = bad.findings.find((f: { rule: string }) => f.rule === 'payload.encoded-executable');
  expect(payload.path).toBe('tonekit/data/ring.wav');
  expect(payload.message).toMatch(/PE executable/);
  expect(JSON.stringify(bad.findings)).not.toMatch(/MZ\\u0090|This program cannot/); // previews are defanged
});

describe('the action entry (dist/index.js) in a simulated runner', () => {
  function runAction(files: string, extra: Record<string, string> = {}) {
    const summary = path.join(dir, `summary-${Math.random()}.md`);
    const output = path.join(dir, `output-${Math.random()}.txt`);
    fs.writeFileSync(summary, '');
    fs.writeFileSync(output, '');
    const r = node(['dist/index.js'], { INPUT_FILES: files, INPUT_THRESHOLD: '7', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, ...extra });
    return { ...r, summary: fs.readFileSync(summary, 'utf8'), output: fs.readFileSync(output, 'utf8') };
  }

  test('a flagged artifact fails the step, writes the summary and the outputs', () => {
    const r = runAction(path.join(dir, 'tonekit-1.2.1-py3-none-any.whl'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::1 artifact\(s\) flagged/);
    expect(r.summary).toMatch(/1 flagged, 0 not fully scanned, 1 artifact/);
    expect(r.output).toMatch(/flagged-count<<[\s\S]*\n1\n/);
    expect(r.output).toMatch(/max-score<<[\s\S]*\n10\n/);
  });

  test('a clean artifact passes; fail-on: never is advisory; a bad input is a clear failure', () => {
    expect(runAction(path.join(dir, 'tonekit-1.2.0-py3-none-any.whl')).status).toBe(0);
    expect(runAction(path.join(dir, 'tonekit-1.2.1-py3-none-any.whl'), { 'INPUT_FAIL-ON': 'never' }).status).toBe(0);
    const bad = runAction(dir, { 'INPUT_FAIL-ON': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/fail-on must be incomplete, flagged or never/);
  });
});
