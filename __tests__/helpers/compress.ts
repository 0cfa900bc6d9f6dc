/**
 * Fixtures for the xz/.lzma and Unix compress (.Z) readers. xz and .lzma come from Python's lzma module (the reader
 * package code uses); .Z from a small LZW encoder written here, since nothing on a test machine writes .Z. The
 * encoder writes what ncompress writes (codes LSB first, widths 9..maxBits, the rest of a group of eight codes
 * skipped when the width changes or the table is cleared) and was checked against ncompress and gzip -d.
 */
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

/** Python's lzma.compress with the given keyword arguments, as Python source (e.g. `format=lzma.FORMAT_ALONE`). */
export function pyLzma(data: Uint8Array, kwargs = ''): Uint8Array {
  const script = `import lzma, sys; sys.stdout.buffer.write(lzma.compress(sys.stdin.buffer.read()${kwargs ? ', ' + kwargs : ''}))`;
  return new Uint8Array(execFileSync('python3', ['-c', script], { input: data, maxBuffer: 1 << 30 }));
}

/**
 * Many pyLzma calls in one Python process (starting Python costs more than compressing): name -> [data, kwargs].
 * The keyword arguments are Python source, run as given.
 */
export function pyLzmaAll(jobs: Record<string, [Uint8Array, string]>): Record<string, Uint8Array> {
  const names = Object.keys(jobs);
  const script = [
    'import lzma, sys, base64',
    'for line in sys.stdin:',
    '    kw, data = line.split(" ", 1)',
    '    kw = base64.b64decode(kw).decode()',
    '    c = eval("lzma.compress(d" + (", " + kw if kw else "") + ")", {"lzma": lzma, "d": base64.b64decode(data)})',
    '    print(base64.b64encode(c).decode())',
  ].join('\n');
  const input = names.map((n) => `${Buffer.from(jobs[n][1]).toString('base64')} ${Buffer.from(jobs[n][0]).toString('base64')}`).join('\n');
  const lines = execFileSync('python3', ['-c', script], { input, maxBuffer: 1 << 30 }).toString().trim().split('\n');
  return Object.fromEntries(names.map((n, i) => [n, new Uint8Array(Buffer.from(lines[i], 'base64'))]));
}

/** Python's lzma.decompress: what a package reading the file would get (throws where Python does). */
export function pyUnlzma(data: Uint8Array): Uint8Array {
  const script = 'import lzma, sys; sys.stdout.buffer.write(lzma.decompress(sys.stdin.buffer.read()))';
  return new Uint8Array(execFileSync('python3', ['-c', script], { input: data, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] }));
}

export interface LzwOptions {
  /** Largest code width, 9..16 (compress -b). */
  maxBits?: number;
  /** Block mode (code 256 clears the table); compress always sets it. */
  blockMode?: boolean;
  /** Emit a clear code after this many codes (block mode only), to exercise table resets. */
  clearEvery?: number;
}

/** Unix compress (.Z) of `data`. */
export function lzwCompress(data: Uint8Array, opts: LzwOptions = {}): Uint8Array {
  const maxBits = opts.maxBits ?? 16;
  const blockMode = opts.blockMode ?? true;
  const maxMaxCode = 1 << maxBits;
  const out: number[] = [0x1f, 0x9d, maxBits | (blockMode ? 0x80 : 0)];
  let acc = 0;
  let accBits = 0;
  let bitPos = 0;
  let groupStart = 0;
  const put = (code: number, n: number) => {
    acc |= code << accBits;
    accBits += n;
    bitPos += n;
    while (accBits >= 8) {
      out.push(acc & 0xff);
      acc >>>= 8;
      accBits -= 8;
    }
  };
  let nBits = 9;
  let maxCode = 511;
  /** The reader's next free code, which runs one step behind the writer's table. */
  let readerFree = blockMode ? 257 : 256;
  let dict = new Map<number, number>();
  let free = blockMode ? 257 : 256;
  let codes = 0;
  const skipGroup = () => {
    const group = nBits * 8;
    const target = groupStart + Math.ceil((bitPos - groupStart) / group) * group;
    while (bitPos < target) put(0, Math.min(8, target - bitPos));
    groupStart = bitPos;
  };
  const emit = (code: number, clear = false) => {
    if (readerFree > maxCode) {
      skipGroup();
      nBits++;
      maxCode = nBits === maxBits ? maxMaxCode : (1 << nBits) - 1;
    }
    put(code, nBits);
    if (codes > 0 && !clear && readerFree < maxMaxCode) readerFree++;
    codes++;
  };
  if (data.length === 0) return new Uint8Array(out);
  let ent = data[0];
  for (let i = 1; i < data.length; i++) {
    const c = data[i];
    const key = ent * 256 + c;
    const hit = dict.get(key);
    if (hit !== undefined) {
      ent = hit;
      continue;
    }
    emit(ent);
    if (free < maxMaxCode) dict.set(key, free++);
    ent = c;
    if (blockMode && opts.clearEvery && codes % opts.clearEvery === 0) {
      emit(256, true);
      skipGroup();
      nBits = 9;
      maxCode = 511;
      readerFree = 256;
      dict = new Map();
      free = 257;
    }
  }
  emit(ent);
  if (accBits > 0) out.push(acc & 0xff);
  return new Uint8Array(out);
}

/** Raw LZMA2 (no container) from Python: chunks then the 0x00 end byte. */
export function pyLzma2Raw(data: Uint8Array, filterArgs = ''): Uint8Array {
  const f = `{"id": lzma.FILTER_LZMA2${filterArgs ? ', ' + filterArgs : ''}}`;
  return pyLzma(data, `format=lzma.FORMAT_RAW, filters=[${f}]`);
}

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 128) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};
const crc = (b: Uint8Array): number => zlib.crc32(b) >>> 0;

export interface XzBlock {
  /** LZMA2 data, end byte included. */
  lzma2: Uint8Array;
  /** What it decodes to (for the index). */
  size: number;
  /** Sizes written in the block header, which may lie. */
  declaredSize?: number;
  declaredCompressed?: number;
}

/**
 * An .xz stream around raw LZMA2 blocks, no integrity check: for streams no encoder writes (lying sizes, thousands of
 * tiny blocks or chunks).
 */
export function xzContainer(blocks: XzBlock[]): Uint8Array {
  const flags = Buffer.from([0, 0]);
  const parts: Buffer[] = [Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), flags, u32(crc(flags))];
  const records: number[][] = [];
  for (const b of blocks) {
    const fields: number[] = [];
    let bflags = 0;
    if (b.declaredCompressed !== undefined) {
      bflags |= 0x40;
      fields.push(...varint(b.declaredCompressed));
    }
    if (b.declaredSize !== undefined) {
      bflags |= 0x80;
      fields.push(...varint(b.declaredSize));
    }
    fields.push(0x21, 1, 16); // LZMA2, 1 property byte: 64 KiB dictionary
    let body = [bflags, ...fields];
    const size = Math.ceil((1 + body.length + 4) / 4) * 4;
    body = [...body, ...new Array(size - 1 - body.length - 4).fill(0)];
    const header = Buffer.from([size / 4 - 1, ...body]);
    parts.push(header, u32(crc(header)), Buffer.from(b.lzma2));
    const unpadded = header.length + 4 + b.lzma2.length;
    parts.push(Buffer.alloc((4 - (unpadded % 4)) % 4));
    records.push([unpadded, b.size]);
  }
  const index = [0, ...varint(records.length), ...records.flatMap(([u, s]) => [...varint(u), ...varint(s)])];
  while (index.length % 4) index.push(0);
  const idx = Buffer.from(index);
  parts.push(idx, u32(crc(idx)));
  const tail = Buffer.concat([u32((idx.length + 4) / 4 - 1), flags]);
  parts.push(u32(crc(tail)), tail, Buffer.from('YZ'));
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A Zstandard frame holding `data` in one raw (stored) block: the format written by hand (RFC 8878), so tests need
 * no zstd encoder. Single-segment frame, 1- or 2-byte content size, no checksum; up to 65,791 bytes.
 */
export function zstdRawFrame(data: Uint8Array): Uint8Array {
  if (data.length > 65791) throw new Error('zstdRawFrame: at most 65791 bytes');
  const small = data.length <= 255;
  const head = small ? [0x28, 0xb5, 0x2f, 0xfd, 0x20, data.length] : [0x28, 0xb5, 0x2f, 0xfd, 0x60, (data.length - 256) & 0xff, (data.length - 256) >> 8];
  const block = (data.length << 3) | 1; // last block, type raw
  const out = new Uint8Array(head.length + 3 + data.length);
  out.set(head);
  out.set([block & 0xff, (block >> 8) & 0xff, (block >> 16) & 0xff], head.length);
  out.set(data, head.length + 3);
  return out;
}
