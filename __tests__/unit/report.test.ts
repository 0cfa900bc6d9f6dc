/** Hostile names in the reports: no terminal escapes in text, no markup in the Markdown job summary. */
import { renderMarkdown } from '../../src/report/markdown.js';
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
