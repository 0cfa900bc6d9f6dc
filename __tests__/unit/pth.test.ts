import { pthAnalyzer, scorePthLine } from '../../src/analyzers/pth.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { b64, bytes, fakePE, prng, utf8, zlibbed } from '../helpers/payloads.js';

const run = (path: string, text: string | Uint8Array) => runAnalyzer(pthAnalyzer, path, typeof text === 'string' ? utf8(text) : text);

// The shapes real packaging tools write (setuptools, namespace packages, coverage, virtualenv, editable installs).
const NSPKG =
  "import sys, types, os;has_mfs = sys.version_info > (3, 5);p = os.path.join(sys._getframe(1).f_locals['sitedir'], *('sphinxcontrib',));" +
  "importlib = has_mfs and __import__('importlib.util');has_mfs and __import__('importlib.machinery');" +
  "m = has_mfs and sys.modules.setdefault('sphinxcontrib', importlib.util.module_from_spec(importlib.machinery.PathFinder.find_spec('sphinxcontrib', [os.path.dirname(p)])));" +
  "m = m or sys.modules.setdefault('sphinxcontrib', types.ModuleType('sphinxcontrib'));mp = (m or []) and m.__dict__.setdefault('__path__',[]);(p not in mp) and mp.append(p)\n";
const DISTUTILS = "import os; var = 'SETUPTOOLS_USE_DISTUTILS'; enabled = os.environ.get(var, 'local') == 'local'; enabled and __import__('_distutils_hack').add_shim(); \n";
const COVERAGE =
  "import sys; exec('import os\\n\\nif os.getenv(\"COVERAGE_PROCESS_START\") or os.getenv(\"COVERAGE_PROCESS_CONFIG\"):\\n try:\\n  import coverage\\n except:\\n  pass\\n else:\\n  coverage.process_startup(slug=\"pth\")')\n";
const EDITABLE = 'import __editable___mypkg_1_0_finder; __editable___mypkg_1_0_finder.install()\n';

describe('pth analyzer', () => {
  test('ordinary .pth files score about 1 (nspkg, distutils shim, coverage, virtualenv, editable)', async () => {
    for (const [name, text] of [
      ['sphinxcontrib_jsmath-1.0.1-py3.7-nspkg.pth', NSPKG],
      ['distutils-precedence.pth', DISTUTILS],
      ['a1_coverage.pth', COVERAGE],
      ['_virtualenv.pth', 'import _virtualenv\n'],
      ['__editable__.mypkg-1.0.pth', EDITABLE],
    ]) {
      const r = await run(name, text);
      expect([name, ruleIds(r)]).toEqual([name, ['code.pth-exec']]);
      expect([name, scoreOf(r, 'code.pth-exec')]).toEqual([name, expect.any(Number)]);
      expect(scoreOf(r, 'code.pth-exec')).toBeLessThanOrEqual(2);
    }
  });

  test('path-only .pth files (and import lines with leading spaces, which site.py treats as paths) report nothing', async () => {
    expect((await run('mypkg.pth', '/opt/mypkg/lib\n./vendor\n# import os; os.system("x")\n')).findings).toEqual([]);
    expect((await run('odd.pth', '  import os; os.system("id")\nimportlib\n')).findings).toEqual([]);
  });

  test('exec of decoded data scores 9', async () => {
    const line = `import base64; exec(base64.b64decode('${b64(utf8('import os; os.system("id")'))}'))\n`;
    const r = await run('zzz_init.pth', line);
    expect(scoreOf(r, 'code.pth-exec')).toBe(9);
    expect(r.findings[0].evidence).toMatchObject({ line: 1 });
    expect(r.findings[0].evidence?.signals).toEqual(expect.arrayContaining(['exec/eval', 'decode']));
  });

  test('processes, network and file writes score high; the evidence is defanged', async () => {
    const r1 = await run('a.pth', 'import subprocess; subprocess.Popen(["sh", "-c", "sleep 1"])\n');
    expect(scoreOf(r1, 'code.pth-exec')).toBeGreaterThanOrEqual(8);
    const r2 = await run('b.pth', "import urllib.request as u; u.urlopen('http://203.0.113.9/beacon')\n");
    expect(scoreOf(r2, 'code.pth-exec')).toBeGreaterThanOrEqual(8);
    expect(String(r2.findings[0].evidence?.text)).toContain('hxxp://203[.]0[.]113[.]9');
    const r3 = await run('c.pth', "import os; open(os.path.expanduser('~/.bashrc'), 'a').write('alias ls=x')\n");
    expect(scoreOf(r3, 'code.pth-exec')).toBeGreaterThanOrEqual(5);
  });

  test('__import__ of a computed name and exec of an obfuscated literal score high', async () => {
    const r1 = await run('a.pth', "import sys; getattr(__import__(''.join(['o','s'])), 'sys' + 'tem')('id')\n");
    expect(scoreOf(r1, 'code.pth-exec')).toBeGreaterThanOrEqual(6.5);
    const r2 = await run('b.pth', "import os; exec('\\x69\\x6d\\x70\\x6f\\x72\\x74\\x20\\x73\\x6f\\x63\\x6b\\x65\\x74')\n");
    expect(scoreOf(r2, 'code.pth-exec')).toBeGreaterThanOrEqual(8);
    // exec of a literal is scored by the literal's code
    expect(scorePthLine("import sys; exec('import os; os.system(\"id\")')").score).toBe(9);
    expect(scorePthLine("import sys; exec('import json')").score).toBeLessThanOrEqual(2);
  });

  test('an encoded payload inside the line is decoded', async () => {
    const blob = b64(zlibbed(fakePE(2048)));
    const r = await run('x.pth', `import mod; mod.data = "${blob}"\n`);
    expect(scoreOf(r, 'code.pth-exec')).toBe(9);
    expect(r.findings[0].evidence?.decoded).toMatchObject({ kind: 'executable', layers: ['base64', 'zlib'] });
  });

  test('every executable line is reported with its line number; tabs and a BOM count as site.py sees them', async () => {
    const r = await run('m.pth', '\ufeffimport a\n/some/path\nimport\tb\nimport os; os.system("id")\n');
    expect(r.findings.map((f) => f.evidence?.line).sort()).toEqual([1, 3, 4]);
    expect(r.findings[0].evidence?.line).toBe(4); // strongest first
  });

  test('only .pth files, and binary or malformed ones end in findings, not exceptions', async () => {
    expect(pthAnalyzer.applies({ path: 'a.py', ext: 'py', data: utf8('import os'), type: { kind: 'python', format: 'python' }, depth: 0 })).toBe(false);
    const weights = prng(100000, 3); // a PyTorch-style .pth of binary weights
    expect((await run('models/alex.pth', weights)).incomplete).toEqual([]);
    const crafted = new Uint8Array([...prng(500, 1), 0x0a, ...bytes('import os;os.system("id")'), 0x0a, ...prng(500, 2)]);
    const r = await run('w.pth', crafted);
    expect(scoreOf(r, 'code.pth-exec')).toBeGreaterThanOrEqual(8);
    const long = await run('long.pth', 'import x;' + 'a'.repeat(200000) + '\n');
    expect(long.incomplete).toEqual([]);
  });
});
