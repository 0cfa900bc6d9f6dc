/** Policy files: strict validation with lines, suppressions (scoped, expiring), denylist, weights, baselines. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyPolicy, buildBaseline, loadPolicy, parsePolicy, PolicyError, resolveThreshold } from '../../src/policy/index.js';
import { allRules } from '../../src/analyzers/index.js';
import { scoreArtifact, scoreFiles } from '../../src/scoring/index.js';
import type { ArtifactReport } from '../../src/types.js';
import { artifact, cleanWheel, report, scanWheel, telnyxWheel } from '../helpers/reports.js';

const NOW = new Date('2026-05-01T12:00:00Z');

async function problems(text: string): Promise<string[]> {
  try {
    await parsePolicy(text, 'policy.yml');
  } catch (e) {
    if (e instanceof PolicyError) return e.problems;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

let bad: ArtifactReport;
let good: ArtifactReport;
beforeAll(async () => {
  bad = await scanWheel('tonekit-1.2.1-py3-none-any.whl', telnyxWheel());
  good = await scanWheel('tonekit-1.2.0-py3-none-any.whl', cleanWheel());
});
const fresh = (a: ArtifactReport): ArtifactReport => structuredClone(a);

describe('reading a policy file', () => {
  test('every section is read, names normalized, versions and dates kept as written', async () => {
    const p = await parsePolicy(
      `version: 1
threshold: 6.5
weights:
  audio.riff.text-samples: 1
suppressions:
  - package: Tone_Kit
    rule: audio.riff.hidden-payload
    sha256: ${'AB'.repeat(32)}
    reason: vendored test sound, reviewed
    expires: 2026-12-31
  - package: other
    rule: image.png.trailing-data
    version: '1.10'
    path: docs/images/**
    reason: docs picture
deny:
  - package: evil.pkg
    reason: compromised upstream
  - package: tonekit
    versions: ['1.2.1', '1.2.2']
    reason: telnyx-style release
`,
      'p.yml',
    );
    expect(p.threshold).toBe(6.5);
    expect(p.weights.get('audio.riff.text-samples')).toBe(1);
    expect(p.suppressions).toEqual([
      { package: 'tone-kit', rule: 'audio.riff.hidden-payload', sha256: 'ab'.repeat(32), version: null, path: null, reason: 'vendored test sound, reviewed', expires: '2026-12-31', file: 'p.yml', line: 6 },
      { package: 'other', rule: 'image.png.trailing-data', sha256: null, version: '1.10', path: 'docs/images/**', reason: 'docs picture', expires: null, file: 'p.yml', line: 11 },
    ]);
    expect(p.deny.map((d) => [d.package, d.versions, d.line])).toEqual([
      ['evil-pkg', null, 17],
      ['tonekit', ['1.2.1', '1.2.2'], 19],
    ]);
    expect(resolveThreshold(undefined, p)).toBe(6.5);
    expect(resolveThreshold(8, p)).toBe(8);
    expect(resolveThreshold(undefined, null)).toBe(7);
    expect((await parsePolicy('', 'empty.yml')).suppressions).toEqual([]);
    // plain scalars YAML would read as numbers keep the text as written
    const n = await parsePolicy(`suppressions:\n  - package: pkg\n    rule: audio.riff.hidden-payload\n    version: 1.10\n    reason: r\n  - package: pkg\n    rule: audio.riff.hidden-payload\n    sha256: ${'1'.repeat(64)}\n    reason: r\n`, 'n.yml');
    expect(n.suppressions.map((s) => [s.version, s.sha256])).toEqual([['1.10', null], [null, '1'.repeat(64)]]);
    expect(await problems('suppressions:\n  - package: pkg\n    rule: audio.riff.hidden-payload\n    version: [1]\n    reason: r\n')).toEqual(['policy.yml:4: version must be a string']);
  });

  test('unknown keys and wrong types are errors with their line', async () => {
    const e = await problems(`threshold: high
supressions: []
weights:
  no.such-rule: 3
  audio.riff.text-samples: 12
deny:
  - package: x
`);
    expect(e).toEqual([
      'policy.yml:2: policy: unknown key "supressions" (allowed: version, threshold, weights, suppressions, deny, baseline)',
      'policy.yml:1: threshold must be a number',
      'policy.yml:4: weights: unknown rule "no.such-rule" (rule ids are listed in docs/rules.md)',
      'policy.yml:5: weight of audio.riff.text-samples must be between 0 and 10, got 12',
      'policy.yml:7: deny entry: reason is required (say why, for the next person)',
    ]);
  });

  test('a suppression needs a package and a rule (never a path alone) and a sha256 or a version', async () => {
    const e = await problems(`suppressions:
  - path: tests/data/evil.wav
    reason: test data
  - package: pkg
    path: tests/**
    sha256: ${'a'.repeat(64)}
    reason: tests
  - package: pkg
    rule: audio.riff.hidden-payload
    reason: every release, forever
  - package: pkg
    rule: audio.riff.nope
    version: 1.10
    sha256: xyz
    reason: typo
    expires: 2026-02-30
    color: blue
`);
    expect(e).toEqual([
      'policy.yml:2: suppression: package is required (a suppression is never by path alone)',
      'policy.yml:2: suppression: rule is required (one rule per suppression; rule ids are in docs/rules.md)',
      'policy.yml:2: suppression: give sha256 (the artifact) or version, so that it cannot silence a future release',
      'policy.yml:4: suppression: rule is required (one rule per suppression; rule ids are in docs/rules.md)',
      'policy.yml:8: suppression: give sha256 (the artifact) or version, so that it cannot silence a future release',
      "policy.yml:17: suppression: unknown key \"color\" (allowed: package, rule, sha256, version, path, reason, expires)",
      'policy.yml:12: unknown rule "audio.riff.nope" (rule ids are listed in docs/rules.md)',
      'policy.yml:14: sha256 must be 64 hexadecimal digits',
      'policy.yml:16: expires must be a date written YYYY-MM-DD, got "2026-02-30"',
    ]);
  });

  test('YAML errors and duplicate keys are reported with their line', async () => {
    expect((await problems('threshold: 5\nthreshold: 6\n'))[0]).toMatch(/^policy\.yml:2: not valid YAML: Map keys must be unique/);
    expect((await problems('suppressions:\n  - package: [unclosed\n'))[0]).toMatch(/^policy\.yml:\d+: not valid YAML/);
    expect(await problems('- just\n- a list\n')).toEqual(['policy.yml:1: the policy must be a mapping of keys (threshold, weights, suppressions, deny, baseline)']);
  });

  test('a policy can name a baseline file, read relative to it, with its own lines in messages', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-policy-'));
    try {
      fs.writeFileSync(path.join(dir, 'base.yml'), `version: 1\nsuppressions:\n  - package: a\n    rule: audio.riff.hidden-payload\n    sha256: ${'c'.repeat(64)}\n    reason: baseline\n`);
      fs.writeFileSync(path.join(dir, 'policy.yml'), 'threshold: 7\nbaseline: base.yml\n');
      const p = await loadPolicy(path.join(dir, 'policy.yml'));
      expect(p.suppressions).toHaveLength(1);
      expect(p.suppressions[0]).toMatchObject({ package: 'a', file: path.join(dir, 'base.yml'), line: 3 });
      fs.writeFileSync(path.join(dir, 'base.yml'), 'suppressions:\n  - package: a\n    reason: x\n');
      await expect(loadPolicy(path.join(dir, 'policy.yml'))).rejects.toThrow(`${path.join(dir, 'base.yml')}:2: suppression: rule is required`);
      await expect(loadPolicy(path.join(dir, 'missing.yml'))).rejects.toThrow(/cannot read the policy file: ENOENT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('applying a policy', () => {
  const rules = allRules();
  const sup = (extra: string) => `suppressions:\n  - package: tonekit\n    rule: audio.riff.hidden-payload\n    reason: reviewed\n${extra}`;

  test('a matching suppression marks the finding, which stops counting: the score and breakdown are recomputed', async () => {
    const a = fresh(bad);
    const p = await parsePolicy(sup(`    sha256: ${a.sha256}\n  - package: tonekit\n    rule: payload.encoded-executable\n    version: 1.2.1.0\n    reason: reviewed too\n`), 'p.yml');
    const r = applyPolicy(report([a]), p, { now: NOW });
    const suppressed = a.findings.filter((f) => f.suppressed);
    expect(suppressed.map((f) => f.rule).sort()).toEqual(['audio.riff.hidden-payload', 'payload.encoded-executable']);
    expect(suppressed[0].suppression).toMatchObject({ reason: expect.stringMatching(/reviewed/), file: 'p.yml' });
    // still in the report, listed after the findings that count
    expect(a.findings.length).toBe(bad.findings.length);
    expect(a.findings.at(-1)!.suppressed).toBe(true);
    const expected = scoreArtifact(a.findings.filter((f) => !f.suppressed), rules);
    expect(a.score).toBe(expected.score);
    expect(a.scoreBreakdown).toEqual(expected.breakdown);
    // the WAV's own score lost what the suppressed findings brought
    const wavScore = (fs_: ArtifactReport['findings']) => scoreFiles(fs_, rules).find((x) => x.path === 'tonekit/data/ring.wav')?.score ?? 0;
    expect(wavScore(a.findings)).toBeLessThan(wavScore(bad.findings));
    expect(a.score).toBeLessThanOrEqual(bad.score);
    expect(a.flagged).toBe(a.score >= 7);
    expect(r.stats.flagged).toBe(Number(a.flagged));
    expect(r.policy).toMatchObject({ file: 'p.yml', suppressedFindings: 2, denied: 0, expired: [], unused: [] });
  });

  test('suppressing every rule found on an artifact leaves it at score 0, not flagged', async () => {
    const a = fresh(bad);
    const rulesFound = [...new Set(a.findings.map((f) => f.rule))];
    const text = `suppressions:\n${rulesFound.map((r) => `  - package: tonekit\n    rule: ${r}\n    sha256: ${a.sha256}\n    reason: reviewed\n`).join('')}`;
    const r = applyPolicy(report([a]), await parsePolicy(text, 'p.yml'), { now: NOW });
    expect(a).toMatchObject({ score: 0, flagged: false, scoreBreakdown: { worstFile: null, worstFileScore: 0, categories: {}, corroboration: 0 } });
    expect(r.policy!.suppressedFindings).toBe(a.findings.length);
  });

  test('a suppression for other bytes, another version or another path does not apply', async () => {
    for (const extra of [`    sha256: ${'0'.repeat(64)}\n`, "    version: '1.2.2'\n", `    sha256: ${bad.sha256}\n    path: tests/**\n`]) {
      const a = fresh(bad);
      const r = applyPolicy(report([a]), await parsePolicy(sup(extra), 'p.yml'), { now: NOW });
      expect(a.findings.some((f) => f.suppressed)).toBe(false);
      expect(a.flagged).toBe(true);
      expect(r.policy!.unused).toHaveLength(1);
    }
    const a = fresh(bad);
    applyPolicy(report([a]), await parsePolicy(sup(`    sha256: ${bad.sha256}\n    path: tonekit/data/**\n`), 'p.yml'), { now: NOW });
    expect(a.findings.filter((f) => f.suppressed)).toHaveLength(1);
  });

  test('an expired suppression stops applying and is reported', async () => {
    const a = fresh(bad);
    const p = await parsePolicy(sup(`    sha256: ${a.sha256}\n    expires: 2026-04-30\n`), 'p.yml');
    const r = applyPolicy(report([a]), p, { now: NOW });
    expect(a.findings.some((f) => f.suppressed)).toBe(false);
    expect(r.policy!.expired).toEqual([{ package: 'tonekit', rule: 'audio.riff.hidden-payload', reason: 'reviewed', expires: '2026-04-30', file: 'p.yml', line: 2 }]);
    // on its last day it still applies
    const b = fresh(bad);
    applyPolicy(report([b]), p, { now: new Date('2026-04-30T23:59:00Z') });
    expect(b.findings.some((f) => f.suppressed)).toBe(true);
  });

  test('a denylisted package fails whatever its score; a version list limits it', async () => {
    const p = await parsePolicy("deny:\n  - package: TONEKIT\n    versions: ['1.2.0']\n    reason: pulled by upstream\n", 'p.yml');
    const g = fresh(good);
    const b = fresh(bad);
    b.version = '1.2.1';
    const r = applyPolicy(report([g, b]), p, { now: NOW });
    expect(g).toMatchObject({ score: 0, flagged: true, denied: 'pulled by upstream' });
    expect(b.denied).toBeUndefined();
    expect(r.stats.flagged).toBe(2);
    expect(r.policy!.denied).toBe(1);
  });

  test('weight overrides re-scale findings; weight 0 silences a rule', async () => {
    const a = fresh(bad);
    applyPolicy(report([a]), await parsePolicy('weights:\n  audio.riff.hidden-payload: 0\n  payload.encoded-executable: 4.5\n', 'p.yml'), { now: NOW });
    const hp = a.findings.find((f) => f.rule === 'audio.riff.hidden-payload')!;
    const pe = a.findings.find((f) => f.rule === 'payload.encoded-executable')!;
    expect([hp.score, hp.originalScore]).toEqual([0, 9]);
    expect([pe.score, pe.originalScore]).toEqual([4.5, 9]);
    expect(a.score).toBe(scoreArtifact(a.findings, rules).score);
    expect(a.scoreBreakdown).toEqual(scoreArtifact(a.findings, rules).breakdown);
  });

  test('no policy: verdicts are refreshed for the report threshold (cached verdicts made under another one)', () => {
    const a = artifact({ score: 5, flagged: false });
    const r = report([a], { threshold: 4 });
    applyPolicy(r, null);
    expect(a.flagged).toBe(true);
    expect(r.stats.flagged).toBe(1);
    expect(r.policy).toBeUndefined();
  });
});

describe('baselines', () => {
  test('a baseline suppresses today\'s findings and nothing else: new bytes still fail', async () => {
    const first = report([fresh(bad), fresh(good), artifact({ package: null, file: 'odd.zip', findings: [{ rule: 'archive.corrupt', path: 'x', score: 3, message: 'm' }] })]);
    const b = buildBaseline(first, NOW);
    expect(b.entries).toBe(new Set(bad.findings.map((f) => f.rule)).size);
    expect(b.skipped).toEqual(['odd.zip']);
    expect(b.text).toMatch(/^# Baseline written by pypi-stego-scan/);
    expect(b.text).toContain(`sha256: ${bad.sha256}`);
    const policy = await parsePolicy(b.text, 'baseline.yml');
    expect(policy.suppressions.every((s) => s.reason === 'baseline' && s.sha256 === bad.sha256 && s.version === '1.2.1')).toBe(true);

    const again = applyPolicy(report([fresh(bad), fresh(good)]), policy, { now: NOW });
    expect(again.stats.flagged).toBe(0);
    expect(again.artifacts[0].findings.every((f) => f.suppressed)).toBe(true);
    expect(again.artifacts[0].score).toBe(0);

    const rebuilt = await scanWheel('tonekit-1.2.1-py3-none-any.whl', telnyxWheel('tonekit', '1.2.1'), {});
    const tampered = await scanWheel('tonekit-1.2.1-py3-none-any.whl', new Uint8Array([...telnyxWheel('tonekit', '1.2.1'), 0]));
    expect(tampered.sha256).not.toBe(bad.sha256);
    const later = applyPolicy(report([rebuilt, tampered]), policy, { now: NOW });
    expect(later.artifacts[0].flagged).toBe(rebuilt.sha256 !== bad.sha256);
    expect(later.artifacts[1].flagged).toBe(true);
  });
});
