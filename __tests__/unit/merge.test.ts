/** src/merge.ts: reading JSON reports back (strictly), and combining them (shards all there, once; same settings). */
import { render } from '../../src/report/index.js';
import { renderText } from '../../src/report/text.js';
import { renderSummary } from '../../src/report/summary.js';
import { exitCode } from '../../src/run.js';
import { mergeReports, MergeError, parseReport } from '../../src/merge.js';
import { parsePolicy } from '../../src/policy/config.js';
import { applyPolicy } from '../../src/policy/index.js';
import type { ScanReport } from '../../src/types.js';
import { artifact, report } from '../helpers/reports.js';

function shardReport(index: number, count: number, artifacts = [artifact({ file: `p${index}-1.0-py3-none-any.whl`, package: `p${index}`, sha256: String(index).repeat(64) })], extra: Partial<ScanReport> = {}): ScanReport {
  return { ...report(artifacts), shard: { index, count }, ...extra };
}
const asInputs = (rs: ScanReport[]) => rs.map((report, i) => ({ file: `r${i + 1}.json`, report: JSON.parse(render(report, 'json')) as ScanReport }));

describe('reading a report', () => {
  test('what render(report, "json") writes reads back equal', () => {
    const r = shardReport(2, 3, [artifact({ findings: [{ rule: 'strings.url', path: 'a/b.py', score: 2, message: 'm', offset: 3, evidence: { url: 'hxxp://x' } }], requiredBy: [{ file: 'req.txt', line: 2, requirement: 'pkg==1.0' }], fetchedVia: 'pip' })]);
    r.notes = [{ file: 'req.txt', line: 4, requirement: 'x ; sys_platform == "win32"', message: 'not for this environment' }];
    r.stats.fetchSeconds = 1.5;
    r.pip = 'pip 24.0';
    expect(parseReport(render(r, 'json'), 'r.json')).toEqual(r);
  });

  test.each([
    ['not JSON', 'this is text', /r\.json: not a JSON file/],
    ['a SARIF log', JSON.stringify({ $schema: 'https://x', version: '2.1.0', runs: [] }), /r\.json: a SARIF log, not a JSON report/],
    ['another tool', JSON.stringify({ tool: { name: 'bandit', version: '1' } }), /r\.json: not a JSON report of pypi-stego-scan \(made by "bandit"\)/],
    ['a list', '[]', /r\.json: not a JSON report of pypi-stego-scan/],
    ['no artifacts', JSON.stringify({ ...report([]), artifacts: undefined }), /r\.json: not a valid pypi-stego-scan JSON report: report\.artifacts: missing/],
    ['findings not a list', JSON.stringify(report([{ ...artifact(), findings: 'x' } as never])), /report\.artifacts\[0\]\.findings: expected a list/],
    ['a score that is not a number', JSON.stringify(report([{ ...artifact(), score: '10' } as never])), /report\.artifacts\[0\]\.score: expected a number/],
    ['an unknown status', JSON.stringify(report([{ ...artifact(), status: 'fine' } as never])), /report\.artifacts\[0\]\.status: expected one of scanned, incomplete, error/],
    ['a shard out of range', JSON.stringify({ ...report([]), shard: { index: 5, count: 4 } }), /shard 5\/4 is out of range/],
    ['a shard that is not whole', JSON.stringify({ ...report([]), shard: { index: 1.5, count: 4 } }), /report\.shard\.index: expected a whole number/],
  ])('%s is refused, naming the file and what is wrong', (_what, text, message) => {
    expect(() => parseReport(text, 'r.json')).toThrow(MergeError);
    expect(() => parseReport(text, 'r.json')).toThrow(message);
  });
});

describe('merging', () => {
  test('all shards: one report with every artifact, errors and notes once, totals recomputed, the verdict of all', () => {
    const flagged = artifact({ file: 'bad-1.0-py3-none-any.whl', package: 'bad', sha256: 'f'.repeat(64), score: 9, flagged: true });
    const a = shardReport(1, 3, [artifact({ file: 'a-1.0-py3-none-any.whl', sha256: 'a'.repeat(64) })], { errors: [{ target: 'missing.txt', message: 'no such file or directory' }], notes: [{ file: 'r.txt', line: 1, requirement: 'x', message: 'n' }] });
    const b = shardReport(2, 3, [flagged], { errors: [{ target: 'missing.txt', message: 'no such file or directory' }], pip: 'pip 24.0' });
    const c = shardReport(3, 3, [], { notes: [{ file: 'r.txt', line: 2, requirement: 'y', message: 'n' }] });
    a.stats.seconds = 1;
    b.stats.seconds = 2;
    c.stats.seconds = 4;
    b.stats.fetchSeconds = 3;
    const { report: m, warnings } = mergeReports(asInputs([c, a, b]));
    expect(warnings).toEqual([]);
    expect(m.artifacts.map((x) => x.file)).toEqual(['a-1.0-py3-none-any.whl', 'bad-1.0-py3-none-any.whl']);
    expect(m.errors).toEqual([{ target: 'missing.txt', message: 'no such file or directory' }]);
    expect(m.notes).toHaveLength(2);
    expect(m.stats).toMatchObject({ artifacts: 2, flagged: 1, incomplete: 0, seconds: 7, fetchSeconds: 3, files: 6, bytes: 2000 });
    expect(m.pip).toBe('pip 24.0');
    expect(m.shard).toBeUndefined();
    expect(m.merged).toEqual({ reports: 3, shards: 3 });
    expect(exitCode(m)).toBe(2);
    expect(renderText(m)).toMatch(/merged from the reports of all 3 shard\(s\)/);
    expect(renderSummary(m)).toMatch(/merged from the reports of all 3 shard\(s\)/);
  });

  test('a shard report says which shard it is, in text and Markdown', () => {
    const r = shardReport(2, 4);
    expect(renderText(r)).toMatch(/^shard 2 of 4: only this shard's part/m);
    expect(renderSummary(r)).toMatch(/^shard 2 of 4: only this shard's part/m);
  });

  test('a missing shard is an error naming it, never a partial verdict', () => {
    expect(() => mergeReports(asInputs([shardReport(1, 4), shardReport(2, 4), shardReport(4, 4)]))).toThrow(/missing shard report\(s\): 3\/4/);
    expect(() => mergeReports(asInputs([shardReport(2, 2)]))).toThrow(/missing shard report\(s\): 1\/2/);
  });

  test('a shard given twice is an error naming both files', () => {
    expect(() => mergeReports(asInputs([shardReport(1, 2), shardReport(2, 2), shardReport(2, 2)]))).toThrow(/shard 2\/2 is given 2 times \(r2\.json, r3\.json\)/);
  });

  test('shards of different splits, and shard reports mixed with whole ones, do not merge', () => {
    expect(() => mergeReports(asInputs([shardReport(1, 2), shardReport(2, 3)]))).toThrow(/split differently/);
    expect(() => mergeReports(asInputs([shardReport(1, 1), report([artifact()])]))).toThrow(/r2\.json is not a shard report/);
  });

  test('reports of other versions, rules or thresholds do not merge', () => {
    const other = shardReport(2, 2);
    other.tool = { ...other.tool, rulesVersion: '0000000000000000' };
    expect(() => mergeReports(asInputs([shardReport(1, 2), other]))).toThrow(/different versions of pypi-stego-scan or its rules/);
    const older = shardReport(2, 2);
    older.tool = { ...older.tool, version: '0.0.9' };
    expect(() => mergeReports(asInputs([shardReport(1, 2), older]))).toThrow(/different versions/);
    expect(() => mergeReports(asInputs([shardReport(1, 2), { ...shardReport(2, 2), threshold: 5 }]))).toThrow(/different thresholds: r1\.json: 7, r2\.json: 5/);
    expect(() => mergeReports(asInputs([shardReport(1, 1)]), { threshold: 5 })).toThrow(/made with threshold 7, not 5/);
  });

  test('reports made by another version than this one merge, with a warning', () => {
    const rs = [shardReport(1, 2), shardReport(2, 2)].map((r) => ({ ...r, tool: { name: 'pypi-stego-scan', version: '9.9.9', rulesVersion: 'ffff' } }));
    const { warnings } = mergeReports(asInputs(rs));
    expect(warnings.join()).toMatch(/made by pypi-stego-scan 9\.9\.9 \(rules ffff\)/);
  });

  test('unsharded reports: a plain union', () => {
    const { report: m } = mergeReports(asInputs([report([artifact({ file: 'x-1.0-py3-none-any.whl' })]), report([artifact({ file: 'y-1.0-py3-none-any.whl', flagged: true, score: 8 })])]));
    expect(m.artifacts.map((a) => a.file)).toEqual(['x-1.0-py3-none-any.whl', 'y-1.0-py3-none-any.whl']);
    expect(m.merged).toEqual({ reports: 2 });
    expect(exitCode(m)).toBe(1);
  });

  test('failing closed: the merged report fails on incomplete artifacts when any report did, unless told otherwise', () => {
    const inc = shardReport(2, 2, [artifact({ status: 'incomplete', reasons: ['encrypted member'] })]);
    const rs = [{ ...shardReport(1, 2), failOnIncomplete: false }, inc];
    expect(exitCode(mergeReports(asInputs(rs)).report)).toBe(1);
    expect(exitCode(mergeReports(asInputs(rs), { failOnIncomplete: false }).report)).toBe(0);
  });
});

describe('policies', () => {
  const policyText = `suppressions:\n  - package: pkg-a\n    version: '1.0'\n    rule: strings.url\n    reason: docs link\n  - package: pkg-b\n    version: '1.0'\n    rule: strings.url\n    reason: docs link\n  - package: nowhere\n    version: '1.0'\n    rule: strings.url\n    reason: stale\ndeny:\n  - package: evil\n    reason: known bad\n`;
  const policy = () => parsePolicy(policyText, 'policy.yml');
  const withUrl = (pkg: string, sha: string) => artifact({ file: `${pkg}-1.0-py3-none-any.whl`, package: pkg, sha256: sha.repeat(64), findings: [{ rule: 'strings.url', path: `${pkg}/x.py`, score: 3, message: 'url' }], score: 3 });
  const shards = async () => [applyPolicy(shardReport(1, 2, [withUrl('pkg-a', 'a')]), await policy()), applyPolicy(shardReport(2, 2, [withUrl('pkg-b', 'b'), artifact({ file: 'evil-1.0-py3-none-any.whl', package: 'evil', sha256: 'e'.repeat(64) })]), await policy())];

  test('without --config: the shards\' policy summaries combine (a suppression is unused only if no shard used it)', async () => {
    const [a, b] = await shards();
    // Each shard alone calls the other shard's suppression unused.
    expect(a.policy!.unused.map((u) => u.package).sort()).toEqual(['nowhere', 'pkg-b']);
    const { report: m } = mergeReports(asInputs([a, b]));
    expect(m.policy).toMatchObject({ file: 'policy.yml', suppressedFindings: 2, denied: 1 });
    expect(m.policy!.unused.map((u) => u.package)).toEqual(['nowhere']);
    expect(m.artifacts.find((x) => x.package === 'evil')).toMatchObject({ flagged: true, denied: 'known bad' });
    expect(exitCode(m)).toBe(1);
  });

  test('with --config: applied again to the merged report, as to a scan of everything', async () => {
    const { report: m } = mergeReports(asInputs(await shards()), { policy: await policy() });
    expect(m.policy!.unused.map((u) => u.package)).toEqual(['nowhere']);
    expect(m.policy!.suppressedFindings).toBe(2);
    // A different policy replaces the shards' effects: nothing suppressed, nothing denied any more.
    const { report: m2 } = mergeReports(asInputs(await shards()), { policy: await parsePolicy('suppressions: []\n', 'other.yml') });
    expect(m2.artifacts.flatMap((x) => x.findings).some((f) => f.suppressed)).toBe(false);
    expect(m2.artifacts.some((x) => x.denied)).toBe(false);
    expect(m2.stats.flagged).toBe(0);
  });

  test('shards made with different policies do not merge without --config', async () => {
    const [a] = await shards();
    expect(() => mergeReports(asInputs([a, shardReport(2, 2)]))).toThrow(/different policies: r1\.json: policy\.yml, r2\.json: no policy/);
  });
});
