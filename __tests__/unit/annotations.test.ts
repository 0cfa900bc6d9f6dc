/** Annotations: on the manifest line that pulled the artifact in, most serious first, capped. */
import * as core from '@actions/core';
import { jest } from '@jest/globals';
import { emitAnnotations, planAnnotations, type AnnotationSink } from '../../src/report/annotations.js';
import { applyPolicy, parsePolicy } from '../../src/policy/index.js';
import { artifact, report } from '../helpers/reports.js';

const flagged = (name: string, score: number, requiredBy?: Array<{ file: string; line: number; requirement: string }>) =>
  artifact({
    file: `${name}-1.0-py3-none-any.whl`,
    package: name,
    score,
    flagged: true,
    findings: [{ rule: 'payload.encoded-executable', path: `${name}/data/a.wav`, score, message: 'base64 run decodes to PE executable' }],
    requiredBy,
  });

test('most serious first, on each manifest line, capped; direct artifacts have no file', () => {
  const r = report(
    [
      artifact({ file: 'inc-1.0.tar.gz', package: 'inc', status: 'incomplete', reasons: ['inc-1.0/a.zst: zstd is not supported', 'b', 'c', 'd'], requiredBy: [{ file: 'poetry.lock', line: 88, requirement: 'inc 1.0' }] }),
      flagged('low', 7.5, [{ file: '/ws/requirements.txt', line: 4, requirement: 'low==1.0' }]),
      flagged('high', 10, [
        { file: '/ws/requirements.txt', line: 2, requirement: 'high==1.0' },
        { file: '/ws/requirements.txt', line: 2, requirement: 'high==1.0' },
        { file: '/ws/dev/requirements.txt', line: 9, requirement: 'high' },
      ]),
      flagged('direct', 8),
    ],
    { errors: [{ target: 'missing.txt', message: 'no such file or directory' }] },
  );
  const plan = planAnnotations(r, { root: '/ws', max: 10 });
  expect(plan.omitted).toBe(0);
  expect(plan.annotations.map((a) => [a.level, a.file ?? null, a.line ?? null, a.title])).toEqual([
    ['error', 'requirements.txt', 2, 'pypi-stego-scan: high 1.0 flagged'],
    ['error', 'dev/requirements.txt', 9, 'pypi-stego-scan: high 1.0 flagged'],
    ['error', null, null, 'pypi-stego-scan: direct 1.0 flagged'],
    ['error', 'requirements.txt', 4, 'pypi-stego-scan: low 1.0 flagged'],
    ['error', null, null, 'pypi-stego-scan: not scanned'],
    ['error', 'poetry.lock', 88, 'pypi-stego-scan: inc 1.0 not fully scanned'],
  ]);
  expect(plan.annotations[0].message).toBe('high 1.0 (high-1.0-py3-none-any.whl) scored 10/10 (threshold 7): payload.encoded-executable in high-1.0-py3-none-any.whl!/high/data/a.wav: base64 run decodes to PE executable. Details in the job summary.');
  expect(plan.annotations[5].message).toBe('inc 1.0 (inc-1.0.tar.gz) could not be fully scanned: inc-1.0/a.zst: zstd is not supported; b; c (and 1 more).');
  const capped = planAnnotations(r, { root: '/ws', max: 2 });
  expect(capped.annotations.map((a) => a.line)).toEqual([2, 9]);
  expect(capped.omitted).toBe(4);
});

test('incomplete scans are warnings when they do not fail the run; expired suppressions warn on the policy line', async () => {
  const r = report([artifact({ status: 'incomplete', reasons: ['limit'] })], { failOnIncomplete: false });
  applyPolicy(r, await parsePolicy('suppressions:\n  - package: pkg\n    rule: archive.corrupt\n    version: "1.0"\n    reason: old\n    expires: 2001-01-01\n', 'cfg/policy.yml'));
  const plan = planAnnotations(r);
  expect(plan.annotations.map((a) => [a.level, a.file ?? null, a.line ?? null])).toEqual([
    ['warning', null, null],
    ['warning', 'cfg/policy.yml', 2],
  ]);
  expect(plan.annotations[1].message).toMatch(/expired on 2001-01-01 and no longer applies/);
});

test('a denylisted artifact says why', async () => {
  const r = report([artifact({ requiredBy: [{ file: 'requirements.txt', line: 1, requirement: 'pkg' }] })]);
  applyPolicy(r, await parsePolicy('deny:\n  - package: pkg\n    reason: typosquat of pkgs\n', 'p.yml'));
  expect(planAnnotations(r).annotations[0]).toMatchObject({ level: 'error', file: 'requirements.txt', line: 1, message: "pkg 1.0 (pkg-1.0-py3-none-any.whl) on the policy's denylist: typosquat of pkgs. Details in the job summary." });
});

test('emitted through @actions/core as workflow commands with file and line, hostile text escaped', () => {
  const r = report([flagged('x,y', 9, [{ file: 'req:s,1.txt', line: 5, requirement: 'x' }]), flagged('b', 8), flagged('c', 7)]);
  r.artifacts[0].findings[0].message = 'line1\nline2 %0A ::error::forged';
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out.push(String(s));
    return true;
  });
  try {
    emitAnnotations(planAnnotations(r, { max: 2 }), core);
  } finally {
    spy.mockRestore();
  }
  const lines = out.join('').split('\n').filter(Boolean);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^::error title=pypi-stego-scan%3A x%2Cy 1\.0 flagged,file=req%3As%2C1\.txt,line=5::x,y 1\.0 /);
  expect(lines[0]).toContain('line1 line2 %250A ::error::forged'); // newlines collapsed, % escaped: no second command
  expect(lines[1]).toMatch(/^::error title=pypi-stego-scan%3A b 1\.0 flagged::/);
  expect(lines[2]).toBe('::notice title=pypi-stego-scan::1 more annotation(s) not shown: every flagged and incomplete artifact is in the job summary, the SARIF file and the JSON report.');
});

test('the sink gets exactly the planned annotations', () => {
  const calls: string[] = [];
  const sink: AnnotationSink = {
    error: (m, p) => calls.push(`error ${p.file ?? '-'}:${p.startLine ?? '-'} ${m.slice(0, 10)}`),
    warning: (m, p) => calls.push(`warning ${p.file ?? '-'}:${p.startLine ?? '-'}`),
    notice: (m) => calls.push(`notice ${m.slice(0, 5)}`),
  };
  emitAnnotations(planAnnotations(report([flagged('a', 9, [{ file: 'r.txt', line: 3, requirement: 'a' }])])), sink);
  expect(calls).toEqual(['error r.txt:3 a 1.0 (a-1']);
});
