/**
 * Hostile-input regressions for the image analyzer: text that made trimming or the code pattern quadratic, the
 * per-file decoder budget (must end `incomplete`), and a BMP whose pixel offset points past the end of the file.
 */
import { imageAnalyzer } from '../../src/analyzers/image.js';
import { exifTexts } from '../../src/analyzers/image-exif.js';
import { scanText } from '../../src/analyzers/image-text.js';
import { parseBmp } from '../../src/formats/bmp.js';
import { runAnalyzer, ruleIds } from '../helpers/analyze.js';
import { bmp, concat, exif, fakePE, png, pngChunk, randomBytes } from '../helpers/image.js';

describe('text scanning stays linear', () => {
  test('an EXIF string with a long NUL run that is not at the end', () => {
    const t = exifTexts(exif({ 0x010e: '\0'.repeat(500_000) + 'abc' }, false));
    expect(t[0].text.endsWith('abc')).toBe(true);
  });

  test('"wget" options repeated without a URL', () => {
    expect(scanText('-wget '.repeat(100_000)).signals).toEqual([]);
    expect(scanText('wget -q -nv https://x.example/a').signals.map((s) => s.kind)).toContain('code');
  });
});

describe('limits', () => {
  test('more regions than the per-file decoder budget: incomplete, not silently skipped', async () => {
    const chunks = [];
    for (let i = 0; i < 80; i++) chunks.push(pngChunk('prVx', randomBytes(300, i + 1)));
    const r = await runAnalyzer(imageAnalyzer, 'a.png', png({ after: chunks }));
    expect(r.incomplete.join(' ')).toMatch(/image: more than \d+ regions to decode/);
  });
});

describe('BMP pixel offset past the end of the file', () => {
  test('the bytes after the headers are trailing data and are inspected', async () => {
    const b = bmp();
    const head = b.slice(0, 14 + 40);
    head.set([0x00, 0xff, 0xff, 0x7f], 10); // bfOffBits far past the end
    const d = concat(head, fakePE(2048));
    const s = parseBmp(d);
    expect(s.trailing).toEqual({ offset: 54, length: d.length - 54 });
    expect(ruleIds(await runAnalyzer(imageAnalyzer, 'a.bmp', d))).toContain('image.embedded-payload');
  });
});
