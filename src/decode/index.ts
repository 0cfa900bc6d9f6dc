/**
 * Decoders shared by every analyzer: find encoded runs in bytes, peel layers (base64/base32/hex, zlib/gzip/bz2,
 * repeating-key XOR against known plaintexts), classify what comes out, and render a defanged preview.
 *
 * STUB: the API is fixed here; the implementation is being written.
 */

/** What a blob turned out to be after peeling every layer we could. */
export type BlobKind =
  | 'executable' // PE, ELF, Mach-O
  | 'bytecode' // .pyc, marshal
  | 'python' // Python source
  | 'shell' // sh/bash/cmd command lines
  | 'powershell'
  | 'archive' // zip, tar, 7z, rar
  | 'image'
  | 'audio'
  | 'font'
  | 'text' // other readable text
  | 'binary' // structured bytes we cannot name
  | 'random' // looks encrypted or compressed with an unknown method
  | 'empty';

export interface BlobVerdict {
  kind: BlobKind;
  /** Precise format when known: pe, elf, zip, png, python, ... */
  format: string;
  /** Transforms applied, outermost first: e.g. ['base64', 'xor:4b1f...', 'zlib']. */
  layers: string[];
  /** Size of the innermost decoded content. */
  size: number;
  /** 0..1: how dangerous this content is to find where it was found (1 = executable or code that runs things). */
  danger: number;
  /** Short human explanation: "PE executable (Windows) after base64 + XOR key 8 bytes". */
  summary: string;
  /** Defanged preview of the decoded content: printable, URLs broken, never raw executable bytes. */
  preview: string;
}

export interface EncodedRun {
  encoding: 'base64' | 'base32' | 'hex';
  offset: number;
  length: number;
  decoded: Uint8Array;
}

export interface InspectOptions {
  /** Layers to peel at most. */
  maxDepth?: number;
  /** Bytes any decompression layer may produce. */
  maxOutput?: number;
}

/** Peel layers off `data` and classify the result. Never throws; bounded by `opts`. */
export function inspectBlob(data: Uint8Array, opts: InspectOptions = {}): BlobVerdict {
  void opts;
  return { kind: data.length ? 'binary' : 'empty', format: 'unknown', layers: [], size: data.length, danger: 0, summary: 'not inspected', preview: defang(data) };
}

/** Runs of base64 / base32 / hex of at least `minLength` characters in `data`, decoded. Bounded count. */
export function findEncodedRuns(data: Uint8Array, minLength = 64, maxRuns = 64): EncodedRun[] {
  void data; void minLength; void maxRuns;
  return [];
}

/** Printable, single-line-safe preview: control and non-ASCII bytes escaped, URLs and IPs defanged (hxxp, [.]). */
export function defang(data: Uint8Array | string, max = 160): string {
  const s = typeof data === 'string' ? data : Buffer.from(data.subarray(0, max * 4)).toString('latin1');
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0x20 && c < 0x7f ? ch : `\\x${c.toString(16).padStart(2, '0')}`;
    if (out.length >= max) break;
  }
  return out.replace(/http/gi, 'hxxp').replace(/\./g, '[.]').slice(0, max);
}
