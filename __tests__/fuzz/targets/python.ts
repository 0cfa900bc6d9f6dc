/**
 * Python source: the interpreter-style analysis (src/python) on its own (never throws, facts under their caps), the
 * loader and .pth analyzers on one file, and the loader's artifact-wide pass through scanArtifact (a wheel holding the
 * fuzzed module next to a WAV it could read).
 */
import { analyzePython, DEFAULT_PY_LIMITS } from '../../../src/python/interp.js';
import { parsePython } from '../../../src/python/parse.js';
import { MAX_FLOWS, MAX_LOCATIONS, MAX_NETWORK, MAX_OBFUSCATED, MAX_REFS } from '../../../src/python/facts.js';
import { buildWheel } from '../../helpers/archive.js';
import { BENIGN, MALICIOUS } from '../../helpers/python.js';
import { DROPPER_PY, PLAIN_PY, wav, sine } from '../../helpers/payloads.js';
import { checkFile, checkScan, noThrow } from '../checks.js';
import { ensure, type FuzzTarget } from '../harness.js';

const u8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

function sources(ext: RegExp): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const f of [...MALICIOUS, ...BENIGN]) {
    for (const [name, body] of Object.entries(f.files)) if (ext.test(name)) out.push(typeof body === 'string' ? u8(body) : body);
  }
  return out;
}

const PY_DICT = [
  'exec(', 'eval(', 'compile(', '__import__(', 'getattr(', 'base64.b64decode(', 'zlib.decompress(', 'bytes.fromhex(', 'codecs.decode(', '.join(',
  'chr(', 'lambda x: ', 'def f(a, *b, **c):\n', 'class C:\n', 'import os\n', 'from subprocess import Popen\n', 'for i in range(10**9):\n', 'while True:\n',
  '"', "'", '"""', "'''", 'f"{', "b'", 'r"', '\\', '\\x', '(', ')', '[', ']', '{', '}', ':', ',', '\n', '\n    ', ' + ', ' * ', '**', '[::-1]', '^',
  'open(__file__).read()', 'wave.open("a.wav").readframes(-1)', 'urllib.request.urlopen("http://x/a.wav").read()',
];

let wheelWav: Uint8Array | null = null;
const asset = () => (wheelWav ??= wav(sine(2000)));

export const pythonTargets: FuzzTarget[] = [
  {
    name: 'python',
    ciRuns: 10,
    seeds: () => [u8(DROPPER_PY), u8(PLAIN_PY), ...sources(/\.py$/)],
    dict: PY_DICT,
    maxRandom: 2048,
    check: async (d) => {
      const text = Buffer.from(d).toString('utf8');
      noThrow('parsePython', () => parsePython(text));
      const facts = noThrow('analyzePython', () => analyzePython(text, DEFAULT_PY_LIMITS, false));
      ensure(facts.flows.length <= MAX_FLOWS && facts.obfuscated.length <= MAX_OBFUSCATED && facts.locations.length <= MAX_LOCATIONS
        && facts.network.length <= MAX_NETWORK && facts.refs.length <= MAX_REFS, () => `facts over their caps: ${JSON.stringify({ flows: facts.flows.length, obf: facts.obfuscated.length, loc: facts.locations.length, net: facts.network.length, refs: facts.refs.length })}`);
      ensure(facts.stats.layers <= DEFAULT_PY_LIMITS.maxLayers + 1, `${facts.stats.layers} decoded layers analysed (cap ${DEFAULT_PY_LIMITS.maxLayers})`);
      ensure(!facts.incomplete.some((r) => /analysis failed/.test(r)), () => `analysis crashed inside: ${facts.incomplete.join('; ')}`);
      await checkFile('pkg/__init__.py', d);
      await checkScan('pkg-1.0-py3-none-any.whl', buildWheel('pkg', '1.0', { 'pkg/__init__.py': d, 'setup.py': d, 'pkg/a.wav': asset() }));
    },
  },
  {
    name: 'pth',
    seeds: () => [u8('import os; os.system("id")\n'), u8('./vendored\n# comment\nimport site; site.addsitedir("x")\n'), ...sources(/\.pth$/)],
    dict: PY_DICT,
    check: async (d) => {
      await checkFile('zz_hook.pth', d);
    },
  },
];
