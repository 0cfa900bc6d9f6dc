/** SARIF 2.1.0: valid against the official schema, one rule per rule id, results on the manifest line, stable ids. */
import fs from 'node:fs';
import { headingAnchor, renderSarif, ruleDocs, sarifUri, toSarif } from '../../src/report/sarif.js';
import { allRules } from '../../src/analyzers/index.js';
import { applyPolicy, parsePolicy } from '../../src/policy/index.js';
import type { ArtifactReport } from '../../src/types.js';
import { artifact, cleanWheel, report, scanWheel, telnyxWheel } from '../helpers/reports.js';
import { validateSarif } from '../helpers/sarif-schema.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let bad: ArtifactReport;
let good: ArtifactReport;
beforeAll(async () => {
  bad = await scanWheel('tonekit-1.2.1-py3-none-any.whl', telnyxWheel(), { requiredBy: [{ file: 'requirements.txt', line: 3, requirement: 'tonekit==1.2.1' }, { file: 'sub/requirements-dev.txt', line: 9, requirement: 'tonekit' }] });
  good = await scanWheel('tonekit-1.2.0-py3-none-any.whl', cleanWheel());
});

const results = (log: Json): Json[] => log.runs[0].results;

test('the schema check itself rejects what is not SARIF', () => {
  expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] }).join()).toMatch(/message/);
  expect(validateSarif({ version: '2.0.0', runs: [] })).not.toEqual([]);
});

test('a flagged artifact: valid SARIF, results on the manifest line, file and inner path in the message', () => {
  const log = toSarif(report([structuredClone(bad), structuredClone(good)]), { rulesDocFile: 'docs/rules.md', rulesDocUrl: 'https://github.com/o/r/blob/v1/docs/rules.md' }) as Json;
  expect(validateSarif(log)).toEqual([]);
  const res = results(log);
  // one result per rule with unsuppressed findings on the flagged artifact; nothing for the clean one
  expect(res.map((r) => r.ruleId).sort()).toEqual([...new Set(bad.findings.map((f) => f.rule))].sort());
  expect(res[0].level).toBe('error');
  const top = res.find((r) => r.ruleId === 'payload.encoded-executable')!;
  expect(top.level).toBe('error');
  expect(top.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'requirements.txt' }, region: { startLine: 3 } });
  expect(top.relatedLocations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'sub/requirements-dev.txt' }, region: { startLine: 9 } });
  expect(top.message.text).toContain('tonekit-1.2.1-py3-none-any.whl!/tonekit/data/ring.wav');
  expect(top.properties).toMatchObject({ package: 'tonekit', version: '1.2.1', sha256: bad.sha256, score: 10, innerPath: 'tonekit/data/ring.wav', flagged: true });
  const pe = top;
  expect(pe.properties.evidence.layers).toMatch(/base64/);
  const rules: Json[] = log.runs[0].tool.driver.rules;
  expect(rules[pe.ruleIndex].id).toBe('payload.encoded-executable');
});

test('one rule per rule id, with help from docs/rules.md, a helpUri anchor and a security severity', () => {
  const log = toSarif(report([]), { rulesDocFile: 'docs/rules.md', rulesDocUrl: 'https://github.com/o/r/blob/v1/docs/rules.md' }) as Json;
  const rules: Json[] = log.runs[0].tool.driver.rules;
  const ids = rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expect.arrayContaining([...allRules().keys(), 'scan.incomplete', 'policy.denied']));
  const docs = fs.readFileSync('docs/rules.md', 'utf8');
  for (const r of rules) {
    const meta = allRules().get(r.id);
    if (meta) expect(r.properties['security-severity']).toBe(meta.weight.toFixed(1));
    expect(Number(r.properties['security-severity'])).toBeGreaterThan(0);
    expect(r.helpUri).toBe(`https://github.com/o/r/blob/v1/docs/rules.md#${headingAnchor(r.id)}`);
    if (!meta) expect(docs).toContain(`## ${r.id}`); // analyzer rules: scoring.test.ts checks them
  }
  const riff = rules.find((r) => r.id === 'audio.riff.hidden-payload')!;
  expect(riff.help.text).toContain(ruleDocs(docs).get('audio.riff.hidden-payload')!.slice(0, 100));
  expect(headingAnchor('payload.encoded-executable')).toBe('payloadencoded-executable');
  expect(log.runs[0].tool.driver.informationUri).toBe('https://github.com/o/r');
});

test('not fully scanned and denylisted artifacts are results of their own rules; target errors are notifications', async () => {
  const inc = artifact({ file: 'big-2.0.tar.gz', package: 'big', version: '2.0', status: 'incomplete', reasons: ['big-2.0/x.zst: zstd is not supported here'] });
  const err = artifact({ file: 'broken-1.0-py3-none-any.whl', package: 'broken', status: 'error', reasons: ['not an archive'], requiredBy: [{ file: 'poetry.lock', line: 40, requirement: 'broken 1.0' }] });
  const r = report([inc, err, structuredClone(good)], { errors: [{ target: 'requirements-ci.txt', message: 'no such file or directory' }] });
  applyPolicy(r, await parsePolicy('deny:\n  - package: tonekit\n    reason: do not use\n', 'p.yml'));
  const log = toSarif(r) as Json;
  expect(validateSarif(log)).toEqual([]);
  const res = results(log);
  expect(res.map((x) => [x.ruleId, x.level])).toEqual([
    ['policy.denied', 'error'],
    ['scan.incomplete', 'error'],
    ['scan.incomplete', 'error'],
  ]);
  const [, a, b] = res;
  expect([a, b].map((x) => x.properties.package).sort()).toEqual(['big', 'broken']);
  const brokenRes = [a, b].find((x) => x.properties.package === 'broken')!;
  expect(brokenRes.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'poetry.lock' }, region: { startLine: 40 } });
  expect(brokenRes.message.text).toMatch(/could not be fully scanned \(it could not be opened\): not an archive/);
  const direct = [a, b].find((x) => x.properties.package === 'big')!;
  expect(direct.locations[0].physicalLocation.artifactLocation.uri).toBe('dl/big-2.0.tar.gz'); // given directly: the artifact itself
  expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
  expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('requirements-ci.txt: no such file or directory');
  // advisory about incomplete scans: a warning, not an error
  const adv = toSarif(report([structuredClone(inc)], { failOnIncomplete: false })) as Json;
  expect(results(adv)[0].level).toBe('warning');
});

test('suppressed findings are not results (they are in the JSON report); an artifact under the threshold has none', async () => {
  const a = structuredClone(bad);
  const r = report([a]);
  applyPolicy(r, await parsePolicy(`suppressions:\n  - package: tonekit\n    rule: audio.riff.text-samples\n    sha256: ${a.sha256}\n    reason: ok\n`, 'p.yml'));
  const res = results(toSarif(r) as Json);
  expect(res.map((x) => x.ruleId)).not.toContain('audio.riff.text-samples');
  expect(res[0].properties.suppressedFindings).toBe(1);
  const low = report([artifact({ score: 3, findings: [{ rule: 'audio.riff.text-samples', path: 'a.wav', score: 3, message: 'text' }] })]);
  expect(results(toSarif(low) as Json)).toEqual([]);
});

test('partial fingerprints are stable across runs and differ between artifacts and rules', async () => {
  const again = await scanWheel('tonekit-1.2.1-py3-none-any.whl', telnyxWheel(), { requiredBy: [{ file: 'requirements.txt', line: 7, requirement: 'tonekit==1.2.1' }] });
  const fp = (a: ArtifactReport) => results(toSarif(report([structuredClone(a)])) as Json).map((x) => `${x.ruleId} ${x.partialFingerprints['pypiStegoScan/v1']}`);
  const first = fp(bad);
  expect(fp(again)).toEqual(first); // the line moved: the alert is the same
  expect(new Set(first.map((s) => s.split(' ')[1])).size).toBe(first.length);
  const other = await scanWheel('other-1.0-py3-none-any.whl', telnyxWheel('other', '1.0'), { requiredBy: bad.requiredBy });
  expect(fp(other).some((x) => first.includes(x))).toBe(false);
});

test('hostile names stay text: no control characters, paths percent-encoded, still valid', () => {
  const a = artifact({
    file: 'x\u001b]0;pwn\u0007-1.0.whl',
    package: 'x\u202e',
    score: 9,
    flagged: true,
    findings: [{ rule: 'payload.encoded-executable', path: 'a b/\u001b[31m#?.wav', score: 9, message: 'decodes to\nPE\r\n', evidence: { preview: 'MZ\u0000\u0090' } }],
    requiredBy: [{ file: 'reqs dir/requirements #1.txt', line: 2, requirement: 'x\u001b' }],
  });
  const log = toSarif(report([a])) as Json;
  expect(validateSarif(log)).toEqual([]);
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(results(log));
  expect(strings.filter((s) => /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s))).toEqual([]);
  expect(results(log)[0].message.text).toContain('\\u001b]0;pwn'); // shown, neutralised
  expect(results(log)[0].locations[0].physicalLocation.artifactLocation.uri).toBe('reqs%20dir/requirements%20%231.txt');
});

test('paths are made relative to the checkout; results are capped', () => {
  expect(sarifUri('/work/repo/sub/requirements.txt', '/work/repo')).toBe('sub/requirements.txt');
  expect(sarifUri('/elsewhere/dl/pkg-1.0.whl', '/work/repo')).toBe('pkg-1.0.whl');
  expect(sarifUri('./requirements.txt', undefined)).toBe('requirements.txt');
  const many = Array.from({ length: 30 }, (_, i) => artifact({ file: `p${i}-1.0.whl`, package: `p${i}`, status: 'incomplete', reasons: ['limit'] }));
  const log = toSarif(report(many), { maxResults: 10 }) as Json;
  expect(results(log)).toHaveLength(10);
  expect(log.runs[0].properties.resultsNotWritten).toBe(20);
  expect(JSON.parse(renderSarif(report([])))).toMatchObject({ version: '2.1.0' });
});
