import { randomBytes } from 'node:crypto';
import { filetypeAnalyzer } from '../../src/analyzers/filetype.js';
import { entropyAnalyzer, entropy } from '../../src/analyzers/entropy.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { buildZip } from '../helpers/archive.js';
import { tone, wav } from '../helpers/pcm.js';
import { fakeELF as elf, fakePE as pe } from '../helpers/payloads.js';



describe('filetype', () => {
  test('a .wav that is an ELF executable is a disguised executable (flags alone)', async () => {
    const r = await runAnalyzer(filetypeAnalyzer, 'pkg/data/ring.wav', elf());
    expect(ruleIds(r)).toEqual(['type.disguised-executable']);
    expect(scoreOf(r, 'type.disguised-executable')).toBeGreaterThanOrEqual(7);
  });

  test('a .png that is a zip, a .wav that is gzip: extension mismatch', async () => {
    expect(ruleIds(await runAnalyzer(filetypeAnalyzer, 'p/logo.png', buildZip([{ name: 'a', data: 'b' }])))).toEqual(['type.extension-mismatch']);
    expect(ruleIds(await runAnalyzer(filetypeAnalyzer, 'p/x.wav', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])))).toEqual(['type.extension-mismatch']);
  });

  test('an MP3 saved as .wav is sloppy, not hostile: low score', async () => {
    const mp3 = new Uint8Array(Buffer.concat([Buffer.from('ID3\x03\x00\x00\x00\x00\x00\x00', 'latin1'), Buffer.alloc(100)]));
    const r = await runAnalyzer(filetypeAnalyzer, 'p/beep.wav', mp3);
    expect(scoreOf(r, 'type.extension-mismatch')).toBeLessThanOrEqual(1);
  });

  test('a PE hidden after the samples of a WAV is found at its offset', async () => {
    const d = wav(new Uint8Array(Buffer.concat([Buffer.from(tone(0.2)), Buffer.from(pe())])));
    const r = await runAnalyzer(filetypeAnalyzer, 'p/a.wav', d);
    const f = r.findings.find((x) => x.rule === 'type.embedded-executable');
    expect(f?.offset).toBe(44 + tone(0.2).length);
  });

  test('a media file that is also a zip is a polyglot', async () => {
    const d = new Uint8Array(Buffer.concat([Buffer.from(wav(tone(0.1))), Buffer.from(buildZip([{ name: 'x.py', data: 'print(1)' }]))]));
    expect(ruleIds(await runAnalyzer(filetypeAnalyzer, 'p/a.wav', d))).toContain('type.polyglot');
  });

  test('ordinary files stay quiet: native libraries, SVG as XML, text, a plain WAV, MZ by chance', async () => {
    expect((await runAnalyzer(filetypeAnalyzer, 'p/_lib.cpython-311-x86_64-linux-gnu.so', elf())).findings).toEqual([]);
    expect((await runAnalyzer(filetypeAnalyzer, 'p/libfoo.so.1.2', elf())).findings).toEqual([]);
    expect((await runAnalyzer(filetypeAnalyzer, 'p/logo.svg', new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'))).findings).toEqual([]);
    expect((await runAnalyzer(filetypeAnalyzer, 'p/a.wav', wav(tone(0.5)))).findings).toEqual([]);
    expect((await runAnalyzer(filetypeAnalyzer, 'p/README.txt', new TextEncoder().encode('MZ is a name. \x7fELF too.\n'))).findings).toEqual([]);
  });
});

describe('entropy', () => {
  test('entropy() of constant, two-valued and random data', () => {
    expect(entropy(new Uint8Array(1000))).toBe(0);
    expect(entropy(new Uint8Array([0, 1, 0, 1]))).toBeCloseTo(1, 6);
    expect(entropy(randomBytes(1 << 16))).toBeGreaterThan(7.99);
  });

  test('a WAV whose "samples" are random bytes (encrypted payload) is flagged; a real-looking one is not', async () => {
    const bad = await runAnalyzer(entropyAnalyzer, 'p/noise.wav', wav(randomBytes(200_000)));
    expect(scoreOf(bad, 'entropy.high')).toBe(3);
    const good = await runAnalyzer(entropyAnalyzer, 'p/tone.wav', wav(tone(3)));
    expect(good.findings).toEqual([]);
  });

  test('an encrypted stretch spliced into ordinary audio is found as hot windows', async () => {
    const pcm = Buffer.from(tone(4));
    randomBytes(16384).copy(pcm, 40_000);
    const r = await runAnalyzer(entropyAnalyzer, 'p/tone.wav', wav(new Uint8Array(pcm)));
    const f = r.findings.find((x) => x.rule === 'entropy.window');
    expect(f).toBeDefined();
    expect(f!.evidence!.hotWindows).toBeGreaterThanOrEqual(3);
    expect(ruleIds(r)).not.toContain('entropy.high');
  });

  test('compressed media is not judged; an unknown random blob is a weak signal only', async () => {
    const rnd = randomBytes(100_000);
    const mp3 = new Uint8Array(Buffer.concat([Buffer.from('ID3\x03\x00\x00\x00\x00\x00\x00', 'latin1'), rnd]));
    expect((await runAnalyzer(entropyAnalyzer, 'p/a.mp3', mp3)).findings).toEqual([]);
    const blob = await runAnalyzer(entropyAnalyzer, 'p/weights.bin', new Uint8Array(rnd));
    expect(ruleIds(blob)).toEqual(['entropy.opaque-blob']);
    expect(scoreOf(blob, 'entropy.opaque-blob')).toBeLessThanOrEqual(1);
  });
});
