/**
 * Hostile-input regressions for the audio parsers and analyzers: text that made trimming quadratic, regions that no
 * analyzer looked at (tag bytes past a lying size, APE tags whose items do not cover them, extended headers, the
 * rest of a Vorbis comment list, bytes after a PICTURE, gaps past the per-file caps), and limits that must turn the
 * file `incomplete` instead of passing it silently.
 */
import { deflateSync } from 'node:zlib';
import { mp3Analyzer } from '../../src/analyzers/mp3.js';
import { flacAnalyzer } from '../../src/analyzers/flac.js';
import { oggAnalyzer } from '../../src/analyzers/ogg.js';
import { riffAnalyzer } from '../../src/analyzers/riff.js';
import { decodeId3Text, parseId3v2, findTrailingTags, trimTrailingNul } from '../../src/formats/id3.js';
import { parseRiff, MAX_RIFF_CHUNKS_TOTAL } from '../../src/formats/riff.js';
import { parseMp3 } from '../../src/formats/mp3.js';
import { flacCrc8 } from '../../src/formats/flac.js';
import { runAnalyzer, ruleIds } from '../helpers/analyze.js';
import {
  bytes, cat, fmtChunk, flac, flacBlock, flacNoiseFrame, id3Frame, id3v2, mp3Frames, noise, oggPage, pcm, peExe, pictureBody, png, priv,
  riffChunk, streamInfo, textFrame, vorbisCommentBody, vorbisIdent, vorbisCommentPacket,
} from '../helpers/audio.js';

const le32 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const syncsafe = (n: number): number[] => [(n >> 21) & 127, (n >> 14) & 127, (n >> 7) & 127, n & 127];
const PAYLOAD = 'audio.mp3.hidden-payload';

describe('text trimming stays linear', () => {
  test('a long NUL run that is not at the end', () => {
    const s = '\0'.repeat(500_000) + 'x';
    expect(trimTrailingNul(s)).toBe(s);
    expect(trimTrailingNul('ab\0\0')).toBe('ab');
    expect(decodeId3Text(bytes(s), 0)).toBe(' / x');
  });
});

describe('ID3v2: every byte of a tag is seen', () => {
  test('a frame running past a tag size miscounted short: the bytes past the tag are inspected with the frame', async () => {
    const frame = priv('owner', cat(noise(200, 3), peExe()));
    const tag = id3v2([frame], { size: 10 + 150 });
    const d = cat(tag.subarray(0, 10 + frame.length), mp3Frames(12));
    expect(parseMp3(d).audioStart).toBe(10 + frame.length);
    const r = await runAnalyzer(mp3Analyzer, 'a.mp3', d);
    expect(ruleIds(r)).toContain(PAYLOAD);
  });

  test('an oversized extended header is reported and inspected', async () => {
    const ext = cat(be32(peExe().length + 6), [0, 0, 0, 0, 0, 0], peExe());
    const body = cat(ext, textFrame('TIT2', 'x'));
    const d = cat('ID3', [3, 0, 0x40], syncsafe(body.length), body, mp3Frames(12));
    const t = parseId3v2(d);
    expect(t?.anomalies.map((a) => a.code)).toContain('bad-extended-header');
    expect(t?.frames.map((f) => f.id)).toEqual(['TIT2']);
    expect(ruleIds(await runAnalyzer(mp3Analyzer, 'a.mp3', d))).toContain(PAYLOAD);
  });

  test('compressed frames: the inflate limit makes the file incomplete, not silently half-read', async () => {
    const big = new Uint8Array(deflateSync(Buffer.alloc(17 << 20)));
    const fr = id3Frame('PRIV', cat(be32(17 << 20), big), 3, 0x0080);
    const d = cat(id3v2([fr]), mp3Frames(12));
    expect(parseId3v2(d)?.anomalies.map((a) => a.code)).toContain('inflate-limit');
    const r = await runAnalyzer(mp3Analyzer, 'a.mp3', d);
    expect(r.incomplete.join(' ')).toMatch(/inflate past the limit/);
  });

  test('an appended ID3v2.4 tag whose header and footer sizes disagree is not taken as a tag', async () => {
    const pe = peExe();
    const size = pe.length;
    const d = cat(mp3Frames(12), 'ID3', [4, 0, 0x10], syncsafe(0), pe, '3DI', [4, 0, 0x10], syncsafe(size));
    expect(findTrailingTags(d).tags).toEqual([]);
    expect(ruleIds(await runAnalyzer(mp3Analyzer, 'a.mp3', d))).toContain(PAYLOAD);
  });

  test('APE tag bytes that no item covers are inspected', async () => {
    const pe = peExe();
    const footer = cat('APETAGEX', le32(2000), le32(pe.length + 32), le32(0), le32(0), new Uint8Array(8));
    const d = cat(mp3Frames(12), pe, footer);
    const tags = findTrailingTags(d).tags;
    expect(tags.map((t) => t.kind)).toEqual(['ape']);
    expect(tags[0].binary[0].data.length).toBe(pe.length);
    expect(ruleIds(await runAnalyzer(mp3Analyzer, 'a.mp3', d))).toContain(PAYLOAD);
  });

  test('an APE binary item that starts like a picture is still inspected', async () => {
    const item = cat(png(), peExe());
    const items = cat(le32(item.length), le32(2), 'Thumb', [0], item);
    const footer = cat('APETAGEX', le32(2000), le32(items.length + 32), le32(1), le32(0), new Uint8Array(8));
    const d = cat(mp3Frames(12), items, footer);
    expect(ruleIds(await runAnalyzer(mp3Analyzer, 'a.mp3', d))).toContain(PAYLOAD);
  });
});

describe('MP3 analyzer limits', () => {
  test('more regions than the per-file decoder budget: incomplete', async () => {
    const frames = [];
    for (let i = 0; i < 120; i++) frames.push(priv(`o${i}`, noise(64, i + 1)));
    const r = await runAnalyzer(mp3Analyzer, 'a.mp3', cat(id3v2(frames), mp3Frames(12)));
    expect(r.incomplete.join(' ')).toMatch(/mp3: \d+ regions not inspected/);
  });

  test('unframed regions past the ones inspected one by one are inspected joined', async () => {
    // 34 large noise gaps are inspected one by one; the executable sits in a smaller gap after them
    const single = mp3Frames(1, false);
    const pieces: Uint8Array[] = [single, single];
    for (let i = 0; i < 36; i++) {
      pieces.push(i < 34 ? noise(600, 100 + i) : i === 34 ? peExe(400) : noise(50, 7));
      pieces.push(single, single); // a frame followed by another is where the walker resyncs
    }
    const d = cat(...pieces);
    expect(parseMp3(d).gaps.length).toBeGreaterThan(33);
    expect(ruleIds(await runAnalyzer(mp3Analyzer, 'a.mp3', d))).toContain(PAYLOAD);
  });
});

describe('FLAC: regions and limits', () => {
  const FP = 'audio.flac.hidden-payload';

  test('bytes after the picture data, after the STREAMINFO fields, and the unparsed rest of a comment list are inspected', async () => {
    const pic = cat(pictureBody('image/png', png()), peExe());
    expect(ruleIds(await runAnalyzer(flacAnalyzer, 'a.flac', flac({ blocks: [{ type: 6, data: pic }] })))).toContain(FP);
    expect(ruleIds(await runAnalyzer(flacAnalyzer, 'a.flac', cat('fLaC', flacBlock(0, cat(streamInfo(), peExe()), true), flacNoiseFrame(0), flacNoiseFrame(1))))).toContain(FP);
    const vc = vorbisCommentBody('v', ['TITLE=x']);
    vc.set(le32(0x7fffff), vc.length - 4 - 7); // the comment's length runs past the block
    expect(ruleIds(await runAnalyzer(flacAnalyzer, 'a.flac', flac({ blocks: [{ type: 4, data: cat(vc, peExe()) }] })))).toContain(FP);
  });

  test('bad-CRC frames past the first 16 are inspected (joined)', async () => {
    const frames: Uint8Array[] = [];
    for (let i = 0; i < 24; i++) {
      const fr = flacNoiseFrame(i);
      const bad = i === 20 ? cat(fr.subarray(0, 50), peExe(), fr.subarray(50)) : cat(fr.subarray(0, 50), [fr[50] ^ 1], fr.subarray(51));
      frames.push(bad);
    }
    frames.push(flacNoiseFrame(24));
    const d = cat('fLaC', flacBlock(0, streamInfo(), true), ...frames);
    expect(ruleIds(await runAnalyzer(flacAnalyzer, 'a.flac', d))).toContain(FP);
  });

  test('a frame walk that runs out of its work budget makes the file incomplete', async () => {
    const h = [0xff, 0xf8, 0x19, 0x08, 0];
    const hdr = cat(h, [flacCrc8(new Uint8Array(h), 0, h.length)]);
    const parts: Uint8Array[] = [];
    // valid frame headers far apart, no frame closed by its CRC-16: every step checksums to the end of the file
    for (let i = 0; i < 200; i++) parts.push(hdr, noise(10_000, i + 1));
    const d = cat('fLaC', flacBlock(0, streamInfo(), true), ...parts);
    const r = await runAnalyzer(flacAnalyzer, 'a.flac', d);
    expect(r.incomplete.join(' ')).toMatch(/flac: frame walk stopped/);
  });
});

describe('Ogg: regions and limits', () => {
  test('gaps past the first 64 are inspected (joined)', async () => {
    const serial = 7;
    const pages: Uint8Array[] = [oggPage({ serial, seq: 0, headerType: 2, packets: [vorbisIdent()] }), oggPage({ serial, seq: 1, headerType: 0, packets: [vorbisCommentPacket(['A=b'])] })];
    for (let i = 0; i < 70; i++) {
      pages.push(i === 68 ? peExe(400) : noise(30, i + 5));
      pages.push(oggPage({ serial, seq: i + 2, headerType: 0, packets: [noise(100, i + 200)] }));
    }
    const r = await runAnalyzer(oggAnalyzer, 'a.ogg', cat(...pages));
    expect(ruleIds(r)).toContain('audio.ogg.hidden-payload');
  });

  test('more logical streams than the cap: incomplete', async () => {
    const pages: Uint8Array[] = [];
    for (let i = 0; i < 70; i++) pages.push(oggPage({ serial: 100 + i, seq: 0, headerType: 2, packets: [vorbisIdent()] }));
    const r = await runAnalyzer(oggAnalyzer, 'a.ogg', cat(...pages));
    expect(r.incomplete.join(' ')).toMatch(/logical streams/);
  });
});

describe('RIFF: regions and limits', () => {
  const wavOf = (...chunks: Uint8Array[]): Uint8Array => {
    const body = cat('WAVE', fmtChunk(), ...chunks, riffChunk('data', pcm(400)));
    return cat('RIFF', le32(body.length), body);
  };

  test('an id3 chunk longer than its tag: the rest is inspected', async () => {
    const d = wavOf(riffChunk('id3 ', cat(id3v2([textFrame('TIT2', 'x')]), peExe())));
    expect(ruleIds(await runAnalyzer(riffAnalyzer, 'a.wav', d))).toContain('audio.riff.hidden-payload');
  });

  test('a small known chunk holding an executable is inspected', async () => {
    const d = wavOf(riffChunk('cue ', peExe(600)));
    expect(ruleIds(await runAnalyzer(riffAnalyzer, 'a.wav', d))).toContain('audio.riff.hidden-payload');
  });

  test('LIST sub-chunks count against one total chunk cap; the rest is left to inspection as unparsed', () => {
    const lists: Uint8Array[] = [];
    const sub = riffChunk('ISFT', new Uint8Array(0));
    for (let i = 0; i < 20; i++) {
      const kids: Uint8Array[] = [];
      for (let k = 0; k < 1000; k++) kids.push(sub);
      lists.push(riffChunk('LIST', cat('INFO', ...kids)));
    }
    const p = parseRiff(wavOf(...lists));
    expect(p.chunks.length).toBeLessThanOrEqual(MAX_RIFF_CHUNKS_TOTAL);
    expect(p.anomalies.map((a) => a.code)).toContain('chunk-limit');
    expect(p.unparsed).not.toBeNull();
  });
});
