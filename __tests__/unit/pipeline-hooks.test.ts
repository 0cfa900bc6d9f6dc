/** The pipeline's cross-file hooks: per-artifact scratch, finalize after every file, attachments to the report folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeFile, finalizeArtifact, newArtifactState, toScanFile } from '../../src/analyzers/run.js';
import type { Analyzer } from '../../src/analyzers/types.js';
import { defaultOptions } from '../../src/options.js';
import { errorReport, saveAttachments } from '../../src/run.js';
import type { ArtifactReport } from '../../src/types.js';

const RULE = { id: 'test.cross-file', category: 'code', weight: 4, description: 'test' } as const;

const counter: Analyzer = {
  name: 'counter',
  description: 'counts files, reports on the last one seen in finalize',
  rules: [RULE],
  applies: () => true,
  analyze(file, ctx) {
    const seen = (ctx.scratch.get('counter') as string[] | undefined) ?? [];
    seen.push(file.path);
    ctx.scratch.set('counter', seen);
    ctx.attach({ name: 'pic.png', mime: 'image/png', caption: 'a picture', data: new Uint8Array([1, 2, 3]) });
  },
  finalize(ctx) {
    const seen = ctx.scratch.get('counter') as string[];
    ctx.report(RULE, { message: `${seen.length} files, ${ctx.findings.length} findings before`, path: seen.at(-1) });
    throw new Error('boom after reporting');
  },
};

test('scratch spans the files of one artifact and finalize sees it; a throwing finalize makes the scan incomplete', async () => {
  const state = newArtifactState();
  const opts = defaultOptions();
  const a = await analyzeFile(await toScanFile('a.txt', new Uint8Array([65])), [counter], opts, ['a.txt', 'b.txt'], state);
  const b = await analyzeFile(await toScanFile('b.txt', new Uint8Array([66])), [counter], opts, ['a.txt', 'b.txt'], state);
  expect(a.attachments[0].path).toBe('a.txt');
  expect(b.attachments[0].path).toBe('b.txt');
  const fin = await finalizeArtifact([counter], opts, ['a.txt', 'b.txt'], [], state);
  expect(fin.findings).toEqual([expect.objectContaining({ rule: 'test.cross-file', path: 'b.txt', score: 4, message: '2 files, 0 findings before' })]);
  expect(fin.incomplete[0]).toMatch(/counter failed .*boom/);
});

function withAttachment(flagged: boolean, findingScore: number): ArtifactReport {
  const r = errorReport('/x/p-1.whl', 'p-1.whl', 'ab'.repeat(32), 1, '');
  r.flagged = flagged;
  r.findings = findingScore ? [{ rule: 'x', path: 'a/../../evil name.wav', score: findingScore, message: 'm' }] : [];
  r.attachments = [{ path: 'a/../../evil name.wav', name: 'spectrogram.png', mime: 'image/png', caption: 'c', data: new Uint8Array([9, 9]) }];
  return r;
}

test('attachments are written under the report folder with neutralised names, and their bytes never reach the report', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-att-'));
  try {
    const r = withAttachment(true, 0);
    await saveAttachments(r, dir);
    expect(r.attachments).toHaveLength(1);
    const rel = r.attachments![0].file!;
    expect(rel).toBe(path.join('abababababab', '0-evil_name.wav-spectrogram.png'));
    expect(fs.readFileSync(path.join(dir, rel))).toEqual(Buffer.from([9, 9]));
    expect(JSON.stringify(r)).not.toContain('"data"');

    const weak = withAttachment(false, 1);
    await saveAttachments(weak, dir);
    expect(weak.attachments).toBeUndefined();
    const noDir = withAttachment(true, 9);
    await saveAttachments(noDir, undefined);
    expect(noDir.attachments).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('members analysed away from their artifact (worker threads)', () => {
  test('an analyzer that uses the artifact state without saying so makes the member incomplete, never silently wrong', async () => {
    const { analyzeDetached } = await import('../../src/analyzers/run.js');
    const file = await toScanFile('pkg/a.bin', new Uint8Array(16));
    const r = await analyzeDetached(file, [counter], defaultOptions());
    expect(r.incomplete).toEqual([expect.stringMatching(/^pkg\/a\.bin: analyzer counter failed: artifact state used on a member analysed in another thread/)]);
    // marked as sharing the artifact's state, it is left to the artifact's own thread
    const marked = await analyzeDetached(file, [{ ...counter, sharesArtifactState: true }], defaultOptions());
    expect(marked).toEqual({ findings: [], incomplete: [], attachments: [] });
  });

  test('scanArtifact with a hand-over hook: large members go through it, the report is the same as without', async () => {
    const { scanArtifact, OFFLOAD_MIN_BYTES } = await import('../../src/scan.js');
    const { analyzeDetached } = await import('../../src/analyzers/run.js');
    const { ANALYZERS } = await import('../../src/analyzers/index.js');
    const { buildWheel } = await import('../helpers/archive.js');
    const { fakePE, telnyx, wav } = await import('../helpers/payloads.js');
    const big = new Uint8Array(OFFLOAD_MIN_BYTES + 10).fill(0x41);
    const loader = "import wave, base64\nw = wave.open('x/ring.wav')\nexec(base64.b64decode(w.readframes(99)))\n";
    const data = buildWheel('x', '1.0', { 'x/__init__.py': loader, 'x/ring.wav': wav(telnyx(fakePE())), 'x/big.bin': big, 'x/pad.wav': wav(new Uint8Array(OFFLOAD_MIN_BYTES + 4)) });
    const handed: string[] = [];
    const options = defaultOptions();
    const away = await scanArtifact({ file: 'x-1.0-py3-none-any.whl', path: 'x', data }, options, {
      offload: (m) => {
        handed.push(m.path);
        return toScanFile(m.path, m.data, m.depth).then((f) => analyzeDetached(f, ANALYZERS, options));
      },
    });
    const here = await scanArtifact({ file: 'x-1.0-py3-none-any.whl', path: 'x', data }, options);
    expect(handed.sort()).toEqual(['x/big.bin', 'x/pad.wav']);
    const view = (r: ArtifactReport) => ({ score: r.score, status: r.status, reasons: r.reasons, findings: r.findings.map((f) => `${f.rule} ${f.path} ${f.score}`).sort() });
    expect(view(away)).toEqual(view(here));
    expect(here.flagged).toBe(true);
    // a hook that declines (no free thread) leaves the member to this thread: same report again
    const declined = await scanArtifact({ file: 'x-1.0-py3-none-any.whl', path: 'x', data }, options, { offload: () => null });
    expect(view(declined)).toEqual(view(here));
    // a hand-over that fails is a reason, not a silent pass
    const failed = await scanArtifact({ file: 'x-1.0-py3-none-any.whl', path: 'x', data }, options, { offload: () => Promise.reject(new Error('thread died')) });
    expect(failed.status).toBe('incomplete');
    expect(failed.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/x\/big\.bin: analysis in another thread failed: thread died/)]));
  });
});
