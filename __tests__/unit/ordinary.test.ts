/**
 * The benign list for the whole pipeline: a wheel and an sdist carrying what real packages carry must score 0.
 * Each item here is something a rule could mistake for a payload.
 */
import zlib from 'node:zlib';
import { scanArtifact } from '../../src/scan.js';
import { defaultOptions } from '../../src/options.js';
import { buildSdist, buildWheel, buildZip } from '../helpers/archive.js';
import { apic, comm, id3v2, listInfo, mp3Frames, pcm, riffChunk, textFrame, wav, cat } from '../helpers/audio.js';
import { png as pngImage, tEXt } from '../helpers/image.js';
import { tone, wav as pcmWav } from '../helpers/pcm.js';

const icon = pngImage({ after: [tEXt('Software', 'matplotlib version3.9.0, https://matplotlib.org/')] });

const FILES: Record<string, Uint8Array | string> = {
  // code that plays its sounds, shells out, downloads data sets and embeds an icon in base64
  'tonekit/__init__.py': [
    'import base64, subprocess, urllib.request, wave',
    `ICON = base64.b64decode("${Buffer.from(icon).toString('base64')}")`,
    'def play(p):',
    '    with wave.open(p) as w:',
    '        return w.readframes(w.getnframes())',
    'def convert(src, dst):',
    '    subprocess.run(["ffmpeg", "-i", src, dst], check=True)',
    'def fetch(url="https://example.org/data/sounds.zip"):',
    '    return urllib.request.urlopen(url).read()',
    '',
  ].join('\n'),
  'tonekit/data/chime.wav': cat(wav({ chunks: [riffChunk('data', pcm(20000)), listInfo([['INAM', 'Chime'], ['ISFT', 'Lavf58.29.100'], ['ICMT', 'Recorded for https://example.org']])] })),
  'tonekit/data/tone.wav': pcmWav(tone(2)),
  'tonekit/data/beep.mp3': cat(id3v2([textFrame('TIT2', 'Beep'), comm('Free sound from https://freesound.org'), apic('image/png', icon)]), mp3Frames(30)),
  'tonekit/data/icon.png': icon,
  'tonekit/data/table.csv.gz': new Uint8Array(zlib.gzipSync(Buffer.from('a,b,c\n'.repeat(5000)))),
  'tonekit/data/arrays.npz': buildZip([{ name: 'x.npy', data: new Uint8Array(4096) }]),
  'tonekit/py.typed': '',
  'tonekit-1.2.0.dist-info/entry_points.txt': '[console_scripts]\ntonekit = tonekit:main\n',
  'tonekit-1.2.0.dist-info/LICENSE': 'MIT License\nCopyright (c) 2026\n',
};

test('an ordinary wheel with sounds, icons, base64 in code, URLs and compressed assets scores 0', async () => {
  const w = buildWheel('tonekit', '1.2.0', FILES);
  const r = await scanArtifact({ file: 'tonekit-1.2.0-py3-none-any.whl', path: '', data: w }, defaultOptions());
  expect(r.findings).toEqual([]);
  expect(r).toMatchObject({ status: 'scanned', score: 0 });
  expect(r.stats.files).toBe(Object.keys(FILES).length + 3 + 2); // + METADATA, WHEEL, RECORD; + gz and npz members
});

test('the same files as an sdist score 0', async () => {
  const s = buildSdist('tonekit', '1.2.0', { ...FILES, 'setup.py': 'from setuptools import setup\nsetup(name="tonekit", url="https://example.org")\n' });
  const r = await scanArtifact({ file: 'tonekit-1.2.0.tar.gz', path: '', data: s }, defaultOptions());
  expect(r.findings).toEqual([]);
  expect(r.status).toBe('scanned');
});
