/**
 * Media files whose structure lies, run through the whole pipeline (a wheel -> scanArtifact with the default options
 * -> the run's exit code): sizes larger than the file, zero and 0xFFFFFFFF sizes, floods of a million chunks, pages
 * or frames, a WAV declaring 4 GB, cut frames and pages, and garbage behind valid MP3/FLAC/Ogg/Opus headers fed to the
 * WebAssembly decoders. Every case must end within its budget, in bounded memory, with a report whose status is right
 * (`scanned`, or `incomplete` with a reason naming the limit) and, where the lie is itself evidence, a finding naming
 * it; and the run's exit code must be the documented one (0 clean, 1 flagged or incomplete).
 */
import { describeScan, findingsOf, rulesOn, scanHostile, withinBudgets, MB, type HostileScan } from '../helpers/hostile.js';
import * as M from '../helpers/hostile-media.js';
import { parseFlac } from '../../src/formats/flac.js';
import { audioWork, decodeCompressed, MAX_DECODE_UNITS, MAX_DECODE_UNITS_TAIL } from '../../src/audio/decode.js';

/** Growth of the peak resident set: inputs are up to 17 MB; a walker that allocated per declared byte would blow this. */
const PEAK_BUDGET = 1024 * MB;

interface Expect {
  status: 'scanned' | 'incomplete';
  /** Rules that must be on the file. */
  rules?: string[];
  /** Rules that must not be. */
  notRules?: string[];
  /** Pattern every reason (when incomplete) must match. */
  reason?: RegExp;
  flagged?: boolean;
}

async function check(path: string, data: Uint8Array, want: Expect): Promise<HostileScan> {
  const s = await scanHostile({ [path]: data });
  const msg = describeScan(s);
  if (process.env.ADVERSARIAL_LOG) console.log(expect.getState().currentTestName, msg);
  const r = s.report;
  // (a) time and (b) memory
  expect([msg, ...withinBudgets(s, PEAK_BUDGET)]).toEqual([msg, true, true, true, true, true]);
  // (c) status, reasons, findings
  expect([msg, r.status]).toEqual([msg, want.status]);
  expect(r.stats.files).toBe(4); // the file, METADATA, WHEEL, RECORD: nothing skipped
  if (want.status === 'incomplete') {
    expect(r.reasons.length).toBeGreaterThan(0);
    for (const reason of r.reasons) expect(reason).toMatch(want.reason ?? /./);
  }
  const rules = rulesOn(r, path);
  for (const id of want.rules ?? []) expect([msg, rules.includes(id)]).toEqual([msg, true]);
  for (const id of want.notRules ?? []) expect([msg, rules.includes(id)]).toEqual([msg, false]);
  if (want.flagged !== undefined) expect([msg, r.flagged]).toEqual([msg, want.flagged]);
  // (d) the documented exit code
  expect(s.exit).toBe(r.flagged || r.status !== 'scanned' ? 1 : 0);
  return s;
}

const PCM_FMT = M.cat('fmt ', M.le32(16), [1, 0, 1, 0, 0x40, 0x1f, 0, 0, 0x80, 0x3e, 0, 0, 2, 0, 16, 0]);

describe('RIFF / WAV', () => {
  test('a WAV declaring 4 GB (RIFF and data sizes 0xFFFFFFFF) with a 40 KB body: read as a streamed file, the lie reported', async () => {
    const s = await check('probe/a.wav', M.wavWithSizes(0xffffffff, 0xffffffff, 20_000), { status: 'scanned', rules: ['audio.riff.size-mismatch'], flagged: false });
    expect(findingsOf(s.report, 'audio.riff.size-mismatch')[0].message).toMatch(/0xFFFFFFFF/);
    expect(s.exit).toBe(0);
  });

  test('RIFF and data sizes far larger than the file', async () => {
    const s = await check('probe/a.wav', M.wavWithSizes(50_000_000, 40_000_000, 4000), { status: 'scanned', rules: ['audio.riff.size-mismatch'] });
    expect(findingsOf(s.report, 'audio.riff.size-mismatch')[0].message).toMatch(/declares 40000000 bytes/);
  });

  test('a metadata chunk of size 0xFFFFFFFF in the middle hides the chunks after it: reported, and its bytes inspected', async () => {
    const d = M.cat('RIFF', M.le32(0), 'WAVE', PCM_FMT, 'LIST', M.le32(0xffffffff), 'INFO', 'XPAY', M.le32(4096), M.peExe(4096), 'data', M.le32(4000), M.pcm(2000));
    await check('probe/a.wav', d, { status: 'scanned', rules: ['audio.riff.size-mismatch', 'audio.riff.hidden-payload'], flagged: true });
  });

  test('zero container and data sizes (streaming writers): samples run to the end, no finding', async () => {
    const s = await check('probe/a.wav', M.wavWithSizes(0, 0, 4000), { status: 'scanned', notRules: ['audio.riff.size-mismatch', 'audio.riff.trailing-data'] });
    expect(s.report.score).toBe(0);
  });

  test('1.5 million empty chunks (12 MB), then an executable chunk: the walk stops at its cap, the rest is still inspected', async () => {
    const d = M.wavChunkFlood(1_500_000, [M.cat('XPAY', M.le32(4096), M.peExe(4096))]);
    const s = await check('probe/a.wav', d, { status: 'scanned', rules: ['audio.riff.malformed', 'audio.riff.hidden-payload'], flagged: true });
    expect(findingsOf(s.report, 'audio.riff.malformed')[0].message).toMatch(/more than 4096 chunks/);
  });

  test('2 million empty chunks and nothing else: the flood is itself reported', async () => {
    const s = await check('probe/a.wav', M.wavChunkFlood(2_000_000), { status: 'scanned', rules: ['audio.riff.malformed'], flagged: false });
    expect(s.exit).toBe(0);
  });

  test('LIST chunks nested 100 000 deep around an executable: no recursion, the bytes are inspected', async () => {
    const lists = M.nestedLists(100_000, M.cat('ICMT', M.le32(4096), M.peExe(4096)));
    const body = M.cat('WAVE', PCM_FMT, lists, 'data', M.le32(4000), M.pcm(2000));
    await check('probe/a.wav', M.cat('RIFF', M.le32(body.length), body), { status: 'scanned', rules: ['audio.riff.hidden-payload'], flagged: true });
  });

  test('RF64 whose ds64 declares 2^64-1 bytes of RIFF and of data', async () => {
    const ds64 = M.cat('ds64', M.le32(28), new Uint8Array(16).fill(0xff), new Uint8Array(12));
    const d = M.cat('RF64', M.le32(0xffffffff), 'WAVE', ds64, PCM_FMT, 'data', M.le32(0xffffffff), M.pcm(4000));
    await check('probe/a.wav', d, { status: 'scanned', rules: ['audio.riff.size-mismatch'] });
  });
});

describe('PNG', () => {
  test('a chunk length of 0xFFFFFFFF with an executable behind it', async () => {
    const d = M.cat(M.PNG_SIGNATURE, M.ihdr2x2(), M.pngChunkRaw('IDAT', M.noise(100), 0xffffffff), M.peExe(2048));
    await check('probe/a.png', d, { status: 'scanned', rules: ['image.png.malformed', 'image.png.trailing-data'], flagged: true });
  });

  test('an IDAT declared 2 GB long in a file of 200 bytes', async () => {
    const d = M.cat(M.PNG_SIGNATURE, M.ihdr2x2(), M.pngChunkRaw('IDAT', M.noise(100), 0x7ffffff0));
    const s = await check('probe/a.png', d, { status: 'scanned', rules: ['image.png.malformed'] });
    expect(findingsOf(s.report, 'image.png.malformed').map((f) => f.message).join(' ')).toMatch(/file ends first|cut off/);
  });

  test('zero sizes: an empty IHDR and 50 000 empty chunks', async () => {
    const d = M.cat(M.PNG_SIGNATURE, M.pngChunkRaw('IHDR', new Uint8Array(0)), M.repeatBytes(M.pngChunkRaw('prVt', new Uint8Array(0)), 50_000), M.pngChunkRaw('IEND', new Uint8Array(0)));
    await check('probe/a.png', d, { status: 'scanned', rules: ['image.png.malformed'] });
  });

  test('a million tiny chunks (12 MB): incomplete at the chunk cap, with the reason', async () => {
    const d = M.cat(M.PNG_SIGNATURE, M.ihdr2x2(), M.repeatBytes(M.pngChunkRaw('prVt', new Uint8Array(0)), 1_000_000), M.pngChunkRaw('IEND', new Uint8Array(0)));
    await check('probe/a.png', d, { status: 'incomplete', reason: /chunk cap/, rules: ['image.png.malformed'] });
  });

  test('IHDR declaring 2^31-1 x 2^31-1 pixels over a 100-byte IDAT: nothing is allocated for the pixels', async () => {
    const hdr = M.pngChunkRaw('IHDR', new Uint8Array([...M.be32(0x7fffffff), ...M.be32(0x7fffffff), 8, 6, 0, 0, 0]));
    const d = M.cat(M.PNG_SIGNATURE, hdr, M.pngChunkRaw('IDAT', M.noise(100)), M.pngChunkRaw('IEND', new Uint8Array(0)));
    await check('probe/a.png', d, { status: 'scanned' });
  });
});

describe('MP3 / ID3', () => {
  test('an ID3v2 tag declaring 256 MB in front of the audio: the frames it swallows are noticed', async () => {
    const d = M.id3Header(0x0fffffff, M.cat('TIT2', M.be32(6), [0, 0], [0], 'hello', M.mp3Frames(30)));
    await check('probe/a.mp3', d, { status: 'scanned', rules: ['audio.mp3.id3-malformed', 'audio.mp3.no-frames'] });
  });

  test('an ID3 frame of size 0xFFFFFFFF', async () => {
    const d = M.cat(M.id3Header(200, M.id3FrameLying('PRIV', 0xffffffff, M.noise(190))), M.mp3Frames(30));
    await check('probe/a.mp3', d, { status: 'scanned', rules: ['audio.mp3.id3-malformed'] });
  });

  test('an ID3 tag of a million zero-size frames (10 MB) with an executable at its end: found past the frame cap', async () => {
    const frames = M.cat(M.repeatBytes(M.id3FrameLying('TXXX', 0, new Uint8Array(0)), 1_000_000), M.peExe(4096));
    await check('probe/a.mp3', M.cat(M.id3Header(frames.length, frames), M.mp3Frames(30)), { status: 'scanned', rules: ['audio.mp3.id3-odd-frame', 'audio.mp3.hidden-payload'], flagged: true });
  });

  test('4 MB of valid frame headers over random bytes (4 minutes): the decoder eats garbage within its bound', async () => {
    const s = await check('probe/a.mp3', M.mp3Garbage(10_000), { status: 'scanned', flagged: false });
    expect(s.exit).toBe(0);
  });

  test('8 MB of back-to-back free-format headers and 8 MB of 0xFF: the frame walker stays linear', async () => {
    await check('probe/a.mp3', M.repeatBytes(new Uint8Array([0xff, 0xfb, 0x00, 0x64]), 2_000_000), { status: 'scanned' });
    await check('probe/b.mp3', M.cat(M.id3Header(20, new Uint8Array(20)), new Uint8Array(8 * MB).fill(0xff)), { status: 'scanned' });
  });

  test('the last frame cut in half is tolerated (a cut last frame is an accident)', async () => {
    await check('probe/a.mp3', M.mp3Frames(40).subarray(0, 417 * 39 + 100), { status: 'scanned', notRules: ['audio.mp3.unframed-data'] });
  });

  test('one frame header followed by 4 MB of random bytes: unframed data', async () => {
    await check('probe/a.mp3', M.cat(M.mp3Frames(3), M.noise(4 * MB, 5)), { status: 'scanned', rules: ['audio.mp3.unframed-data'] });
  });
});

describe('FLAC', () => {
  test('a metadata block declaring 16 MB in a tiny file', async () => {
    const d = M.cat('fLaC', M.flacBlock(0, M.streamInfo()), M.flacBlock(1, new Uint8Array(100), false, 0xffffff), M.flacFrame(0));
    const s = await check('probe/a.flac', d, { status: 'scanned', rules: ['audio.flac.malformed'] });
    expect(findingsOf(s.report, 'audio.flac.malformed')[0].message).toMatch(/declares 16777215 bytes/);
  });

  test('2000 zero-length metadata blocks, none marked last', async () => {
    const d = M.cat('fLaC', M.flacBlock(0, M.streamInfo()), M.repeatBytes(new Uint8Array(M.flacBlock(1, new Uint8Array(0))), 2000), M.flacFrame(0));
    await check('probe/a.flac', d, { status: 'scanned', rules: ['audio.flac.malformed'] });
  });

  test('a million valid 192-sample frames (11 MB, 72 minutes): walked in full, decoded within the bound', async () => {
    const d = M.flacStream([M.flacBlock(0, M.streamInfo(192 * 1_000_000), true)], M.tinyFlacFrames(1_000_000));
    const s = await check('probe/a.flac', d, { status: 'scanned', flagged: false });
    expect(s.exit).toBe(0);
  });

  test('2000 frames with correct CRCs around random subframes: the decoder gets no audio, which is reported', async () => {
    const d = M.flacStream([M.flacBlock(0, M.streamInfo(192 * 2000), true)], M.flacGarbageFrames(2000));
    await check('probe/a.flac', d, { status: 'scanned', rules: ['audio.signal.undecodable'] });
  });

  test('the last frame cut in the middle', async () => {
    const d = M.flacStream([M.flacBlock(0, M.streamInfo(192 * 50), true)], M.flacGarbageFrames(50).subarray(0, 608 * 49 + 100));
    await check('probe/a.flac', d, { status: 'scanned', rules: ['audio.flac.malformed'] });
  });
});

describe('Ogg / Opus / Vorbis', () => {
  test('Opus pages of random packets (every byte string is an Opus packet): decoded within the bound', async () => {
    await check('probe/a.opus', M.opusGarbage(2000), { status: 'scanned', flagged: false });
  });

  test('a Vorbis stream whose setup header is random bytes: undecodable', async () => {
    await check('probe/a.ogg', M.vorbisGarbage(2000), { status: 'scanned', rules: ['audio.signal.undecodable'] });
  });

  test('a page cut in the middle of a packet', async () => {
    const d = M.opusGarbage(50);
    const s = await check('probe/a.ogg', d.subarray(0, d.length - 300), { status: 'scanned', rules: ['audio.ogg.malformed'] });
    expect(findingsOf(s.report, 'audio.ogg.malformed')[0].message).toMatch(/runs past the end/);
  });

  test('a page whose lacing table declares 64 KB in a 100-byte file', async () => {
    const page = M.oggPage({ serial: 1, seq: 0, headerType: 2, packets: [M.vorbisIdent()] });
    const lie = M.cat('OggS', [0, 0], new Uint8Array(8), M.le32(1), M.le32(1), M.le32(0), [255], new Uint8Array(255).fill(255), M.noise(40));
    await check('probe/a.ogg', M.cat(page, lie), { status: 'scanned', rules: ['audio.ogg.malformed'] });
  });

  test('600 000 empty pages (17 MB): incomplete at the page cap, and the decoder stops at its own bound', async () => {
    const s = await check('probe/a.ogg', M.tinyOggPages(600_000), { status: 'incomplete', reason: /ogg: more than 500000 pages/, rules: ['audio.ogg.malformed', 'audio.signal.undecodable'] });
    expect(findingsOf(s.report, 'audio.signal.undecodable')[0].message).toMatch(/first 16384 pages/);
  });
});

describe('direct calls: the bounds behind the cases above', () => {
  test('the FLAC frame walk charges the bytes it checksums, not its search window: a million frames are all verified', () => {
    const p = parseFlac(M.flacStream([M.flacBlock(0, M.streamInfo(192 * 1_000_000), true)], M.tinyFlacFrames(1_000_000)));
    expect(p.walkIncomplete).toBeNull();
    expect(p.frameCount).toBe(1_000_000);
    expect(p.lastFrameVerified).toBe(true);
  });

  test('a decoder run stops after its page or frame bound, and says so', async () => {
    const flac = await decodeCompressed(M.flacStream([M.flacBlock(0, M.streamInfo(192 * 200_000), true)], M.tinyFlacFrames(200_000)), 'flac');
    expect(flac.ok).toBe(true);
    if (flac.ok) {
      expect(flac.signal.frames).toBeLessThanOrEqual(192 * (MAX_DECODE_UNITS + MAX_DECODE_UNITS_TAIL));
      expect(flac.signal.notes.join('; ')).toMatch(/decoding of the start stopped after 16384 frames/);
      expect(flac.signal.sampled).not.toBeNull();
    }
    const ogg = await decodeCompressed(M.tinyOggPages(40_000), 'vorbis');
    expect(ogg).toMatchObject({ ok: false, reason: expect.stringMatching(/no vorbis audio decodes from the first 16384 pages/) });
  });

  test('MP3 junk between frames never reaches the decoder: every real frame decodes, fast', async () => {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < 20; i++) parts.push(M.repeatBytes(new Uint8Array([0xff, 0xfb, 0x00, 0x64]), 50_000), M.mp3Garbage(10, 100 + i));
    const d = M.cat(...parts);
    const c0 = process.cpuUsage();
    const o = await audioWork({ path: 'a.mp3', ext: 'mp3', data: d, depth: 0, type: { kind: 'audio', format: 'mp3' } }).outcome;
    const cpu = process.cpuUsage(c0);
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(10);
    expect(o.ok).toBe(true);
    if (o.ok) expect(o.signal.frames).toBeGreaterThanOrEqual(150 * 1152);
  });
});
