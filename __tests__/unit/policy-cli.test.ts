/** The CLI's --config, --sarif and --write-baseline, on the bundled dist/cli.js (as users run it). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanWheel, telnyxWheel } from '../helpers/reports.js';
import { validateSarif } from '../helpers/sarif-schema.js';

const NODE = process.env.PSS_NODE || process.execPath;
let dir: string;
const cli = (...args: string[]) => spawnSync(NODE, [path.resolve('dist/cli.js'), 'scan', '--quiet', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-cli-policy-'));
  fs.mkdirSync(path.join(dir, 'dl'));
  fs.writeFileSync(path.join(dir, 'dl', 'tonekit-1.2.1-py3-none-any.whl'), telnyxWheel());
  fs.writeFileSync(path.join(dir, 'dl', 'tonekit-1.2.0-py3-none-any.whl'), cleanWheel());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('--write-baseline records the findings; --config with it passes; --sarif writes valid SARIF beside --format', () => {
  const first = cli('--write-baseline', 'baseline.yml', '--sarif', 'first.sarif', 'dl/');
  expect(first.status).toBe(1);
  expect(first.stderr).toMatch(/^baseline: \d+ suppression\(s\) written to baseline\.yml\n$/);
  expect(first.stdout).toMatch(/^FLAGGED: 1 of 2 artifact\(s\)/);
  const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'first.sarif'), 'utf8'));
  expect(validateSarif(sarif)).toEqual([]);
  expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('dl/tonekit-1.2.1-py3-none-any.whl');
  expect(sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'payload.encoded-executable').help.text).toMatch(/Catches:/);

  const second = cli('--config', 'baseline.yml', '--format', 'json', '--sarif', 'second.sarif', 'dl/');
  expect(second.status).toBe(0);
  const report = JSON.parse(second.stdout);
  expect(report.policy).toMatchObject({ file: 'baseline.yml', suppressedFindings: report.artifacts[1].findings.length, expired: [], unused: [] });
  expect(report.artifacts[1]).toMatchObject({ flagged: false, score: 0 });
  expect(report.artifacts[1].findings.every((f: { suppressed?: boolean }) => f.suppressed)).toBe(true);
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'second.sarif'), 'utf8')).runs[0].results).toEqual([]);
});

test('the policy threshold applies unless --threshold is given; a bad policy is a usage error naming the line', () => {
  fs.writeFileSync(path.join(dir, 'strict.yml'), 'threshold: 0\n');
  expect(cli('--config', 'strict.yml', 'dl/tonekit-1.2.0-py3-none-any.whl').status).toBe(1); // score 0 >= 0
  expect(cli('--config', 'strict.yml', '--threshold', '7', 'dl/tonekit-1.2.0-py3-none-any.whl').status).toBe(0);
  fs.writeFileSync(path.join(dir, 'bad.yml'), 'threshold: 7\nsuppressions:\n  - package: tonekit\n    rule: nope.nope\n    version: "1.2.1"\n    reason: x\n');
  const bad = cli('--config', 'bad.yml', 'dl/');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toBe('error: bad.yml:4: unknown rule "nope.nope" (rule ids are listed in docs/rules.md)\n');
});
