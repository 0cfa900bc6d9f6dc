/** Hostile names in the reports: no terminal escapes in text, no markup in the Markdown job summary. */
import { renderSummary as renderMarkdown } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { buildReport, errorReport } from '../../src/run.js';
import { defaultOptions } from '../../src/options.js';
import type { ArtifactReport } from '../../src/types.js';

function report(file: string, findingPath: string): ReturnType<typeof buildReport> {
  const a: ArtifactReport = { ...errorReport(`/d/${file}`, file, 'ab'.repeat(32), 10, 'x'), status: 'incomplete', reasons: [`${findingPath}: could not be read`] };
  a.findings = [{ rule: 'archive.corrupt', path: findingPath, score: 3, message: `bad ${findingPath}` }];
  return buildReport([a], [], defaultOptions(), 0.1);
}

test('a file name cannot close the <details> block or add HTML to the job summary', () => {
  const md = renderMarkdown(report('x</summary></details><img src=x onerror=alert(1)>.whl', '<script>a</script>|`b`'));
  expect(md).not.toMatch(/(?<!\\)<(img|script|\/summary><)/);
  expect(md.match(/<\/details>/g)).toHaveLength(1);
  expect(md.match(/<summary>/g)).toHaveLength(1);
  expect(md).toContain('x&#60;/summary&#62;&#60;/details&#62;&#60;img');
});

test('terminal escapes and bidi overrides are neutralised in the text report', () => {
  const t = renderText(report('a\u001b]0;pwned\u0007.whl', 'p/\u202eyp.exe\u009b31m'));
  expect(t).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
  expect(t).toContain('\\u001b]0;pwned');
});

test('the text report says where an artifact was required, what the policy suppressed and what was not fetched', () => {
  const r = report('p-1.whl', 'a.wav');
  const a = r.artifacts[0];
  a.requiredBy = [{ file: 'requirements.txt', line: 3, requirement: 'p==1' }];
  a.findings[0].suppressed = true;
  a.findings[0].suppression = { reason: 'reviewed: test tone', expires: null, file: 'policy.yml', line: 4 };
  r.notes = [{ file: 'requirements.txt', line: 5, requirement: 'winonly; sys_platform == "win32"', message: 'excluded by its marker' }];
  r.stats.fetchSeconds = 1.25;
  r.pip = 'pip 23.2.1';
  const t = renderText(r);
  expect(t).toContain('required by requirements.txt:3: p==1');
  expect(t).toContain('[suppressed: reviewed: test tone]');
  expect(t).toContain('requirements.txt:5: winonly; sys_platform == "win32": excluded by its marker');
  expect(t).toMatch(/\(fetching 1\.3 s, [\d.]+ s of artifact scans added up\); fetched with pip 23\.2\.1/);
  r.stats.scanSeconds = 3;
  r.stats.threads = 0;
  expect(renderText(r)).toMatch(/\(fetching 1\.3 s, scanning 3\.0 s on the main thread\)/);
});
