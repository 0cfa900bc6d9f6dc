/**
 * Archives with a great many members through the real pipeline with the default options: an ordinary 10 000-member
 * wheel is scanned in full; past the member-count limit (100 000, all nesting levels together) the walk stops with a
 * reason. Reading 100 000 members takes seconds, not milliseconds: these cases get a larger time budget (MANY).
 */
import { buildWheel, buildZip, gzip, tarHeader } from '../helpers/archive.js';
import { rawEntry, rawZip, rulesOf, scanMeasured } from './archive-builders.js';

const MANY = { budgetSeconds: 45 };

describe('many members', () => {
  test('a 10 000-member wheel is an ordinary wheel: scanned in full, no findings', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) files[`many/m${i}.py`] = `VALUE = ${i}\n`;
    const m = await scanMeasured('many-1-py3-none-any.whl', buildWheel('many', '1', files), MANY);
    expect(m.report.status).toBe('scanned');
    expect(m.report.findings).toEqual([]);
    expect(m.report.stats.files).toBe(10_003);
    expect(m.exit).toBe(0);
  });

  test('101 000 tiny members (zip64 end records): the member-count limit stops the walk', async () => {
    const entries = Array.from({ length: 101_000 }, (_, i) => rawEntry(`m/f${i}`, '', 0));
    const m = await scanMeasured('m-1.0.zip', rawZip(entries), MANY);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/more than 100000 .*member limit/);
    expect(rulesOf(m.report)).toContain('archive.bomb');
    expect(m.report.stats.files).toBeLessThanOrEqual(100_000);
    expect(m.exit).toBe(1);
  });

  test('101 000 members in a tar.gz: the member-count limit stops the walk', async () => {
    // empty members: one header block each, written into one buffer
    const n = 101_000;
    const tar = Buffer.alloc(n * 512 + 1024);
    for (let i = 0; i < n; i++) tarHeader(`m-1.0/f${i}`, 0, '0').copy(tar, i * 512);
    const t = gzip(tar);
    const m = await scanMeasured('m-1.0.tar.gz', t, MANY);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/more than 100000 members \(member-count limit\)/);
    expect(rulesOf(m.report)).toContain('archive.bomb');
    expect(m.report.stats.files).toBe(100_000);
    expect(m.exit).toBe(1);
  });

  test('archives 20 wide within the depth limit (160 000 leaves): the member-count limit stops the walk', async () => {
    let level: Uint8Array = buildZip(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, data: '' })));
    for (let l = 1; l < 4; l++) {
      const inner = level;
      level = buildZip(Array.from({ length: 20 }, (_, i) => ({ name: `l${l}-${i}.zip`, data: inner })));
    }
    const m = await scanMeasured('wide20-1.0.zip', level, MANY);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/member(-count)? limit/);
    expect(rulesOf(m.report)).toContain('archive.bomb');
    expect(m.report.stats.files).toBe(100_000);
    expect(m.exit).toBe(1);
  });
});
