/**
 * PNG structure walker. Pure and bounded: it never throws, never trusts a declared length beyond the real buffer, and
 * stops after a fixed number of chunks. It returns the chunks it found, the IHDR fields and IDAT ranges (for pixel
 * decoders), and anomalies with their offsets. It does not decompress anything.
 */

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Chunks walked at most; real files with many small IDAT chunks stay far below. */
export const PNG_MAX_CHUNKS = 100_000;

export interface PngChunk {
  /** Four ASCII letters (non-letters are kept as-is, latin1). */
  type: string;
  /** Offset of the chunk's length field. */
  offset: number;
  /** Length as declared in the file. */
  declaredLength: number;
  dataOffset: number;
  /** Bytes of data actually present (less than declared when the file is truncated). */
  dataLength: number;
  /** CRC matches; null when the chunk is truncated and has no CRC. */
  crcOk: boolean | null;
  /** Offset just past the CRC (or the end of the buffer when truncated). */
  end: number;
}

export interface PngIhdr {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  compression: number;
  filter: number;
  interlace: number;
}

export type PngAnomalyCode =
  | 'bad-signature'
  | 'truncated-chunk'
  | 'bad-length'
  | 'bad-type'
  | 'bad-crc'
  | 'ihdr-not-first'
  | 'bad-ihdr'
  | 'duplicate-critical'
  | 'idat-not-contiguous'
  | 'no-idat'
  | 'missing-iend'
  | 'too-many-chunks';

export interface PngAnomaly {
  code: PngAnomalyCode;
  message: string;
  offset: number;
  length?: number;
}

export interface ByteRange {
  offset: number;
  length: number;
}

export interface PngStructure {
  /** The 8-byte signature is present. When false nothing else was parsed. */
  signature: boolean;
  chunks: PngChunk[];
  ihdr: PngIhdr | null;
  /** Data ranges of the IDAT chunks, in file order (concatenated they form the zlib stream). */
  idat: ByteRange[];
  /** Sum of IDAT data lengths. */
  idatBytes: number;
  /** Offset of the IEND chunk, -1 when absent. */
  iendOffset: number;
  /** Bytes after the IEND chunk's CRC; null when there are none or IEND is missing. */
  trailing: ByteRange | null;
  /** The chunk cap was hit: the rest of the file was not walked. */
  capped: boolean;
  anomalies: PngAnomaly[];
}

let CRC_TABLE: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (CRC_TABLE) return CRC_TABLE;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  CRC_TABLE = t;
  return t;
}

/** CRC-32 (ISO 3309, as PNG uses it) of d[start, end). */
export function crc32(d: Uint8Array, start = 0, end = d.length): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = t[(c ^ d[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function be32(d: Uint8Array, o: number): number {
  return ((d[o] << 24) | (d[o + 1] << 16) | (d[o + 2] << 8) | d[o + 3]) >>> 0;
}

function chunkType(d: Uint8Array, o: number): string {
  return String.fromCharCode(d[o], d[o + 1], d[o + 2], d[o + 3]);
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Critical chunks have an upper-case first letter; ancillary ones a lower-case one. */
export function isCritical(type: string): boolean {
  const c = type.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}

/** Private chunks have a lower-case second letter. */
export function isPrivate(type: string): boolean {
  const c = type.charCodeAt(1);
  return c >= 0x61 && c <= 0x7a;
}

export function hasPngSignature(d: Uint8Array): boolean {
  if (d.length < 8) return false;
  for (let i = 0; i < 8; i++) if (d[i] !== PNG_SIGNATURE[i]) return false;
  return true;
}

/** Walk every chunk of a PNG. Never throws. */
export function parsePng(d: Uint8Array, maxChunks = PNG_MAX_CHUNKS): PngStructure {
  const s: PngStructure = {
    signature: false,
    chunks: [],
    ihdr: null,
    idat: [],
    idatBytes: 0,
    iendOffset: -1,
    trailing: null,
    capped: false,
    anomalies: [],
  };
  const anomaly = (code: PngAnomalyCode, message: string, offset: number, length?: number): void => {
    // a hostile file can repeat the same defect; a handful of each kind is enough evidence
    if (s.anomalies.length < 64) s.anomalies.push(length === undefined ? { code, message, offset } : { code, message, offset, length });
  };
  if (!hasPngSignature(d)) {
    anomaly('bad-signature', 'no PNG signature', 0);
    return s;
  }
  s.signature = true;
  let pos = 8;
  let lastIdatIndex = -1;
  let sawIhdr = false;
  let sawPlte = false;
  while (pos < d.length) {
    if (s.chunks.length >= maxChunks) {
      s.capped = true;
      anomaly('too-many-chunks', `more than ${maxChunks} chunks; the rest was not walked`, pos);
      return s;
    }
    if (pos + 8 > d.length) {
      anomaly('truncated-chunk', 'chunk header cut off by the end of the file', pos, d.length - pos);
      break;
    }
    const declared = be32(d, pos);
    const type = chunkType(d, pos + 4);
    const typeOk = isLetter(d[pos + 4]) && isLetter(d[pos + 5]) && isLetter(d[pos + 6]) && isLetter(d[pos + 7]);
    if (!typeOk) {
      // not a chunk: whatever follows is not PNG structure; the caller treats it as stray data
      anomaly('bad-type', `invalid chunk type bytes at ${pos}`, pos, d.length - pos);
      break;
    }
    if (declared > 0x7fffffff) {
      anomaly('bad-length', `chunk ${type} declares length ${declared} (> 2^31-1)`, pos);
      break;
    }
    const dataOffset = pos + 8;
    const avail = Math.min(declared, d.length - dataOffset);
    const crcPos = dataOffset + declared;
    let crcOk: boolean | null = null;
    let end: number;
    if (crcPos + 4 <= d.length) {
      crcOk = crc32(d, pos + 4, crcPos) === be32(d, crcPos);
      end = crcPos + 4;
    } else {
      end = d.length;
      anomaly('truncated-chunk', `chunk ${type} declares ${declared} bytes but the file ends first`, pos, d.length - pos);
    }
    const chunk: PngChunk = { type, offset: pos, declaredLength: declared, dataOffset, dataLength: avail, crcOk, end };
    s.chunks.push(chunk);
    if (crcOk === false) anomaly('bad-crc', `chunk ${type} has a wrong CRC`, pos, end - pos);

    const index = s.chunks.length - 1;
    if (index === 0 && type !== 'IHDR' && type !== 'CgBI') anomaly('ihdr-not-first', `first chunk is ${type}, not IHDR`, pos);
    if (type === 'IHDR') {
      if (sawIhdr) anomaly('duplicate-critical', 'second IHDR chunk', pos);
      else if (index > 1 || (index === 1 && s.chunks[0].type !== 'CgBI')) anomaly('ihdr-not-first', 'IHDR is not the first chunk', pos);
      sawIhdr = true;
      if (avail >= 13 && !s.ihdr) {
        s.ihdr = {
          width: be32(d, dataOffset),
          height: be32(d, dataOffset + 4),
          bitDepth: d[dataOffset + 8],
          colorType: d[dataOffset + 9],
          compression: d[dataOffset + 10],
          filter: d[dataOffset + 11],
          interlace: d[dataOffset + 12],
        };
        if (declared !== 13 || !validIhdr(s.ihdr)) anomaly('bad-ihdr', 'IHDR fields are out of range', pos, end - pos);
      } else if (avail < 13) anomaly('bad-ihdr', 'IHDR is shorter than 13 bytes', pos, end - pos);
    } else if (type === 'PLTE') {
      if (sawPlte) anomaly('duplicate-critical', 'second PLTE chunk', pos);
      sawPlte = true;
    } else if (type === 'IDAT') {
      if (lastIdatIndex >= 0 && lastIdatIndex !== index - 1) anomaly('idat-not-contiguous', 'IDAT chunks are not consecutive', pos);
      lastIdatIndex = index;
      s.idat.push({ offset: dataOffset, length: avail });
      s.idatBytes += avail;
    } else if (type === 'IEND') {
      s.iendOffset = pos;
      if (end < d.length) s.trailing = { offset: end, length: d.length - end };
      break;
    }
    pos = end;
  }
  if (s.iendOffset < 0) anomaly('missing-iend', 'no IEND chunk', d.length);
  if (s.idat.length === 0) anomaly('no-idat', 'no IDAT chunk', 8);
  return s;
}

function validIhdr(h: PngIhdr): boolean {
  if (h.width === 0 || h.height === 0 || h.width > 0x7fffffff || h.height > 0x7fffffff) return false;
  const depths: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
  const ok = depths[h.colorType];
  return !!ok && ok.includes(h.bitDepth) && h.compression === 0 && h.filter === 0 && h.interlace <= 1;
}

/** Where the data bytes that follow a walk's last chunk start when the walk stopped on a non-chunk. */
export function strayFrom(s: PngStructure, fileLength: number): ByteRange | null {
  if (!s.signature || s.iendOffset >= 0 || s.capped) return null;
  const last = s.chunks.length ? s.chunks[s.chunks.length - 1].end : 8;
  return last < fileLength ? { offset: last, length: fileLength - last } : null;
}
