/**
 * Fixture builders for image containers. Everything is generated: PNG chunks with correct CRCs, JPEG segments with
 * entropy-coded data that exercises byte stuffing and restart markers, GIF blocks and sub-blocks, BMP headers.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from '../../src/formats/png.js';

import { bytes, concat, prng as randomBytes, utf8 } from './payloads.js';

export { bytes, concat, randomBytes, utf8 };

const be32b = (n: number): Uint8Array => new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const le32b = (n: number): Uint8Array => new Uint8Array([n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255]);
const le16b = (n: number): Uint8Array => new Uint8Array([n & 255, (n >>> 8) & 255]);
const be16b = (n: number): Uint8Array => new Uint8Array([(n >>> 8) & 255, n & 255]);

/** A minimal PE: MZ header with e_lfanew pointing at `PE\0\0`, padded out with some code-looking bytes. */
export function fakePE(size = 1024): Uint8Array {
  const d = new Uint8Array(Math.max(size, 0x200));
  d.set(bytes('MZ'));
  d[0x3c] = 0x80;
  d.set(bytes('PE\0\0'), 0x80);
  d.set(bytes('\x4c\x01\x03\x00'), 0x84); // i386, 3 sections
  d.set(bytes('This program cannot be run in DOS mode.'), 0x4e);
  d.set(randomBytes(d.length - 0x100, 7), 0x100);
  return d;
}

export function fakeELF(size = 512): Uint8Array {
  const d = new Uint8Array(size);
  d.set(bytes('\x7fELF\x02\x01\x01\0'));
  d.set(randomBytes(size - 64, 9), 64);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------- PNG

export const PNG_SIG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngChunk(type: string, data: Uint8Array = new Uint8Array(0), opts: { badCrc?: boolean; declaredLength?: number } = {}): Uint8Array {
  const td = concat(bytes(type), data);
  const crc = crc32(td) ^ (opts.badCrc ? 0xdeadbeef : 0);
  return concat(be32b(opts.declaredLength ?? data.length), td, be32b(crc >>> 0));
}

export function ihdr(width = 4, height = 4, bitDepth = 8, colorType = 6): Uint8Array {
  return pngChunk('IHDR', concat(be32b(width), be32b(height), new Uint8Array([bitDepth, colorType, 0, 0, 0])));
}

/** IDAT with a real zlib stream of filter-0 RGBA scanlines. */
export function idat(width = 4, height = 4): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) for (let x = 0; x < width * 4; x++) raw[y * (1 + width * 4) + 1 + x] = (x * 37 + y * 11) & 255;
  return pngChunk('IDAT', new Uint8Array(deflateSync(raw)));
}

export const tEXt = (keyword: string, text: string): Uint8Array => pngChunk('tEXt', bytes(`${keyword}\0${text}`));
export const zTXt = (keyword: string, text: string | Uint8Array): Uint8Array =>
  pngChunk('zTXt', concat(bytes(`${keyword}\0\0`), new Uint8Array(deflateSync(typeof text === 'string' ? bytes(text) : text))));
export function iTXt(keyword: string, text: string, compressed = false): Uint8Array {
  const body = compressed ? new Uint8Array(deflateSync(utf8(text))) : utf8(text);
  return pngChunk('iTXt', concat(bytes(`${keyword}\0`), new Uint8Array([compressed ? 1 : 0, 0]), bytes('en\0\0'), body));
}

/** The ancillary chunks ordinary PNGs carry (what image tools and matplotlib write). */
export function ordinaryPngChunks(): Uint8Array[] {
  const icc = iccProfile();
  return [
    pngChunk('gAMA', be32b(45455)),
    pngChunk('cHRM', new Uint8Array(32).fill(1)),
    pngChunk('sRGB', new Uint8Array([0])),
    pngChunk('iCCP', concat(bytes('ICC Profile\0\0'), new Uint8Array(deflateSync(icc)))),
    pngChunk('pHYs', concat(be32b(2835), be32b(2835), new Uint8Array([1]))),
    pngChunk('bKGD', new Uint8Array([0, 255, 0, 255, 0, 255])),
    pngChunk('tIME', new Uint8Array([0x07, 0xe8, 1, 2, 3, 4, 5])),
    tEXt('Software', 'Matplotlib version3.8.2, https://matplotlib.org/'),
    tEXt('Comment', 'Created with GIMP'),
    iTXt('Description', 'A plot of the training loss over 200 epochs, see https://example.org/docs/plots.html'),
  ];
}

export function png(opts: { before?: Uint8Array[]; after?: Uint8Array[]; trailing?: Uint8Array; width?: number; height?: number } = {}): Uint8Array {
  const w = opts.width ?? 4;
  const h = opts.height ?? 4;
  return concat(PNG_SIG, ihdr(w, h), ...(opts.before ?? []), idat(w, h), ...(opts.after ?? []), pngChunk('IEND'), opts.trailing ?? new Uint8Array(0));
}

/** An ICC-profile-shaped blob ('acsp' at 36, description text with a URL, as real profiles have). */
export function iccProfile(): Uint8Array {
  const d = new Uint8Array(560);
  d.set(be32b(560), 0);
  d.set(bytes('lcms'), 4);
  d.set(bytes('mntrRGB XYZ '), 12);
  d.set(bytes('acsp'), 36);
  d.set(bytes('desc sRGB IEC61966-2.1 Copyright International Color Consortium, http://www.color.org'), 200);
  return d;
}

/** TIFF/EXIF block (little-endian) with ASCII tags in IFD0, optionally prefixed with `Exif\0\0`. */
export function exif(tags: Record<number, string>, prefix = true): Uint8Array {
  const entries = Object.entries(tags).map(([t, v]) => [Number(t), bytes(`${v}\0`)] as const);
  const ifdSize = 2 + entries.length * 12 + 4;
  let dataOff = 8 + ifdSize;
  const ifd: Uint8Array[] = [le16b(entries.length)];
  const data: Uint8Array[] = [];
  for (const [tag, val] of entries) {
    let valueField: Uint8Array;
    if (val.length <= 4) {
      valueField = new Uint8Array(4);
      valueField.set(val);
    } else {
      valueField = le32b(dataOff);
      data.push(val);
      dataOff += val.length;
    }
    ifd.push(concat(le16b(tag), le16b(2), le32b(val.length), valueField));
  }
  ifd.push(le32b(0));
  const tiff = concat(bytes('II*\0'), le32b(8), ...ifd, ...data);
  return prefix ? concat(bytes('Exif\0\0'), tiff) : tiff;
}

export function xmpPacket(extra = ''): string {
  return (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 5.6-c140">' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ' +
    'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" ' +
    'xmp:CreatorTool="Adobe Photoshop CC 2019 (Windows)" xmpMM:InstanceID="xmp.iid:1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901">' +
    extra +
    '</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>'
  );
}

// --------------------------------------------------------------------------------------------------------------- JPEG

export function seg(marker: number, data: Uint8Array): Uint8Array {
  return concat(new Uint8Array([0xff, marker]), be16b(data.length + 2), data);
}

export const app = (n: number, ident: string, body: Uint8Array = new Uint8Array(0)): Uint8Array => seg(0xe0 + n, concat(bytes(`${ident}\0`), body));

/**
 * Entropy-coded data shaped like a real scan: high-entropy bytes where every 0xFF is stuffed (0xFF00), restart
 * markers every 512 bytes, and a pair of fill bytes before one restart marker.
 */
export function scanData(n = 4096, seed = 3): Uint8Array {
  const r = randomBytes(n, seed);
  const out: number[] = [];
  let rst = 0;
  for (let i = 0; i < r.length; i++) {
    out.push(r[i]);
    if (r[i] === 0xff) out.push(0x00);
    if (i > 0 && i % 512 === 0) {
      if (rst === 3) out.push(0xff, 0xff); // fill bytes are legal before a marker
      out.push(0xff, 0xd0 + (rst++ & 7));
    }
  }
  return new Uint8Array(out);
}

export function jpeg(opts: { app?: Uint8Array[]; beforeSof?: Uint8Array[]; trailing?: Uint8Array; scan?: Uint8Array; noEoi?: boolean } = {}): Uint8Array {
  const jfif = app(0, 'JFIF', new Uint8Array([1, 1, 0, 0, 72, 0, 72, 0, 0]));
  const dqt = seg(0xdb, concat(new Uint8Array([0]), new Uint8Array(64).fill(8)));
  const sof = seg(0xc0, new Uint8Array([8, 0, 16, 0, 16, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]));
  const dht = seg(0xc4, concat(new Uint8Array([0x00]), new Uint8Array(16).fill(0), new Uint8Array(0)));
  const dri = seg(0xdd, be16b(4));
  const sos = seg(0xda, new Uint8Array([3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]));
  return concat(
    new Uint8Array([0xff, 0xd8]),
    jfif,
    ...(opts.app ?? []),
    dqt,
    ...(opts.beforeSof ?? []),
    sof,
    dht,
    dri,
    sos,
    opts.scan ?? scanData(),
    opts.noEoi ? new Uint8Array(0) : new Uint8Array([0xff, 0xd9]),
    opts.trailing ?? new Uint8Array(0),
  );
}

// ---------------------------------------------------------------------------------------------------------------- GIF

/** Split data into GIF sub-blocks (<= 255 bytes each) with the 0 terminator. */
export function subBlocks(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += 255) {
    const c = data.subarray(i, Math.min(i + 255, data.length));
    parts.push(new Uint8Array([c.length]), c);
  }
  parts.push(new Uint8Array([0]));
  return concat(...parts);
}

export const gifExt = (label: number, data: Uint8Array): Uint8Array => concat(new Uint8Array([0x21, label]), subBlocks(data));
export const gifAppExt = (id: string, data: Uint8Array): Uint8Array => concat(new Uint8Array([0x21, 0xff, 11]), bytes(id), subBlocks(data));
export const gifComment = (text: string | Uint8Array): Uint8Array => gifExt(0xfe, typeof text === 'string' ? bytes(text) : text);
export const netscapeLoop = (): Uint8Array => gifAppExt('NETSCAPE2.0', new Uint8Array([1, 0, 0]));
export const gce = (): Uint8Array => gifExt(0xf9, new Uint8Array([0x04, 10, 0, 0]));

/** XMP in a GIF: raw text then the 258-byte magic trailer (0x01, 0xFF, 0xFE, ..., 0x00, then the 0x00 terminator). */
export function gifXmp(xml: string): Uint8Array {
  const trailer = new Uint8Array(258);
  trailer[0] = 1;
  for (let i = 1; i < 257; i++) trailer[i] = 256 - i;
  trailer[257] = 0;
  return concat(new Uint8Array([0x21, 0xff, 11]), bytes('XMP DataXMP'), utf8(xml), trailer);
}

export function gifFrame(): Uint8Array {
  // 2x2 image, LZW min code size 2, one small data sub-block
  return concat(new Uint8Array([0x2c, 0, 0, 0, 0, 2, 0, 2, 0, 0]), new Uint8Array([2]), subBlocks(new Uint8Array([0x84, 0x1d, 0x05])));
}

export function gif(opts: { blocks?: Uint8Array[]; frames?: number; trailing?: Uint8Array; noTrailer?: boolean } = {}): Uint8Array {
  const header = concat(bytes('GIF89a'), le16b(2), le16b(2), new Uint8Array([0x80, 0, 0]), new Uint8Array([0, 0, 0, 255, 255, 255]));
  const frames: Uint8Array[] = [];
  for (let i = 0; i < (opts.frames ?? 2); i++) frames.push(gce(), gifFrame());
  return concat(header, ...(opts.blocks ?? []), ...frames, opts.noTrailer ? new Uint8Array(0) : new Uint8Array([0x3b]), opts.trailing ?? new Uint8Array(0));
}

// ---------------------------------------------------------------------------------------------------------------- BMP

/**
 * A BMP with a BITMAPINFOHEADER (40) or V5 header (124). `gap` bytes are placed between the palette and the pixel
 * array (bfOffBits points past them), `trailing` after the pixel array, `profile` is embedded after the pixels (V5).
 */
export function bmp(
  opts: { width?: number; height?: number; bpp?: number; gap?: Uint8Array; trailing?: Uint8Array; profile?: Uint8Array; truncate?: number } = {},
): Uint8Array {
  const w = opts.width ?? 5;
  const h = opts.height ?? 3;
  const bpp = opts.bpp ?? 24;
  const hs = opts.profile ? 124 : 40;
  const stride = Math.floor((w * bpp + 31) / 32) * 4;
  const pixels = randomBytes(stride * h, 5);
  const palette = bpp <= 8 ? randomBytes(4 * (1 << bpp), 6) : new Uint8Array(0);
  const gap = opts.gap ?? new Uint8Array(0);
  const pixelOffset = 14 + hs + palette.length + gap.length;
  const profile = opts.profile ?? new Uint8Array(0);
  const info = new Uint8Array(hs);
  info.set(le32b(hs), 0);
  info.set(le32b(w), 4);
  info.set(le32b(h), 8);
  info.set(le16b(1), 12);
  info.set(le16b(bpp), 14);
  info.set(le32b(0), 16);
  info.set(le32b(pixels.length), 20);
  if (opts.profile) {
    info.set(bytes('DEBM'), 56); // 'MBED' little-endian
    info.set(le32b(pixelOffset + pixels.length - 14), 112);
    info.set(le32b(profile.length), 116);
  }
  const trailing = opts.trailing ?? new Uint8Array(0);
  const total = pixelOffset + pixels.length + profile.length + trailing.length;
  const fileHeader = concat(bytes('BM'), le32b(total), le32b(0), le32b(pixelOffset));
  const out = concat(fileHeader, info, palette, gap, pixels, profile, trailing);
  return opts.truncate ? out.subarray(0, out.length - opts.truncate) : out;
}
