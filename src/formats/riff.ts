/**
 * RIFF / RIFX / RF64 (WAVE) and IFF FORM (AIFF/AIFC) chunk walker.
 *
 * Pure and bounded: every declared size is checked against the real buffer, the walk stops after a fixed number of
 * chunks, and nothing throws. The result says where every chunk really sits, what the `fmt ` (or AIFF `COMM`) chunk
 * declares, where the sample data is, what lies after the container's end, and every anomaly met on the way with its
 * offset.
 */

export type RiffContainer = 'RIFF' | 'RIFX' | 'RF64' | 'FORM';

export interface RiffChunk {
  /** FourCC as read (latin1). */
  id: string;
  /** Offset of the 8-byte chunk header. */
  offset: number;
  /** Offset of the chunk payload. */
  dataOffset: number;
  /** Size the header declares (for RF64 `data`, the 64-bit size from `ds64`). */
  declaredSize: number;
  /** Payload bytes really present inside the container (<= declaredSize). */
  size: number;
  /** `LIST` / `FORM` form type of a list chunk. */
  listType?: string;
  /** Id of the enclosing `LIST` chunk's form type for sub-chunks (e.g. `INFO`), undefined at top level. */
  parent?: string;
}

/** `WAVEFORMATEX` (+ `WAVEFORMATEXTENSIBLE`) fields, or the AIFF `COMM` chunk mapped onto them. */
export interface WavFormat {
  /** 1 = PCM, 3 = IEEE float, 0xFFFE = extensible, ...; for AIFF 1 (PCM) or the AIFC compression type as a tag of 0. */
  formatTag: number;
  channels: number;
  sampleRate: number;
  byteRate: number;
  blockAlign: number;
  bitsPerSample: number;
  /** Extensible: the real format tag from the SubFormat GUID, valid bits per sample and the channel mask. */
  extensible?: { validBitsPerSample: number; channelMask: number; subFormat: string; subFormatTag: number | null };
  /** AIFC compression type FourCC. */
  compression?: string;
  /** AIFF: number of sample frames declared by COMM. */
  sampleFrames?: number;
}

export interface RiffAnomaly {
  code:
    | 'truncated-header'
    | 'riff-size-past-end' // container size larger than the file (truncated file or lying size)
    | 'riff-size-unknown' // 0 or 0xFFFFFFFF container size (streaming writers)
    | 'chunk-past-end' // a chunk size runs past the container end
    | 'chunk-size-ff' // 0xFFFFFFFF chunk size outside RF64
    | 'bad-chunk-id' // non-printable FourCC: the walk cannot continue
    | 'chunk-limit'
    | 'unpadded-odd-chunk' // writer forgot the pad byte after an odd-sized chunk
    | 'missing-fmt'
    | 'missing-data'
    | 'duplicate-chunk'
    | 'bad-fmt' // fmt too small or fields that cannot be
    | 'bad-ds64'
    | 'list-overrun'; // sub-chunks of a LIST do not fit it
  message: string;
  offset: number;
  length?: number;
}

export interface RiffParse {
  container: RiffContainer | null;
  /** WAVE, AIFF, AIFC, ... */
  formType: string;
  bigEndian: boolean;
  /** Size field of the container header. */
  declaredSize: number;
  /** Where the container ends: min(8 + declared size, file length), or the file length when the size is unknown. */
  end: number;
  /** Top-level chunks followed by the sub-chunks of LIST chunks, in file order. */
  chunks: RiffChunk[];
  fmt: WavFormat | null;
  /** The sample data (`data` / `SSND` payload, SSND offset applied), clipped to the file. */
  data: { offset: number; size: number; declaredSize: number } | null;
  /** Bytes after the container end, if any. */
  trailing: { offset: number; length: number } | null;
  /** Bytes inside the container the walk could not parse (after a bad chunk id). */
  unparsed: { offset: number; length: number } | null;
  anomalies: RiffAnomaly[];
}

export const MAX_RIFF_CHUNKS = 4096;
const MAX_LIST_CHILDREN = 1024;
/** Chunks recorded at most over the whole file, LIST sub-chunks included (4096 LISTs x 1024 children otherwise). */
export const MAX_RIFF_CHUNKS_TOTAL = 16384;

const u32le = (d: Uint8Array, i: number): number => (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0;
const u32be = (d: Uint8Array, i: number): number => ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0;
const u16le = (d: Uint8Array, i: number): number => d[i] | (d[i + 1] << 8);
const u16be = (d: Uint8Array, i: number): number => (d[i] << 8) | d[i + 1];

export function fourcc(d: Uint8Array, i: number): string {
  if (i + 4 > d.length) return '';
  return String.fromCharCode(d[i], d[i + 1], d[i + 2], d[i + 3]);
}

/** A FourCC made of printable ASCII (space allowed, as in `fmt `). */
export function isPrintableFourcc(d: Uint8Array, i: number): boolean {
  if (i + 4 > d.length) return false;
  for (let k = 0; k < 4; k++) if (d[i + k] < 0x20 || d[i + k] > 0x7e) return false;
  return d[i] !== 0x20; // a FourCC never starts with a space
}

/** True for a RIFF/RIFX/RF64 WAVE or FORM AIFF/AIFC header. */
export function isRiffAudio(d: Uint8Array): boolean {
  const c = fourcc(d, 0);
  const f = fourcc(d, 8);
  return ((c === 'RIFF' || c === 'RIFX' || c === 'RF64') && f === 'WAVE') || (c === 'FORM' && (f === 'AIFF' || f === 'AIFC'));
}

/** KSDATAFORMAT_SUBTYPE_* GUIDs share this tail; the first two bytes are then the classic format tag. */
const KS_GUID_TAIL = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

function guidString(d: Uint8Array, i: number): string {
  const h = (a: number, b: number): string => Array.from(d.subarray(a, b), (x) => x.toString(16).padStart(2, '0')).join('');
  // the first three fields are little-endian
  const rev = (a: number, n: number): string => Array.from(d.subarray(a, a + n)).reverse().map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${rev(i, 4)}-${rev(i + 4, 2)}-${rev(i + 6, 2)}-${h(i + 8, i + 10)}-${h(i + 10, i + 16)}`;
}

/** Parse a `fmt ` payload. Returns null (and the caller records `bad-fmt`) when it is too small to hold the basics. */
export function parseWavFmt(d: Uint8Array, off: number, size: number, bigEndian = false): WavFormat | null {
  if (size < 14 || off + 14 > d.length) return null;
  const r16 = bigEndian ? u16be : u16le;
  const r32 = bigEndian ? u32be : u32le;
  const fmt: WavFormat = {
    formatTag: r16(d, off),
    channels: r16(d, off + 2),
    sampleRate: r32(d, off + 4),
    byteRate: r32(d, off + 8),
    blockAlign: r16(d, off + 12),
    bitsPerSample: size >= 16 && off + 16 <= d.length ? r16(d, off + 14) : 0,
  };
  if (fmt.formatTag === 0xfffe && size >= 40 && off + 40 <= d.length) {
    const g = off + 24;
    let ks = true;
    for (let k = 0; k < KS_GUID_TAIL.length; k++) if (d[g + 2 + k] !== KS_GUID_TAIL[k]) ks = false;
    fmt.extensible = {
      validBitsPerSample: r16(d, off + 18),
      channelMask: r32(d, off + 20),
      subFormat: guidString(d, g),
      subFormatTag: ks ? u16le(d, g) : null,
    };
  }
  return fmt;
}

/** IEEE 754 80-bit extended (AIFF sample rate), big-endian. */
function extended80(d: Uint8Array, i: number): number {
  const exp = ((d[i] & 0x7f) << 8) | d[i + 1];
  const hi = u32be(d, i + 2);
  const lo = u32be(d, i + 6);
  if (exp === 0 && hi === 0 && lo === 0) return 0;
  const mant = hi * 2 ** 32 + lo;
  const v = mant * 2 ** (exp - 16383 - 63);
  return (d[i] & 0x80 ? -v : v) || 0;
}

function parseAiffComm(d: Uint8Array, off: number, size: number, aifc: boolean): WavFormat | null {
  if (size < 18 || off + 18 > d.length) return null;
  const channels = u16be(d, off);
  const frames = u32be(d, off + 2);
  const bits = u16be(d, off + 6);
  const rate = extended80(d, off + 8);
  const compression = aifc && size >= 22 && off + 22 <= d.length ? fourcc(d, off + 18) : 'NONE';
  const block = channels * Math.ceil(bits / 8);
  return {
    formatTag: compression === 'NONE' || compression === 'twos' || compression === 'sowt' ? 1 : compression === 'fl32' || compression === 'fl64' ? 3 : 0,
    channels,
    sampleRate: Number.isFinite(rate) ? Math.round(rate) : 0,
    byteRate: Math.round(block * (Number.isFinite(rate) ? rate : 0)),
    blockAlign: block,
    bitsPerSample: bits,
    compression,
    sampleFrames: frames,
  };
}

interface WalkState {
  d: Uint8Array;
  be: boolean;
  chunks: RiffChunk[];
  anomalies: RiffAnomaly[];
}

/**
 * Walk chunks in [start, end). Returns where the walk stopped (end when it consumed everything) and whether it stopped
 * on a bad id. `ds64Data` supplies the RF64 `data` size.
 */
function walk(
  st: WalkState,
  start: number,
  end: number,
  parent: string | undefined,
  maxCount: number,
  ds64Data: number | null,
  streaming = false,
): { stop: number; bad: boolean; limited: boolean } {
  const { d, be } = st;
  const r32 = be ? u32be : u32le;
  let pos = start;
  let count = 0;
  while (pos + 8 <= end) {
    if (count >= maxCount || st.chunks.length >= MAX_RIFF_CHUNKS_TOTAL) return { stop: pos, bad: false, limited: true };
    if (!isPrintableFourcc(d, pos)) {
      // a run of zero bytes where a chunk header should be is padding some writers leave; anything else is garbage
      return { stop: pos, bad: true, limited: false };
    }
    const id = fourcc(d, pos);
    let declared = r32(d, pos + 4);
    const dataOffset = pos + 8;
    if (declared === 0xffffffff) {
      if (id === 'data' && ds64Data !== null) declared = ds64Data;
      else if (parent === undefined && id === 'data') {
        // streaming writers: data runs to the end
        st.anomalies.push({ code: 'chunk-size-ff', message: `chunk '${id}' has size 0xFFFFFFFF`, offset: pos });
        declared = end - dataOffset;
      } else {
        st.anomalies.push({ code: 'chunk-size-ff', message: `chunk '${printable(id)}' has size 0xFFFFFFFF`, offset: pos });
      }
    }
    if (streaming && declared === 0 && id === 'data' && parent === undefined && !isPrintableFourcc(d, dataOffset)) {
      // streaming writers leave both the container and the data size at 0: the samples run to the end
      declared = end - dataOffset;
    }
    const avail = Math.max(0, Math.min(declared, end - dataOffset));
    if (dataOffset + declared > end) {
      st.anomalies.push({
        code: 'chunk-past-end',
        message: `chunk '${printable(id)}' declares ${declared} bytes but only ${avail} remain`,
        offset: pos,
        length: avail + 8,
      });
    }
    const chunk: RiffChunk = { id, offset: pos, dataOffset, declaredSize: declared, size: avail };
    if (parent !== undefined) chunk.parent = parent;
    if ((id === 'LIST' || (be && id === 'FORM')) && avail >= 4) chunk.listType = fourcc(d, dataOffset);
    st.chunks.push(chunk);
    count++;
    if (chunk.listType !== undefined && parent === undefined) {
      const sub = walk(st, dataOffset + 4, dataOffset + avail, chunk.listType, MAX_LIST_CHILDREN, null);
      if (sub.stop < dataOffset + avail && (sub.bad || sub.limited || dataOffset + avail - sub.stop >= 8)) {
        // trailing zero bytes inside a LIST are sloppy writers, not an overrun
        if (!allZero(d, sub.stop, dataOffset + avail)) {
          st.anomalies.push({
            code: 'list-overrun',
            message: `LIST '${printable(chunk.listType)}' has ${dataOffset + avail - sub.stop} bytes its sub-chunks do not cover`,
            offset: sub.stop,
            length: dataOffset + avail - sub.stop,
          });
        }
      }
    }
    if (dataOffset + declared >= end) return { stop: end, bad: false, limited: false };
    let next = dataOffset + declared;
    if (declared & 1) {
      // RIFF pads odd chunks to even; some writers forget. Prefer the reading that lands on a chunk header.
      // The pad byte is zero; a non-zero byte there that starts a plausible chunk header means the writer skipped it.
      const r32x = be ? u32be : u32le;
      const plausible = (q: number): boolean => q + 8 <= end && isPrintableFourcc(d, q) && q + 8 + r32x(d, q + 4) <= end;
      if (d[next] !== 0 && plausible(next) && !(isPrintableFourcc(d, next + 1) && plausible(next + 1) && !plausible(next))) {
        st.anomalies.push({ code: 'unpadded-odd-chunk', message: `odd-sized chunk '${printable(id)}' has no pad byte`, offset: pos });
      } else next += 1;
    }
    pos = next;
  }
  return { stop: Math.min(pos, end), bad: false, limited: false };
}

function allZero(d: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (d[i] !== 0) return false;
  return true;
}

function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?');
}

/** Walk a RIFF/RIFX/RF64 WAVE or FORM AIFF file. Never throws. */
export function parseRiff(d: Uint8Array): RiffParse {
  const res: RiffParse = {
    container: null,
    formType: '',
    bigEndian: false,
    declaredSize: 0,
    end: d.length,
    chunks: [],
    fmt: null,
    data: null,
    trailing: null,
    unparsed: null,
    anomalies: [],
  };
  if (d.length < 12) {
    res.anomalies.push({ code: 'truncated-header', message: `file is ${d.length} bytes, shorter than a RIFF header`, offset: 0 });
    return res;
  }
  const c = fourcc(d, 0);
  if (c !== 'RIFF' && c !== 'RIFX' && c !== 'RF64' && c !== 'FORM') {
    res.anomalies.push({ code: 'truncated-header', message: 'no RIFF/FORM header', offset: 0 });
    return res;
  }
  res.container = c;
  res.bigEndian = c === 'RIFX' || c === 'FORM';
  res.formType = fourcc(d, 8);
  const r32 = res.bigEndian ? u32be : u32le;
  res.declaredSize = r32(d, 4);

  // RF64: the real sizes live in the ds64 chunk that must come first.
  let ds64Data: number | null = null;
  let riffSize = res.declaredSize;
  if (c === 'RF64') {
    if (fourcc(d, 12) === 'ds64' && d.length >= 12 + 8 + 24) {
      const lo = (i: number): number => u32le(d, i) + u32le(d, i + 4) * 2 ** 32;
      riffSize = lo(20);
      ds64Data = lo(28);
    } else {
      res.anomalies.push({ code: 'bad-ds64', message: 'RF64 file without a ds64 chunk first', offset: 12 });
    }
  }

  let sizeKnown = true;
  if (riffSize === 0 || (riffSize === 0xffffffff && c !== 'RF64')) {
    sizeKnown = false;
    res.anomalies.push({ code: 'riff-size-unknown', message: `${c} size field is 0x${riffSize.toString(16)} (unknown size)`, offset: 4 });
  }
  let end = sizeKnown ? 8 + riffSize : d.length;
  if (end > d.length) {
    res.anomalies.push({
      code: 'riff-size-past-end',
      message: `${c} declares ${riffSize} bytes but the file holds ${d.length - 8}`,
      offset: 4,
      length: end - d.length,
    });
    end = d.length;
  }
  // A container size of an odd number usually omits the final pad byte; the pad byte itself is not trailing data.
  if (sizeKnown && end < d.length && end + 1 === d.length && d[end] === 0) end = d.length;
  res.end = end;
  if (end < d.length) res.trailing = { offset: end, length: d.length - end };

  const st: WalkState = { d, be: res.bigEndian, chunks: res.chunks, anomalies: res.anomalies };
  const w = walk(st, 12, end, undefined, MAX_RIFF_CHUNKS, ds64Data, !sizeKnown);
  // A container size miscounted short cuts the last chunk; when the file holds that chunk in full, its bytes are
  // explained by the chunk, not trailing data (the size lie itself is still an anomaly).
  let lastTop: RiffChunk | undefined;
  for (let k = res.chunks.length - 1; k >= 0 && !lastTop; k--) if (res.chunks[k].parent === undefined) lastTop = res.chunks[k];
  if (lastTop && res.trailing && lastTop.dataOffset + lastTop.declaredSize > end) {
    const full = lastTop.dataOffset + lastTop.declaredSize;
    if (full <= d.length) {
      res.anomalies.push({ code: 'chunk-past-end', message: `chunk '${printable(lastTop.id)}' runs ${full - end} bytes past the ${c} end`, offset: lastTop.offset });
      // drop the "runs past the end" anomaly the walk recorded against the container end
      const k = res.anomalies.findIndex((a) => a.code === 'chunk-past-end' && a.offset === lastTop.offset);
      if (k >= 0) res.anomalies.splice(k, 1);
      lastTop.size = lastTop.declaredSize;
      let e2 = full + (full & 1 && full < d.length && d[full] === 0 ? 1 : 0);
      if (e2 > d.length) e2 = d.length;
      res.trailing = e2 < d.length ? { offset: e2, length: d.length - e2 } : null;
    }
  }
  if (w.limited) {
    res.anomalies.push({ code: 'chunk-limit', message: `more than ${MAX_RIFF_CHUNKS} chunks (${MAX_RIFF_CHUNKS_TOTAL} with LIST sub-chunks): walk stopped`, offset: w.stop });
  }
  if (w.stop < end) {
    // fewer than 8 bytes at the end, or a bad id: zero bytes are padding, anything else is unparsed
    if (!allZero(d, w.stop, end)) {
      res.unparsed = { offset: w.stop, length: end - w.stop };
      if (w.bad) {
        res.anomalies.push({
          code: 'bad-chunk-id',
          message: `no valid chunk header at ${w.stop}: ${end - w.stop} bytes unparsed`,
          offset: w.stop,
          length: end - w.stop,
        });
      }
    }
  }

  // fmt and data (WAVE), COMM and SSND (AIFF)
  const top = res.chunks.filter((ch) => ch.parent === undefined);
  const isAiff = c === 'FORM';
  const fmtId = isAiff ? 'COMM' : 'fmt ';
  const dataId = isAiff ? 'SSND' : 'data';
  const seen = new Map<string, number>();
  for (const ch of top) seen.set(ch.id, (seen.get(ch.id) ?? 0) + 1);
  for (const id of [fmtId, dataId]) {
    if ((seen.get(id) ?? 0) > 1) {
      const second = top.filter((ch) => ch.id === id)[1];
      res.anomalies.push({ code: 'duplicate-chunk', message: `more than one '${id.trim()}' chunk`, offset: second.offset });
    }
  }
  const fmtChunk = top.find((ch) => ch.id === fmtId);
  if (!fmtChunk) res.anomalies.push({ code: 'missing-fmt', message: `no '${fmtId.trim()}' chunk`, offset: 12 });
  else {
    res.fmt = isAiff
      ? parseAiffComm(d, fmtChunk.dataOffset, fmtChunk.size, res.formType === 'AIFC')
      : parseWavFmt(d, fmtChunk.dataOffset, fmtChunk.size, res.bigEndian);
    if (!res.fmt) res.anomalies.push({ code: 'bad-fmt', message: `'${fmtId.trim()}' chunk too small (${fmtChunk.size} bytes)`, offset: fmtChunk.offset });
    else if (res.fmt.channels === 0 || res.fmt.sampleRate === 0) {
      res.anomalies.push({ code: 'bad-fmt', message: `'${fmtId.trim()}' declares ${res.fmt.channels} channels at ${res.fmt.sampleRate} Hz`, offset: fmtChunk.offset });
    }
  }
  const dataChunk = top.find((ch) => ch.id === dataId);
  if (!dataChunk) res.anomalies.push({ code: 'missing-data', message: `no '${dataId}' chunk`, offset: 12 });
  else if (isAiff) {
    const skip = dataChunk.size >= 8 ? 8 + u32be(d, dataChunk.dataOffset) : dataChunk.size;
    const off = dataChunk.dataOffset + Math.min(skip, dataChunk.size);
    res.data = { offset: off, size: dataChunk.dataOffset + dataChunk.size - off, declaredSize: Math.max(0, dataChunk.declaredSize - 8) };
  } else {
    res.data = { offset: dataChunk.dataOffset, size: dataChunk.size, declaredSize: dataChunk.declaredSize };
  }
  return res;
}
