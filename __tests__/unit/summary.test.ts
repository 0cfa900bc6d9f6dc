/** The job summary: verdict, table with where each artifact is required, details, policy, timing, 1 MiB budget. */
import { renderSummary, fails } from '../../src/report/summary.js';
import { applyPolicy, parsePolicy } from '../../src/policy/index.js';
import type { ArtifactReport } from '../../src/types.js';
import { allRules } from '../../src/analyzers/index.js';
import { scoreArtifact } from '../../src/scoring/index.js';
import { artifact, cleanWheel, report, scanWheel } from '../helpers/reports.js';

let bad: ArtifactReport;
let good: ArtifactReport;
beforeAll(async () => {
  // a flagged artifact as the scanner reports it, with fixed findings (what the analyzers find evolves)
  bad = artifact({
    file: 'tonekit-1.2.1-py3-none-any.whl',
    package: 'tonekit',
    version: '1.2.1',
    sha256: 'cd'.repeat(32),
    findings: [
      { rule: 'payload.encoded-executable', path: 'tonekit/data/ring.wav', score: 9, message: 'base64 run of 5472 characters at offset 44 decodes to PE executable', offset: 44 },
      { rule: 'audio.riff.text-samples', path: 'tonekit/data/ring.wav', score: 3, message: "'data' chunk of 5472 bytes is printable text, not audio" },
      { rule: 'audio.riff.suspicious-text', path: 'tonekit/data/ring.wav', score: 2, message: 'long base64 run of binary data' },
    ],
    requiredBy: [{ file: 'requirements.txt', line: 3, requirement: 'tonekit==1.2.1' }],
  });
  const { score, breakdown } = scoreArtifact(bad.findings, allRules());
  Object.assign(bad, { score, scoreBreakdown: breakdown, flagged: true });
  good = await scanWheel('tonekit-1.2.0-py3-none-any.whl', cleanWheel());
});

test('a flagged artifact: failing verdict, table row with score, findings and file:line, collapsible details', () => {
  const r = report([structuredClone(bad), structuredClone(good)], { seconds: 2.5 });
  r.stats.fetchSeconds = 1.25;
  r.pip = 'pip 24.0 from /usr/lib/python3/dist-packages/pip (python 3.11)';
  const md = renderSummary(r, { failOn: 'incomplete', reportJson: '/tmp/r/report.json', sarifFile: '/tmp/r/results.sarif', reportDir: '/tmp/r', notices: ['changed-only: 1 package(s) added or changed since abc'] });
  expect(md.split('\n')[0]).toBe('## ❌ pypi-stego-scan: 1 flagged, 0 not fully scanned, 2 artifact(s)');
  expect(md).toContain('- changed-only: 1 package(s) added or changed since abc');
  const row = md.split('\n').find((l) => l.startsWith('| FLAGGED'))!;
  expect(row).toBe('| FLAGGED | 10 | tonekit | 1.2.1 | `payload.encoded-executable` 9 tonekit/data/ring.wav<br>`audio.riff.text-samples` 3 tonekit/data/ring.wav<br>`audio.riff.suspicious-text` 2 tonekit/data/ring.wav | requirements.txt:3 |');
  expect(md).toContain('<summary>tonekit-1.2.1-py3-none-any.whl: FLAGGED, score 10, 3 finding(s)</summary>');
  expect(md).toContain('- requirements.txt:3: tonekit==1.2.1');
  expect(md).toContain(`- score: worst file tonekit/data/ring.wav = 10 (${Object.entries(bad.scoreBreakdown.categories).map(([k, v]) => `${k} ${v}`).join(', ')}); threshold 7`);
  expect(md).toContain('| 9 | `payload.encoded-executable` | tonekit/data/ring.wav | base64 run of 5472 characters at offset 44 decodes to PE executable |');
  expect(md).not.toContain('tonekit-1.2.0'); // clean artifacts are in the totals only
  expect(md).toMatch(/2 artifact\(s\), \d+ file\(s\), [\d.]+ MB; 2\.5 s in all, fetching 1\.3 s, [\d.]+ s of artifact scans added up\. Fetched with pip 24\.0/);
  // a scan on worker threads: its wall-clock time and thread count, besides the per-artifact times added up
  r.stats.scanSeconds = 0.75;
  r.stats.threads = 2;
  expect(renderSummary(r, { failOn: 'incomplete' })).toMatch(/fetching 1\.3 s, scanning 0\.8 s on 2 worker thread\(s\), [\d.]+ s of artifact scans added up\./);
  expect(md).toContain('Written: JSON report `/tmp/r/report.json`, SARIF `/tmp/r/results.sarif`, report folder `/tmp/r`.');
  expect(md.match(/<details>/g)).toHaveLength(1);
  expect(md.match(/<\/details>/g)).toHaveLength(1);
});

test('requirements not fetched for a reason that is not a failure are listed with their line', () => {
  const r = report([structuredClone(good)]);
  r.notes = [{ file: 'requirements.txt', line: 4, requirement: 'pywin32==306; sys_platform == "win32"', message: 'excluded by its marker on this platform' }];
  const md = renderSummary(r);
  expect(md).toContain('<summary>1 requirement(s) not fetched, for reasons that are not failures</summary>');
  expect(md).toContain('- requirements.txt:4: pywin32==306; sys\\_platform == "win32": excluded by its marker on this platform');
});

test('verdict lines follow fail-on', () => {
  const inc = () => report([artifact({ status: 'incomplete', reasons: ['a.zst: zstd not supported'] })]);
  expect(renderSummary(inc(), { failOn: 'incomplete' })).toMatch(/^## ❌ .* 0 flagged, 1 not fully scanned/);
  expect(renderSummary(inc(), { failOn: 'flagged' })).toMatch(/^## ⚠️ pypi-stego-scan: 0 flagged, 1 not fully scanned/);
  expect(renderSummary(report([structuredClone(bad)]), { failOn: 'never' })).toMatch(/^## ⚠️ pypi-stego-scan \(advisory\): 1 flagged/);
  expect(renderSummary(report([structuredClone(bad)]), { failOn: 'never' })).toContain('Advisory mode (`fail-on: never`)');
  expect(renderSummary(report([structuredClone(good)]))).toMatch(/^## ✅ .*\n\n[^\n]*\n\nNo artifact reached the threshold, and every artifact was fully scanned\./);
  expect(renderSummary(report([]))).toContain('No artifact was scanned.');
  expect([fails(inc(), 'incomplete'), fails(inc(), 'flagged'), fails(inc(), 'never')]).toEqual([true, false, false]);
  const errs = report([], { errors: [{ target: 'requirements.txt', message: 'no such file or directory' }] });
  expect(renderSummary(errs)).toMatch(/^## ❌ .*1 target\(s\) not scanned[\s\S]*- ❌ requirements\.txt: no such file or directory/);
});

test('suppressed findings are listed and marked; the policy line names expired suppressions with their line', async () => {
  const a = structuredClone(bad);
  const r = report([a]);
  applyPolicy(
    r,
    await parsePolicy(`suppressions:\n  - package: tonekit\n    rule: audio.riff.text-samples\n    sha256: ${a.sha256}\n    reason: known chime\n  - package: tonekit\n    rule: audio.riff.suspicious-text\n    version: 1.2.1\n    reason: old\n    expires: 2020-01-01\n`, 'policy.yml'),
  );
  const md = renderSummary(r);
  expect(md).toContain("| 3 | `audio.riff.text-samples` | tonekit/data/ring.wav | 'data' chunk of 5472 bytes is printable text, not audio — *suppressed*: known chime (policy.yml:2) |");
  expect(md).toContain('<summary>1 finding(s) suppressed by the policy (not counted in scores)</summary>');
  expect(md).toContain('| tonekit | 1.2.1 | `audio.riff.text-samples` | tonekit/data/ring.wav | 3 | known chime (policy.yml:2) |');
  expect(md).toContain('**Policy** policy.yml: 1 finding(s) suppressed');
  expect(md).toContain('- ⏰ expired on 2020-01-01, no longer applies: `audio.riff.suspicious-text` on tonekit (policy.yml:6): old');
});

test('hostile names and messages cannot add markup or close the details block', () => {
  const evil = 'x</summary></details><img src=x onerror=alert(1)>|`*_[a](javascript:alert(1))';
  const a = artifact({
    file: `${evil}.whl`,
    package: evil,
    version: '1<b>',
    score: 9,
    flagged: true,
    findings: [{ rule: 'payload.encoded-executable', path: `${evil}/a.wav`, score: 9, message: `decodes to ${evil}\n## heading` }],
    reasons: [],
    requiredBy: [{ file: `req${evil}.txt`, line: 1, requirement: evil }],
    attachments: [{ path: 'a.wav', name: 'spectrogram.png', mime: 'image/png', caption: evil, file: `ab/0-${evil}.png` }],
  });
  const md = renderSummary(report([a]), { notices: [evil] });
  // escaped markup (`\\<img`, `\\](`) is text in GitHub Markdown; entities inside the raw-HTML <summary>
  expect(md).not.toMatch(/(?<!\\)<(img|b>|\/summary><)/);
  expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
  expect(md.match(/<\/details>/g)).toHaveLength(1);
  expect(md.match(/<summary>/g)).toHaveLength(1);
  expect(md).not.toMatch(/\n## heading/);
  // every table row has the same number of unescaped pipes as its header
  for (const line of md.split('\n').filter((l) => l.startsWith('| FLAGGED'))) expect(line.split(/(?<!\\)\|/).length).toBe(8);
});

test('the summary stays under the byte budget, cutting details first, with a note pointing to the JSON report', () => {
  const many: ArtifactReport[] = Array.from({ length: 400 }, (_, i) =>
    artifact({
      file: `p${i}-1.0-py3-none-any.whl`,
      package: `p${i}`,
      score: 8,
      flagged: true,
      findings: Array.from({ length: 40 }, (_, j) => ({ rule: 'payload.encoded-executable', path: `p${i}/data/f${j}.wav`, score: 8, message: `base64 run ${'x'.repeat(150)}` })),
    }),
  );
  const r = report(many);
  const budget = 200_000;
  const md = renderSummary(r, { maxBytes: budget, reportJson: 'out/report.json' });
  expect(Buffer.byteLength(md)).toBeLessThanOrEqual(budget);
  expect(md).toMatch(/✂️ The summary is cut to stay under GitHub's 1 MiB limit: \d+ detail section\(s\) are not shown here\. Everything is in the JSON report \(`out\/report\.json`\)/);
  expect(md.match(/<details>/g)!.length).toBe(md.match(/<\/details>/g)!.length);
  expect(md).toContain('| FLAGGED | 8 | p0 |');
  expect(md).toMatch(/400 artifact\(s\)/); // the totals survive the cut
  // default budget: under 1 MiB however large the report
  const huge = renderSummary(report(many.concat(many)));
  expect(Buffer.byteLength(huge)).toBeLessThan(1024 * 1024);
  // a tiny budget cuts the table too
  const tiny = renderSummary(r, { maxBytes: 20_000 });
  expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(20_000);
  expect(tiny).toMatch(/the table is cut here|The summary is cut/);
});
