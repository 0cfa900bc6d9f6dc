/**
 * Text built to make pattern matching quadratic (a megabyte of one repeated prefix that never completes a match),
 * placed everywhere text is read: plain files, .pth, Python, RIFF INFO, data after a WAV, PNG tEXt, ID3 COMM.
 * Each scan must end with a report. Patterns with unbounded gaps once took minutes on these inputs.
 */
import { scanArtifact } from '../../src/scan.js';
import { defaultOptions } from '../../src/options.js';
import { buildWheel } from '../helpers/archive.js';
import { cat, comm, id3v2, listInfo, mp3Frames, pcm, riffChunk, wav } from '../helpers/audio.js';
import { png, tEXt } from '../helpers/image.js';

const PREFIXES = ['<script ', 'base64 -d ', 'curl ', 'curl -x ', 'nc -x ', 'lambda ', 'open(a,', 'import os ', 'http://', 'powershell '];

test.each(PREFIXES)('a megabyte of %j in every text-bearing place ends in a report', async (prefix) => {
  const s = prefix.repeat(Math.ceil(1_000_000 / prefix.length));
  const w = buildWheel('probe', '1', {
    'probe/a.txt': s,
    'probe/a.pth': s,
    'probe/a.py': s,
    'probe/a.wav': wav({ chunks: [riffChunk('data', pcm(2000)), listInfo([['ICMT', s]])] }),
    'probe/b.wav': cat(wav({ chunks: [riffChunk('data', pcm(2000))] }), s),
    'probe/a.png': png({ after: [tEXt('Comment', s)] }),
    'probe/a.mp3': cat(id3v2([comm(s)]), mp3Frames(20)),
  });
  const r = await scanArtifact({ file: 'probe-1-py3-none-any.whl', path: '', data: w }, defaultOptions());
  expect(['scanned', 'incomplete']).toContain(r.status);
  expect(r.stats.files).toBe(10); // seven files, METADATA, WHEEL, RECORD
});
