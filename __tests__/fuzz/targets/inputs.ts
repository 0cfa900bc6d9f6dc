/**
 * Requirements files and lock files (poetry.lock, Pipfile.lock, uv.lock, pdm.lock, pylock.toml): a manifest or a
 * ManifestError naming the problem, never any other error; every requirement well formed, counts under the caps.
 * Also the package index's project pages (PEP 503 HTML, PEP 691 JSON), which come from a server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readManifest, ManifestError, type Manifest } from '../../../src/inputs/index.js';
import { parseLockfile } from '../../../src/inputs/lockfiles.js';
import { evaluateMarker } from '../../../src/inputs/markers.js';
import type { ManifestKind } from '../../../src/inputs/types.js';
import { parseSimpleHtml, parseSimpleJson } from '../../../src/fetch/simple.js';
import { FetchError } from '../../../src/fetch/http.js';
import { ensure, fail, type FuzzTarget } from '../harness.js';

const H = (c: string) => c.repeat(64);
const u8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const MAX_REQUIREMENTS = 500;

const ENV = { python_version: '3.12', python_full_version: '3.12.1', os_name: 'posix', sys_platform: 'linux', platform_system: 'Linux', platform_machine: 'x86_64', platform_python_implementation: 'CPython', implementation_name: 'cpython', extra: [] };

function checkManifest(m: Manifest, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  ensure(m.requirements.length <= Math.max(MAX_REQUIREMENTS, lines), `${m.requirements.length} requirements from ${lines} lines`);
  for (const r of m.requirements) {
    ensure(r.name === null || (typeof r.name === 'string' && r.name.length > 0), `requirement name ${JSON.stringify(r.name)}`);
    ensure(Array.isArray(r.hashes) && Array.isArray(r.files) && Array.isArray(r.extras), `malformed requirement ${JSON.stringify(r).slice(0, 200)}`);
    ensure(Number.isInteger(r.location.line) && r.location.line >= 1, () => `requirement at line ${r.location.line}`);
    for (const f of r.files) {
      ensure((f.url === null || typeof f.url === 'string') && (f.filename === null || typeof f.filename === 'string') && Array.isArray(f.hashes), `malformed locked file ${JSON.stringify(f).slice(0, 200)}`);
      for (const h of f.hashes) ensure(typeof h === 'string', `hash ${JSON.stringify(h)}`);
    }
    const mr = evaluateMarker(r.markers, ENV);
    ensure(typeof mr.applies === 'boolean', 'marker evaluation without a verdict');
  }
  JSON.stringify(m);
}

function expectManifest(what: string, f: () => Manifest, text: string): void {
  let m: Manifest;
  try {
    m = f();
  } catch (e) {
    if (e instanceof ManifestError) {
      ensure(e.message.length > 0, `${what}: ManifestError without a message`);
      return;
    }
    fail(`${what} threw ${e instanceof Error ? e.stack : String(e)} (only ManifestError is expected)`);
  }
  checkManifest(m, text);
}

function lockTarget(name: string, kind: Exclude<ManifestKind, 'requirements'>, seeds: string[], dict: string[]): FuzzTarget {
  return {
    name,
    seeds: () => seeds.map(u8),
    dict,
    check: (d) => {
      const text = Buffer.from(d).toString('utf8');
      expectManifest(`parseLockfile(${kind})`, () => parseLockfile(text, kind, kind), text);
    },
  };
}

const TOML_DICT = ['[[package]]\n', '[metadata]\n', '"', '"""', "'''", '\\', '{', '}', '[', ']', ',', ' = ', '\n', '#', 'name = ', 'version = ', 'files = [', 'hash = "sha256:', 'url = "https://x/'];

const POETRY = `[[package]]
name = "colorama"
version = "0.4.6"
description = "x"
optional = false
python-versions = ">=2.7"
groups = ["main"]
markers = "platform_system == \\"Windows\\""
files = [
    {file = "colorama-0.4.6-py2.py3-none-any.whl", hash = "sha256:${H('1')}"},
    {file = "colorama-0.4.6.tar.gz", hash = "sha256:${H('2')}"},
]

[[package]]
name = "mylib"
version = "0.3.0"
files = []

[package.source]
type = "git"
url = "https://github.com/example/mylib.git"
reference = "main"

[metadata]
lock-version = "2.1"
python-versions = ">=3.9"
content-hash = "${H('f')}"
`;

const POETRY_1 = `[[package]]
name = "certifi"
version = "2021.10.8"
category = "main"

[metadata]
lock-version = "1.1"
content-hash = "${H('0')}"

[metadata.files]
certifi = [
    {file = "certifi-2021.10.8-py2.py3-none-any.whl", hash = "sha256:${H('a')}"},
]
`;

const PIPFILE = `{
    "_meta": {"hash": {"sha256": "${H('e')}"}, "pipfile-spec": 6, "requires": {"python_version": "3.11"},
        "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": true}]},
    "default": {
        "requests": {"hashes": ["sha256:${H('3')}", "sha256:${H('4')}"], "index": "pypi", "markers": "python_version >= '3.7'", "version": "==2.31.0"},
        "urllib3": {"hashes": ["sha256:${H('5')}"], "version": "==2.2.1", "extras": ["socks"]}
    },
    "develop": {"tool": {"git": "https://github.com/example/tool.git", "ref": "v1.0"}, "local": {"path": ".", "editable": true}}
}
`;

const UV = `version = 1
revision = 2
requires-python = ">=3.11"

[[package]]
name = "anyio"
version = "4.3.0"
source = { registry = "https://pypi.org/simple" }
dependencies = [{ name = "idna" }]
sdist = { url = "https://files.pythonhosted.org/packages/db/4d/anyio-4.3.0.tar.gz", hash = "sha256:${H('6')}", size = 159642 }
wheels = [
    { url = "https://files.pythonhosted.org/packages/14/fd/anyio-4.3.0-py3-none-any.whl", hash = "sha256:${H('7')}", size = 85584 },
]

[[package]]
name = "proj"
version = "0.1.0"
source = { editable = "." }

[[package]]
name = "gitdep"
version = "1.0"
source = { git = "https://github.com/example/gitdep?rev=main#0123456789abcdef0123456789abcdef01234567" }
`;

const PYLOCK = `lock-version = "1.0"
environments = ["sys_platform == 'linux'"]
requires-python = ">=3.9"
created-by = "pip"

[[packages]]
name = "attrs"
version = "25.1.0"
index = "https://pypi.org/simple"

[[packages.wheels]]
name = "attrs-25.1.0-py3-none-any.whl"
url = "https://files.pythonhosted.org/packages/fc/30/attrs-25.1.0-py3-none-any.whl"
size = 63152
hashes = {sha256 = "${H('8')}"}

[[packages]]
name = "numpy"
version = "2.2.3"
marker = "python_version >= '3.10'"
sdist = {name = "numpy-2.2.3.tar.gz", url = "https://files.pythonhosted.org/packages/fb/90/numpy-2.2.3.tar.gz", size = 20262700, hashes = {sha256 = "${H('9')}"}}

[[packages]]
name = "local-thing"
directory = {path = "./packages/local-thing", editable = true}
`;

const PDM = `[metadata]
groups = ["default"]
strategy = ["inherit_metadata", "static_urls"]
lock_version = "4.5.0"
content_hash = "sha256:${H('0')}"

[[package]]
name = "certifi"
version = "2024.8.30"
requires_python = ">=3.6"
groups = ["default"]
files = [
    {url = "https://files.pythonhosted.org/packages/12/90/certifi-2024.8.30-py3-none-any.whl", hash = "sha256:${H('b')}"},
    {file = "certifi-2024.8.30.tar.gz", hash = "sha256:${H('c')}"},
]

[[package]]
name = "colorama"
version = "0.4.6"
marker = "sys_platform == \\"win32\\""
files = []
`;

const REQUIREMENTS = [
  `# pinned, hashed
requests[socks]==2.31.0 ; python_version >= "3.7" \\
    --hash=sha256:${H('a')} \\
    --hash=sha256:${H('b')}
urllib3>=1.26,<3
--index-url https://pypi.example.org/simple
--extra-index-url=https://mirror.example.org/simple
-f https://example.org/links/
numpy~=1.26.0; sys_platform == 'linux' and platform_machine != "aarch64"
`,
  `-e git+https://github.com/example/pkg.git@v1.0#egg=pkg
pkg2 @ https://example.org/pkg2-1.0-py3-none-any.whl
./local/path
https://example.org/direct-1.0.tar.gz#sha256=${H('c')}
\${HOME}/thing
-c constraints.txt
-r other.txt
--pre
--trusted-host example.org
`,
];

/** Files a fuzzed requirements file may include (`-r other.txt`, `-c constraints.txt`): one folder per process. */
let dir: string | null = null;
function workDir(): string {
  if (dir) return dir;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-requirements-'));
  fs.writeFileSync(path.join(dir, 'other.txt'), 'six==1.16.0\n-r requirements.txt\n');
  fs.writeFileSync(path.join(dir, 'constraints.txt'), `six==1.16.0 --hash=sha256:${H('d')}\n`);
  const d = dir;
  process.once('exit', () => fs.rmSync(d, { recursive: true, force: true }));
  return dir;
}

export const inputTargets: FuzzTarget[] = [
  {
    name: 'requirements',
    seeds: () => REQUIREMENTS.map(u8),
    dict: ['\\\n', ' ; ', '==', '>=', '[', ']', '@ ', '--hash=sha256:', '-r ', '-c ', '-e ', '--index-url ', '${', '}', '#', ' and ', ' or ', '(', ')', '"', "'", 'extra == "x"', 'file:', '-r other.txt\n', '-r /dev/zero\n'],
    check: async (d) => {
      const file = path.join(workDir(), 'requirements.txt');
      fs.writeFileSync(file, d);
      const text = Buffer.from(d).toString('utf8');
      let m: Manifest;
      try {
        m = await readManifest(file, { env: { HOME: '/home/user' }, maxRequirements: MAX_REQUIREMENTS });
      } catch (e) {
        if (e instanceof ManifestError) return;
        fail(`readManifest threw ${e instanceof Error ? e.stack : String(e)} (only ManifestError is expected)`);
      }
      checkManifest(m, text + '\n'.repeat(64));
    },
  },
  lockTarget('poetry.lock', 'poetry.lock', [POETRY, POETRY_1], [...TOML_DICT, 'lock-version = "2.1"', '[package.source]\n', '[metadata.files]\n']),
  lockTarget('Pipfile.lock', 'Pipfile.lock', [PIPFILE], ['{', '}', '[', ']', '"', ',', ':', '\\u0000', '"version": "==1"', '"hashes": [', 'null', '1e999', '"_meta"']),
  lockTarget('uv.lock', 'uv.lock', [UV], [...TOML_DICT, 'version = 1\n', 'source = { ', 'sdist = { ', 'wheels = [']),
  lockTarget('pdm.lock', 'pdm.lock', [PDM], [...TOML_DICT, 'lock_version = "4.5.0"', 'marker = ']),
  lockTarget('pylock.toml', 'pylock.toml', [PYLOCK], [...TOML_DICT, '[[packages]]\n', '[[packages.wheels]]\n', 'lock-version = "1.0"', 'hashes = {sha256 = "']),
];

const INDEX_HTML = `<!DOCTYPE html>
<html><body>
<a href="../../packages/pkg-1.0-py3-none-any.whl#sha256=${H('a')}" data-requires-python="&gt;=3.8">pkg-1.0-py3-none-any.whl</a><br/>
<a href='https://files.example.org/pkg-1.0.tar.gz' data-yanked="">pkg-1.0.tar.gz</a>
<a href=pkg%2D0.9.zip>pkg-0.9.zip</a>
<a href="javascript:alert(1)">x</a>
</body></html>
`;
const INDEX_JSON = JSON.stringify({ meta: { 'api-version': '1.1' }, name: 'pkg', files: [{ filename: 'pkg-1.0-py3-none-any.whl', url: '../../p/pkg-1.0-py3-none-any.whl', hashes: { sha256: H('b') }, 'requires-python': '>=3.8', yanked: false }] });
const INDEX_BASE = 'https://index.example.org/simple/pkg/';

inputTargets.push({
  name: 'simple-index',
  seeds: () => [u8(INDEX_HTML), u8(INDEX_JSON)],
  dict: ['<a href="', '">', '</a>', '&#x', '&amp;', '%', '%2', '#sha256=', 'data-yanked', '"url": "', '"hashes": {', '{', '}', '"'],
  check: (d) => {
    const text = Buffer.from(d).toString('utf8');
    const anchors = (text.match(/<a\s/gi) ?? []).length;
    const html = noThrowIndex('parseSimpleHtml', () => parseSimpleHtml(text, INDEX_BASE));
    ensure(html.length <= anchors, `${html.length} entries from ${anchors} anchors`);
    for (const e of html) ensure(/^(https?|file):/.test(e.url) && typeof e.filename === 'string', `entry ${JSON.stringify(e).slice(0, 200)}`);
    try {
      const json = parseSimpleJson(text, INDEX_BASE);
      for (const e of json) ensure(/^(https?|file):/.test(e.url), `entry ${JSON.stringify(e).slice(0, 200)}`);
    } catch (e) {
      // the caller turns these into "cannot read the index page"
      if (!(e instanceof FetchError || e instanceof SyntaxError)) fail(`parseSimpleJson threw ${e instanceof Error ? e.stack : String(e)}`);
    }
  },
});

function noThrowIndex<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    fail(`${what} threw ${e instanceof Error ? e.stack : String(e)}`);
  }
}
