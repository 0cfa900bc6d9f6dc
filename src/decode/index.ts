/**
 * Decoders shared by every analyzer: find encoded runs in bytes, peel layers (base64/base32/hex, zlib/gzip/bz2/raw
 * deflate, repeating-key XOR against known plaintexts), classify what comes out, and render a defanged preview.
 *
 * Everything here is bounded (input considered, output per layer, XOR keys tried) and never throws.
 */

import type { BlobVerdict, EncodedRun, InspectOptions } from './types.js';
import { classify, type Classification } from './classify.js';
import { decompress, inflateRaw, unxor, type Peeled, type XorBudget } from './layers.js';
import { findEncodedRuns } from './runs.js';
import { defang } from './defang.js';
import { findExecutables } from '../formats/magic.js';

export type { BlobKind, BlobVerdict, EncodedRun, InspectOptions } from './types.js';
export { findEncodedRuns, decodeBase32 } from './runs.js';
export { defang } from './defang.js';
export { classify, classifyText, entropy, printableRatio } from './classify.js';

const DEFAULTS = {
  maxDepth: 4,
  maxOutput: 8 * 1024 * 1024,
  maxInput: 64 * 1024 * 1024,
  maxXorAttempts: 256,
};

/** Bytes of decoded content searched for an executable header that does not sit at offset 0. */
const EMBEDDED_SEARCH = 1024 * 1024;

interface State {
  data: Uint8Array;
  layers: string[];
  cls: Classification;
}

/** Peel layers off `data` and classify the result. Never throws; bounded by `opts`. */
export function inspectBlob(data: Uint8Array, opts: InspectOptions = {}): BlobVerdict {
  return inspectWithLayers(data, [], opts);
}

/** Inspect the decoded bytes of an encoded run: the run's encoding is the first layer. */
export function inspectRun(run: EncodedRun, opts: InspectOptions = {}): BlobVerdict {
  return inspectWithLayers(run.decoded, [run.encoding], opts);
}

function inspectWithLayers(data: Uint8Array, initial: string[], opts: InspectOptions): BlobVerdict {
  try {
    return inspectInner(data, initial, opts);
  } catch (e) {
    // A bug must not hide a blob: report it as unclassified binary so callers still see its size.
    const size = data?.length ?? 0;
    return { kind: size ? 'binary' : 'empty', format: 'unknown', layers: initial, size, danger: 0.2, summary: `not fully inspected (${e instanceof Error ? e.message : String(e)})`, preview: '' };
  }
}

function inspectInner(data: Uint8Array, initial: string[], opts: InspectOptions): BlobVerdict {
  const maxDepth = Math.max(0, opts.maxDepth ?? DEFAULTS.maxDepth);
  const maxOutput = Math.max(1024, opts.maxOutput ?? DEFAULTS.maxOutput);
  const maxInput = Math.max(16, opts.maxInput ?? DEFAULTS.maxInput);
  const budget: XorBudget = { attempts: opts.maxXorAttempts ?? DEFAULTS.maxXorAttempts };

  let cur: State = { data: data.length > maxInput ? data.subarray(0, maxInput) : data, layers: [...initial], cls: classify(data.subarray(0, maxInput)) };
  // The most dangerous state wins (a Python dropper stays a dropper even if its inner blob is only random bytes);
  // on equal danger the deepest state is the more precise answer.
  let best = cur;
  for (let depth = 0; depth < maxDepth; depth++) {
    const next = peel(cur, budget, maxOutput);
    if (!next) break;
    const cls = classify(next.out);
    cur = { data: next.out, layers: [...cur.layers, next.layer], cls };
    if (cls.danger >= best.cls.danger) best = cur;
  }

  if (best.cls.kind !== 'executable' && best.layers.length > 0) {
    const [emb] = findExecutables(best.data, { from: 1, limit: EMBEDDED_SEARCH });
    if (emb) {
      const sub = best.data.subarray(emb.offset);
      const c = classify(sub);
      best = { data: sub, layers: [...best.layers, `skip:${emb.offset}`], cls: c };
    }
  }
  return verdict(best);
}

/** One layer off the current state, or null when nothing more can be peeled. */
function peel(st: State, budget: XorBudget, maxOutput: number): Peeled | null {
  const { data, cls } = st;
  switch (cls.kind) {
    case 'archive':
      return decompress(data, maxOutput);
    case 'text':
      // An executable XOR-ed with a printable key reads as text (its zeros become the key): text without spaces
      // is worth the XOR attempts.
      return decodeWholeText(data, maxOutput) ?? (fewSpaces(data) ? unxor(data, budget, true) : null);
    case 'python':
    case 'shell':
    case 'powershell':
      return embeddedRun(data, maxOutput);
    case 'binary':
    case 'random': {
      const z = decompress(data, maxOutput);
      if (z) return z;
      const x = unxor(data, budget);
      if (x) return x;
      if (cls.kind === 'random') {
        const r = inflateRaw(data, maxOutput);
        if (r) {
          const k = classify(r.out).kind;
          if (k !== 'binary' && k !== 'random') return r;
        }
      }
      return null;
    }
    default:
      return null;
  }
}

function fewSpaces(d: Uint8Array): boolean {
  const n = Math.min(d.length, 4096);
  let sp = 0;
  for (let i = 0; i < n; i++) if (d[i] === 0x20 || d[i] === 0x0a) sp++;
  return n >= 64 && sp < n * 0.03;
}

/** Text that is (almost) entirely one encoded run, e.g. a base64 file, possibly wrapped in quotes or whitespace. */
function decodeWholeText(d: Uint8Array, maxOutput: number): Peeled | null {
  let nonWs = 0;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const c = d[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) nonWs++;
  }
  if (nonWs < 16) return null;
  const runs = findEncodedRuns(d, 16, 4, { maxDecode: maxOutput });
  for (const r of runs) {
    // line breaks inside the run are not counted against it
    let inner = 0;
    for (let i = r.offset; i < r.offset + r.length; i++) {
      const c = d[i];
      if (c !== 0x0a && c !== 0x0d) inner++;
    }
    if (inner >= nonWs * 0.9) return { layer: r.encoding, out: r.decoded };
  }
  return null;
}

/** The longest encoded run inside decoded code (the `exec(b64decode("..."))` pattern), as a further layer. */
function embeddedRun(d: Uint8Array, maxOutput: number): Peeled | null {
  const runs = findEncodedRuns(d, 40, 8, { maxDecode: maxOutput });
  let longest: EncodedRun | null = null;
  for (const r of runs) if (!longest || r.length > longest.length) longest = r;
  return longest ? { layer: `${longest.encoding}@${longest.offset}`, out: longest.decoded } : null;
}

function humanLayer(l: string): string {
  if (l.startsWith('xor-keyprefix:')) return `XOR with the ${(l.length - 14) / 2}-byte key stored in front`;
  if (l.startsWith('xor:')) return `XOR key ${(l.length - 4) / 2} byte${l.length - 4 === 2 ? '' : 's'}`;
  if (l.startsWith('skip:')) return `${l.slice(5)} bytes of prefix`;
  const at = l.indexOf('@');
  if (at > 0) return `${l.slice(0, at)} found inside`;
  return l;
}

function verdict(st: State): BlobVerdict {
  const { data, layers, cls } = st;
  const size = data.length;
  const after = layers.length ? ` after ${layers.map(humanLayer).join(' + ')}` : '';
  const summary = `${cls.what}, ${size} bytes${after}`;
  let preview: string;
  switch (cls.kind) {
    case 'executable':
    case 'bytecode':
    case 'archive':
    case 'image':
    case 'audio':
    case 'font':
      // never raw bytes of an executable; the other formats say nothing useful as text either
      preview = `[${cls.what}, ${size} bytes]`;
      break;
    case 'binary':
    case 'random':
      preview = defang(data.subarray(0, 40), 160);
      break;
    default:
      preview = defang(data.subarray(0, 400), 200);
  }
  return { kind: cls.kind, format: cls.format, layers, size, danger: cls.danger, summary, preview };
}
export { metadataSpans, type Span } from './metadata.js';
