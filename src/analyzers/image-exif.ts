import { trimTrailingNul } from '../formats/id3.js';

/**
 * A small bounded TIFF/EXIF reader that extracts the text values of an EXIF block (ASCII tags, UserComment, the
 * Windows XP* UTF-16 tags) so that metadata text can be scanned. Binary tags (MakerNote, thumbnails, PrintIM) are
 * opaque vendor data and are not read.
 */

export interface ExifText {
  tag: number;
  /** Offset of the value in the buffer given to `exifTexts`. */
  offset: number;
  text: string;
}

const MAX_IFDS = 16;
const MAX_ENTRIES = 1024;
const MAX_TEXT_BYTES = 1 << 20;

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
const SUB_IFD_TAGS = new Set([0x8769, 0x8825, 0xa005]);
const USER_COMMENT = 0x9286;
const XP_TAGS = new Set([0x9c9b, 0x9c9c, 0x9c9d, 0x9c9e, 0x9c9f]);

/** Text values of the TIFF structure that starts at `base` in `d` (after the `Exif\0\0` prefix). Never throws. */
export function exifTexts(d: Uint8Array, base = 0): ExifText[] {
  const out: ExifText[] = [];
  if (base + 8 > d.length) return out;
  const le = d[base] === 0x49 && d[base + 1] === 0x49;
  const be = d[base] === 0x4d && d[base + 1] === 0x4d;
  if (!le && !be) return out;
  const u16 = (o: number): number => (o + 2 > d.length ? 0 : le ? d[o] | (d[o + 1] << 8) : (d[o] << 8) | d[o + 1]);
  const u32 = (o: number): number =>
    o + 4 > d.length ? 0 : (le ? d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24) : (d[o] << 24) | (d[o + 1] << 16) | (d[o + 2] << 8) | d[o + 3]) >>> 0;
  if (u16(base + 2) !== 42) return out;
  const queue: number[] = [u32(base + 4)];
  const seen = new Set<number>();
  let textBytes = 0;
  let entries = 0;
  while (queue.length && seen.size < MAX_IFDS) {
    const ifd = queue.shift() as number;
    if (ifd === 0 || seen.has(ifd)) continue;
    seen.add(ifd);
    const p = base + ifd;
    if (p + 2 > d.length) continue;
    const n = u16(p);
    for (let i = 0; i < n && entries < MAX_ENTRIES; i++, entries++) {
      const e = p + 2 + i * 12;
      if (e + 12 > d.length) break;
      const tag = u16(e);
      const type = u16(e + 2);
      const count = u32(e + 4);
      if (SUB_IFD_TAGS.has(tag)) {
        queue.push(u32(e + 8));
        continue;
      }
      const isText = type === 2 || (tag === USER_COMMENT && type === 7) || (XP_TAGS.has(tag) && type === 1);
      if (!isText) continue;
      const size = (TYPE_SIZE[type] ?? 1) * count;
      if (size === 0 || textBytes >= MAX_TEXT_BYTES) continue;
      const vo = size <= 4 ? e + 8 : base + u32(e + 8);
      if (vo >= d.length) continue;
      const len = Math.min(size, d.length - vo, MAX_TEXT_BYTES - textBytes);
      textBytes += len;
      let bytes = d.subarray(vo, vo + len);
      let text: string;
      if (XP_TAGS.has(tag)) text = Buffer.from(bytes).toString('utf16le');
      else {
        if (tag === USER_COMMENT) {
          const code = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
          bytes = bytes.subarray(8);
          if (code.startsWith('UNICODE')) {
            // UTF-16 in the TIFF byte order (Buffer has no utf16be: swap a copy)
            const u = Buffer.from(bytes.subarray(0, bytes.length & ~1));
            text = (le ? u : u.swap16()).toString('utf16le');
            out.push({ tag, offset: vo, text: trimTrailingNul(text) });
            continue;
          }
        }
        text = Buffer.from(bytes).toString('latin1');
      }
      text = trimTrailingNul(text);
      if (text.trim()) out.push({ tag, offset: vo, text });
    }
    const next = p + 2 + n * 12;
    if (next + 4 <= d.length) queue.push(u32(next));
  }
  return out;
}
