/**
 * ggwave's own decoder (npm `ggwave`, MIT, the library's emscripten build), run on a stretch where the multi-tone
 * detector (multitone.ts) fired: it knows ggwave's protocols (audible, ultrasound, DT; normal/fast/fastest), finds
 * the start and end markers and corrects errors with Reed-Solomon, so what it returns is the payload as sent.
 *
 * The module is imported on first use only (files without tones never load it) and kept afterwards. Emscripten's
 * defaults are unwelcome in a scanner: it prints to stdout (our JSON goes there), so print/printErr are silenced; it
 * installs process-wide `uncaughtException`/`unhandledRejection` handlers that rethrow, which are removed again; an
 * abort inside the module (a RuntimeError) leaves it unusable, so the module is dropped and loaded afresh next time.
 *
 * Bounds: at most MAX_SECONDS of samples per call, fed in pieces; at most MAX_MESSAGES payloads; the decoder's own
 * output is at most 256 bytes per message. Signals at other rates than ggwave's 48 kHz are resampled here (linear
 * interpolation: the tones sit far below both Nyquist frequencies); ggwave's own resampler takes ten times as long.
 */
import type { GgwaveModule } from 'ggwave';
import type { MonoSource } from './types.js';

export const MAX_SECONDS = 30;
const MAX_MESSAGES = 8;
const PIECE = 4096;

let loading: Promise<GgwaveModule> | null = null;

function silent(): void {
  // emscripten's stdout/stderr: dropped
}

async function load(): Promise<GgwaveModule> {
  const m = await import('ggwave');
  const factory = (m.default ?? m) as unknown as typeof m.default;
  // the module body runs synchronously inside factory(), and that is where it adds its process handlers
  const ue = process.listeners('uncaughtException');
  const ur = process.listeners('unhandledRejection');
  // Bundled into an ES module (dist), the CommonJS source has no __dirname, which the factory reads (to find files it
  // never needs: the wasm is inlined). Give it one for the duration of the synchronous call only.
  const g = globalThis as Record<string, unknown>;
  const lend = !Object.prototype.hasOwnProperty.call(g, '__dirname');
  if (lend) g.__dirname = '.';
  let pending: Promise<GgwaveModule>;
  try {
    pending = factory({ print: silent, printErr: silent });
  } finally {
    if (lend) delete g.__dirname;
    for (const l of process.listeners('uncaughtException')) if (!ue.includes(l)) process.removeListener('uncaughtException', l);
    for (const l of process.listeners('unhandledRejection')) if (!ur.includes(l)) process.removeListener('unhandledRejection', l);
  }
  const gg = await pending;
  try {
    gg.disableLog();
  } catch {
    // a build without disableLog: print/printErr already swallow the log
  }
  return gg;
}

function ggwaveModule(): Promise<GgwaveModule> {
  if (!loading) {
    loading = load();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

export interface GgwaveMessage {
  bytes: Uint8Array;
  /** Seconds from the start of the decoded signal to the end of the piece in which the message completed. */
  endSeconds: number;
}

export interface GgwaveResult {
  messages: GgwaveMessage[];
  /** Seconds of signal given to the decoder. */
  seconds: number;
  /** Why decoding could not run or stopped (module failed to load, the decoder aborted), or null. */
  error: string | null;
}

/** Linear resampling of x from `from` Hz to `to` Hz (the tones sit far below both Nyquist frequencies). */
function resample(x: Float32Array, from: number, to: number): Float32Array {
  const n = Math.floor((x.length * to) / from);
  const out = new Float32Array(n);
  const r = from / to;
  for (let i = 0; i < n; i++) {
    const p = i * r;
    const k = Math.floor(p);
    const f = p - k;
    const a = x[k] ?? 0;
    const b = x[k + 1] ?? a;
    out[i] = a + (b - a) * f;
  }
  return out;
}

/**
 * Decode ggwave transmissions in samples [start, end) of `mono` (cut to MAX_SECONDS). Never throws: failures are
 * returned in `error`.
 */
export async function decodeGgwave(mono: MonoSource, rate: number, start: number, end: number): Promise<GgwaveResult> {
  const a = Math.max(0, Math.floor(start));
  const b = Math.min(mono.length, Math.floor(end), a + Math.round(MAX_SECONDS * rate));
  const res: GgwaveResult = { messages: [], seconds: Math.max(0, b - a) / rate, error: null };
  if (b - a < rate / 10 || !(rate > 0)) return res;
  let gg: GgwaveModule;
  try {
    gg = await ggwaveModule();
  } catch (e) {
    res.error = `ggwave could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    return res;
  }
  let x: Float32Array = new Float32Array(b - a);
  mono.read(x, a);
  let r = rate;
  if (rate !== 48000) {
    x = resample(x, rate, 48000);
    r = 48000;
  }
  let inst = -1;
  try {
    const p = gg.getDefaultParameters();
    p.sampleRateInp = r;
    p.sampleRateOut = r;
    p.sampleFormatInp = gg.SampleFormat.GGWAVE_SAMPLE_FORMAT_F32;
    p.operatingMode = gg.GGWAVE_OPERATING_MODE_RX;
    inst = gg.init(p);
    if (inst < 0) throw new Error('ggwave refused the parameters');
    for (let i = 0; i < x.length && res.messages.length < MAX_MESSAGES; i += PIECE) {
      const piece = x.slice(i, Math.min(x.length, i + PIECE));
      const out = gg.decode(inst, new Int8Array(piece.buffer));
      if (out && out.length > 0) res.messages.push({ bytes: Uint8Array.from(out, (v) => v & 0xff), endSeconds: a / rate + (i + piece.length) / r });
    }
  } catch (e) {
    res.error = `ggwave decoder failed: ${e instanceof Error ? e.message : String(e)}`;
    // an abort leaves the module in an undefined state: load a fresh one next time
    loading = null;
    inst = -1;
  } finally {
    if (inst >= 0) {
      try {
        gg.free(inst);
      } catch {
        loading = null;
      }
    }
  }
  return res;
}
