/**
 * The xz/.lzma and Unix compress (.Z) readers (src/archive/lzma.ts, src/archive/lzw.ts, through compress.ts):
 * what they return must be what Python's lzma module (or ncompress) returns, never more than the limit, and hostile
 * or broken input must end as a clear failure, never an exception.
 */
import { execFileSync } from 'node:child_process';
import { gunzip, uncompressZ, unxz, type Decompressed } from '../../src/archive/compress.js';
import zlib from 'node:zlib';
import { isLzmaAloneHeader } from '../../src/archive/lzma.js';
import { detectMagic } from '../../src/formats/magic.js';
import { lzwCompress, pyLzma, pyLzma2Raw, pyLzmaAll, pyUnlzma, xzContainer } from '../helpers/compress.js';
import { concat, fakePE, prng, utf8 } from '../helpers/payloads.js';

const MiB = 1024 * 1024;
const TEXT = utf8('import numpy as np\nclass Model:\n    def fit(self, x):\n        return x * 2\n'.repeat(300));

function data(r: Decompressed): Uint8Array {
  if (!r.ok) throw new Error(`expected data, got: ${r.reason}`);
  return r.data;
}
const same = (a: Uint8Array, b: Uint8Array) => expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);

/** Code-like bytes: calls and jumps (E8/E9) with small offsets, for the x86 filter. */
function x86ish(n: number): Uint8Array {
  const d = prng(n, 11);
  for (let i = 0; i + 5 <= n; i += 7) {
    d[i] = d[i + 1] & 1 ? 0xe8 : 0xe9;
    d[i + 4] = d[i + 2] & 1 ? 0 : 0xff;
  }
  return d;
}

describe('xz and .lzma, against Python', () => {
  const inputs: Record<string, Uint8Array> = {
    empty: new Uint8Array(0),
    one: utf8('x'),
    text: TEXT,
    random: prng(100_000, 3),
    mixed: concat(TEXT, prng(70_000, 5), TEXT, new Uint8Array(50_000)),
  };
  const variants: Record<string, string> = {
    default: '',
    'preset 0': 'preset=0',
    'preset 9e': 'preset=9 | lzma.PRESET_EXTREME',
    crc32: 'check=lzma.CHECK_CRC32',
    sha256: 'check=lzma.CHECK_SHA256',
    'no check': 'check=lzma.CHECK_NONE',
    'lc=0 lp=4 pb=4': 'filters=[{"id": lzma.FILTER_LZMA2, "lc": 0, "lp": 4, "pb": 4}]',
    'lc=4 lp=0 pb=0': 'filters=[{"id": lzma.FILTER_LZMA2, "lc": 4, "lp": 0, "pb": 0}]',
    delta: 'filters=[{"id": lzma.FILTER_DELTA, "dist": 7}, {"id": lzma.FILTER_LZMA2}]',
    'x86 + delta': 'filters=[{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_X86, "start_offset": 4096}, {"id": lzma.FILTER_LZMA2}]',
    '.lzma': 'format=lzma.FORMAT_ALONE',
    '.lzma lc=1 lp=3 pb=1': 'format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "lc": 1, "lp": 3, "pb": 1}]',
  };
  let made: Record<string, Uint8Array> = {};
  beforeAll(() => {
    const jobs: Record<string, [Uint8Array, string]> = {};
    for (const [v, kwargs] of Object.entries(variants)) for (const [i, d] of Object.entries(inputs)) jobs[`${v}/${i}`] = [d, kwargs];
    made = pyLzmaAll(jobs);
  });
  for (const vname of Object.keys(variants)) {
    test(vname, () => {
      for (const [i, d] of Object.entries(inputs)) same(data(unxz(made[`${vname}/${i}`], 16 * MiB)), d);
    });
  }

  test('the x86 branch filter, on code-like bytes', () => {
    const d = x86ish(200_000);
    same(data(unxz(pyLzma(d, 'filters=[{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}]'), 16 * MiB)), d);
    same(data(unxz(pyLzma(d, 'filters=[{"id": lzma.FILTER_X86, "start_offset": 123456}, {"id": lzma.FILTER_LZMA2, "preset": 1}]'), 16 * MiB)), d);
  });

  test('multiple blocks, with and without sizes in their headers', () => {
    const a = TEXT;
    const b = prng(5000, 8);
    const x = xzContainer([
      { lzma2: pyLzma2Raw(a), size: a.length, declaredSize: a.length },
      { lzma2: pyLzma2Raw(b), size: b.length },
      { lzma2: new Uint8Array([0]), size: 0 },
    ]);
    same(pyUnlzma(x), concat(a, b));
    same(data(unxz(x, MiB)), concat(a, b));
  });

  test('streams in a row are all read, as Python reads them; bytes after the last one are ignored', () => {
    const a = utf8('first stream ');
    const b = prng(3000, 2);
    const two = concat(pyLzma(a), pyLzma(b, 'format=lzma.FORMAT_ALONE'));
    same(data(unxz(two, MiB)), pyUnlzma(two));
    const trailing = concat(pyLzma(a), utf8('not a stream'));
    same(data(unxz(trailing, MiB)), pyUnlzma(trailing));
    expect(unxz(trailing, MiB)).toMatchObject({ ok: true, trailing: 12 });
    expect(unxz(concat(pyLzma(a), new Uint8Array(8)), MiB)).toMatchObject({ ok: true, trailing: 0 });
    // stream padding, which xz -d skips (Python stops at it): the stream after it is read too
    same(data(unxz(concat(pyLzma(a), new Uint8Array(8), pyLzma(b)), MiB)), concat(a, b));
  });

  test('a .lzma with its size in the header stops there (the end marker after it is not needed)', () => {
    const d = prng(3000, 6);
    const raw = pyLzma(d, 'format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA1, "dict_size": 65536}]');
    const size = Buffer.alloc(8);
    size.writeBigUInt64LE(BigInt(d.length));
    const known = concat(new Uint8Array([0x5d, 0, 0, 1, 0]), size, raw);
    same(data(unxz(known, MiB)), d);
    expect(unxz(known, MiB)).toMatchObject({ trailing: 0 }); // the end marker after the size is part of the stream
    // declared shorter than the data: decoding stops at the declared size, as liblzma does
    size.writeBigUInt64LE(100n);
    same(data(unxz(concat(new Uint8Array([0x5d, 0, 0, 1, 0]), size, raw), MiB)), d.subarray(0, 100));
  });

  test('filters the scanner does not implement are unsupported, not corrupt', () => {
    const r = unxz(pyLzma(TEXT, 'filters=[{"id": lzma.FILTER_ARM}, {"id": lzma.FILTER_LZMA2}]'), MiB);
    expect(r).toMatchObject({ ok: false, unsupported: true, tooLarge: false });
    if (!r.ok) expect(r.reason).toMatch(/ARM filter/);
  });
});

describe('xz and .lzma: bounds and broken input', () => {
  test('a bomb stops at the limit, whatever the headers declare', () => {
    const zeros = new Uint8Array(32 * MiB);
    for (const kwargs of ['preset=1', 'format=lzma.FORMAT_ALONE, preset=1']) {
      const bomb = pyLzma(zeros, kwargs);
      expect(bomb.length).toBeLessThan(100_000);
      expect(unxz(bomb, MiB)).toMatchObject({ ok: false, tooLarge: true });
      expect(data(unxz(bomb, 32 * MiB)).length).toBe(32 * MiB);
    }
    // block and chunk headers that claim little, then decode to much: the limit holds all the same
    const raw = pyLzma2Raw(zeros.subarray(0, 4 * MiB));
    expect(unxz(xzContainer([{ lzma2: raw, size: 4 * MiB, declaredSize: 10 }]), MiB)).toMatchObject({ ok: false, tooLarge: true });
    expect(unxz(xzContainer([{ lzma2: raw, size: 4 * MiB, declaredSize: 10 }]), 8 * MiB)).toMatchObject({ ok: false, tooLarge: false });
    // a .lzma header declaring 200 GiB: nothing is allocated for it, the little data there is decodes (then ends short)
    const alone = pyLzma(TEXT, 'format=lzma.FORMAT_ALONE');
    const huge = new Uint8Array(alone);
    new DataView(huge.buffer).setBigUint64(5, 200n << 30n, true);
    expect(unxz(huge, MiB)).toMatchObject({ ok: false, tooLarge: false });
  });

  test('a limit of zero bytes is honoured', () => {
    expect(unxz(pyLzma(utf8('x')), 0)).toMatchObject({ ok: false, tooLarge: true });
    expect(data(unxz(pyLzma(new Uint8Array(0)), 0)).length).toBe(0);
  });

  test('thousands of LZMA2 chunks that each reset the decoder state are refused, not ground through', () => {
    const one = pyLzma2Raw(new Uint8Array(200).fill(65), '"lc": 4, "lp": 0');
    expect(one[0]).toBe(0xe0); // one LZMA chunk: reset everything, then the end byte
    const chunk = one.subarray(0, one.length - 1);
    const again = new Uint8Array(chunk);
    again[0] = (again[0] & 0x1f) | 0xc0; // state reset + properties, same dictionary
    const few = concat(chunk, again, again, new Uint8Array([0]));
    same(data(unxz(xzContainer([{ lzma2: few, size: 600 }]), MiB)), new Uint8Array(600).fill(65));
    const many = concat(chunk, ...new Array(50_000).fill(again), new Uint8Array([0]));
    const r = unxz(xzContainer([{ lzma2: many, size: 50_001 * 200 }]), 64 * MiB);
    expect(r).toMatchObject({ ok: false, unsupported: true });
  });

  test('every truncation of a stream is a failure, never an exception or a short success', () => {
    for (const s of [pyLzma(TEXT), pyLzma(TEXT, 'check=lzma.CHECK_SHA256, filters=[{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}]'), pyLzma(TEXT, 'format=lzma.FORMAT_ALONE')]) {
      for (let n = 1; n < s.length; n++) {
        const r = unxz(s.subarray(0, n), MiB);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.tooLarge).toBe(false);
      }
    }
  });

  test('corrupted streams: whatever Python reads, the scanner reads the same; the rest fails cleanly', () => {
    const bases = [
      pyLzma(TEXT, 'format=lzma.FORMAT_ALONE'),
      pyLzma(concat(TEXT, prng(2000, 9)), 'format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "lc": 0, "lp": 2, "pb": 0}]'),
      pyLzma(TEXT, 'check=lzma.CHECK_NONE'),
      pyLzma(concat(TEXT, prng(2000, 9)), 'check=lzma.CHECK_NONE, filters=[{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}]'),
    ];
    const r = prng(20_000, 42);
    let k = 0;
    const rnd = (n: number) => ((r[k++ % r.length] << 8) | r[k++ % r.length]) % n;
    const cases: Uint8Array[] = [];
    for (let i = 0; i < 400; i++) {
      const m = new Uint8Array(bases[i % bases.length]);
      for (let f = 1 + rnd(3); f > 0; f--) m[14 + rnd(m.length - 14)] ^= 1 << rnd(8);
      cases.push(m);
    }
    const script = [
      'import lzma, sys, json, base64',
      'res = []',
      'for line in sys.stdin:',
      '    try: res.append(base64.b64encode(lzma.decompress(base64.b64decode(line))).decode())',
      '    except Exception: res.append(None)',
      'print(json.dumps(res))',
    ].join('\n');
    const py: Array<string | null> = JSON.parse(execFileSync('python3', ['-c', script], { input: cases.map((c) => Buffer.from(c).toString('base64')).join('\n') }).toString());
    let agreed = 0;
    cases.forEach((c, i) => {
      const ours = unxz(c, MiB);
      if (!ours.ok) expect(ours.tooLarge).toBe(false);
      if (py[i] !== null) {
        expect(ours.ok).toBe(true);
        if (ours.ok) expect(Buffer.from(ours.data).toString('base64')).toBe(py[i]);
        agreed++;
      }
    });
    expect(agreed).toBeGreaterThan(0);
  });
});

describe('.lzma detection', () => {
  test('what Python writes is recognised; look-alike binary data is not', () => {
    const lz = pyLzma(TEXT, 'format=lzma.FORMAT_ALONE');
    expect(isLzmaAloneHeader(lz)).toBe(true);
    expect(detectMagic(lz)?.format).toBe('lzma');
    const odd = new Uint8Array(lz);
    odd[1] = 0x10; // a dictionary size no encoder writes
    expect(isLzmaAloneHeader(odd)).toBe(false);
    const nonzero = new Uint8Array(lz);
    nonzero[13] = 1; // the range coder's first byte is always zero
    expect(isLzmaAloneHeader(nonzero)).toBe(false);
    expect(isLzmaAloneHeader(utf8(']]]]]]]]]]]]]]]]'))).toBe(false);
    expect(detectMagic(pyLzma(TEXT))?.format).toBe('xz');
  });
});

describe('Unix compress (.Z)', () => {
  const inputs = [new Uint8Array(0), utf8('a'), TEXT, prng(70_000, 4), concat(TEXT, prng(30_000, 1), new Uint8Array(100_000), TEXT)];

  test('reads what compress writes: every code width, with and without block mode, with table clears', () => {
    for (const d of inputs) {
      for (const maxBits of [9, 10, 12, 16]) {
        same(data(uncompressZ(lzwCompress(d, { maxBits }), 16 * MiB)), d);
        same(data(uncompressZ(lzwCompress(d, { maxBits, blockMode: false }), 16 * MiB)), d);
        same(data(uncompressZ(lzwCompress(d, { maxBits, clearEvery: 300 }), 16 * MiB)), d);
      }
    }
  });

  test('a bomb stops at the limit', () => {
    const bomb = lzwCompress(new Uint8Array(32 * MiB));
    expect(bomb.length).toBeLessThan(200_000);
    expect(uncompressZ(bomb, MiB)).toMatchObject({ ok: false, tooLarge: true });
  });

  test('corrupt codes fail cleanly; a cut-off stream decodes to a prefix, as it does for compress and gzip', () => {
    const z = lzwCompress(TEXT);
    expect(uncompressZ(concat(z.subarray(0, 3), new Uint8Array([0xff, 0xff, 0xff, 0xff])), MiB)).toMatchObject({ ok: false, tooLarge: false });
    expect(uncompressZ(new Uint8Array([0x1f, 0x9d, 0x90, 0x41]), MiB).ok).toBe(true);
    expect(uncompressZ(new Uint8Array([0x1f, 0x9d, 0x98]), MiB)).toMatchObject({ ok: false, tooLarge: false }); // 24-bit codes
    const cut = data(uncompressZ(z.subarray(0, z.length >> 1), MiB));
    same(cut, TEXT.subarray(0, cut.length));
    const r = prng(5000, 3);
    for (let i = 0; i < 300; i++) {
      const m = new Uint8Array(z);
      m[3 + (((r[2 * i] << 8) | r[2 * i + 1]) % (m.length - 3))] ^= 1 << (r[i] & 7);
      const out = uncompressZ(m, MiB);
      if (!out.ok) expect(out.tooLarge).toBe(false);
    }
  });

  test('detected by its magic and a code width compress can write', () => {
    expect(detectMagic(lzwCompress(TEXT))?.format).toBe('compress');
    expect(detectMagic(new Uint8Array([0x1f, 0x9d, 0x08, 0, 0]))?.format).not.toBe('compress');
  });

  test('a PE inside a .Z survives the round trip byte for byte', () => {
    const pe = fakePE(20_000);
    same(data(uncompressZ(lzwCompress(pe), MiB)), pe);
  });
});

describe('gzip: the trailer\'s declared size is only a hint for the output buffer', () => {
  const body = concat(TEXT, prng(300_000, 3), TEXT);
  const gz = zlib.gzipSync(body);
  /** The same stream with its ISIZE trailer replaced (the data and CRC stay valid: zlib checks ISIZE, so this fails). */
  const withIsize = (n: number): Uint8Array => {
    const d = new Uint8Array(gz);
    new DataView(d.buffer).setUint32(d.length - 4, n >>> 0, true);
    return d;
  };
  test('an honest trailer: the output is the data, also when the limit is just its size', () => {
    same(data(gunzip(gz, 16 * MiB)), body);
    same(data(gunzip(gz, body.length)), body);
    expect(gunzip(gz, body.length - 1)).toMatchObject({ ok: false, tooLarge: true });
  });
  test('a trailer that lies is refused by zlib, whether it says less or more, and the limit still holds', () => {
    for (const n of [1, body.length - 1, body.length + 1, 0xffffffff]) {
      const r = gunzip(withIsize(n), 16 * MiB);
      expect(r.ok).toBe(false);
    }
    const small = gunzip(gz, 1000);
    expect(small).toMatchObject({ ok: false, tooLarge: true });
  });
  test('concatenated members (the trailer speaks for the last one only) inflate whole', () => {
    const two = concat(zlib.gzipSync(TEXT), gz);
    same(data(gunzip(two, 16 * MiB)), concat(TEXT, body));
  });
});
